package id.bansos.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.examples.regency.SidoarjoLansiaLahan;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.Detail;
import id.bansos.jackson.HouseholdLine;
import id.bansos.jackson.Replay;
import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Funder;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The documents' snippets run, and do what their comments say. */
class DocExamplesTest {

  /** The family of the README's "Checking eligibility", as a household document. */
  private static final String FAMILY = BansosJson.write(familyOfTheReadme());

  private static Household familyOfTheReadme() {
    return BansosJson.readHousehold("{\"kkNumber\":\"3526010101200001\","
        + "\"domicile\":\"35.26.01.2008\",\"registry\":{\"register\":\"DTSEN\","
        + "\"registered\":true,\"desil\":2,\"checkedOn\":\"2025-03-01\"},\"aid\":{\"PKH\":true},"
        + "\"members\":[{\"nik\":\"3526011003800001\",\"birthDate\":\"1980-03-10\","
        + "\"sex\":\"MALE\",\"relationship\":\"HEAD\",\"occupation\":\"FARMER\"},"
        + "{\"nik\":\"3526014106550002\",\"birthDate\":\"1955-06-01\",\"sex\":\"FEMALE\","
        + "\"relationship\":\"PARENT\",\"occupation\":\"NOT_WORKING\"}]}");
  }

  @Test
  void checkingEligibilityGivesWhatTheReadmeSays() {
    Assessment assessment = CheckingEligibility.run();
    Determination pkhPlus = assessment.determination("PKH_PLUS").orElseThrow();

    assertThat(pkhPlus.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(pkhPlus.beneficiaries())
        .containsExactly(Beneficiary.member(Nik.parse("3526014106550002")));
    assertThat(pkhPlus.yearlyTotal()).isEqualTo(Rupiah.of(2_000_000));
    assertThat(assessment.yearlyTotal(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.of(2_000_000));
    assertThat(assessment.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.of(2_400_000));
  }

  @Test
  void theJsonQuickStartWritesBothLevelsAndEveryMapperTheSameHousehold() {
    String[] out = JsonFormat.run(FAMILY);

    assertThat(BansosJson.mapper().readTree(out[0]).has("detail")).isFalse();
    assertThat(BansosJson.mapper().readTree(out[1]).get("detail").stringValue())
        .isEqualTo("SUMMARY");
    assertThat(out[1].length()).isLessThan(out[0].length() / 10);
    assertThat(out[2]).isEqualTo(FAMILY).isEqualTo(out[3]).isEqualTo(out[4]);
  }

  @Test
  void jsonLinesAssessesGoodLinesAndReportsBadOnes() {
    String lines = FAMILY + "\n{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"1\"}]}\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<Long, List<Problem>> rejected = new TreeMap<>();
    Engine engine = Engine.of(JawaTimur.catalog());
    LocalDate date = LocalDate.of(2025, 7, 1);

    JsonLines.run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out, engine,
        date, rejected);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(BansosJson.write(
        engine.assess(familyOfTheReadme(), date), Language.ID, Detail.SUMMARY) + "\n");
    assertThat(rejected).containsOnlyKeys(2L);
    assertThat(rejected.get(2L)).extracting(Problem::code).containsExactly("NIK_LENGTH");
  }

  @Test
  void extensionFactsAreReadByEveryReaderRegisteredWithThem() {
    String json = "{\"kkNumber\":\"3526010101200001\",\"extensions\":{\"kartuSidoarjoSehat\":true,"
        + "\"landOwnedM2\":350},\"members\":[{\"nik\":\"3526011003800001\"}]}";

    Object[] out = ExtensionFactsJson.run(json, new StringReader(json + "\n"),
        SidoarjoLansiaLahan.catalog());

    Household h = (Household) out[1];
    assertThat(h.extensions().get(ExtensionFactsJson.LAND_OWNED_M2)).isEqualTo(350L);
    assertThat(((HouseholdLine) out[2]).household()).contains(h);
    assertThat(out[3]).isEqualTo(h).isEqualTo(out[4]);
  }

  @Test
  void aCatalogFileLoadsChangesTheFingerprintAndItsDecisionsReplay() {
    Path file = Path.of("src/main/resources/id/bansos/examples/docs/regency.catalog.yaml");
    Household household = familyOfTheReadme();
    LocalDate date = LocalDate.of(2026, 7, 1);

    Replay replay = CatalogFile.run(file, household, date);

    assertThat(replay.reproduced()).isTrue();
    assertThat(replay.sameRules()).isTrue();
    assertThat(replay.recorded().catalog()).isEqualTo("Kabupaten contoh");
    assertThat(replay.recorded().fingerprint()).isNotEqualTo(JawaTimur.catalog().fingerprint());
    Replay againstTheProvince = Replay.of(BansosJson.write(replay.assessment(), Language.EN),
        BansosJson.write(household), JawaTimur.catalog());
    assertThat(againstTheProvince.sameRules()).isFalse();
  }
}
