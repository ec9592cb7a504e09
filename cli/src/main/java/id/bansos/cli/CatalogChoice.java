package id.bansos.cli;

import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.program.JawaTimur;

/**
 * Which catalog a command decides with, and so which extension facts its readers accept: the
 * provincial catalog. The one place a {@code --catalog FILE} option will plug in.
 */
final class CatalogChoice {

  Catalog catalog() {
    return JawaTimur.catalog();
  }

  Engine engine() {
    return Engine.of(catalog());
  }

  ExtensionFacts facts() {
    return ExtensionFacts.of(catalog());
  }
}
