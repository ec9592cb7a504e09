package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bansos.core.Problem;
import id.bansos.jsonfixtures.BadCatalogFiles;
import id.bansos.jsonfixtures.RegencyExample;
import id.bansos.rules.Catalog;
import id.bansos.rules.Fingerprint;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.wrse.Wrse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

class CatalogFilesTest {

  private static final Path DOC = Path.of("..", "docs", "catalog-format.md");
  private static final Catalog BASE = RegencyExample.base();

  private static Catalog example() {
    return CatalogFiles.read(RegencyExample.text(), RegencyExample.FILE, BASE);
  }

  @Test
  void theRegencyExampleSetsItsValuesOverThePeriodsItNames() {
    Catalog surabaya = example();

    assertThat(surabaya.name()).isEqualTo("Kota Surabaya");
    assertThat(surabaya.at(Aspd.REGISTRY, LocalDate.of(2026, 6, 1)).orElseThrow().value())
        .isEqualTo(RegistryRule.desilAtMost(5));
    assertThat(surabaya.at(Aspd.REGISTRY, LocalDate.of(2027, 1, 1)).orElseThrow().value())
        .isEqualTo(RegistryRule.desilAtMost(4));
    assertThat(surabaya.at(Aspd.REGISTRY, LocalDate.of(2025, 12, 31)).map(ParameterValue::value))
        .isEqualTo(BASE.at(Aspd.REGISTRY, LocalDate.of(2025, 12, 31)).map(ParameterValue::value));
    assertThat(surabaya.at(RegencyExample.MIN_AGE, LocalDate.of(2026, 1, 1)).orElseThrow()
        .note()).startsWith("60, the age");
    assertThat(surabaya.program("JPS_KELURAHAN_2020")).isEmpty();
    assertThat(surabaya.inForce(LocalDate.of(2026, 1, 1)))
        .anyMatch(p -> p.info().code().equals(RegencyExample.LOCAL));
    assertThat(BASE.inForce(LocalDate.of(2026, 1, 1)))
        .noneMatch(p -> p.info().code().equals(RegencyExample.LOCAL));
    assertThat(surabaya.fingerprint()).isNotEqualTo(BASE.fingerprint());
  }

  @Test
  void theFileIsTheSameCatalogAsTheCodeItStandsFor() {
    Catalog inCode = BASE.derive("Kota Surabaya").remove("JPS_KELURAHAN_2020")
        .override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(5),
            LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)),
            Confidence.ASSUMED, List.of(Source.of("Perwali Surabaya on ASPD (example)",
                "https://jdih.surabaya.go.id/")),
            "The province targets desil 1-4; the city adds desil 5 for 2026."))
        .build();
    Catalog fromFile = example();

    assertThat(fromFile.parameter(Aspd.REGISTRY)).map(p -> p.timeline())
        .isEqualTo(inCode.parameter(Aspd.REGISTRY).map(p -> p.timeline()));
  }

  @Test
  void documentShowsTheExampleVerbatim() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(RegencyExample.FILE)
        + " -->\\n```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);

    assertThat(m.find()).as("example block in %s", DOC).isTrue();
    assertThat(m.group(1)).isEqualTo(RegencyExample.text());
  }

  @Test
  void loadReadsAFileAndNamesItInProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("surabaya.catalog.yaml");
    Files.writeString(file, RegencyExample.text(), StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, BadCatalogFiles.HEAD + "colour: red\n", StandardCharsets.UTF_8);

    assertThat(CatalogFiles.load(file, BASE).fingerprint()).isEqualTo(example().fingerprint());
    CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
        () -> CatalogFiles.load(bad, BASE));
    assertThat(e.file()).isEqualTo("bad.yaml");
    assertThat(e).hasMessageStartingWith("1 problem in catalog file bad.yaml: colour:");
  }

  @Test
  void theSameCatalogReadsFromJson() {
    String json = BansosJson.mapper().writeValueAsString(
        tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
            .readTree(RegencyExample.text()));

    assertThat(CatalogFiles.read(json, "surabaya.json", BASE).fingerprint())
        .isEqualTo(example().fingerprint());
  }

  @Test
  void aJsonFileIsReadAsStrictJson() {
    CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
        () -> CatalogFiles.read("format: bansos-catalog/1\n", "x.json", BASE));

    assertThat(e.codes()).containsExactly("CATALOG_SYNTAX");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("id.bansos.jsonfixtures.BadCatalogFiles#cases")
  void eachBadFileNamesItsProblemAndWhere(BadCatalogFiles.Case c) {
    CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
        () -> CatalogFiles.read(c.yaml(), "bad.yaml", BASE));

    assertThat(e).as(c.name()).isNotNull();
    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(c.code(), c.path()));
    assertThat(e.getMessage()).contains("catalog file bad.yaml");
  }

  @Test
  void everyProblemOfAFileIsNamedAtOnce() {
    String yaml = BadCatalogFiles.HEAD.replace("/1", "/2") + "colour: red\n"
        + "removePrograms: [NOPE]\nparameters:\n  NOPE.KEY: []\n"
        + "  ASPD.REGISTRY:\n    - value: {maxDesil: five}\n      validFrom: 2026-01-01\n"
        + "      confidence: ASSUMED\n";

    CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
        () -> CatalogFiles.read(yaml, "many.yaml", BASE));

    assertThat(e.codes()).containsExactlyInAnyOrder("JSON_UNKNOWN_FIELD", "CATALOG_FORMAT",
        "CATALOG_UNKNOWN_PROGRAM", "CATALOG_UNKNOWN_PARAMETER", "JSON_WRONG_TYPE",
        "CATALOG_NO_SOURCE");
    assertThat(e).hasMessageStartingWith("6 problems in catalog file many.yaml: ");
  }

  @Test
  void writingTheExampleAndReadingItBackGivesTheSameFingerprint() {
    Catalog surabaya = example();

    String yaml = CatalogFiles.write(surabaya, BASE);

    assertThat(CatalogFiles.read(yaml, "written.yaml", BASE).fingerprint())
        .isEqualTo(surabaya.fingerprint());
    assertThat(yaml).contains("removePrograms").contains("JPS_KELURAHAN_2020")
        .contains("SURABAYA_LANSIA.BENEFIT")
        // The provincial ASPD value the file cuts short is left to the base.
        .doesNotContain("Selalukabar");
  }

  @Test
  void theBaseItselfWritesAsAFileThatChangesNothing() {
    String yaml = CatalogFiles.write(BASE, BASE);

    assertThat(yaml).doesNotContain("parameters").doesNotContain("removePrograms");
    assertThat(CatalogFiles.read(yaml, "same.yaml", BASE).fingerprint())
        .isEqualTo(BASE.fingerprint());
  }

  @Test
  void aFileCannotCarryAProgramsCode() {
    Catalog withWrse = Catalog.of("Small", List.of(Wrse.program()));

    assertThatThrownBy(() -> CatalogFiles.write(JawaTimur.catalog(), withWrse))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot carry a program's code");
  }

  @Test
  void theFileGivesTheSameFingerprintUnderAnyDefaultLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      Fingerprint thai = example().fingerprint();
      String thaiYaml = CatalogFiles.write(example(), BASE);
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

      assertThat(example().fingerprint()).isEqualTo(thai);
      assertThat(CatalogFiles.write(example(), BASE)).isEqualTo(thaiYaml);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theSchemaShipsInTheJar() {
    assertThat(BansosJson.catalogFileSchema()).contains("\"const\": \"" + CatalogFiles.FORMAT
        + "\"");
  }

  @Test
  void aPlainValueThatOnlyYamlReadsAsANumberOrABooleanIsAString() {
    String yaml = BadCatalogFiles.setting(RegencyExample.MIN_AGE.name(), "      value: 60\n"
        + "      validFrom: 2026-01-01\n      confidence: ASSUMED\n"
        + "      sources:\n        - title: 12:30\n      note: 1e3\n");
    String yes = yaml.replace("note: 1e3", "note: yes");
    String tilde = yaml.replace("note: 1e3", "note: ~").replace("validFrom: 2026-01-01",
        "validFrom: 2026-01-01\n      validTo: null");

    ParameterValue<Integer> v = CatalogFiles.read(yaml, "s.yaml", BASE)
        .at(RegencyExample.MIN_AGE, LocalDate.of(2026, 1, 1)).orElseThrow();
    assertThat(v.note()).isEqualTo("1e3");
    assertThat(v.sources()).extracting(Source::title).containsExactly("12:30");
    assertThat(CatalogFiles.read(yes, "s.yaml", BASE)
        .at(RegencyExample.MIN_AGE, LocalDate.of(2026, 1, 1)).orElseThrow().note())
        .isEqualTo("yes");
    ParameterValue<Integer> open = CatalogFiles.read(tilde, "s.yaml", BASE)
        .at(RegencyExample.MIN_AGE, LocalDate.of(2026, 1, 1)).orElseThrow();
    assertThat(open.note()).isEqualTo("~");
    assertThat(open.validTo()).isEmpty();
  }

  @Test
  void problemsQuoteNothingThatMightBePersonalData() {
    String nik = "3578010101900001";
    String yaml = BadCatalogFiles.HEAD + "localPrograms: [SITI_AMINAH]\n"
        + "removePrograms: ['" + nik + "', Siti Aminah]\nparameters:\n"
        + "  X" + nik + ".A: []\n  SITI_AMINAH: []\n"
        + "  LDP_COVID_ORPHAN.COVID_PERIOD_START:\n    - value: '" + nik + "'\n"
        + "      validFrom: 2026-01-01\n      confidence: ASSUMED\n"
        + "      sources:\n        - title: t\n";

    CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
        () -> CatalogFiles.read(yaml, "data.yaml", BASE));

    assertThat(e.problems()).hasSize(6);
    assertThat(e.getMessage()).doesNotContainPattern("[0-9]{5}").doesNotContain("SITI")
        .doesNotContain("Aminah");
  }

  @Test
  void aFileThatIsNotUtf8IsAProblemOfTheFile(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, (BadCatalogFiles.HEAD + "note: Caf\u00e9\n").getBytes(
        StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, "{\"format\": \"bansos-catalog/1\"}".getBytes(StandardCharsets.UTF_16));

    for (Path file : List.of(latin1, utf16)) {
      CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
          () -> CatalogFiles.load(file, BASE));
      assertThat(e.codes()).as(file.toString()).containsExactly("JSON_ENCODING");
      assertThat(e.file()).isEqualTo(file.getFileName().toString());
    }
  }

  @Test
  void aByteOrderMarkBeforeTheDocumentIsSkipped(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("bom.json");
    String document = BansosJson.mapper().writeValueAsString(
        YAMLMapper.builder().build().readTree(RegencyExample.text()));
    Files.writeString(json, "\uFEFF" + document, StandardCharsets.UTF_8);
    Path yaml = dir.resolve("bom.yaml");
    Files.writeString(yaml, "\uFEFF" + RegencyExample.text(), StandardCharsets.UTF_8);

    assertThat(CatalogFiles.load(json, BASE).fingerprint()).isEqualTo(example().fingerprint());
    assertThat(CatalogFiles.load(yaml, BASE).fingerprint()).isEqualTo(example().fingerprint());
  }

  @Test
  void aDocumentNestedDeeperThanTheFormatIsRefusedWithoutReadingOn() {
    String deep = BadCatalogFiles.HEAD + "note: " + "[".repeat(100) + "]".repeat(100) + "\n";

    CatalogFileException e = catchThrowableOfType(CatalogFileException.class,
        () -> CatalogFiles.read(deep, "deep.yaml", BASE));

    assertThat(e.codes()).containsExactly("CATALOG_SYNTAX");
    assertThat(e.getMessage()).contains("nested deeper than 64 levels");
  }
}
