package id.bansos.cli;

import id.bansos.jackson.Detail;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Program;
import java.io.IOException;
import java.io.PrintWriter;
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

/**
 * {@code bansos screen}: assesses every household of a CSV, JSON Lines or XLSX file as of a date
 * on all cores, writes the determinations (CSV, JSON Lines or XLSX, by the output's extension)
 * and the records it could not read, and prints a summary per kabupaten/kota and program. The
 * console shows counts only, never a NIK, No. KK or name.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
    resourceBundle = "id.bansos.cli.ScreenCommand")
final class ScreenCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE", descriptionKey = "in")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
  Path out;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "date")
  LocalDate date;

  @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "rejects")
  Path rejects;

  @Option(names = "--groups", paramLabel = "FILE", descriptionKey = "groups")
  Path groups;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", descriptionKey = "lang",
      converter = LanguageConverter.class)
  Language language;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
  Integer threads;

  @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
      descriptionKey = "progress")
  ProgressReporter.Mode progress;

  @Option(names = "--detail", paramLabel = "full|summary", descriptionKey = "detail",
      converter = DetailConverter.class)
  Optional<Detail> detail;

  @CommandLine.Mixin
  CatalogChoice catalog = new CatalogChoice();

  @CommandLine.Mixin
  TableChoice table = new TableChoice();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    InputFormat inFormat = InputFormat.of(in).orElseThrow(() -> usage(
        "--in: the file must end in .csv, .jsonl or .xlsx" + InputFormat.saveAsHint(in)));
    OutputFormat outFormat = OutputFormat.of(out).orElseThrow(() -> usage(
        "--out: the file must end in .csv, .jsonl or .xlsx"));
    if (inFormat == InputFormat.JSON_LINES && table.given()) {
      throw usage("--column and --dates are for a .csv or .xlsx input");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 1024) {
      throw usage("--threads must be from 1 to 1024");
    }
    if (outFormat == OutputFormat.XLSX && rejects != null) {
      throw usage("--rejects: an XLSX result has the rejects in its own sheet");
    }
    if (groups != null && outFormat != OutputFormat.CSV) {
      throw usage("--groups: only a .csv result has its groups in a file of their own"
          + " (.jsonl: further lines; .xlsx: the groups sheet)");
    }
    if (detail.isPresent() && outFormat != OutputFormat.JSON_LINES) {
      throw usage("--detail: only a .jsonl result holds whole assessments");
    }
    Path rejectsFile = rejects != null ? rejects : defaultRejects(out);
    Path groupsFile = groups != null ? groups : defaultGroups(out);
    List<Path> files = new ArrayList<>(List.of(in, out, rejectsFile));
    if (outFormat == OutputFormat.CSV) {
      files.add(groupsFile);
    }
    List<Path> identities = new ArrayList<>(files.size());
    for (Path f : files) {
      identities.add(identity(f));
    }
    for (int i = 0; i < files.size(); i++) {
      for (int j = i + 1; j < files.size(); j++) {
        if (identities.get(i).equals(identities.get(j))) {
          throw usage("--in, --out, --rejects and --groups must be different files");
        }
      }
    }
    Engine engine = catalog.engine();
    TableLayout layout;
    try {
      layout = table.layout(catalog);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    Summary summary = new Summary();
    Progress read = new Progress();
    ProgressReporter reporter = ProgressReporter.of(progress, stderr, read);
    Screening.Counts c;
    try {
      c = new Screening(engine, date, language, layout, n,
          detail.orElse(Detail.FULL)).run(in, inFormat, out,
          outFormat, rejectsFile, groupsFile, summary, read, reporter::update);
    } catch (InputFormatException e) {
      reporter.end();
      stderr.println("bansos screen: the input is not in the " + inFormat.extension()
          + " layout: " + e.getMessage());
      return Bansos.EXIT_IO;
    } catch (IOException e) {
      reporter.end();
      // File-system messages name files, never the records in them.
      stderr.println("bansos screen: " + (e instanceof java.nio.file.FileSystemException f
          ? Bansos.fileProblem(f) : "I/O error: " + e));
      return Bansos.EXIT_IO;
    } catch (InterruptedException e) {
      reporter.end();
      stderr.println("bansos screen: interrupted; no result was written"
          + " / dihentikan; tidak ada hasil yang ditulis");
      return Bansos.EXIT_INTERRUPTED;
    }
    reporter.finish(c.households());
    List<String> programs = new ArrayList<>();
    List<String> groupPrograms = new ArrayList<>();
    for (Program p : engine.catalog().inForce(date)) {
      // A service record (UPT care) has no determination to count.
      if (p.info().decidesEligibility()) {
        programs.add(p.info().code());
      }
      if (p.isGroupProgram()) {
        groupPrograms.add(p.info().code());
      }
    }
    CatalogStamp stamp = CatalogStamp.of(engine.catalog());
    stdout.println("Screening as of / penilaian per " + date + " (catalog "
        + stamp.catalog() + ")");
    stdout.println("Rules / aturan: " + stamp.fingerprint() + " (bansos "
        + stamp.libraryVersion() + ")");
    String unit = inFormat.recordPerLine() ? "lines" : "rows";
    stdout.printf(Locale.ROOT, "Households read / KK dibaca:  %12s  (%s / baris %s)%n",
        Summary.group(c.households()), unit, Summary.group(c.rows()));
    stdout.printf(Locale.ROOT, "Assessed / dinilai:           %12s  (%s / baris %s) -> %s%n",
        Summary.group(c.assessed()), unit, Summary.group(c.assessedRows()), out);
    stdout.printf(Locale.ROOT, "Rejected / ditolak:           %12s  (%s / baris %s) -> %s%n",
        Summary.group(c.rejected()), unit, Summary.group(c.rejectedRows()),
        outFormat == OutputFormat.XLSX ? out + " (" + XlsxResults.REJECTS + ")" : rejectsFile);
    stdout.printf(Locale.ROOT, "Groups / kelompok:            %12s  (decided / diputuskan %s,"
        + " rejected / ditolak %s) -> %s%n", Summary.group(c.groups()),
        Summary.group(c.groupsDecided()), Summary.group(c.groupsRejected()),
        switch (outFormat) {
          case CSV -> groupsFile.toString();
          case JSON_LINES -> out.toString();
          case XLSX -> out + " (" + XlsxResults.GROUPS + ")";
        });
    stdout.println(c.households() == c.assessed() + c.rejected()
        && c.rows() == c.assessedRows() + c.rejectedRows()
        && c.groups() == c.groupsDecided() + c.groupsRejected()
        ? "Reconciled / cocok: read = assessed + rejected"
        : "NOT RECONCILED / TIDAK COCOK: read != assessed + rejected");
    stdout.println();
    java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
    try (java.io.PrintStream ps = new java.io.PrintStream(table, true,
        java.nio.charset.StandardCharsets.UTF_8)) {
      summary.print(ps, programs);
      summary.printGroups(ps, groupPrograms);
    }
    stdout.print(table.toString(java.nio.charset.StandardCharsets.UTF_8));
    stdout.flush();
    return c.rejected() == 0 && c.groupsRejected() == 0 ? Bansos.EXIT_OK : Bansos.EXIT_REJECTS;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * The file {@code path} names, as the file system resolves it: the real path of a file that
   * exists (through symbolic links, in the case the file system keeps), or of the folder that
   * would hold it, so that an output named through a link or in another case is known for the
   * input it would replace. Nothing is normalized first: {@code link/..} is the folder above the
   * link's target, not the folder of the link.
   */
  static Path identity(Path path) {
    Path absolute = path.toAbsolutePath();
    try {
      return absolute.toRealPath();
    } catch (IOException notThere) {
      Path parent = absolute.getParent();
      Path name = absolute.getFileName();
      if (parent == null || name == null) {
        return absolute.normalize();
      }
      try {
        return parent.toRealPath().resolve(name.toString());
      } catch (IOException noFolder) {
        return absolute.normalize();
      }
    }
  }

  /** {@code RESULTS.rejects.csv} beside {@code RESULTS.csv} or {@code RESULTS.jsonl}. */
  static Path defaultRejects(Path out) {
    return beside(out, ".rejects.csv");
  }

  /** {@code RESULTS.groups.csv} beside {@code RESULTS.csv}. */
  static Path defaultGroups(Path out) {
    return beside(out, ".groups.csv");
  }

  private static Path beside(Path out, String suffix) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return out.resolveSibling(base + suffix);
  }

  /** {@code full} or {@code summary}, any case. */
  static final class DetailConverter implements CommandLine.ITypeConverter<Detail> {
    @Override
    public Detail convert(String value) {
      try {
        return Detail.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected full or summary");
      }
    }
  }

  /** {@code id} or {@code en}, any case. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "id" -> Language.ID;
        case "en" -> Language.EN;
        default -> throw new CommandLine.TypeConversionException("expected id or en");
      };
    }
  }
}
