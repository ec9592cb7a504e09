package id.bansos.examples;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.jackson.BansosJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ScreenJsonLinesTest {

  private static final int HOUSEHOLDS = 2_000;
  private static final int BAD = 7;
  private static final long SEED = 23;
  private static final String SIXTEEN_DIGITS = "(?<![0-9])[0-9]{16}(?![0-9])";

  @TempDir
  static Path dir;

  private static Path input;
  private static Result result;

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

  private static Path sample(String name, SampleData.Format format, int households, int bad)
      throws IOException {
    Path file = dir.resolve(name);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      SampleData.write(w, format, households, SEED, SampleData.DEFAULT_REFERENCE_DATE, bad);
    }
    return file;
  }

  private static List<List<String>> rejectRows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("first_line,last_line,line,path,code,message");
    return lines.subList(1, lines.size()).stream().map(CsvLine::split).toList();
  }

  @BeforeAll
  static void generateAndScreen() throws IOException {
    input = sample("households.jsonl", SampleData.Format.JSON_LINES, HOUSEHOLDS, BAD);
    result = screen("--in", input.toString(), "--out", dir.resolve("results.jsonl").toString(),
        "--date", "2025-07-01", "--lang", "en", "--progress", "0");
  }

  @Test
  void countsReconcileWithTheSeededBadLines() {
    assertThat(result.code()).isEqualTo(Screen.EXIT_REJECTS);
    assertThat(result.out())
        .contains("Households read / KK dibaca:         2,000  (lines / baris 2,000)")
        .contains("Assessed / dinilai:                  1,993  (lines / baris 1,993)")
        .contains("Rejected / ditolak:                      7  (lines / baris 7)")
        .contains("Reconciled / cocok");
  }

  @Test
  void everyAssessedHouseholdIsOneJsonAssessmentInTheChosenLanguage() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8);

    assertThat(lines).hasSize(HOUSEHOLDS - BAD);
    int programs = (int) JawaTimur.catalog().inForce(LocalDate.of(2025, 7, 1)).stream()
        .filter(p -> p.info().decidesEligibility()).count();
    for (String line : lines.subList(0, 50)) {
      JsonNode a = BansosJson.mapper().readTree(line);
      assertThat(a.get("date").asString()).isEqualTo("2025-07-01");
      assertThat(a.get("language").asString()).isEqualTo("EN");
      assertThat(a.get("determinations").size()).isEqualTo(programs);
    }
  }

  @Test
  void eachBadLineIsRejectedWithItsNumberPathAndCode() throws IOException {
    List<List<String>> rows = rejectRows(dir.resolve("results.rejects.csv"));

    Set<Integer> expectedLines = SampleData.badPositions(HOUSEHOLDS, BAD, SEED).stream()
        .map(i -> i + 1).collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> rejectedLines = rows.stream().map(r -> Integer.parseInt(r.get(2)))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(rejectedLines).isEqualTo(expectedLines);
    for (List<String> r : rows) {
      assertThat(r.get(0)).isEqualTo(r.get(2));
      assertThat(r.get(1)).isEqualTo(r.get(2));
    }
    // The damage rotates: short NIK, impossible date, unknown field, cut line.
    assertThat(rows).anySatisfy(r -> assertThat(r.subList(3, 5))
        .containsExactly("members[0].nik", "NIK_LENGTH"));
    assertThat(rows).anySatisfy(r -> assertThat(r.subList(3, 5))
        .containsExactly("members[0].birthDate", "JSON_DATE_INVALID"));
    assertThat(rows).anySatisfy(r -> assertThat(r.subList(3, 5))
        .containsExactly("members[0].nickname", "JSON_UNKNOWN_FIELD"));
    assertThat(rows).anySatisfy(r -> assertThat(r.subList(3, 5))
        .containsExactly("", "JSON_TRUNCATED"));
    assertThat(Files.readString(dir.resolve("results.rejects.csv")))
        .doesNotContainPattern(SIXTEEN_DIGITS);
  }

  @Test
  void theConsoleNeverShowsANikOrKkNumber() {
    assertThat(result.out()).contains("PKH_PLUS", "ASPD", "TOTAL Jawa Timur")
        .doesNotContainPattern(SIXTEEN_DIGITS);
    assertThat(result.err()).doesNotContainPattern(SIXTEEN_DIGITS);
  }

  @Test
  void jsonLinesInputCanGiveTheFlatCsvWithBeneficiariesByMemberPath() throws IOException {
    Result r = screen("--in", input.toString(), "--out", dir.resolve("flat.csv").toString(),
        "--date", "2025-07-01", "--progress", "0");

    assertThat(r.code()).isEqualTo(Screen.EXIT_REJECTS);
    List<String> rows = Files.readAllLines(dir.resolve("flat.csv"), StandardCharsets.UTF_8);
    int programs = (int) JawaTimur.catalog().inForce(LocalDate.of(2025, 7, 1)).stream()
        .filter(p -> p.info().decidesEligibility()).count();
    assertThat(rows).hasSize(1 + (HOUSEHOLDS - BAD) * programs);
    int beneficiaries = CsvDeterminationWriter.COLUMNS.indexOf("beneficiary_lines");
    assertThat(rows.subList(1, rows.size())).map(CsvLine::split)
        .anySatisfy(c -> assertThat(c.get(beneficiaries)).matches("members\\[\\d+](;.*)?"));
    assertThat(rejectRows(dir.resolve("flat.rejects.csv"))).hasSize(BAD);
  }

  @Test
  void theFormatFlagsOverrideTheExtensions() throws IOException {
    Path txt = dir.resolve("households.txt");
    Files.copy(input, txt);

    Result r = screen("--in", txt.toString(), "--format", "jsonl", "--out",
        dir.resolve("out.txt").toString(), "--out-format", "jsonl", "--date", "2025-07-01",
        "--progress", "0");

    assertThat(r.code()).isEqualTo(Screen.EXIT_REJECTS);
    assertThat(Files.readAllLines(dir.resolve("out.txt"))).hasSize(HOUSEHOLDS - BAD);
    assertThat(rejectRows(dir.resolve("out.txt.rejects.csv"))).hasSize(BAD);
  }

  @Test
  void seededBadHouseholdsInCsvAreRejectedToo() throws IOException {
    Path csv = sample("bad.csv", SampleData.Format.CSV, 300, 4);

    Result r = screen("--in", csv.toString(), "--out", dir.resolve("bad-out.csv").toString(),
        "--date", "2025-07-01", "--progress", "0");

    assertThat(r.code()).isEqualTo(Screen.EXIT_REJECTS);
    assertThat(r.out()).contains("Households read / KK dibaca:           300")
        .contains("Assessed / dinilai:                    296")
        .contains("Rejected / ditolak:                      4")
        .contains("Reconciled / cocok");
    assertThat(rejectRows(dir.resolve("bad-out.rejects.csv")))
        .extracting(c -> c.get(3) + ":" + c.get(4))
        .containsExactlyInAnyOrder("nik:NIK_LENGTH", "birth_date:CSV_DATE", ":CSV_COLUMNS",
            "sex:CSV_VALUE");
  }

  @Test
  void unknownFormatsAndLanguagesAreUsageErrors() {
    assertThat(screen("--in", "a.jsonl", "--out", "b.jsonl", "--date", "2025-07-01",
        "--format", "xml").code()).isEqualTo(Screen.EXIT_USAGE);
    assertThat(screen("--in", "a.jsonl", "--out", "b.jsonl", "--date", "2025-07-01",
        "--out-format", "xml").code()).isEqualTo(Screen.EXIT_USAGE);
    assertThat(screen("--in", "a.jsonl", "--out", "b.jsonl", "--date", "2025-07-01",
        "--lang", "jv").code()).isEqualTo(Screen.EXIT_USAGE);
  }
}
