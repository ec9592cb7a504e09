package id.bansos.cli;

import static id.bansos.cli.BansosTest.bansos;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.cli.BansosTest.Run;
import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.CatalogFiles;
import id.bansos.jackson.Detail;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --catalog FILE} on every command that decides, the stamp of the rules in every screening
 * output, {@code --detail} on JSON Lines results and {@code explain --verify}.
 */
class CatalogOptionTest {

  private static final LocalDate DATE = SampleData.DEFAULT_REFERENCE_DATE;

  @TempDir
  static Path dir;

  private static Path regency;
  private static Path broken;
  private static Path household;
  private static Path jsonl;
  private static Catalog regencyCatalog;

  @BeforeAll
  static void files() throws IOException {
    regency = copy("catalog-regency.yaml");
    broken = copy("catalog-bad.yaml");
    household = copy("household.json");
    jsonl = dir.resolve("households.jsonl");
    assertThat(bansos("sample", "--households", "40", "--seed", "9", "--out", jsonl.toString())
        .code()).isZero();
    regencyCatalog = CatalogFiles.load(regency, JawaTimur.catalog());
  }

  private static Path copy(String resource) throws IOException {
    Path file = dir.resolve(resource);
    try (InputStream in = CatalogOptionTest.class.getResourceAsStream(resource)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void programsShowWhatACatalogFileChanges() {
    Run provincial = bansos("programs", "--date", DATE.toString(), "--lang", "en");
    Run table = bansos("programs", "--date", DATE.toString(), "--lang", "en", "--catalog",
        regency.toString());
    Run json = bansos("programs", "--json", "--lang", "en", "--catalog", regency.toString());

    assertThat(table.code()).as(table.err()).isZero();
    assertThat(provincial.out()).contains(JawaTimur.catalog().fingerprint().toString(), "KUBE");
    assertThat(table.out()).startsWith("Kabupaten contoh (" + DATE + ")")
        .contains(regencyCatalog.fingerprint().toString(), "PKH_PLUS", "ASPD")
        .doesNotContain("KUBE");
    assertThat(json.out().strip()).isEqualTo(BansosJson.write(regencyCatalog, Language.EN));
  }

  @Test
  void aBadCatalogFileExitsWith2NamingEveryProblemAndWritesNothing() {
    Path out = dir.resolve("never.csv");
    List<Run> runs = List.of(
        bansos("screen", "--in", jsonl.toString(), "--out", out.toString(), "--date",
            DATE.toString(), "--progress", "none", "--catalog", broken.toString()),
        bansos("explain", household.toString(), "--date", DATE.toString(), "--catalog",
            broken.toString()),
        bansos("programs", "--catalog", broken.toString()),
        bansos("serve", "--port", "0", "--catalog", broken.toString()));

    for (Run run : runs) {
      assertThat(run.code()).as(run.err()).isEqualTo(Bansos.EXIT_USAGE);
      assertThat(run.err()).contains("the catalog file catalog-bad.yaml is not valid (5 problems)",
          "  derivesFrom: JSON_MISSING: ",
          "  removePrograms[0]: CATALOG_UNKNOWN_PROGRAM: ",
          "  parameters[PKH_PLUS.MIN_AGE][0].value: JSON_WRONG_TYPE: ",
          "  parameters[PKH_PLUS.MIN_AGE][0].confidence: JSON_ENUM: ",
          "  parameters[PKH_PLUS.MIN_AGE][0].sources: CATALOG_NO_SOURCE: ");
      assertThat(run.out()).isEmpty();
    }
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("never.rejects.csv")).doesNotExist();
    Run missing = bansos("programs", "--catalog", dir.resolve("absent.yaml").toString());
    assertThat(missing.code()).isEqualTo(Bansos.EXIT_IO);
    assertThat(missing.err()).contains("absent.yaml");
  }

  @Test
  void theHelpSaysTheBaseIsTheProvincialCatalog() {
    for (String command : List.of("screen", "explain", "programs", "serve")) {
      // Words only: the help wraps its lines where the width of each command's options says.
      assertThat(bansos(command, "--help", "--lang", "en").out().replaceAll("\\s+", " "))
          .contains("--catalog=FILE", "Its base is the provincial catalog");
      assertThat(bansos(command, "--help").out().replaceAll("\\s+", " "))
          .contains("Dasarnya katalog provinsi");
    }
    assertThat(bansos("screen", "--help", "--lang", "en").out().replaceAll("\\s+", " "))
        .contains("--detail=full|summary", "(default full)").doesNotContain("null");
  }

  @Test
  void everyScreeningOutputCarriesTheStampOfItsRules() throws IOException {
    Path csv = dir.resolve("regency.csv");
    Path xlsx = dir.resolve("regency.xlsx");
    Path provincial = dir.resolve("provincial.csv");
    Run run = bansos("screen", "--in", jsonl.toString(), "--out", csv.toString(), "--date",
        DATE.toString(), "--progress", "none", "--catalog", regency.toString());
    assertThat(bansos("screen", "--in", jsonl.toString(), "--out", xlsx.toString(), "--date",
        DATE.toString(), "--progress", "none", "--catalog", regency.toString()).code()).isZero();
    assertThat(bansos("screen", "--in", jsonl.toString(), "--out", provincial.toString(),
        "--date", DATE.toString(), "--progress", "none").code()).isZero();

    assertThat(run.code()).as(run.err()).isZero();
    CatalogStamp stamp = CatalogStamp.of(regencyCatalog);
    assertThat(run.out()).contains("(catalog Kabupaten contoh)",
        "Rules / aturan: " + stamp.fingerprint() + " (bansos " + stamp.libraryVersion() + ")");
    String tail = ",Kabupaten contoh," + stamp.fingerprint() + "," + stamp.libraryVersion();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).endsWith(",catalog,catalog_fingerprint,library_version");
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith(tail))
        .noneMatch(l -> l.contains(",KUBE,"));
    CatalogStamp jatim = CatalogStamp.of(JawaTimur.catalog());
    assertThat(Files.readAllLines(provincial).get(1)).endsWith("," + jatim.catalog() + ","
        + jatim.fingerprint() + "," + jatim.libraryVersion());

    try (InputStream in = new FileInputStream(xlsx.toFile());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Row header = book.getSheet("determinations").getRow(0);
      Row first = book.getSheet("determinations").getRow(1);
      int last = header.getLastCellNum() - 1;
      assertThat(header.getCell(last - 1).getStringCellValue()).isEqualTo("catalog_fingerprint");
      assertThat(first.getCell(last - 1).getStringCellValue())
          .isEqualTo(stamp.fingerprint().toString());
      Sheet summary = book.getSheet("summary");
      int end = summary.getLastRowNum();
      assertThat(summary.getRow(end - 2).getCell(1).getStringCellValue())
          .isEqualTo("Kabupaten contoh");
      assertThat(summary.getRow(end - 1).getCell(0).getStringCellValue())
          .isEqualTo("catalog_fingerprint");
      assertThat(summary.getRow(end - 1).getCell(1).getStringCellValue())
          .isEqualTo(stamp.fingerprint().toString());
      assertThat(summary.getRow(end).getCell(1).getStringCellValue())
          .isEqualTo(stamp.libraryVersion());
    }
  }

  @Test
  void jsonLinesHoldEachAssessmentAtTheDetailAsked() throws IOException {
    Path summary = dir.resolve("summary.jsonl");
    Path full = dir.resolve("full.jsonl");
    Run run = bansos("screen", "--in", jsonl.toString(), "--out", summary.toString(), "--date",
        DATE.toString(), "--progress", "none", "--detail", "summary", "--lang", "en");
    assertThat(bansos("screen", "--in", jsonl.toString(), "--out", full.toString(), "--date",
        DATE.toString(), "--progress", "none", "--lang", "en").code()).isZero();

    assertThat(run.code()).as(run.err()).isZero();
    Engine engine = Engine.of(JawaTimur.catalog());
    List<String> households = Files.readAllLines(jsonl);
    List<String> summaries = Files.readAllLines(summary);
    List<String> fulls = Files.readAllLines(full);
    assertThat(summaries).hasSameSizeAs(households);
    for (int i = 0; i < households.size(); i++) {
      Household h = BansosJson.readHousehold(households.get(i), ExtensionFacts.provincial());
      var a = engine.assess(h, DATE);
      assertThat(summaries.get(i)).isEqualTo(BansosJson.write(a, Language.EN, Detail.SUMMARY));
      assertThat(fulls.get(i)).isEqualTo(BansosJson.write(a, Language.EN, Detail.FULL));
    }
    assertThat(bansos("screen", "--in", jsonl.toString(), "--out",
        dir.resolve("x.csv").toString(), "--date", DATE.toString(), "--detail", "summary")
        .code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("screen", "--in", jsonl.toString(), "--out",
        dir.resolve("x.jsonl").toString(), "--date", DATE.toString(), "--detail", "some")
        .code()).isEqualTo(Bansos.EXIT_USAGE);
  }

  @Test
  void verifyTellsWhetherARecordedDecisionIsReproduced() throws IOException {
    Household h = BansosJson.readHousehold(Files.readString(household));
    Path recorded = dir.resolve("recorded.json");
    Files.writeString(recorded,
        BansosJson.write(Engine.of(JawaTimur.catalog()).assess(h, DATE), Language.EN));

    Run same = bansos("explain", household.toString(), "--verify", recorded.toString());
    Run other = bansos("explain", household.toString(), "--verify", recorded.toString(),
        "--catalog", regency.toString());

    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).contains("REPRODUCED / KEPUTUSAN SAMA", "Same rules / aturan sama",
        "Date / tanggal:       " + DATE, JawaTimur.catalog().fingerprint().toString())
        .doesNotContain("NOT REPRODUCED", "Parameter values");
    assertThat(other.code()).as(other.err()).isEqualTo(Bansos.EXIT_NOT_REPRODUCED);
    assertThat(other.out()).contains("NOT REPRODUCED / KEPUTUSAN BERBEDA",
        "Other rules / aturan berbeda", "Replayed / diulang:   Kabupaten contoh",
        "  KUBE: ", "-> (none)", "  PKH_PLUS.MIN_AGE", "\"value\":60");
    for (Run run : List.of(same, other)) {
      // A NIK or No. KK standing alone; 16 digits inside a fingerprint's hexadecimal are not one.
      assertThat(run.out() + run.err())
          .doesNotContainPattern("(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])")
          .doesNotContain("Slamet");
    }
  }

  @Test
  void verifyRefusesADateAnotherHouseholdAndABrokenRecord() throws IOException {
    Path recorded = dir.resolve("recorded-other.json");
    Household first = BansosJson.readHousehold(Files.readAllLines(jsonl).get(0),
        ExtensionFacts.provincial());
    Files.writeString(recorded,
        BansosJson.write(Engine.of(JawaTimur.catalog()).assess(first, DATE), Language.ID));
    Path broken = dir.resolve("recorded-broken.json");
    Files.writeString(broken, "{\"date\": \"2025-07-01\"}");

    assertThat(bansos("explain", household.toString(), "--verify", recorded.toString(),
        "--date", DATE.toString()).code()).isEqualTo(Bansos.EXIT_USAGE);
    assertThat(bansos("explain", household.toString()).code()).isEqualTo(Bansos.EXIT_USAGE);
    Run other = bansos("explain", household.toString(), "--verify", recorded.toString());
    assertThat(other.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(other.err()).contains("kkNumber: REPLAY_OTHER_HOUSEHOLD");
    Run fromTable = bansos("explain", jsonl.toString(), "--kk", first.kkNumber().value(),
        "--verify", recorded.toString());
    assertThat(fromTable.code()).as(fromTable.err()).isZero();
    Run bad = bansos("explain", household.toString(), "--verify", broken.toString());
    assertThat(bad.code()).isEqualTo(Bansos.EXIT_REJECTS);
    assertThat(bad.err()).contains("kkNumber: ", "catalog: ");
  }

  @Test
  void servesWithTheCatalogFile() {
    ServeCommand serve = new ServeCommand();
    serve.stop = new CountDownLatch(1);
    serve.stop.countDown();
    CommandLine own = new CommandLine(serve);
    own.setResourceBundle(Bansos.commandLine(Language.EN).getSubcommands().get("serve")
        .getResourceBundle());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    own.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));

    assertThat(own.execute("--port", "0", "--catalog", regency.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kabupaten contoh",
        regencyCatalog.fingerprint().toString(), "detail=full|summary");
  }
}
