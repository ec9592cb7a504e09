package id.bansos.examples;

import id.bansos.rules.program.JawaTimur;
import id.bansos.core.Problem;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Program;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Batch screening from the command line: reads households from a CSV or JSON Lines file,
 * assesses every one against the provincial catalog as of a given date, writes the determinations
 * (a flat CSV, or whole assessments as JSON Lines) and the records it could not read to a rejects
 * file, and prints a summary per kabupaten/kota and program: counts by status and the yearly
 * totals per funder, the provincial budget apart from national money; then, per program, the
 * decisions by the weakest confidence of the rules they rest on. Run with {@code --help} for the
 * options and exit codes.
 *
 * <p>It streams: memory does not grow with the number of households. Nothing it prints to the
 * console names a person or a family (no NIK, No. KK or name); the output files, which are the
 * Dinas Sosial office's own data, hold the No. KK.
 */
public final class Screen {

  /** Every household was assessed. */
  public static final int EXIT_OK = 0;
  /** The run finished, but some records were rejected (see the rejects file). */
  public static final int EXIT_REJECTS = 1;
  /** The command line was wrong; nothing was read or written. */
  public static final int EXIT_USAGE = 2;
  /** A file could not be read or written, or the input is not in the layout at all. */
  public static final int EXIT_IO = 3;

  static final List<String> REJECT_COLUMNS =
      List.of("first_line", "last_line", "line", "path", "code", "message");

  private static final String HELP = String.join("\n",
      "screen: check many households at once for the programs of Dinsos Jawa Timur",
      "screen: memeriksa banyak keluarga sekaligus untuk program Dinsos Jawa Timur",
      "",
      "Usage / Cara pakai:",
      "  screen --in HOUSEHOLDS.csv --out RESULTS.csv --date YYYY-MM-DD [options]",
      "  screen --in HOUSEHOLDS.jsonl --out RESULTS.jsonl --date YYYY-MM-DD [options]",
      "",
      "Required / Wajib:",
      "  --in FILE       households: CSV, one row per person, rows of one KK together",
      "                  (docs/csv-format.md), or JSON Lines, one household per line",
      "                  (docs/json-format.md)",
      "                  data keluarga: CSV satu baris per orang, atau JSON Lines satu",
      "                  keluarga per baris",
      "  --out FILE      results: CSV, one row per household and program, or JSON Lines,",
      "                  one whole assessment per household",
      "                  file hasil: CSV satu baris per keluarga dan program, atau JSON Lines",
      "                  satu penilaian lengkap per keluarga",
      "  --date DATE     the date the decision is made for, e.g. 2025-07-01",
      "                  (ages and the rules in force follow from it)",
      "                  tanggal penilaian, mis. 2025-07-01 (usia dan aturan mengikuti tanggal ini)",
      "",
      "Options / Pilihan:",
      "  --rejects FILE  where to write records that could not be read, with line",
      "                  number and reason (default: RESULTS.rejects.csv)",
      "                  file data yang ditolak, dengan nomor baris dan alasannya",
      "  --format F      input format, csv or jsonl (default: from the --in extension,",
      "                  .jsonl = jsonl, otherwise csv) / format masukan",
      "  --out-format F  output format, csv or jsonl (default: from the --out extension)",
      "                  / format hasil",
      "  --lang L        language of the JSON Lines assessments, id or en (default id)",
      "                  / bahasa penjelasan di hasil JSON Lines",
      "  --progress N    report progress every N households on stderr (default",
      "                  10000; 0 = never) / laporan kemajuan setiap N keluarga",
      "  --help, -h      show this help / tampilkan bantuan ini",
      "",
      "Empty cell = not known: the program is then UNDETERMINED, never silently refused.",
      "Sel kosong = belum diketahui: hasilnya BELUM DAPAT DITENTUKAN, bukan ditolak.",
      "",
      "The screen shows only counts, never a NIK, No. KK or name. The output files contain",
      "the No. KK: keep them as safely as the input.",
      "Layar hanya menampilkan jumlah, tanpa NIK, No. KK atau nama. File hasil memuat No. KK:",
      "simpan seaman data masukannya.",
      "",
      "Exit codes / Kode keluar:",
      "  0  all households assessed / semua keluarga dinilai",
      "  1  finished, some records rejected (see the rejects file) / selesai, sebagian ditolak",
      "  2  wrong command line, nothing done / perintah salah, tidak ada yang diproses",
      "  3  a file could not be read or written, or the input is not in the layout",
      "     / file tidak dapat dibaca atau ditulis, atau format masukan salah",
      "");

  private Screen() {}

  /**
   * Runs the command line and exits the JVM with the exit code when it is not 0.
   *
   * @param args the arguments; see {@code --help}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the command line without exiting, for embedding and tests.
   *
   * @param args the arguments; never null
   * @param out where the summary (or the help) goes; never null
   * @param err where progress and errors go; never null
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_REJECTS}, {@link #EXIT_USAGE} or
   *     {@link #EXIT_IO}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println("screen: " + e.getMessage());
      err.println("screen: run with --help for usage / jalankan dengan --help untuk bantuan");
      return EXIT_USAGE;
    }
    if (options.help) {
      out.print(HELP);
      return EXIT_OK;
    }
    try {
      return screen(options, out, err);
    } catch (InputFormatException e) {
      err.println("screen: the input is not in the " + options.format.name() + " layout: "
          + e.getMessage());
      return EXIT_IO;
    } catch (IOException | UncheckedIOException e) {
      // File-system messages name files, never the records in them.
      err.println("screen: I/O error: " + e);
      return EXIT_IO;
    }
  }

  private static int screen(Options o, PrintStream out, PrintStream err) throws IOException {
    Engine engine = Engine.of(JawaTimur.catalog());
    Summary summary = new Summary();
    long households = 0;
    long rows = 0;
    long written = 0;
    long writtenRows = 0;
    long rejected = 0;
    long rejectedRows = 0;
    try (HouseholdReader reader = o.format.open(
            Files.newBufferedReader(o.in, StandardCharsets.UTF_8));
        DeterminationWriter results = o.results(
            Files.newBufferedWriter(o.out, StandardCharsets.UTF_8));
        BufferedWriter rejects = Files.newBufferedWriter(o.rejects, StandardCharsets.UTF_8)) {
      rejects.write(String.join(",", REJECT_COLUMNS));
      rejects.write('\n');
      Optional<HouseholdRecord> next;
      while ((next = reader.next()).isPresent()) {
        HouseholdRecord record = next.get();
        households++;
        // A JSON line is one record whatever the family size: count lines, not people.
        int recordRows = o.format == InputFormat.jsonLines() ? 1 : record.rows();
        rows += recordRows;
        HouseholdRecord outcome = record instanceof HouseholdRecord.Valid v
            ? assess(engine, o.date, v, results, summary) : record;
        if (outcome instanceof HouseholdRecord.Invalid bad) {
          writeRejects(rejects, bad);
          rejected++;
          rejectedRows += recordRows;
        } else {
          written++;
          writtenRows += recordRows;
        }
        if (o.progress > 0 && households % o.progress == 0) {
          err.println("screen: " + Summary.group(households) + " households read, "
              + Summary.group(rejected) + " rejected");
        }
      }
    }
    List<String> programs = new ArrayList<>();
    for (Program p : engine.catalog().inForce(o.date)) {
      // A service record (UPT care) has no determination to count.
      if (p.info().decidesEligibility()) {
        programs.add(p.info().code());
      }
    }
    out.println("Screening as of / penilaian per " + o.date + " (catalog " + engine.catalog().name()
        + ")");
    String unit = o.format == InputFormat.jsonLines() ? "lines" : "rows";
    out.printf(Locale.ROOT, "Households read / KK dibaca:  %12s  (%s / baris %s)%n",
        Summary.group(households), unit, Summary.group(rows));
    out.printf(Locale.ROOT, "Assessed / dinilai:           %12s  (%s / baris %s) -> %s%n",
        Summary.group(written), unit, Summary.group(writtenRows), o.out);
    out.printf(Locale.ROOT, "Rejected / ditolak:           %12s  (%s / baris %s) -> %s%n",
        Summary.group(rejected), unit, Summary.group(rejectedRows), o.rejects);
    out.println(households == written + rejected && rows == writtenRows + rejectedRows
        ? "Reconciled / cocok: read = assessed + rejected"
        : "NOT RECONCILED / TIDAK COCOK: read != assessed + rejected");
    out.println();
    summary.print(out, programs);
    return rejected == 0 ? EXIT_OK : EXIT_REJECTS;
  }

  /** Assesses and writes one household; an unexpected failure turns it into a rejected record. */
  private static HouseholdRecord assess(Engine engine, LocalDate date, HouseholdRecord.Valid v,
      DeterminationWriter results, Summary summary) throws IOException {
    Assessment assessment;
    try {
      assessment = engine.assess(v.household(), date);
    } catch (RuntimeException e) {
      // The class name only: a message is not guaranteed free of personal data.
      return new HouseholdRecord.Invalid(v.firstLine(), v.lastLine(), v.rows(), List.of(
          new RecordProblem(v.firstLine(), new Problem("", "ASSESSMENT_FAILED",
              "the engine failed with " + e.getClass().getName()))));
    }
    results.write(v, assessment);
    summary.add(Regencies.of(v.household()), assessment);
    return v;
  }

  private static void writeRejects(Writer rejects, HouseholdRecord.Invalid bad)
      throws IOException {
    for (RecordProblem p : bad.problems()) {
      rejects.write(CsvLine.join(List.of(Integer.toString(bad.firstLine()),
          Integer.toString(bad.lastLine()), Integer.toString(p.line()), p.problem().path(),
          p.problem().code(), p.problem().message())));
      rejects.write('\n');
    }
  }

  /** Thrown for a wrong command line. */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  private static final class Options {
    boolean help;
    Path in;
    Path out;
    Path rejects;
    LocalDate date;
    InputFormat format;
    String outFormat;
    Language language = Language.ID;
    long progress = 10_000;

    DeterminationWriter results(Writer out) throws IOException {
      if (outFormat.equals("jsonl")) {
        return DeterminationWriter.jsonLines(out, language);
      }
      return format == InputFormat.jsonLines() ? DeterminationWriter.csvByMemberPath(out)
          : DeterminationWriter.csv(out);
    }

    private static boolean isJsonLines(Path file) {
      return file.getFileName() != null
          && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    static Options parse(String[] args) throws UsageException {
      Options o = new Options();
      Map<String, InputFormat> formats = Map.of("csv", InputFormat.csv(),
          "jsonl", InputFormat.jsonLines());
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help") || a.equals("-h")) {
          o.help = true;
          return o;
        }
        if (!List.of("--in", "--out", "--rejects", "--date", "--format", "--out-format",
            "--lang", "--progress").contains(a)) {
          throw new UsageException("unknown option / pilihan tidak dikenal: " + a);
        }
        if (i + 1 >= args.length) {
          throw new UsageException(a + " needs a value / perlu nilai");
        }
        String v = args[++i];
        switch (a) {
          case "--in" -> o.in = Path.of(v);
          case "--out" -> o.out = Path.of(v);
          case "--rejects" -> o.rejects = Path.of(v);
          case "--date" -> {
            try {
              o.date = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
              throw new UsageException("--date must be a date written YYYY-MM-DD"
                  + " / --date harus tanggal dengan format YYYY-MM-DD");
            }
          }
          case "--format" -> {
            o.format = formats.get(v.toLowerCase(Locale.ROOT));
            if (o.format == null) {
              throw new UsageException(
                  "unknown --format (known: csv, jsonl) / format tidak dikenal");
            }
          }
          case "--out-format" -> {
            o.outFormat = v.toLowerCase(Locale.ROOT);
            if (!o.outFormat.equals("csv") && !o.outFormat.equals("jsonl")) {
              throw new UsageException(
                  "unknown --out-format (known: csv, jsonl) / format hasil tidak dikenal");
            }
          }
          case "--lang" -> {
            switch (v.toLowerCase(Locale.ROOT)) {
              case "id" -> o.language = Language.ID;
              case "en" -> o.language = Language.EN;
              default -> throw new UsageException("--lang must be id or en / harus id atau en");
            }
          }
          default -> {
            try {
              o.progress = Long.parseLong(v);
            } catch (NumberFormatException e) {
              o.progress = -1;
            }
            if (o.progress < 0) {
              throw new UsageException("--progress must be a whole number, 0 or more");
            }
          }
        }
      }
      if (o.in == null || o.out == null || o.date == null) {
        throw new UsageException("--in, --out and --date are required / wajib diisi");
      }
      if (o.format == null) {
        o.format = isJsonLines(o.in) ? InputFormat.jsonLines() : InputFormat.csv();
      }
      if (o.outFormat == null) {
        o.outFormat = isJsonLines(o.out) ? "jsonl" : "csv";
      }
      if (o.rejects == null) {
        String name = o.out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(".csv") ? name.substring(0, name.length() - 4)
            : lower.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
        o.rejects = o.out.resolveSibling(base + ".rejects.csv");
      }
      return o;
    }
  }
}
