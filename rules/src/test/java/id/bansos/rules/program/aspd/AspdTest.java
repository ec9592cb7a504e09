package id.bansos.rules.program.aspd;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Benefit;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Outcome;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AspdTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate CHILD_BIRTH = LocalDate.of(2015, 5, 5);
  private static final LocalDate MID_2025 = LocalDate.of(2025, 7, 1);

  private static Determination aspd(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(Aspd.CODE).orElseThrow();
  }

  private static Outcome outcome(Determination d, String code) {
    return d.result(code).orElseThrow().outcome();
  }

  /** The base family with the disabled child's disability replaced by {@code disability}. */
  private static CriterionResult memberResult(Determination d, Person member, String code) {
    return d.members().stream().filter(m -> m.member().equals(member.nik()))
        .flatMap(m -> m.criteria().stream()).filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow();
  }

  private static Person child(Household h) {
    return h.members().get(1);
  }

  private static Household withChildDisability(Disability disability) {
    ImmutableHousehold base = Households.disabledChildFamily(CHILD_BIRTH).build();
    Person child = Person.builder().from(base.members().get(1))
        .disabilities(List.of(disability)).build();
    return base.withMembers(base.members().get(0), child);
  }

  private static Household withRegistry(RegistryStatus status) {
    return Households.disabledChildFamily(CHILD_BIRTH).registry(status).build();
  }

  private static BenefitSchedule schedule(Determination d, BenefitForm form) {
    return d.benefits().stream().map(Benefit::schedule).filter(s -> s.form() == form)
        .findFirst().orElseThrow();
  }

  // --- the member criteria -----------------------------------------------------------------

  @Test
  void aSevereNonRehabilitableDisabilityNeedingDailyHelpQualifies() {
    Household h = Households.disabledChildFamily(CHILD_BIRTH).build();

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).as(ENGINE.assess(h, MID_2025).render(Language.EN))
        .isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(h.members().get(1).nik()));
    for (String code : List.of("ASPD.COVERED_REGION", "ASPD.REGISTRY",
        "ASPD.NO_EXCLUDED_OCCUPATION", "ASPD.QUALIFYING_MEMBER")) {
      assertThat(outcome(d, code)).as(code).isEqualTo(Outcome.PASS);
    }
    assertThat(memberResult(d, child(h), "ASPD.NEEDS_DAILY_HELP").facts())
        .contains(Fact.of("needsHelpWithDailyLiving", true));
    assertThat(memberResult(d, child(h), "ASPD.NOT_REHABILITABLE").facts())
        .contains(Fact.of("rehabilitable", false));
  }

  @Test
  void ageOneIsTooYoungAndAgeTwoQualifies() {
    Household h = Households.disabledChildFamily(LocalDate.of(2023, 7, 1)).build();

    Determination age1 = aspd(h, LocalDate.of(2025, 6, 30));
    Determination age2 = aspd(h, LocalDate.of(2025, 7, 1));

    assertThat(age1.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(age1.result("ASPD.QUALIFYING_MEMBER").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(age2.status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void ageFiftyNineQualifiesAndAgeSixtyIsTooOld() {
    Person adult = Households.person(LocalDate.of(1965, 7, 1), Sex.FEMALE, Relationship.SPOUSE,
        Occupation.NOT_WORKING, 4).addDisabilities(Disability.severe(DisabilityKind.MENTAL))
        .build();
    Household h = Households.disabledChildFamily(CHILD_BIRTH).build()
        .withMembers(Households.head(), adult);

    Determination age59 = aspd(h, LocalDate.of(2025, 6, 30));
    Determination age60 = aspd(h, LocalDate.of(2025, 7, 1));

    assertThat(age59.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(age60.status()).isEqualTo(Status.NOT_ELIGIBLE);
    CriterionResult band = memberResult(age60, adult, "ASPD.AGE_IN_BAND");
    assertThat(band.message(Language.EN)).isEqualTo("Aged 60, outside 2-59.");
    assertThat(band.message(Language.ID)).isEqualTo("Berusia 60 tahun, di luar rentang 2-59.");
  }

  @Test
  void missingSeverityIsUndeterminedAndNamesTheFact() {
    Household h = withChildDisability(new Disability(DisabilityKind.PHYSICAL, Optional.empty(),
        Optional.of(true), Optional.of(false)));

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).hasSize(1)
        .allSatisfy(f -> assertThat(f.toString()).endsWith(": disabilities.severity"));
  }

  @Test
  void aModerateDisabilityDoesNotQualify() {
    Household h = withChildDisability(new Disability(DisabilityKind.PHYSICAL,
        Optional.of(DisabilitySeverity.MODERATE), Optional.of(true), Optional.of(false)));

    assertThat(aspd(h, MID_2025).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void unknownWhetherAMemberHasADisabilityIsUndetermined() {
    ImmutableHousehold base = Households.disabledChildFamily(CHILD_BIRTH).build();
    Person child = Person.builder().from(base.members().get(1)).disabilities(List.of()).build();
    Household h = base.withMembers(base.members().get(0), child);

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    // Whether there is a disability, and then its details, would decide.
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("member " + child.nik() + ": hasDisability",
        "member " + child.nik() + ": disabilities");
  }

  @Test
  void aDisabilityRecordedWithoutDetailsIsUndeterminedNotIneligible() {
    ImmutableHousehold base = Households.disabledChildFamily(CHILD_BIRTH).build();
    Person recordedOnly = Person.builder().from(base.members().get(1)).disabilities(List.of())
        .hasDisability(true).build();
    Person noDisability = Person.builder().from(recordedOnly).hasDisability(false).build();

    Determination unknown = aspd(base.withMembers(base.members().get(0), recordedOnly), MID_2025);
    Determination none = aspd(base.withMembers(base.members().get(0), noDisability), MID_2025);

    assertThat(unknown.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(memberResult(unknown, recordedOnly, "ASPD.SEVERE_DISABILITY").missingFacts())
        .extracting(MissingFact::path, MissingFact::member)
        .containsExactly(tuple("disabilities", Optional.of(recordedOnly.nik())));
    assertThat(none.status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void noNeedForDailyHelpIsNotEligible() {
    Household h = withChildDisability(new Disability(DisabilityKind.PHYSICAL,
        Optional.of(DisabilitySeverity.SEVERE), Optional.of(false), Optional.of(false)));

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(memberResult(d, child(h), "ASPD.NEEDS_DAILY_HELP").outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void aRehabilitableDisabilityIsNotEligible() {
    Household h = withChildDisability(new Disability(DisabilityKind.PHYSICAL,
        Optional.of(DisabilitySeverity.SEVERE), Optional.of(true), Optional.of(true)));

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(memberResult(d, child(h), "ASPD.NOT_REHABILITABLE").outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void anExcludedOccupationExcludesTheFamily() {
    Household h = Households.disabledChildFamily(CHILD_BIRTH).build()
        .withMembers(Households.head().withOccupation(Occupation.POLRI),
            Households.severelyDisabledChild(CHILD_BIRTH, 3).build());

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(d, "ASPD.NO_EXCLUDED_OCCUPATION")).isEqualTo(Outcome.FAIL);
  }

  // --- the register ------------------------------------------------------------------------

  @Test
  void desilFourQualifiesAndDesilFiveDoesNotInTwentyTwentyFive() {
    Determination desil4 = aspd(withRegistry(
        RegistryStatus.dtsen(Desil.of(4), LocalDate.of(2025, 3, 1))), MID_2025);
    Determination desil5 = aspd(withRegistry(
        RegistryStatus.dtsen(Desil.of(5), LocalDate.of(2025, 3, 1))), MID_2025);

    assertThat(desil4.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(desil5.status()).isEqualTo(Status.NOT_ELIGIBLE);
    CriterionResult r = desil5.result("ASPD.REGISTRY").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.message(Language.EN)).contains("desil 5 is above the bound 4");
    assertThat(r.message(Language.ID)).contains("desil 5 di atas batas 4");
  }

  @Test
  void dtksRegistrationSufficesInTwentyTwentyThree() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2023, 1, 10)));

    assertThat(aspd(h, LocalDate.of(2023, 7, 1)).status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void aDtksStatusWithoutDesilIsUndeterminedInTwentyTwentyFive() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2024, 11, 10)));

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("registry.desil");
  }

  @Test
  void theRegisterRuleTurnsToDesilOnTheFirstDayOfTwentyTwentyFive() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2024, 11, 10)));

    Determination lastDtksDay = aspd(h, LocalDate.of(2024, 12, 31));
    Determination firstDesilDay = aspd(h, LocalDate.of(2025, 1, 1));

    assertThat(lastDtksDay.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(firstDesilDay.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(firstDesilDay.missingFacts()).extracting(Object::toString)
        .containsExactly("registry.desil");
  }

  @Test
  void anUncheckedRegisterIsUndetermined() {
    Household h = Households.disabledChildFamily(CHILD_BIRTH).build().withRegistry(Optional.empty());

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("registry");
  }

  @Test
  void aFamilyNotInTheRegisterIsNotEligible() {
    Household h = withRegistry(RegistryStatus.notRegistered(Register.DTSEN,
        LocalDate.of(2025, 3, 1)));

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(d, "ASPD.REGISTRY")).isEqualTo(Outcome.FAIL);
  }

  // --- amounts -----------------------------------------------------------------------------

  @Test
  void twentyTwentyTwoPaysThreeHundredThousandMonthlyWithTheFuelTopUpFromSeptember() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2022, 1, 10)));

    Determination october = aspd(h, LocalDate.of(2022, 10, 1));

    assertThat(october.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(october.benefits()).hasSize(2);
    BenefitSchedule cash = october.benefits().get(0).schedule();
    assertThat(cash.amountPerPayment()).contains(Rupiah.of(300_000));
    assertThat(cash.frequency()).isEqualTo(PaymentFrequency.MONTHLY);
    assertThat(cash.paymentsPerYear()).isEqualTo(12);
    BenefitSchedule fuel = october.benefits().get(1).schedule();
    assertThat(fuel.amountPerPayment()).contains(Rupiah.of(150_000));
    assertThat(fuel.paymentsPerYear()).isEqualTo(4);
    assertThat(october.benefits().get(1).source().key()).isEqualTo(Aspd.FUEL_TOP_UP);
    assertThat(october.yearlyTotal()).isEqualTo(Rupiah.of(3_600_000 + 600_000));
  }

  @Test
  void untilTwentyTwentyTwoTheNationalRatePaysInThreeTahapThenMonthly() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2021, 1, 10)));

    BenefitSchedule lastInferred = aspd(h, LocalDate.of(2021, 12, 31)).benefits().get(0)
        .schedule();
    BenefitSchedule firstMonthly = aspd(h, LocalDate.of(2022, 1, 1)).benefits().get(0)
        .schedule();

    assertThat(lastInferred.amountPerPayment()).contains(Rupiah.of(1_200_000));
    assertThat(lastInferred.frequency()).isEqualTo(PaymentFrequency.PER_TAHAP);
    assertThat(lastInferred.paymentsPerYear()).isEqualTo(3);
    assertThat(firstMonthly.amountPerPayment()).contains(Rupiah.of(300_000));
    assertThat(firstMonthly.paymentsPerYear()).isEqualTo(12);
    assertThat(aspd(h, LocalDate.of(2021, 12, 31)).yearlyTotal())
        .isEqualTo(aspd(h, LocalDate.of(2022, 1, 1)).yearlyTotal())
        .isEqualTo(Rupiah.of(3_600_000));
  }

  @Test
  void theFuelTopUpRunsFromTheFirstOfSeptemberToTheEndOfTwentyTwentyTwo() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2022, 1, 10)));

    assertThat(aspd(h, LocalDate.of(2022, 9, 1)).benefits()).extracting(
        b -> b.source().key().name()).containsExactly("ASPD.CASH", "ASPD.FUEL_TOP_UP");
    assertThat(aspd(h, LocalDate.of(2022, 12, 31)).benefits()).extracting(
        b -> b.source().key().name()).containsExactly("ASPD.CASH", "ASPD.FUEL_TOP_UP");
    assertThat(aspd(h, LocalDate.of(2023, 1, 1)).benefits()).extracting(
        b -> b.source().key().name()).containsExactly("ASPD.CASH");
  }

  @Test
  void theCashTurnsQuarterlyOnTheFirstDayOfTwentyTwentyThree() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2022, 1, 10)));

    BenefitSchedule lastMonthly = aspd(h, LocalDate.of(2022, 12, 31)).benefits().get(0)
        .schedule();
    BenefitSchedule firstQuarterly = aspd(h, LocalDate.of(2023, 1, 1)).benefits().get(0)
        .schedule();

    assertThat(lastMonthly.amountPerPayment()).contains(Rupiah.of(300_000));
    assertThat(lastMonthly.frequency()).isEqualTo(PaymentFrequency.MONTHLY);
    assertThat(firstQuarterly.amountPerPayment()).contains(Rupiah.of(900_000));
    assertThat(firstQuarterly.frequency()).isEqualTo(PaymentFrequency.PER_TAHAP);
    assertThat(firstQuarterly.paymentsPerYear()).isEqualTo(4);
  }

  @Test
  void noFuelTopUpBeforeSeptemberTwentyTwentyTwo() {
    Household h = withRegistry(RegistryStatus.dtks(LocalDate.of(2022, 1, 10)));

    Determination august = aspd(h, LocalDate.of(2022, 8, 31));

    assertThat(august.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(august.benefits()).extracting(b -> b.source().key().name())
        .containsExactly("ASPD.CASH");
    assertThat(august.yearlyTotal()).isEqualTo(Rupiah.of(3_600_000));
  }

  @Test
  void twentyTwentyFivePaysNineHundredThousandFourTimes() {
    Determination d = aspd(Households.disabledChildFamily(CHILD_BIRTH).build(), MID_2025);

    assertThat(d.benefits()).hasSize(1);
    BenefitSchedule cash = d.benefits().get(0).schedule();
    assertThat(cash.form()).isEqualTo(BenefitForm.CASH);
    assertThat(cash.amountPerPayment()).contains(Rupiah.of(900_000));
    assertThat(cash.frequency()).isEqualTo(PaymentFrequency.PER_TAHAP);
    assertThat(cash.paymentsPerYear()).isEqualTo(4);
    assertThat(cash.channel()).contains("Bank Jatim");
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(3_600_000));
  }

  @Test
  void twentyTwentySixAddsAWheelchairForThoseWhoNeedOne() {
    ImmutableHousehold base = Households.disabledChildFamily(CHILD_BIRTH).build();
    Household h = base.withMembers(base.members().get(0),
        Person.builder().from(base.members().get(1)).putExtensions(Aspd.NEEDS_WHEELCHAIR, true).build());
    LocalDate date = LocalDate.of(2026, 3, 1);

    Determination d = aspd(h, date);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    BenefitSchedule chair = schedule(d, BenefitForm.IN_KIND);
    assertThat(chair.label().in(Language.EN)).isEqualTo("Wheelchair");
    assertThat(chair.amountPerPayment()).isEmpty();
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(3_600_000));
    assertThat(aspd(base, date).benefits()).extracting(b -> b.schedule().form())
        .containsExactly(BenefitForm.CASH);
    assertThat(aspd(h, LocalDate.of(2025, 12, 31)).benefits())
        .extracting(b -> b.schedule().form()).containsExactly(BenefitForm.CASH);
  }

  @Test
  void twoSeverelyDisabledMembersAreTwoBeneficiaries() {
    Household h = Households.disabledChildFamily(CHILD_BIRTH)
        .addMembers(Households.severelyDisabledChild(LocalDate.of(2012, 2, 2), 5).build())
        .build();

    Determination d = aspd(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).hasSize(2);
    assertThat(d.result("ASPD.QUALIFYING_MEMBER").orElseThrow().facts())
        .contains(Fact.of("qualifying", 2));
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(7_200_000));
  }

  @Test
  void aDateWithoutACashValueIsUndeterminedAndNamesTheParameter() {
    Determination d = aspd(Households.disabledChildFamily(CHILD_BIRTH).build(),
        LocalDate.of(2027, 1, 1));

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    CriterionResult r = d.result("ASPD.PARAMETER_NOT_IN_FORCE").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.facts()).contains(Fact.of("parameter", "ASPD.CASH"));
    assertThat(r.message(Language.EN)).contains("ASPD.CASH").contains("1 January 2027");
    assertThat(r.message(Language.ID)).contains("ASPD.CASH");
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("parameter ASPD.CASH");
    assertThat(d.beneficiaries()).isEmpty();
  }
}
