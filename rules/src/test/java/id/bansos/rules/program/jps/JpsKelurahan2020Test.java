package id.bansos.rules.program.jps;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.criteria.KelurahanCodes;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JpsKelurahan2020Test {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(JpsKelurahan2020.program())));
  private static final LocalDate DATE = LocalDate.of(2020, 6, 1);

  private static ImmutableHousehold.Builder bpntFamily() {
    return Household.builder().kkNumber(KkNumber.parse("3578010101200001"))
        .addMembers(Households.person(LocalDate.of(1975, 1, 5), Sex.MALE, Relationship.HEAD,
            Occupation.LABOURER, 1).build())
        .addMembers(Households.person(LocalDate.of(1978, 4, 9), Sex.FEMALE, Relationship.SPOUSE,
            Occupation.HOMEMAKER, 2).build())
        .domicile(Households.SURABAYA_KELURAHAN)
        .putAid(AidProgram.BPNT_SEMBAKO, true);
  }

  private static Determination decide(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(JpsKelurahan2020.CODE).orElseThrow();
  }

  @Test
  void aBpntFamilyInAKelurahanGetsThreeMonthsOfTopUp() {
    Determination d = decide(bpntFamily().build(), DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(300_000L);
  }

  @Test
  void aBpntFamilyInADesaIsNotEligible() {
    Determination d = decide(bpntFamily().domicile(Households.BANGKALAN_DESA).build(), DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("JPS_KELURAHAN_2020.KELURAHAN").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void theKelurahanCriterionCitesItsInferredCodeRule() {
    Determination d = decide(bpntFamily().build(), DATE);

    assertThat(d.result("JPS_KELURAHAN_2020.KELURAHAN").orElseThrow().parameters())
        .singleElement().satisfies(v -> {
          assertThat(v.key()).isEqualTo(JpsKelurahan2020.KELURAHAN_CODES);
          assertThat(v.value()).isEqualTo(KelurahanCodes.KEMENDAGRI);
          assertThat(v.confidence()).isEqualTo(Confidence.INFERRED);
        });
  }

  @Test
  void aRegencyCanOverrideTheCodeRule() {
    Engine other = Engine.of(Catalog.of("test", List.of(JpsKelurahan2020.program()))
        .derive("test").override(new ParameterValue<>(JpsKelurahan2020.KELURAHAN_CODES,
            new KelurahanCodes('2'), LocalDate.of(2020, 4, 1), Optional.empty(),
            Confidence.ASSUMED, List.of(Source.of("test", "")), "")).build());

    Determination kelurahan = other.assess(bpntFamily().build(), DATE)
        .determination(JpsKelurahan2020.CODE).orElseThrow();
    Determination desa = other.assess(bpntFamily().domicile(Households.BANGKALAN_DESA).build(),
        DATE).determination(JpsKelurahan2020.CODE).orElseThrow();

    assertThat(kelurahan.result("JPS_KELURAHAN_2020.KELURAHAN").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(desa.result("JPS_KELURAHAN_2020.KELURAHAN").orElseThrow().outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void aKelurahanOfAKabupatenCountsAsKelurahan() {
    RegionCode bangkalanKelurahan = RegionCode.parse("35.26.01.1001");

    Determination d = decide(bpntFamily().domicile(bangkalanKelurahan).build(), DATE);

    assertThat(d.result("JPS_KELURAHAN_2020.KELURAHAN").orElseThrow().outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void anUnknownDomicileIsUndetermined() {
    Household h = Household.builder().from(bpntFamily().build()).domicile(java.util.Optional.empty())
        .build();

    Determination d = decide(h, DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).contains("domicile");
  }

  @Test
  void aFamilyOutsideBpntIsNotEligible() {
    Determination d = decide(bpntFamily().putAid(AidProgram.BPNT_SEMBAKO, false).build(), DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void unknownBpntMembershipIsUndetermined() {
    Household h = Household.builder().from(bpntFamily().build()).aid(java.util.Map.of()).build();

    Determination d = decide(h, DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).contains("aid.BPNT_SEMBAKO");
  }

  @Test
  void anAsnMemberExcludesTheFamily() {
    Household h = bpntFamily().addMembers(Households.person(LocalDate.of(1999, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.ASN, 3).build()).build();

    assertThat(decide(h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void inForceOnlyIn2020() {
    Household h = bpntFamily().build();

    assertThat(ENGINE.assess(h, LocalDate.of(2020, 3, 31)).determination(JpsKelurahan2020.CODE))
        .isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2020, 4, 1)).determination(JpsKelurahan2020.CODE))
        .isPresent();
    assertThat(ENGINE.assess(h, LocalDate.of(2020, 12, 31)).determination(JpsKelurahan2020.CODE))
        .isPresent();
    assertThat(ENGINE.assess(h, LocalDate.of(2021, 1, 1)).determination(JpsKelurahan2020.CODE))
        .isEmpty();
  }
}
