package id.bansos.rules.program.extremepoverty;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtremePoverty2023Test {

  private static final Catalog PROVINCE = Catalog.of("test", List.of(ExtremePoverty2023.program()));
  private static final Engine DEFAULT = Engine.of(PROVINCE);
  /** A regency that supplies the list: Bangkalan is a target. */
  private static final Engine BANGKALAN = Engine.of(PROVINCE.derive("Kabupaten Bangkalan")
      .override(new ParameterValue<>(ExtremePoverty2023.COVERED_REGIONS,
          CoveredRegions.exactly("35.26"), LocalDate.of(2023, 1, 1),
          Optional.of(LocalDate.of(2023, 12, 31)), Confidence.CONFIRMED,
          List.of(Source.of("Dinsos Bangkalan: target list 2023 (test)", "")), ""))
      .build());
  private static final LocalDate DATE = LocalDate.of(2023, 7, 1);

  private static ImmutableHousehold.Builder family(int desil) {
    return Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Households.person(LocalDate.of(1970, 1, 1), Sex.FEMALE, Relationship.HEAD,
            Occupation.FARMER, 1).build())
        .domicile(Households.BANGKALAN_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(desil), LocalDate.of(2023, 1, 5)));
  }

  private static Determination decide(Engine engine, Household h, LocalDate date) {
    return engine.assess(h, date).determination(ExtremePoverty2023.CODE).orElseThrow();
  }

  @Test
  void withTheDefaultEmptyListEveryHouseholdIsUndeterminedOnTheRegion() {
    Determination d = decide(DEFAULT, family(1).build(), DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.result("EXTREME_POVERTY_2023.COVERED_REGION").orElseThrow().outcome())
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void aDesilOneHouseholdInATargetRegionGetsBusinessCapitalOnce() {
    Determination d = decide(BANGKALAN, family(1).build(), DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(1_500_000L);
    assertThat(d.benefits()).singleElement().satisfies(
        b -> assertThat(b.schedule().form()).isEqualTo(BenefitForm.BUSINESS_CAPITAL));
  }

  @Test
  void desilTwoIsNotExtremelyPoor() {
    assertThat(decide(BANGKALAN, family(2).build(), DATE).status())
        .isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void aRegistrationWithoutDesilIsUndetermined() {
    Household h = family(1).registry(RegistryStatus.dtks(LocalDate.of(2023, 1, 5))).build();

    Determination d = decide(BANGKALAN, h, DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("registry.desil");
  }

  @Test
  void aHouseholdOutsideTheSuppliedListIsNotEligible() {
    Household h = family(1).domicile(Households.SURABAYA_KELURAHAN).build();

    assertThat(decide(BANGKALAN, h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void anOccupationThatExcludesTheFamilyExcludesTheHousehold() {
    Household h = family(1).addMembers(Households.person(LocalDate.of(1995, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.BUMN_BUMD_EMPLOYEE, 2).build()).build();

    assertThat(decide(BANGKALAN, h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void aVillageOfficialInTheFamilyNoLongerExcludesTheHousehold() {
    Household h = family(1).addMembers(Households.person(LocalDate.of(1995, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.VILLAGE_OFFICIAL, 2).build()).build();

    // The 2023 drop list's village officials are about the recipient, not the family.
    assertThat(decide(BANGKALAN, h, DATE).status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void inForceIn2023Only() {
    Household h = family(1).build();

    assertThat(DEFAULT.assess(h, LocalDate.of(2022, 12, 31))
        .determination(ExtremePoverty2023.CODE)).isEmpty();
    assertThat(DEFAULT.assess(h, LocalDate.of(2023, 1, 1))
        .determination(ExtremePoverty2023.CODE)).isPresent();
    assertThat(DEFAULT.assess(h, LocalDate.of(2023, 12, 31))
        .determination(ExtremePoverty2023.CODE)).isPresent();
    assertThat(DEFAULT.assess(h, LocalDate.of(2024, 1, 1))
        .determination(ExtremePoverty2023.CODE)).isEmpty();
  }
}
