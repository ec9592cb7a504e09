package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.Detail;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command's happy path and every exit code, on small files. */
class BansosTest {

  private static final LocalDate DATE = SampleData.DEFAULT_REFERENCE_DATE;

  @TempDir
  static Path dir;

  private static Path csv;
  private static Path jsonl;
  private static Path xlsx;
  private static Path badCsv;

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run bansos(String... args) {
    return bansos(Map.of(), args);
  }

  static Run bansos(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Bansos.run(args, o, e, env);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void files() {
    csv = dir.resolve("households.csv");
    jsonl = dir.resolve("households.jsonl");
    xlsx = dir.resolve("households.xlsx");
    badCsv = dir.resolve("bad.csv");
    assertThat(bansos("sample", "--households", "300", "--seed", "5", "--out", csv.toString())
        .code()).isZero();
    assertThat(bansos("sample", "--households", "300", "--seed", "5", "--out", jsonl.toString())
        .code()).isZero();
    assertThat(bansos("sample", "--households", "300", "--seed", "5", "--header", "id",
        "--out", xlsx.toString()).code()).isZero();
    assertThat(bansos("sample", "--households", "60", "--seed", "5", "--bad", "4",
        "--out", badCsv.toString()).code()).isZero();
  }

  @Test
  void helpIsInIndonesianByDefaultAndInEnglishOnRequest() {
    Run id = bansos("--help");
    Run en = bansos("--help", "--lang", "en");
    Run env = bansos(Map.of("BANSOS_LANG", "en"), "screen", "--help");

    assertThat(id.code()).isZero();
    assertThat(id.out()).contains("Perintah:", "Kode keluar:", "screen", "explain", "programs",
        "sample", "serve");
    assertThat(en.out()).contains("Commands:", "Exit codes:");
    assertThat(env.out()).contains("--threads", "Threads that assess");
    assertThat(bansos("screen", "--help").out()).contains("Jumlah thread penilai");
  }

  @Test
  void versionAndCompletion() {
    assertThat(bansos("--version").out()).startsWith("bansos ");
    Run completion = bansos("generate-completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F", "bansos");
  }

  @Test
  void aWrongCommandLineExitsWith2() {
    assertThat(bansos().code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("screen", "--in", csv.toString()).code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("screen", "--in", csv.toString(), "--out", "x.txt", "--date",
        DATE.toString()).code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("screen", "--in", csv.toString(), "--out", "x.csv", "--date",
        "1 Juli").code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("sample", "--out", "x.csv", "--bad", "-1").code())
        .isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("programs", "--lang", "fr").code()).isEqualTo(Bansos.EXIT_USAGE);
  }

  @Test
  void anOutputThatIsTheInputUnderAnotherNameIsRefusedAndTheInputKept() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("same"));
    Path data = folder.resolve("data.csv");
    Files.copy(csv, data);
    byte[] before = Files.readAllBytes(data);
    Path link = folder.resolve("link.csv");
    Assumptions.assumeTrue(symbolicLink(link, data), "symbolic links are not allowed here");

    Run viaLink = bansos("screen", "--in", link.toString(), "--out", data.toString(), "--date",
        DATE.toString());
    Run roundabout = bansos("screen", "--in", data.toString(), "--out",
        folder.resolve("..").resolve("same").resolve("data.csv").toString(), "--date",
        DATE.toString());
    Run rejectsOnInput = bansos("screen", "--in", data.toString(), "--out",
        folder.resolve("r.csv").toString(), "--rejects", link.toString(), "--date",
        DATE.toString());

    // Through a link to a folder, then up: the folder above the link's target, not the link's.
    Path other = Files.createDirectories(folder.resolve("other").resolve("sub"));
    Path work = Files.createDirectories(folder.resolve("work"));
    Files.createSymbolicLink(work.resolve("link"), other);
    Path upThroughLink = work.resolve("link").resolve("..").resolve("in.csv");
    Files.copy(csv, folder.resolve("other").resolve("in.csv"));
    Run linkThenUp = bansos("screen", "--in", folder.resolve("other").resolve("in.csv")
        .toString(), "--out", upThroughLink.toString(), "--date", DATE.toString());

    for (Run run : List.of(viaLink, roundabout, rejectsOnInput, linkThenUp)) {
      assertThat(run.code()).isEqualTo(Bansos.EXIT_USAGE);
      assertThat(run.err()).contains("must be different files");
    }
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    assertThat(Files.readAllBytes(folder.resolve("other").resolve("in.csv")))
        .isEqualTo(Files.readAllBytes(csv));
  }

  private static boolean symbolicLink(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target.getFileName());
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  @Test
  void screensEveryFormatIntoEveryFormat() throws IOException {
    for (Path in : List.of(csv, jsonl, xlsx)) {
      for (String ext : List.of("csv", "jsonl", "xlsx")) {
        Path out = dir.resolve("from-" + in.getFileName() + "." + ext);
        Run run = bansos("screen", "--in", in.toString(), "--out", out.toString(), "--date",
            DATE.toString(), "--progress", "lines");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Households read / KK dibaca:           300",
            "Reconciled / cocok", "PKH_PLUS");
        assertThat(run.err()).contains("100% 300 KK");
        assertThat(out).exists();
      }
    }
    Path csvOut = dir.resolve("from-households.csv.csv");
    List<String> lines = Files.readAllLines(csvOut);
    assertThat(lines.get(0)).startsWith("kk,first_line,last_line,regency_code");
    assertThat(lines.size() - 1).isEqualTo(300 * (int) JawaTimur.catalog().inForce(DATE).stream()
        .filter(p -> p.info().decidesEligibility()).count());
    // The same households read from CSV and XLSX give the same determinations.
    assertThat(Files.readString(dir.resolve("from-households.xlsx.csv")))
        .isEqualTo(Files.readString(csvOut));
  }

  @Test
  void theWorkbookHasDeterminationsRejectsAndSummaryWithNumbers() throws IOException {
    Path out = dir.resolve("bad-results.xlsx");
    Run run = bansos("screen", "--in", badCsv.toString(), "--out", out.toString(), "--date",
        DATE.toString(), "--progress", "none");

    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    try (InputStream in = new FileInputStream(out.toFile());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheetName(0)).isEqualTo("determinations");
      assertThat(book.getSheet("rejects").getLastRowNum()).isGreaterThanOrEqualTo(4);
      var total = book.getSheet("determinations").getRow(1).getCell(9);
      assertThat(total.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
      assertThat(total.getCellStyle().getDataFormatString()).contains("Rp");
      assertThat(book.getSheet("summary").getRow(1).getCell(3).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
    }
  }

  @Test
  void theWorkbookSaysWhatTheCsvSays() throws IOException {
    // The workbook keeps the texts of its columns of few values (program, status, regency, the
    // catalog's stamp...) once, in its shared strings: read back, every row says what the CSV's
    // row says.
    Path csvOut = dir.resolve("same-results.csv");
    Path xlsxOut = dir.resolve("same-results.xlsx");
    for (Path out : List.of(csvOut, xlsxOut)) {
      assertThat(bansos("screen", "--in", csv.toString(), "--out", out.toString(), "--date",
          DATE.toString(), "--progress", "none").code()).isZero();
    }
    List<String> lines = Files.readAllLines(csvOut);
    int compared = 0;
    try (InputStream in = new FileInputStream(xlsxOut.toFile());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      var sheet = book.getSheet("determinations");
      assertThat(sheet.getLastRowNum()).isEqualTo(lines.size() - 1);
      for (int r = 1; r < lines.size(); r++) {
        if (lines.get(r).contains("\"")) {
          continue;
        }
        String[] cells = lines.get(r).split(",", -1);
        var row = sheet.getRow(r);
        for (int c = 0; c < cells.length; c++) {
          var cell = row.getCell(c);
          String read = cell == null ? ""
              : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue();
          assertThat(read).as("row %d, column %s", r, lines.get(0).split(",")[c])
              .isEqualTo(cells[c]);
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(lines.size() / 2);
  }

  @Test
  void rejectedRecordsExitWith1AndLandInTheRejectsFile() throws IOException {
    Path out = dir.resolve("bad-results.csv");
    Run run = bansos("screen", "--in", badCsv.toString(), "--out", out.toString(), "--date",
        DATE.toString(), "--progress", "none");

    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(run.out()).containsPattern("Rejected / ditolak: +4 ").contains("Reconciled / cocok");
    String rejects = Files.readString(dir.resolve("bad-results.rejects.csv"));
    assertThat(rejects).contains("NIK_LENGTH", "CSV_DATE", "CSV_COLUMNS", "CSV_VALUE");
  }

  @Test
  void anExportsOwnColumnNamesAreReadAsTheColumnsTheyAreOrLeftOut() throws IOException {
    // The sample as a registry export might write it: its own name for the No. KK, an address
    // column the layout does not have.
    List<String> lines = Files.readAllLines(csv);
    List<String> export = new ArrayList<>();
    export.add(lines.get(0).replaceFirst("^kk,", "NO KK,") + ",ALAMAT");
    lines.stream().skip(1).forEach(l -> export.add(l + ",Jl. Mawar"));
    Path in = dir.resolve("export.csv");
    Files.write(in, export);
    Path expected = dir.resolve("export-expected.csv");
    Path actual = dir.resolve("export-results.csv");
    assertThat(bansos("screen", "--in", csv.toString(), "--out", expected.toString(), "--date",
        DATE.toString(), "--progress", "none").code()).isZero();

    Run unmapped = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--progress", "none");
    assertThat(unmapped.code()).isEqualTo(Bansos.EXIT_IO);
    assertThat(unmapped.err()).contains("'ALAMAT'", "--column HEADER=COLUMN");

    Run mapped = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--progress", "none", "--column", "no kk=no_kk", "--column", "ALAMAT=-");
    assertThat(mapped.code()).as(mapped.err()).isZero();
    assertThat(Files.readString(actual)).isEqualTo(Files.readString(expected));

    String kk = lines.get(1).split(",")[0];
    Run explained = bansos("explain", in.toString(), "--kk", kk, "--date", DATE.toString(),
        "--column", "NO KK=kk", "--column", "alamat=-");
    assertThat(explained.code()).as(explained.err()).isZero();
    assertThat(explained.out()).isEqualTo(bansos("explain", csv.toString(), "--kk", kk,
        "--date", DATE.toString()).out());

    Run twice = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--column", "NO KK=kk", "--column", "ALAMAT=nama", "--column",
        "ALAMAT=-", "--column", "RT");
    assertThat(twice.code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(twice.err()).contains("'ALAMAT' is given twice",
        "'RT' needs a COLUMN: HEADER=COLUMN");

    Run forJson = bansos("screen", "--in", jsonl.toString(), "--out", actual.toString(),
        "--date", DATE.toString(), "--column", "NO KK=kk");
    assertThat(forJson.code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(forJson.err()).contains("--column and --dates are for a .csv or .xlsx input");

    Run wrong = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--column", "NO KK=nomor_kk");
    assertThat(wrong.code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(wrong.err()).contains("'nomor_kk' (for 'NO KK')");
  }

  @Test
  void datesAsASpreadsheetShowsThemAreReadWithDatesDmy() throws IOException {
    // The sample with every date as Indonesian settings show it: 1985-03-15 as 15/03/1985.
    String shown = Files.readString(csv)
        .replaceAll("(?<=[,;])(\\d{4})-(\\d{2})-(\\d{2})(?=[,;\\n\\r])", "$3/$2/$1");
    assertThat(shown).doesNotContainPattern(",\\d{4}-\\d{2}-\\d{2},");
    Path in = dir.resolve("shown-dates.csv");
    Files.writeString(in, shown);
    Path expected = dir.resolve("iso-dates-results.csv");
    Path actual = dir.resolve("shown-dates-results.csv");
    assertThat(bansos("screen", "--in", csv.toString(), "--out", expected.toString(), "--date",
        DATE.toString(), "--progress", "none").code()).isZero();
    Run run = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--progress", "none", "--dates", "DMY");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(actual)).isEqualTo(Files.readString(expected));
    Run without = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--progress", "none");
    assertThat(without.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(Files.readString(dir.resolve("shown-dates-results.rejects.csv")))
        .contains("--dates dmy");
    // Month first, and explain too.
    Path monthFirst = dir.resolve("month-first.csv");
    Files.writeString(monthFirst, Files.readString(csv)
        .replaceAll("(?<=[,;])(\\d{4})-(\\d{2})-(\\d{2})(?=[,;\\n\\r])", "$2/$3/$1"));
    assertThat(bansos("screen", "--in", monthFirst.toString(), "--out", actual.toString(),
        "--date", DATE.toString(), "--progress", "none", "--dates", "mdy").code()).isZero();
    assertThat(Files.readString(actual)).isEqualTo(Files.readString(expected));
    String kk = Files.readAllLines(csv).get(1).split(",")[0];
    Run explained = bansos("explain", in.toString(), "--kk", kk, "--date", DATE.toString(),
        "--dates", "dmy");
    assertThat(explained.code()).as(explained.err()).isZero();
    assertThat(explained.out()).isEqualTo(bansos("explain", csv.toString(), "--kk", kk,
        "--date", DATE.toString()).out());
    Path json = dir.resolve("dates-household.json");
    try (InputStream household = BansosTest.class.getResourceAsStream("household.json")) {
      Files.write(json, household.readAllBytes());
    }
    assertThat(bansos("explain", json.toString(), "--date", DATE.toString(), "--dates", "dmy")
        .code()).isEqualTo(Bansos.EXIT_USAGE);

    Run wrong = bansos("screen", "--in", in.toString(), "--out", actual.toString(), "--date",
        DATE.toString(), "--dates", "ymd");
    assertThat(wrong.code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(wrong.err()).contains("expected dmy");
  }

  @Test
  void anInputThatIsNotInTheLayoutExitsWith3AndWritesNothing() throws IOException {
    Path in = dir.resolve("typo.csv");
    Files.writeString(in, "kk,nik,tanggal_lahirr,umur\n3578010101200001,3578014101800001,,\n");
    Path out = dir.resolve("typo-results.csv");
    Run run = bansos("screen", "--in", in.toString(), "--out", out.toString(), "--date",
        DATE.toString());

    assertThat(run.code()).isEqualTo(Bansos.EXIT_IO);
    assertThat(run.err()).contains("'tanggal_lahirr'", "'umur'");
    assertThat(out).doesNotExist();
    assertThat(leftovers()).isEmpty();
    Run missing = bansos("screen", "--in", dir.resolve("missing.csv").toString(), "--out",
        out.toString(), "--date", DATE.toString());
    assertThat(missing.code()).isEqualTo(Bansos.EXIT_IO);
    assertThat(missing.err()).contains("no such file: ").contains("missing.csv");
    Run explainMissing = bansos("explain", dir.resolve("missing.csv").toString(), "--kk",
        "3578010101200001", "--date", DATE.toString());
    assertThat(explainMissing.code()).isEqualTo(Bansos.EXIT_IO);
    assertThat(explainMissing.err()).contains("no such file: ");
  }

  @Test
  void theThreadCountDoesNotChangeTheOutputBytes() throws IOException {
    for (String ext : List.of("csv", "jsonl")) {
      Path one = dir.resolve("one." + ext);
      Path three = dir.resolve("three." + ext);
      assertThat(bansos("screen", "--in", badCsv.toString(), "--out", one.toString(), "--date",
          DATE.toString(), "--threads", "1", "--progress", "none").code()).isEqualTo(1);
      assertThat(bansos("screen", "--in", badCsv.toString(), "--out", three.toString(),
          "--date", DATE.toString(), "--threads", "3", "--progress", "none").code())
          .isEqualTo(1);

      assertThat(Files.readAllBytes(three)).isEqualTo(Files.readAllBytes(one));
      assertThat(Files.readAllBytes(dir.resolve("three.rejects.csv")))
          .isEqualTo(Files.readAllBytes(dir.resolve("one.rejects.csv")));
    }
  }

  @Test
  void anInterruptedRunLeavesNoOutputUnderTheFinalName() throws Exception {
    Path big = dir.resolve("big.csv");
    SampleData.write(big, SampleData.Format.CSV, 3 * Screening.BATCH, 8, DATE, 0, false);
    Path out = dir.resolve("interrupted.csv");
    Path rejects = dir.resolve("interrupted.rejects.csv");
    Screening screening = new Screening(Engine.of(JawaTimur.catalog()), DATE, Language.ID,
        new TableLayout(ExtensionFacts.provincial()), 2, Detail.FULL);

    // The first finished batch interrupts the worker: as Ctrl-C or a stopping service would.
    assertThatThrownBy(() -> screening.run(big, InputFormat.CSV, out, OutputFormat.CSV, rejects,
        new Summary(), new Progress(), done -> Thread.currentThread().interrupt()))
        .isInstanceOf(InterruptedException.class);

    assertThat(out).doesNotExist();
    assertThat(rejects).doesNotExist();
    assertThat(ScreenCommand.defaultGroups(out)).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void explainsOneHouseholdFromJsonOrByItsKkFromATable() throws IOException {
    Path json = dir.resolve("household.json");
    try (InputStream in = BansosTest.class.getResourceAsStream("household.json")) {
      Files.write(json, in.readAllBytes());
    }
    Run fromJson = bansos("explain", json.toString(), "--date", DATE.toString(), "--lang", "en");
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    assertThat(fromJson.out()).contains("PKH_PLUS");

    String kk = Files.readAllLines(csv).get(1).split(",")[0];
    Run fromCsv = bansos("explain", csv.toString(), "--kk", kk, "--date", DATE.toString());
    Run fromXlsx = bansos("explain", xlsx.toString(), "--kk", kk, "--date", DATE.toString());
    assertThat(fromCsv.code()).isZero();
    assertThat(fromXlsx.out()).isEqualTo(fromCsv.out()).contains("PKH_PLUS");

    assertThat(bansos("explain", csv.toString(), "--kk", "3578010101209999", "--date",
        DATE.toString()).code()).isEqualTo(Bansos.EXIT_IO);
    assertThat(bansos("explain", csv.toString(), "--date", DATE.toString()).code())
        .isEqualTo(Bansos.EXIT_USAGE);
    String damagedKk = Files.readAllLines(badCsv).stream().skip(1)
        .filter(l -> l.contains(",12345,")).findFirst().orElseThrow().split(",")[0];
    Run invalid = bansos("explain", badCsv.toString(), "--kk", damagedKk, "--date",
        DATE.toString());
    assertThat(invalid.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(invalid.err()).contains("NIK_LENGTH").doesNotContain(damagedKk);
    Path bad = dir.resolve("bad-household.json");
    Files.writeString(bad, "{\"kkNumber\": \"12\", \"members\": []}");
    assertThat(bansos("explain", bad.toString(), "--date", DATE.toString()).code())
        .isEqualTo(Bansos.EXIT_REJECTS);
  }

  @Test
  void filesWithAByteOrderMarkAreReadAndAnUnreadableLineMayBeTheHouseholdAskedFor()
      throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    List<String> lines = Files.readAllLines(jsonl);
    String kk = BansosJson.readHousehold(lines.get(0)).kkNumber().value();
    Path marked = dir.resolve("marked.jsonl");
    try (var out = Files.newOutputStream(marked)) {
      out.write(bom);
      out.write(Files.readAllBytes(jsonl));
    }
    Path json = dir.resolve("marked.json");
    try (var out = Files.newOutputStream(json)) {
      out.write(bom);
      out.write(lines.get(0).getBytes(StandardCharsets.UTF_8));
    }
    Path results = dir.resolve("marked-results.csv");

    assertThat(bansos("screen", "--in", marked.toString(), "--out", results.toString(), "--date",
        DATE.toString(), "--progress", "none").code()).isZero();
    assertThat(bansos("explain", marked.toString(), "--kk", kk, "--date", DATE.toString())
        .code()).isZero();
    assertThat(bansos("explain", json.toString(), "--date", DATE.toString()).code()).isZero();

    // The first household's line damaged so that it is no longer JSON: its No. KK is unknown.
    Path damaged = dir.resolve("damaged.jsonl");
    lines.set(0, lines.get(0).substring(0, lines.get(0).length() / 2));
    Files.write(damaged, lines);
    Run run = bansos("explain", damaged.toString(), "--kk", kk, "--date", DATE.toString());
    assertThat(run.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(run.err()).contains("could not be read, the first at line 1")
        .doesNotContain(kk);
  }

  @Test
  void explainsInTheFormatAskedWithTheHouseholdsMembersByWhoTheyAre() throws IOException {
    Path json = dir.resolve("household.json");
    try (InputStream in = BansosTest.class.getResourceAsStream("household.json")) {
      Files.write(json, in.readAllBytes());
    }
    Household household = BansosJson.readHousehold(Files.readString(json));
    Assessment assessment = Engine.of(JawaTimur.catalog()).assess(household, DATE);

    for (String[] form : new String[][] {{"text", "TEXT"}, {"md", "MARKDOWN"},
        {"HTML", "HTML"}}) {
      Run run = bansos("explain", json.toString(), "--date", DATE.toString(), "--lang", "en",
          "--format", form[0]);
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(ExplainFormat.valueOf(form[1])
          .render(assessment, household, Language.EN));
    }
    assertThat(bansos("explain", json.toString(), "--date", DATE.toString()).out())
        .isEqualTo(Render.text(assessment, household, Language.ID));
    assertThat(bansos("explain", json.toString(), "--date", DATE.toString(), "--format", "html")
        .out()).startsWith(Render.html(assessment, household, Language.ID).substring(0, 40))
        .doesNotContain("<script");
    assertThat(bansos("explain", json.toString(), "--date", DATE.toString(), "--format", "pdf")
        .code()).isEqualTo(Bansos.EXIT_USAGE);
  }

  @Test
  void listsTheProgramsAsATableOrJson() {
    Run table = bansos("programs", "--date", DATE.toString(), "--lang", "en");
    Run json = bansos("programs", "--json", "--lang", "en");

    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("PKH_PLUS", "ASPD", "KUBE");
    assertThat(json.out().strip())
        .isEqualTo(BansosJson.write(JawaTimur.catalog(), Language.EN));
  }

  @Test
  void servesUntilStopped() throws Exception {
    ServeCommand serve = new ServeCommand();
    serve.stop = new CountDownLatch(1);
    serve.stop.countDown();
    CommandLine cl = Bansos.commandLine(Language.EN).getSubcommands().get("serve");
    CommandLine own = new CommandLine(serve);
    own.setResourceBundle(cl.getResourceBundle());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    own.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));

    assertThat(own.execute("--port", "0")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("listening on http://127\\.0\\.0\\.1:\\d+/");
    assertThat(own.execute("--port", "70000")).isEqualTo(Bansos.EXIT_USAGE);
  }

  @Test
  void aDateOptionNotWrittenYyyyMmDdOrNotInTheCalendarSaysSo() {
    Run shape = bansos("programs", "--date", "15/01/2026");
    Run calendar = bansos("programs", "--date", "2026-02-30");

    assertThat(shape.code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(shape.err()).contains("a date is written YYYY-MM-DD").doesNotContain("java.");
    assertThat(calendar.code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(calendar.err()).contains("not a date of the calendar").doesNotContain("java.");
  }

  @Test
  void servesThisMachineOnlyWhateverTheBindAddress() {
    Run any = bansos("serve", "--port", "0", "--bind", "0.0.0.0");
    Run lan = bansos("serve", "--port", "0", "--bind", "192.168.1.10");

    for (Run run : List.of(any, lan)) {
      assertThat(run.code()).isEqualTo(Bansos.EXIT_USAGE);
      assertThat(run.err()).contains("--bind: the service listens on this machine only");
      assertThat(run.out()).doesNotContain("listening");
    }
  }

  @Test
  void aTableCarriesKubeGroupsAndExtensionFactsBothWays() throws Exception {
    Household h = new SampleData(3, DATE).next();
    Household withFacts = Household.builder().from(h)
        .putExtensions(NationalPkh.COMPONENTS, Set.of(PkhComponent.SD, PkhComponent.ELDERLY))
        .build();
    Nik participant = withFacts.members().get(0).nik();
    HouseholdRecord.Kube kube = new HouseholdRecord.Kube("Kube Sri Rejeki", Optional.of(true),
        participant);
    for (String ext : List.of("csv", "xlsx")) {
      Path file = dir.resolve("kube." + ext);
      try (HouseholdTableWriter w = ext.equals("csv")
          ? HouseholdTableWriter.csv(Files.newOutputStream(file), ExtensionFacts.provincial(),
              true)
          : HouseholdTableWriter.xlsx(Files.newOutputStream(file), ExtensionFacts.provincial(),
              false)) {
        w.write(withFacts, Optional.of(kube));
      }
      List<HouseholdRecord> read = new ArrayList<>();
      InputFormat.of(file).orElseThrow().read(file, new TableLayout(ExtensionFacts.provincial()),
          read::add,
          new Progress());

      assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class,
          v -> {
            assertThat(v.household()).isEqualTo(withFacts);
            assertThat(v.kube()).contains(kube);
          });
    }
  }

  @Test
  void cellsAreReadWithoutTheWhiteSpaceAroundThem() throws Exception {
    Household h = Household.builder().from(new SampleData(4, DATE).next())
        .putExtensions(NationalPkh.COMPONENTS, Set.of(PkhComponent.SD)).build();
    HouseholdRecord.Kube kube = new HouseholdRecord.Kube("Kube Sri Rejeki", Optional.of(true),
        h.members().get(0).nik());
    Path plain = dir.resolve("unpadded.csv");
    try (HouseholdTableWriter w = HouseholdTableWriter.csv(Files.newOutputStream(plain),
        ExtensionFacts.provincial(), false)) {
      w.write(h, Optional.of(kube));
    }
    // Spaces, a tab and an em space (U+2003) around every cell that holds something; none of
    // these cells holds a comma or a quote, so each line splits at its commas.
    List<String> lines = Files.readAllLines(plain);
    List<String> padded = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      padded.add(Stream.of(line.split(",", -1))
          .map(cell -> cell.isEmpty() ? cell : " \t" + cell + "\u2003 ")
          .collect(Collectors.joining(",")));
    }
    Path file = dir.resolve("padded.csv");
    Files.write(file, padded);

    List<HouseholdRecord> read = new ArrayList<>();
    InputFormat.of(file).orElseThrow().read(file, new TableLayout(ExtensionFacts.provincial()),
        read::add,
        new Progress());

    assertThat(read).singleElement().isInstanceOfSatisfying(HouseholdRecord.Valid.class, v -> {
      assertThat(v.household()).isEqualTo(h);
      assertThat(v.kube()).contains(kube);
    });
  }

  @Test
  void anUnexpectedFailureIsReportedByItsKindNotItsMessage() throws Exception {
    CommandLine cl = Bansos.commandLine(Language.EN);
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err, true));
    CommandLine.ParseResult parsed = cl.parseArgs("programs");

    int leaked = cl.getExecutionExceptionHandler().handleExecutionException(
        new IllegalStateException("Cannot get item at 3 with strings: [Nama Tiga,"
            + " 3509024101850001]"),
        cl, parsed);
    int input = cl.getExecutionExceptionHandler().handleExecutionException(
        new InputFormatException("the row after row 7 has no row number"), cl, parsed);

    assertThat(leaked).isEqualTo(Bansos.EXIT_IO);
    assertThat(input).isEqualTo(Bansos.EXIT_IO);
    assertThat(err.toString()).contains("bansos: java.lang.IllegalStateException")
        .contains("bansos: the row after row 7 has no row number")
        .doesNotContain("Nama Tiga").doesNotContain("3509024101850001");
  }

  private static List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }
}
