package id.bansos.jackson2;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

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
    assertThat(tree.get("kkNumber").textValue()).isEqualTo("3526010101200001");
    assertThat(tree.get("language").textValue()).isEqualTo("EN");
    assertThat(tree.get("yearlyTotal").longValue()).isEqualTo(assessment.yearlyTotal().amount());
    JsonNode pkhPlus = tree.get("determinations").get(0);
    assertThat(pkhPlus.get("yearlyTotal").longValue()).isEqualTo(2_000_000L);
    assertThat(pkhPlus.get("program").textValue()).isEqualTo("PKH_PLUS");
    assertThat(pkhPlus.get("status").textValue()).isEqualTo(Status.ELIGIBLE.name());
    assertThat(pkhPlus.get("beneficiaries").get(0).get("nik").textValue())
        .isEqualTo("3526014107500002");
    JsonNode benefit = pkhPlus.get("benefits").get(0);
    assertThat(benefit.get("amountPerPayment").longValue()).isEqualTo(500_000L);
    assertThat(benefit.get("paymentsPerYear").intValue()).isEqualTo(4);
    // No source reports PKH Plus after 2025: its amount in 2026 is carried on, ASSUMED.
    assertThat(benefit.get("source").get("confidence").textValue()).isEqualTo("ASSUMED");
    assertThat(benefit.get("source").get("sources").get(0).fieldNames())
        .toIterable()
        .containsExactly("title", "address");
    assertThat(tree.get("determinations").size()).isEqualTo(assessment.determinations().size());
  }

  @Test
  void languageOfMessagesFollowsTheWriter() throws Exception {
    Assessment assessment = Engine.of(JawaTimur.catalog())
        .assess(Examples.minimal(), LocalDate.of(2026, 1, 15));
    JsonNode id = BansosJson.mapper().readTree(BansosJson.write(assessment, Language.ID));
    JsonNode en = BansosJson.mapper().readTree(BansosJson.write(assessment, Language.EN));
    JsonNode idFirst = id.get("determinations").get(0).get("criteria").get(0);
    JsonNode enFirst = en.get("determinations").get(0).get("criteria").get(0);
    assertThat(idFirst.get("message").textValue())
        .isEqualTo(assessment.determinations().get(0).criteria().get(0).message(Language.ID));
    assertThat(enFirst.get("message").textValue())
        .isEqualTo(assessment.determinations().get(0).criteria().get(0).message(Language.EN));
    assertThat(idFirst.get("message").textValue())
        .isNotEqualTo(enFirst.get("message").textValue());
  }

  @Test
  void plainMapperWritesIndonesianByDefault() throws Exception {
    Assessment assessment = Engine.of(JawaTimur.catalog())
        .assess(Examples.minimal(), LocalDate.of(2026, 1, 15));
    assertThat(BansosJson.mapper().writeValueAsString(assessment))
        .isEqualTo(BansosJson.write(assessment, Language.ID));
  }
}
