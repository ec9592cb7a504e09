package id.bansos.jackson;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The household written by hand in docs/json-format.md, assessed and written back. */
class DocumentedHouseholdTest {

  @Test
  void documentedHouseholdIsAssessedAndItsAssessmentWrittenAsJson() throws Exception {
    // Given the household as a reader of the document would copy it
    Household household =
        BansosJson.readHousehold(GoldenFilesTest.documented("household-full.json"));

    // When
    Assessment assessment =
        Engine.of(JawaTimur.catalog()).assess(household, LocalDate.of(2026, 1, 15));
    String json = BansosJson.write(assessment, Language.EN);

    // Then
    JsonNode tree = BansosJson.mapper().readTree(json);
    assertThat(tree.get("kkNumber").stringValue()).isEqualTo("3526010101200001");
    assertThat(tree.get("language").stringValue()).isEqualTo("EN");
    assertThat(tree.get("yearlyTotal").longValue()).isEqualTo(assessment.yearlyTotal().amount());
    JsonNode pkhPlus = tree.get("determinations").get(0);
    assertThat(pkhPlus.get("yearlyTotal").longValue()).isEqualTo(2_000_000L);
    assertThat(pkhPlus.get("program").stringValue()).isEqualTo("PKH_PLUS");
    assertThat(pkhPlus.get("status").stringValue()).isEqualTo(Status.ELIGIBLE.name());
    assertThat(pkhPlus.get("beneficiaries").get(0).get("nik").stringValue())
        .isEqualTo("3526014107500002");
    JsonNode benefit = pkhPlus.get("benefits").get(0);
    assertThat(benefit.get("amountPerPayment").longValue()).isEqualTo(500_000L);
    assertThat(benefit.get("paymentsPerYear").intValue()).isEqualTo(4);
    // No source reports PKH Plus after 2025: its amount in 2026 is carried on, ASSUMED.
    assertThat(benefit.get("source").get("confidence").stringValue()).isEqualTo("ASSUMED");
    assertThat(benefit.get("source").get("sources").get(0).propertyNames())
        .containsExactly("title", "address");
    assertThat(tree.get("determinations").size()).isEqualTo(assessment.determinations().size());
  }

  @Test
  void languageOfMessagesFollowsTheWriter() {
    Assessment assessment = Engine.of(JawaTimur.catalog())
        .assess(Examples.minimal(), LocalDate.of(2026, 1, 15));
    JsonNode id = BansosJson.mapper().readTree(BansosJson.write(assessment, Language.ID));
    JsonNode en = BansosJson.mapper().readTree(BansosJson.write(assessment, Language.EN));
    JsonNode idFirst = id.get("determinations").get(0).get("criteria").get(0);
    JsonNode enFirst = en.get("determinations").get(0).get("criteria").get(0);
    assertThat(idFirst.get("message").stringValue())
        .isEqualTo(assessment.determinations().get(0).criteria().get(0).message(Language.ID));
    assertThat(enFirst.get("message").stringValue())
        .isEqualTo(assessment.determinations().get(0).criteria().get(0).message(Language.EN));
    assertThat(idFirst.get("message").stringValue())
        .isNotEqualTo(enFirst.get("message").stringValue());
  }

  @Test
  void plainMapperWritesIndonesianByDefault() {
    Assessment assessment = Engine.of(JawaTimur.catalog())
        .assess(Examples.minimal(), LocalDate.of(2026, 1, 15));
    assertThat(BansosJson.mapper().writeValueAsString(assessment))
        .isEqualTo(BansosJson.write(assessment, Language.ID));
  }
}
