package id.bansos.examples;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenTest {

  private static final int HOUSEHOLDS = 2_000;
  /** A NIK or No. KK; longer digit runs (the temporary directory's name) are not. */
  private static final String SIXTEEN_DIGITS = "(?<![0-9])[0-9]{16}(?![0-9])";

  @TempDir
  static Path dir;

  private static Path input;
  private static List<Integer> badLines;
  private static Result result;

  /** What one run printed and returned. */
  private record Result(int code, String out, String err) {}

  private static Result screen(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Screen.run(args, o, e);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The index in {@code lines} of the first row of the {@code n}th household (0-based). */
  private static int firstRowOf(List<String> lines, int n) {
    int households = -1;
    String previous = "";
    for (int i = 1; i < lines.size(); i++) {
      String kk = lines.get(i).substring(0, lines.get(i).indexOf(','));
      if (!kk.equals(previous)) {
        households++;
        previous = kk;
        if (households == n) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("no household " + n);
  }

  private static String withCell(String line, int column, String value) {
    List<String> cells = CsvLine.split(line);
    cells = new ArrayList<>(cells);
    cells.set(column, value);
    return CsvLine.join(cells);
  }

  @BeforeAll
  static void generateAndScreen() throws IOException {
    StringWriter w = new StringWriter();
    SampleData.write(w, HOUSEHOLDS, 11, SampleData.DEFAULT_REFERENCE_DATE);
    List<String> lines = new ArrayList<>(List.of(w.toString().split("\n")));
    int nik = CsvLayout.ALL.indexOf(CsvLayout.NIK);
    int birth = CsvLayout.ALL.indexOf(CsvLayout.BIRTH_DATE);

    // Four rows spoiled inside four households, then one extra row on its own.
    int a = firstRowOf(lines, 100) + 1;
    lines.set(a, withCell(lines.get(a), nik, "12345"));
    int b = firstRowOf(lines, 500);
    lines.set(b, lines.get(b).substring(0, lines.get(b).lastIndexOf(',')));
    int c = firstRowOf(lines, 900);
    lines.set(c, withCell(lines.get(c), birth, "1990-13-45"));
    int d = firstRowOf(lines, 1300);
    lines.set(d, lines.get(d).replace(",HEAD,", ",\"HEAD,"));
    int e = firstRowOf(lines, 1700);
    lines.add(e, withCell(lines.get(e), 0, ""));
    // Line numbers are 1-based and the header is line 1.
    badLines = List.of(a + 1, b + 1, c + 1, d + 1, e + 1);

    input = dir.resolve("households.csv");
    Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    result = screen("--in", input.toString(), "--out", dir.resolve("results.csv").toString(),
        "--date", "2025-07-01", "--progress", "500");
  }

  @Test
  void everyHouseholdIsEitherWrittenOrRejected() throws IOException {
    assertThat(result.code()).isEqualTo(Screen.EXIT_REJECTS);
    assertThat(result.out()).contains("Households read / KK dibaca:         2,001");
    assertThat(result.out()).contains("Assessed / dinilai:                  1,996");
    assertThat(result.out()).contains("Rejected / ditolak:                      5");
    assertThat(result.out()).contains("Reconciled / cocok");

    List<String> results = Files.readAllLines(dir.resolve("results.csv"));
    // A header, then one row per assessed household and program in force.
    int programs = (int) JawaTimur.catalog().inForce(java.time.LocalDate.of(2025, 7, 1))
        .stream().filter(p -> p.info().decidesEligibility()).count();
    assertThat(results).hasSize(1 + 1_996 * programs);
    assertThat(results.get(0)).startsWith("kk,first_line,last_line,regency_code");
  }

  @Test
  void theRejectsFileNamesTheLineAndTheReason() throws IOException {
    List<String> rejects = Files.readAllLines(dir.resolve("results.rejects.csv"));

    assertThat(rejects.get(0)).isEqualTo("first_line,last_line,line,path,code,message");
    List<String> body = rejects.subList(1, rejects.size());
    assertThat(body).anyMatch(r -> r.contains("," + badLines.get(0) + ",nik,NIK_LENGTH,"));
    assertThat(body).anyMatch(r -> r.contains("," + badLines.get(1) + ",,CSV_COLUMNS,"));
    assertThat(body).anyMatch(r -> r.contains("," + badLines.get(2) + ",birth_date,CSV_DATE,"));
    assertThat(body).anyMatch(r -> r.contains("," + badLines.get(3) + ",,CSV_QUOTING,"));
    assertThat(body).anyMatch(r -> r.startsWith(badLines.get(4) + "," + badLines.get(4) + ","
        + badLines.get(4) + ",kk,KK_LENGTH,"));
    assertThat(String.join("\n", body)).doesNotContainPattern(SIXTEEN_DIGITS);
  }

  @Test
  void theSummaryListsKabupatenKotaAndPrograms() {
    assertThat(result.out()).contains("Kabupaten Malang", "Kota Surabaya", "Kabupaten Sumenep",
        "PKH_PLUS", "ASPD", "TOTAL Jawa Timur", "ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED");
    assertThat(result.err()).contains("screen: 2,000 households read");
  }

  @Test
  void eachResultNamesItsWeakestConfidenceAndItsTotalPerFunder() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
    List<String> columns = CsvLine.split(lines.get(0));
    int program = columns.indexOf("program");
    int total = columns.indexOf("yearly_total_idr");
    int province = columns.indexOf("yearly_total_apbd_provinsi_idr");
    int national = columns.indexOf("yearly_total_apbn_idr");
    int regency = columns.indexOf("yearly_total_apbd_kabupaten_kota_idr");
    int unknown = columns.indexOf("unknown_amounts");
    int confidence = columns.indexOf("weakest_confidence");

    assertThat(columns).containsSubsequence("yearly_total_idr", "yearly_total_apbd_provinsi_idr",
        "yearly_total_apbn_idr", "yearly_total_apbd_kabupaten_kota_idr", "unknown_amounts",
        "weakest_confidence", "reason_codes");
    long paidByTheProvince = 0;
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = CsvLine.split(line);
      assertThat(row.get(confidence)).isIn("CONFIRMED", "INFERRED", "DISPUTED", "ASSUMED");
      assertThat(Long.parseLong(row.get(province)) + Long.parseLong(row.get(national))
          + Long.parseLong(row.get(regency))).isEqualTo(Long.parseLong(row.get(total)));
      assertThat(row.get(unknown)).isIn("", "APBD_PROVINSI");
      if (row.get(program).equals("PKH")) {
        assertThat(row.get(province)).isEqualTo("0");
      } else {
        assertThat(row.get(national)).as(line).isEqualTo("0");
        paidByTheProvince += Long.parseLong(row.get(province));
      }
    }
    assertThat(paidByTheProvince).isPositive();
  }

  @Test
  void theSummaryShowsEachFunderApartAndCountsEveryDecisionByItsWeakestConfidence() {
    String header = result.out().lines().filter(l -> l.startsWith("Kode ")).findFirst()
        .orElseThrow();
    assertThat(header).contains("APBD_PROVINSI", "APBN", "APBD_KABUPATEN_KOTA");
    List<String> table = result.out().lines()
        .dropWhile(l -> !l.startsWith("Decisions by the weakest confidence")).skip(2).toList();
    // A service record (UPT protection) is not a decision, so it has no row.
    int programs = (int) JawaTimur.catalog().inForce(java.time.LocalDate.of(2025, 7, 1)).stream()
        .filter(p -> p.info().decidesEligibility()).count();

    assertThat(table).hasSize(programs);
    for (String line : table) {
      String[] cells = line.trim().split(" +");
      long decisions = 0;
      for (int i = 1; i < cells.length; i++) {
        decisions += Long.parseLong(cells[i].replace(",", ""));
      }
      assertThat(decisions).as(line).isEqualTo(1_996);
    }
  }

  @Test
  void theConsoleNeverShowsANikOrKkNumber() {
    assertThat(result.out()).doesNotContainPattern(SIXTEEN_DIGITS);
    assertThat(result.err()).doesNotContainPattern(SIXTEEN_DIGITS);
  }

  @Test
  void aCleanFileExitsZero() throws IOException {
    Path clean = dir.resolve("clean.csv");
    try (var w = Files.newBufferedWriter(clean, StandardCharsets.UTF_8)) {
      SampleData.write(w, 50, 3, SampleData.DEFAULT_REFERENCE_DATE);
    }

    Result r = screen("--in", clean.toString(), "--out", dir.resolve("clean-out.csv").toString(),
        "--date", "2025-07-01");

    assertThat(r.code()).isEqualTo(Screen.EXIT_OK);
    assertThat(Files.readAllLines(dir.resolve("clean-out.rejects.csv"))).hasSize(1);
  }

  @Test
  void helpExitsZeroInBothLanguages() {
    Result r = screen("--help");

    assertThat(r.code()).isEqualTo(Screen.EXIT_OK);
    assertThat(r.out()).contains("Usage / Cara pakai", "--date", "Exit codes / Kode keluar");
  }

  @Test
  void aBadDateIsAUsageError() {
    Result r = screen("--in", input.toString(), "--out", dir.resolve("x.csv").toString(),
        "--date", "2025-13-01");

    assertThat(r.code()).isEqualTo(Screen.EXIT_USAGE);
    assertThat(r.err()).contains("--date");
    assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
  }

  @Test
  void aMissingDateOrUnknownOptionIsAUsageError() {
    assertThat(screen("--in", "a.csv", "--out", "b.csv").code()).isEqualTo(Screen.EXIT_USAGE);
    assertThat(screen("--frobnicate").code()).isEqualTo(Screen.EXIT_USAGE);
  }

  @Test
  void aMissingInputFileIsAnIoError() {
    Result r = screen("--in", dir.resolve("nope.csv").toString(), "--out",
        dir.resolve("y.csv").toString(), "--date", "2025-07-01");

    assertThat(r.code()).isEqualTo(Screen.EXIT_IO);
  }

  @Test
  void aFileWithoutHeaderIsRejectedWithoutEchoingItsFirstLine() throws IOException {
    Path noHeader = dir.resolve("no-header.csv");
    Files.writeString(noHeader, "3578010507090003,35.78.01.1002\n", StandardCharsets.UTF_8);

    Result r = screen("--in", noHeader.toString(), "--out", dir.resolve("z.csv").toString(),
        "--date", "2025-07-01");

    assertThat(r.code()).isEqualTo(Screen.EXIT_IO);
    assertThat(r.err()).contains("header column 1").doesNotContain("3578010507090003");
  }
}
