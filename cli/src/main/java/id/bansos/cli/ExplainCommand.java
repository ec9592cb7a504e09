package id.bansos.cli;

import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.JsonInputException;
import id.bansos.jackson.Replay;
import id.bansos.rules.Assessment;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bansos explain}: one household, from a JSON file or by its No. KK from a CSV, JSON Lines
 * or XLSX file, assessed as of a date and explained in full (every program, every criterion,
 * the sources and the confidence of the rules) in Indonesian or English, as plain text, Markdown
 * or the printable HTML decision sheet ({@code --format}); or, with {@code --verify
 * ASSESSMENT.json}, a recorded assessment of that household replayed ({@link Replay}) with the
 * catalog: whether the decision is reproduced, and which decisions and parameter values differ.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    resourceBundle = "id.bansos.cli.ExplainCommand")
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
  Path file;

  @Option(names = "--kk", paramLabel = "NO_KK", descriptionKey = "kk")
  String kk;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
  Optional<LocalDate> date;

  @Option(names = "--verify", paramLabel = "ASSESSMENT.json", descriptionKey = "verify")
  Optional<Path> verify;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", descriptionKey = "lang",
      converter = ScreenCommand.LanguageConverter.class)
  Language language;

  @Option(names = "--format", paramLabel = "text|markdown|html", defaultValue = "text",
      descriptionKey = "format", converter = ExplainFormat.Converter.class)
  ExplainFormat format;

  @CommandLine.Mixin
  CatalogChoice catalog = new CatalogChoice();

  @CommandLine.Mixin
  TableChoice table = new TableChoice();

  /** Stops reading a table once the household is found. */
  private static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient HouseholdRecord record;

    Found(HouseholdRecord record) {
      super(null, null, false, false);
      this.record = record;
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (verify.isPresent() == date.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(), verify.isPresent()
          ? "--date is not given with --verify: the recorded date is used"
          : "--date is needed (or --verify with a recorded assessment)");
    }
    Engine engine = catalog.engine();
    String name = file.getFileName() == null ? ""
        : file.getFileName().toString().toLowerCase(Locale.ROOT);
    Household household;
    if ((name.endsWith(".json") || InputFormat.of(file).orElse(null) == InputFormat.JSON_LINES)
        && table.given()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--column and --dates are for a .csv or .xlsx FILE");
    }
    if (name.endsWith(".json")) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        household = BansosJson.readHousehold(in, catalog.facts());
      } catch (JsonInputException e) {
        err.println("bansos explain: the household is not valid:");
        e.problems().forEach(p -> err.println("  " + p.path() + ": " + p.code() + ": "
            + p.message()));
        return Bansos.EXIT_REJECTS;
      }
    } else {
      InputFormat format = InputFormat.of(file).orElseThrow(() -> new CommandLine
          .ParameterException(spec.commandLine(),
              "FILE must end in .json, .jsonl, .csv or .xlsx" + InputFormat.saveAsHint(file)));
      if (kk == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--kk is needed to pick one household from " + format.extension());
      }
      List<Integer> unread = new ArrayList<>();
      Optional<HouseholdRecord> found = find(format, kk.strip(), unread);
      if (found.isEmpty() && !unread.isEmpty()) {
        // A line that could not be read says no No. KK: the household asked for may be there.
        err.println("bansos explain: no household with that No. KK among those read, but "
            + unread.size() + " record(s) could not be read, the first at line " + unread.get(0)
            + ": it may be one of them; bansos screen lists their problems"
            + " / No. KK tersebut tidak ada di antara data yang terbaca, tetapi " + unread.size()
            + " data tidak dapat dibaca (yang pertama di baris " + unread.get(0) + ")");
        return Bansos.EXIT_REJECTS;
      }
      if (found.isEmpty()) {
        err.println("bansos explain: no household with that No. KK in the file"
            + " / No. KK tersebut tidak ada di file");
        return Bansos.EXIT_IO;
      }
      if (found.get() instanceof HouseholdRecord.Invalid bad) {
        err.println("bansos explain: the household (lines " + bad.firstLine() + "-"
            + bad.lastLine() + ") is not valid:");
        bad.problems().forEach(p -> err.println("  line " + p.line() + ": " + p.problem().path()
            + ": " + p.problem().code() + ": " + p.problem().message()));
        return Bansos.EXIT_REJECTS;
      }
      household = ((HouseholdRecord.Valid) found.get()).household();
    }
    if (verify.isPresent()) {
      return verify(household, verify.get(), out, err);
    }
    Assessment assessment = engine.assess(household, date.get());
    out.print(format.render(assessment, household, language));
    out.flush();
    return Bansos.EXIT_OK;
  }

  /** Replays the recorded assessment in {@code recorded} for {@code household}. */
  private int verify(Household household, Path recorded, PrintWriter out, PrintWriter err)
      throws IOException {
    String assessmentJson = Files.readString(recorded, StandardCharsets.UTF_8);
    Replay replay;
    try {
      replay = Replay.of(assessmentJson, BansosJson.write(household), catalog.catalog(),
          catalog.facts());
    } catch (JsonInputException e) {
      err.println("bansos explain: the recorded assessment is not valid"
          + " / penilaian tercatat tidak valid:");
      e.problems().forEach(p -> err.println("  " + p.path() + ": " + p.code() + ": "
          + p.message()));
      return Bansos.EXIT_REJECTS;
    }
    CatalogStamp before = replay.recorded();
    CatalogStamp now = replay.assessment().stamp();
    out.println("Recorded / tercatat:  " + before.catalog() + ", " + before.fingerprint()
        + " (bansos " + before.libraryVersion() + ")");
    out.println("Replayed / diulang:   " + now.catalog() + ", " + now.fingerprint()
        + " (bansos " + now.libraryVersion() + ")");
    out.println("Date / tanggal:       " + replay.assessment().date());
    out.println(replay.sameRules() ? "Same rules / aturan sama"
        : "Other rules / aturan berbeda");
    if (replay.reproduced()) {
      out.println("REPRODUCED / KEPUTUSAN SAMA: every program decided as recorded");
    } else {
      out.println("NOT REPRODUCED / KEPUTUSAN BERBEDA: " + replay.decisions().size()
          + (replay.decisions().size() == 1 ? " program" : " programs")
          + " decided otherwise");
      out.println();
      out.println("Decisions / keputusan (recorded -> replayed):");
      for (Replay.Decision d : replay.decisions()) {
        out.println("  " + d.program() + ": " + d.recorded().orElse("(none)") + " -> "
            + d.replayed().orElse("(none)"));
      }
    }
    if (!replay.parameters().isEmpty()) {
      out.println();
      out.println("Parameter values that differ / nilai parameter yang berbeda:");
      for (Replay.ParameterChange p : replay.parameters()) {
        out.println("  " + p.key());
        out.println("    recorded / tercatat: " + p.recorded().orElse("(not used)"));
        out.println("    replayed / diulang:  " + p.replayed().orElse("(not used)"));
      }
    }
    out.flush();
    return replay.reproduced() ? Bansos.EXIT_OK : Bansos.EXIT_NOT_REPRODUCED;
  }

  /**
   * The record of the household whose No. KK is {@code number}; {@code unread} gets the first
   * line of each record that could not be read far enough to know its No. KK.
   */
  private Optional<HouseholdRecord> find(InputFormat format, String number, List<Integer> unread)
      throws IOException, InterruptedException {
    TableLayout layout;
    try {
      layout = table.layout(catalog);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      format.read(file, layout, record -> {
        if (matches(record, format, number)) {
          throw new Found(record);
        }
        if (record instanceof HouseholdRecord.Invalid bad && bad.kk().isBlank()) {
          unread.add(bad.firstLine());
        }
      }, new Progress());
    } catch (Found f) {
      return Optional.of(f.record);
    } catch (InputFormatException e) {
      throw new IOException("the input is not in the " + format.extension() + " layout: "
          + e.getMessage());
    }
    return Optional.empty();
  }

  private boolean matches(HouseholdRecord record, InputFormat format, String number) {
    if (record instanceof HouseholdRecord.Valid v) {
      return v.household().kkNumber().value().equals(number);
    }
    return ((HouseholdRecord.Invalid) record).kk().equals(number);
  }
}
