package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.upt.UptClientProtection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Service records (UPT care) are written apart from the determinations. */
class ServiceRecordJsonTest {

  private static final Schema ASSESSMENT = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(BansosJson.assessmentSchema());
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String NIK = "3573011506500001";

  private static Household uptClient(boolean livesInUpt) {
    var person = Person.builder().nik(Nik.parse(NIK)).birthDate(LocalDate.of(1950, 6, 15))
        .sex(Sex.MALE).relationship(Relationship.HEAD)
        .putExtensions(UptClientProtection.LIVES_IN_PROVINCIAL_UPT, livesInUpt);
    if (livesInUpt) {
      person.putExtensions(UptClientProtection.UPT_NAME, "UPT RSBL Pasuruan");
    }
    return Household.builder().kkNumber(KkNumber.parse("3573010101200001"))
        .addMembers(person.build()).build();
  }

  private static JsonNode written(Household h) {
    Assessment a = Engine.of(JawaTimur.catalog()).assess(h, AS_OF);
    return BansosJson.mapper().readTree(BansosJson.write(a, Language.EN));
  }

  @Test
  void aUptClientIsAServiceRecordAfterTheDeterminations() {
    JsonNode tree = written(uptClient(true));

    assertThat(tree.propertyNames()).containsSubsequence("determinations", "serviceRecords");
    assertThat(tree.get("determinations").valueStream().map(d -> d.get("program").stringValue()))
        .doesNotContain("UPT_PROTECTION");
    JsonNode r = tree.get("serviceRecords").get(0);
    assertThat(tree.get("serviceRecords").size()).isEqualTo(1);
    assertThat(r.propertyNames()).containsExactly("program", "programName", "unit", "basis",
        "beneficiary", "services", "facts");
    assertThat(r.get("program").stringValue()).isEqualTo("UPT_PROTECTION");
    assertThat(r.get("programName").stringValue())
        .isEqualTo("Protection of UPT clients (service record)");
    assertThat(r.get("beneficiary").get("nik").stringValue()).isEqualTo(NIK);
    assertThat(r.get("services").get(0).get("form").stringValue()).isEqualTo("SERVICE");
    assertThat(r.get("facts").get(0).get("name").stringValue()).isEqualTo("uptName");
    assertThat(r.get("facts").get(0).get("value").stringValue()).isEqualTo("UPT RSBL Pasuruan");
    assertThat(r.get("facts").get(1).get("name").stringValue())
        .isEqualTo("livesInProvincialUpt");
    assertThat(r.get("facts").get(1).get("value").booleanValue()).isTrue();
    assertThat(ASSESSMENT.validate(tree)).isEmpty();
  }

  @Test
  void noServiceRecordsFieldWhenThereAreNone() {
    JsonNode tree = written(uptClient(false));

    assertThat(tree.has("serviceRecords")).isFalse();
    assertThat(ASSESSMENT.validate(tree)).isEmpty();
  }
}
