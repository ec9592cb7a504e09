package id.bansos.cli;

import id.bansos.jackson.CatalogFiles;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.program.JawaTimur;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Which catalog a command decides with, and so which extension facts its readers accept: the
 * provincial catalog, or with {@code --catalog FILE} a catalog file ({@code
 * docs/catalog-format.md}) derived from it. The provincial catalog is the file's base: a local
 * program the file names must be one whose code is already in it. Mixed into {@code screen},
 * {@code explain}, {@code programs} and {@code serve}; the file is read once, on first use, and a
 * bad one throws {@link id.bansos.jackson.CatalogFileException} naming every problem (the
 * command line prints them and exits with {@link Bansos#EXIT_USAGE}).
 */
final class CatalogChoice {

  @Option(names = "--catalog", paramLabel = "FILE", descriptionKey = "catalog")
  Optional<Path> file = Optional.empty();

  private Optional<Catalog> loaded = Optional.empty();

  Catalog catalog() {
    if (loaded.isEmpty()) {
      loaded = Optional.of(file.map(f -> CatalogFiles.load(f, JawaTimur.catalog()))
          .orElseGet(JawaTimur::catalog));
    }
    return loaded.get();
  }

  Engine engine() {
    return Engine.of(catalog());
  }

  ExtensionFacts facts() {
    return ExtensionFacts.of(catalog());
  }

  CatalogStamp stamp() {
    return CatalogStamp.of(catalog());
  }
}
