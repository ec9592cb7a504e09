package id.bansos.cli;

import id.bansos.jackson.BansosJson;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Language;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bansos programs}: the catalog's programs as a table (code, unit, kind, name), only
 * those in force on {@code --date} when given; or the whole catalog as JSON ({@code --json}, the
 * format of {@code docs/json-format.md}: every criterion and every dated, sourced parameter).
 */
@Command(name = "programs", mixinStandardHelpOptions = true, sortOptions = false,
    resourceBundle = "id.bansos.cli.ProgramsCommand")
final class ProgramsCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
  Optional<LocalDate> date;

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", descriptionKey = "lang",
      converter = ScreenCommand.LanguageConverter.class)
  Language language;

  @CommandLine.Mixin
  CatalogChoice catalog = new CatalogChoice();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Catalog c = catalog.catalog();
    if (json) {
      out.println(BansosJson.write(c, language));
      out.flush();
      return Bansos.EXIT_OK;
    }
    out.println(c.name() + date.map(d -> " (" + d + ")").orElse(""));
    CatalogStamp stamp = CatalogStamp.of(c);
    out.println(stamp.fingerprint() + " (bansos " + stamp.libraryVersion() + ")");
    out.printf(Locale.ROOT, "%-22s %-10s %-15s %s%n", "code", "unit", "kind",
        language == Language.ID ? "nama" : "name");
    for (Program p : date.isPresent() ? c.inForce(date.get()) : c.programs()) {
      ProgramInfo info = p.info();
      out.printf(Locale.ROOT, "%-22s %-10s %-15s %s%n", info.code(),
          info.unit().name(), info.kind().name(), info.name().in(language));
    }
    out.flush();
    return Bansos.EXIT_OK;
  }
}
