package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.jsonfixtures.WireHouseholds;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.JsonNode;

/** The shipped JSON Schemas accept what we write and reject what we refuse to read. */
class SchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema HOUSEHOLD = REGISTRY.getSchema(BansosJson.householdSchema());
  private static final Schema ASSESSMENT = REGISTRY.getSchema(BansosJson.assessmentSchema());
  private static final Schema CATALOG = REGISTRY.getSchema(BansosJson.catalogSchema());

  private static List<Error> validate(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void schemasDeclareDraft2020_12() throws Exception {
    assertThat(BansosJson.mapper().readTree(BansosJson.householdSchema()).get("$schema")
        .textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(BansosJson.mapper().readTree(BansosJson.assessmentSchema()).get("$schema")
        .textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(BansosJson.mapper().readTree(BansosJson.catalogSchema()).get("$schema")
        .textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @ParameterizedTest
  @ValueSource(strings = {"household-minimal.json", "household-full.json",
      "household-extensions.json"})
  void goldenHouseholdsAreValid(String file) {
    assertThat(validate(HOUSEHOLD, Examples.golden(file))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"assessment-full-en.json", "assessment-minimal-id.json"})
  void goldenAssessmentsAreValid(String file) throws Exception {
    assertThat(validate(ASSESSMENT, Examples.golden(file))).isEmpty();
  }

  @Test
  void goldenCatalogIsValid() throws Exception {
    assertThat(validate(CATALOG, Examples.golden("catalog-wrse-en.json"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ID", "EN"})
  void theProvincialCatalogIsValidInEitherLanguage(String language) throws Exception {
    String json = BansosJson.write(JawaTimur.catalog(), Language.valueOf(language));
    assertThat(validate(CATALOG, json)).isEmpty();
  }

  @Test
  void everyGeneratedHouseholdIsValid() throws Exception {
    qt().withFixedSeed(5L).withExamples(100)
        .forAll(WireHouseholds.households())
        .check(h -> validate(HOUSEHOLD, BansosJson.write(h)).isEmpty());
  }

  @Test
  void everyGeneratedHouseholdWithExtensionFactsIsValid() throws Exception {
    qt().withFixedSeed(19L).withExamples(100)
        .forAll(WireHouseholds.extensionKeys().flatMap(WireHouseholds::households))
        .check(h -> validate(HOUSEHOLD, BansosJson.write(h)).isEmpty());
  }

  @Test
  void theSchemaDescribesWhyItAcceptsAnyExtensionName() throws Exception {
    JsonNode extensions = BansosJson.mapper().readTree(BansosJson.householdSchema())
        .get("$defs").get("extensions");

    assertThat(extensions.get("description").textValue()).contains("cannot know");
    assertThat(validate(HOUSEHOLD, "{\"kkNumber\":\"3526010101200001\",\"extensions\":"
        + "{\"anyName\":1},\"members\":[{\"nik\":\"3526011003800001\",\"extensions\":"
        + "{\"other\":\"x\"}}]}")).isEmpty();
  }

  @Test
  void assessmentsOfGeneratedHouseholdsAreValid() throws Exception {
    Engine engine = Engine.of(JawaTimur.catalog());
    qt().withFixedSeed(9L).withExamples(40)
        .forAll(WireHouseholds.households())
        .check(h -> validate(ASSESSMENT, BansosJson.write(
            engine.assess(h, LocalDate.of(2026, 1, 15)), Language.EN)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"members\":[]}",
      "{\"kkNumber\":\"3526-0101-0120-0001\",\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"domicile\":\"3526012008\",\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"colour\":1,\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"3526011003800001\",\"sex\":\"female\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"3526011003800001\",\"monthlyIncome\":-1}]}",
      "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"3526011003800001\",\"birthDate\":\"10-03-1980\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"registry\":{\"register\":\"DTSEN\",\"registered\":true,\"desil\":11,\"checkedOn\":\"2025-01-01\"},\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"extensions\":[],\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"extensions\":{\"landOwnedM2\":350.5},\"members\":[{\"nik\":\"3526011003800001\"}]}",
      "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"3526011003800001\",\"extensions\":{\"Land-Owned\":1}}]}",
      "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"3526011003800001\",\"extensions\":{\"tags\":[1]}}]}"})
  void documentsWeRefuseAreInvalidToo(String json) {
    assertThat(validate(HOUSEHOLD, json)).isNotEmpty();
  }
}
