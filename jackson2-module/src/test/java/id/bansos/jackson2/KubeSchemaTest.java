package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.jsonfixtures.KubeExamples;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.kube.Kube;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The KUBE schemas, which reach the household and assessment schemas through their $id. */
class KubeSchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(
          "https://bansos.id/schema/household.schema.json", BansosJson.householdSchema(),
          "https://bansos.id/schema/assessment.schema.json", BansosJson.assessmentSchema())));
  private static final Schema GROUP = REGISTRY.getSchema(BansosJson.groupSchema());
  private static final Schema ASSESSMENT = REGISTRY.getSchema(BansosJson.groupAssessmentSchema());

  private static List<Error> validate(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void schemasDeclareDraft2020_12AndTheirIds() throws Exception {
    assertThat(BansosJson.mapper().readTree(BansosJson.groupSchema()).get("$schema")
        .textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(BansosJson.mapper().readTree(BansosJson.groupSchema()).get("$id")
        .textValue()).isEqualTo("https://bansos.id/schema/group.schema.json");
    assertThat(BansosJson.mapper().readTree(BansosJson.groupAssessmentSchema()).get("$schema")
        .textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void goldenGroupIsValid() throws Exception {
    assertThat(validate(GROUP, Examples.golden("kube-group.json"))).isEmpty();
  }

  @Test
  void goldenGroupAssessmentIsValid() throws Exception {
    assertThat(validate(ASSESSMENT, Examples.golden("kube-assessment-en.json"))).isEmpty();
  }

  @Test
  void everyGeneratedGroupAndItsAssessmentIsValid() throws Exception {
    qt().withFixedSeed(31L).withExamples(40)
        .forAll(KubeExamples.groups())
        .check(g -> validate(GROUP, BansosJson.write(g)).isEmpty()
            && validate(ASSESSMENT, BansosJson.write(
                Engine.of(JawaTimur.catalog()).decide(Kube.program(), g, LocalDate.of(2026, 1, 15)), Language.ID))
                .isEmpty());
  }

  private static final String FAMILY =
      "{\"kkNumber\":\"3509021503200001\",\"members\":[{\"nik\":\"3509020405800001\"}]}";

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"members\":[]}",
      "{\"name\":\"K\"}",
      "{\"name\":\" \",\"members\":[]}",
      "{\"name\":\"K\",\"colour\":1,\"members\":[]}",
      "{\"name\":\"K\",\"liveNearEachOther\":\"yes\",\"members\":[]}",
      "{\"name\":\"K\",\"members\":[{\"participant\":\"3509020405800001\"}]}",
      "{\"name\":\"K\",\"members\":[{\"participant\":\"35090204058\",\"household\":" + FAMILY + "}]}",
      "{\"name\":\"K\",\"members\":[{\"participant\":\"3509020405800001\",\"role\":1,\"household\":"
          + FAMILY + "}]}",
      // the household schema applies inside: a nickname, a dashed NIK, a lower-case enum
      "{\"name\":\"K\",\"members\":[{\"participant\":\"3509020405800001\",\"household\":"
          + "{\"kkNumber\":\"3509021503200001\",\"members\":[{\"nik\":\"3509020405800001\",\"nickname\":\"x\"}]}}]}",
      "{\"name\":\"K\",\"members\":[{\"participant\":\"3509020405800001\",\"household\":"
          + "{\"kkNumber\":\"3509021503200001\",\"members\":[{\"nik\":\"3509-0204-0580-0001\"}]}}]}",
      "{\"name\":\"K\",\"members\":[{\"participant\":\"3509020405800001\",\"household\":"
          + "{\"kkNumber\":\"3509021503200001\",\"members\":[{\"nik\":\"3509020405800001\",\"sex\":\"female\"}]}}]}"})
  void groupsWeRefuseAreInvalidToo(String json) {
    assertThat(validate(GROUP, json)).isNotEmpty();
  }

  @Test
  void aValidFamilyInsideAGroupIsAccepted() throws Exception {
    assertThat(validate(GROUP, "{\"name\":\"K\",\"members\":[{\"participant\":\"3509020405800001\","
        + "\"household\":" + FAMILY + "}]}")).isEmpty();
  }
}
