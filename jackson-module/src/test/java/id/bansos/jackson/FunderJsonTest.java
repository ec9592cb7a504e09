package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who pays, and amounts not known, on the wire: {@code funder} on every benefit, {@code
 * yearlyTotals} per funder, and {@code unknownAmounts} with {@code amountKnown: false} instead of
 * a zero. The orphaned child of {@link Examples#full()} turns 18 on 15 Aug 2030, when the
 * provincial bantuan spesifik of an amount not known stops.
 */
class FunderJsonTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final Schema ASSESSMENT = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(BansosJson.assessmentSchema());
  private static final LocalDate DAY_BEFORE_18 = LocalDate.of(2030, 8, 14);
  private static final LocalDate EIGHTEENTH_BIRTHDAY = LocalDate.of(2030, 8, 15);

  private static JsonNode json(LocalDate date) {
    Assessment a = ENGINE.assess(Examples.full(), date);
    return BansosJson.mapper().readTree(BansosJson.write(a, Language.EN));
  }

  private static JsonNode determination(JsonNode assessment, String program) {
    for (JsonNode d : assessment.get("determinations")) {
      if (d.get("program").stringValue().equals(program)) {
        return d;
      }
    }
    throw new AssertionError("no " + program);
  }

  @Test
  void theDayBeforeTheChildTurns18TheProvincialTotalIsMarkedIncomplete() {
    JsonNode a = json(DAY_BEFORE_18);

    assertThat(a.get("unknownAmounts").toString()).isEqualTo("[\"APBD_PROVINSI\"]");
    JsonNode ldp = determination(a, "LDP_COVID_ORPHAN");
    assertThat(ldp.get("unknownAmounts").toString()).isEqualTo("[\"APBD_PROVINSI\"]");
    JsonNode aid = null;
    for (JsonNode b : ldp.get("benefits")) {
      if (b.get("source").get("key").stringValue().equals("LDP_COVID_ORPHAN.SPECIFIC_AID")) {
        aid = b;
      }
    }
    assertThat(aid).isNotNull();
    assertThat(aid.get("amountKnown").booleanValue()).isFalse();
    assertThat(aid.has("amountPerPayment")).isFalse();
    assertThat(aid.has("yearlyTotal")).isFalse();
    assertThat(aid.get("funder").stringValue()).isEqualTo("APBD_PROVINSI");
    assertThat(ASSESSMENT.validate(a)).isEmpty();
  }

  @Test
  void onTheChildsEighteenthBirthdayEveryAmountIsKnown() {
    JsonNode a = json(EIGHTEENTH_BIRTHDAY);

    assertThat(a.has("unknownAmounts")).isFalse();
    assertThat(determination(a, "LDP_COVID_ORPHAN").get("status").stringValue())
        .isEqualTo("NOT_ELIGIBLE");
    assertThat(ASSESSMENT.validate(a)).isEmpty();
  }

  @Test
  void totalsPerFunderAddUpToTheTotalAndKeepNationalPkhApart() {
    JsonNode a = json(EIGHTEENTH_BIRTHDAY);

    JsonNode totals = a.get("yearlyTotals");
    assertThat(totals.propertyNames()).containsExactly("APBD_PROVINSI", "APBN",
        "APBD_KABUPATEN_KOTA");
    assertThat(totals.get("APBD_PROVINSI").longValue() + totals.get("APBN").longValue()
        + totals.get("APBD_KABUPATEN_KOTA").longValue())
        .isEqualTo(a.get("yearlyTotal").longValue());
    JsonNode pkh = determination(a, "PKH");
    assertThat(pkh.get("yearlyTotals").get("APBN").longValue())
        .isEqualTo(pkh.get("yearlyTotal").longValue()).isPositive();
    assertThat(pkh.get("yearlyTotals").get("APBD_PROVINSI").longValue()).isZero();
    for (JsonNode b : pkh.get("benefits")) {
      assertThat(b.get("funder").stringValue()).isEqualTo("APBN");
    }
  }

  @Test
  void theSchemaRefusesAnUnknownAmountWithATotalAndABenefitWithoutFunder() {
    JsonNode a = json(DAY_BEFORE_18);
    ObjectNode aid = null;
    ObjectNode pkhBenefit = null;
    for (JsonNode d : a.get("determinations")) {
      if (!d.has("benefits")) {
        continue;
      }
      for (JsonNode b : d.get("benefits")) {
        if (b.has("amountKnown")) {
          aid = (ObjectNode) b;
        } else if (d.get("program").stringValue().equals("PKH")) {
          pkhBenefit = (ObjectNode) b;
        }
      }
    }

    aid.put("yearlyTotal", 0);
    pkhBenefit.remove("funder");

    assertThat(ASSESSMENT.validate(a)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theSchemaRequiresTotalsPerFunder() {
    ObjectNode a = (ObjectNode) json(EIGHTEENTH_BIRTHDAY);

    a.remove("yearlyTotals");

    assertThat(ASSESSMENT.validate(a)).isNotEmpty();
  }
}
