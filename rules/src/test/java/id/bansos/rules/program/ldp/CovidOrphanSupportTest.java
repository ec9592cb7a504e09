package id.bansos.rules.program.ldp;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Assessment;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Catalog;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Funder;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.YearlyTotals;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CovidOrphanSupportTest {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(CovidOrphanSupport.program())));
  /** After the launch, outside the Kemensos companion-cash period. */
  private static final LocalDate SEPTEMBER = LocalDate.of(2021, 9, 1);
  /** Inside the companion-cash period. */
  private static final LocalDate NOVEMBER = LocalDate.of(2021, 11, 15);
  private static final LocalDate CHILD_BIRTH = LocalDate.of(2010, 5, 5);
  private static final String PARENT_LOST = "LDP_COVID_ORPHAN.PARENT_LOST_TO_COVID";
  private static final ParentStatus FATHER_COVID =
      ParentStatus.deceased(LocalDate.of(2021, 7, 10), DeathCause.COVID_19);

  private static ImmutablePerson.Builder child(LocalDate birth, int serial) {
    return Households.person(birth, Sex.FEMALE, Relationship.CHILD, Occupation.STUDENT, serial)
        .schoolLevel(SchoolLevel.SMP).putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, true);
  }

  private static Household family(ImmutablePerson.Builder... children) {
    var b = Household.builder().kkNumber(KkNumber.parse("3578010101200001"))
        .addMembers(Households.person(LocalDate.of(1982, 3, 3), Sex.FEMALE, Relationship.HEAD,
            Occupation.TRADER, 1).build())
        .domicile(Households.SURABAYA_KELURAHAN);
    for (ImmutablePerson.Builder c : children) {
      b.addMembers(c.build());
    }
    return b.build();
  }

  /** The same family, registered in DTKS: poor, as the Kemensos companion cash requires. */
  private static Household poor(Household h) {
    return Household.builder().from(h)
        .registry(RegistryStatus.dtks(LocalDate.of(2021, 6, 1))).build();
  }

  private static Determination decide(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(CovidOrphanSupport.CODE).orElseThrow();
  }

  private static Object fact(Determination d, String name) {
    return d.result(PARENT_LOST).orElseThrow().facts().stream()
        .filter(f -> f.name().equals(name)).map(Fact::value).findFirst().orElseThrow();
  }

  private static ImmutablePerson.Builder orphan() {
    return child(CHILD_BIRTH, 2).father(FATHER_COVID).mother(ParentStatus.living());
  }

  @Test
  void aChildWhoseFatherDiedOfCovidIsYatimAndReceivesPsychosocialSupport() {
    Determination d = decide(family(orphan()), SEPTEMBER);

    assertThat(d.status()).as(d.toString()).isEqualTo(Status.ELIGIBLE);
    assertThat(fact(d, "orphanKind")).isEqualTo(OrphanKind.YATIM);
    assertThat(d.benefits()).extracting(b -> b.schedule().label().en())
        .containsExactly("Psychosocial support", "Food package (sembako) at first contact",
            "Dinsos Jatim specific aid (bantuan spesifik)");
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.ZERO);
    assertThat(d.yearlyTotals().unknownAmounts()).containsExactly(Funder.APBD_PROVINSI);
  }

  @Test
  void aChildWhoseMotherDiedOfCovidIsPiatu() {
    Household h = family(child(CHILD_BIRTH, 2).father(ParentStatus.living())
        .mother(ParentStatus.deceased(LocalDate.of(2021, 7, 1), DeathCause.COVID_19)));

    Determination d = decide(h, SEPTEMBER);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(fact(d, "orphanKind")).isEqualTo(OrphanKind.PIATU);
  }

  @Test
  void aChildWhoLostBothParentsIsYatimPiatuWithPriorityFacts() {
    Household h = family(child(CHILD_BIRTH, 2).father(FATHER_COVID).putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, false)
        .mother(ParentStatus.deceased(LocalDate.of(2021, 7, 20), DeathCause.COVID_19)));

    Determination d = decide(h, SEPTEMBER);

    assertThat(fact(d, "orphanKind")).isEqualTo(OrphanKind.YATIM_PIATU);
    assertThat(fact(d, "priority.hasCapableCarer")).isEqualTo(false);
    assertThat(d.result(PARENT_LOST).orElseThrow()
        .message(Language.EN)).contains("father and mother");
  }

  @Test
  void aParentWhoDiedOfAnotherCauseDoesNotQualify() {
    Household h = family(child(CHILD_BIRTH, 2).mother(ParentStatus.living())
        .father(ParentStatus.deceased(LocalDate.of(2021, 7, 10), DeathCause.OTHER)));

    assertThat(decide(h, SEPTEMBER).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void anUnknownCauseOfDeathIsUndeterminedNotIneligible() {
    Household h = family(child(CHILD_BIRTH, 2).mother(ParentStatus.living())
        .father(ParentStatus.deceased(Optional.of(LocalDate.of(2021, 7, 10)), Optional.empty())));

    Determination d = decide(h, SEPTEMBER);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("father.cause");
  }

  @Test
  void anUnknownDateOfACovidDeathIsUndetermined() {
    Household h = family(child(CHILD_BIRTH, 2).mother(ParentStatus.living())
        .father(ParentStatus.deceased(Optional.empty(), Optional.of(DeathCause.COVID_19))));

    Determination d = decide(h, SEPTEMBER);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("father.deathDate");
  }

  @Test
  void anUnrecordedParentStatusIsUndetermined() {
    Household h = family(child(CHILD_BIRTH, 2).mother(ParentStatus.living()));

    Determination d = decide(h, SEPTEMBER);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith(": father");
  }

  @Test
  void aDeathOnTheFirstDayOfTheCovidPeriodCountsAndTheDayBeforeDoesNot() {
    Household onStart = family(child(CHILD_BIRTH, 2).mother(ParentStatus.living())
        .father(ParentStatus.deceased(LocalDate.of(2020, 3, 2), DeathCause.COVID_19)));
    Household before = family(child(CHILD_BIRTH, 2).mother(ParentStatus.living())
        .father(ParentStatus.deceased(LocalDate.of(2020, 3, 1), DeathCause.COVID_19)));

    assertThat(decide(onStart, SEPTEMBER).status()).isEqualTo(Status.ELIGIBLE);
    assertThat(decide(before, SEPTEMBER).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void aChildTheDayBeforeTheir18thBirthdayQualifiesAndOnItDoesNot() {
    LocalDate birth = LocalDate.of(2003, 9, 1);
    Household h = family(child(birth, 2).father(FATHER_COVID).mother(ParentStatus.living()));

    assertThat(decide(h, LocalDate.of(2021, 8, 31)).status()).isEqualTo(Status.ELIGIBLE);
    assertThat(decide(h, LocalDate.of(2021, 9, 1)).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void aSchoolChildGetsTheSchoolCompanionCashInTheKemensosPeriod() {
    Determination d = decide(poor(family(orphan())), NOVEMBER);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.benefits()).hasSize(4);
    assertThat(d.yearlyTotal(Funder.APBN).amount()).isEqualTo(600_000L);
    assertThat(d.yearlyTotal(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.ZERO);
    assertThat(d.yearlyTotals().unknownAmounts()).containsExactly(Funder.APBD_PROVINSI);
  }

  @Test
  void theCompanionCashNeedsAPoorFamilyButTheProvincialSupportDoesNot() {
    Determination unknown = decide(family(orphan()), NOVEMBER);
    Determination notPoor = decide(Household.builder().from(family(orphan()))
        .registry(RegistryStatus.notRegistered(Register.DTKS, LocalDate.of(2021, 6, 1))).build(), NOVEMBER);

    for (Determination d : java.util.List.of(unknown, notPoor)) {
      assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
      assertThat(d.benefits()).hasSize(3);
      assertThat(d.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.ZERO);
    }
  }

  @Test
  void aChildNotYetInSchoolGetsTheHigherCompanionCash() {
    Household h = family(child(LocalDate.of(2018, 1, 1), 2).schoolLevel(SchoolLevel.EARLY_CHILDHOOD)
        .father(FATHER_COVID).mother(ParentStatus.living()));

    assertThat(decide(poor(h), NOVEMBER).yearlyTotal(Funder.APBN).amount()).isEqualTo(900_000L);
  }

  @Test
  void aChildRecordedAsNotInSchoolGetsTheNotYetInSchoolRateAsAnInference() {
    // Sixteen and out of school: no source gives a rate for a school-age child out of school.
    Household h = poor(family(child(LocalDate.of(2005, 3, 1), 2)
        .schoolLevel(SchoolLevel.NOT_IN_SCHOOL).father(FATHER_COVID)
        .mother(ParentStatus.living())));

    Determination d = decide(h, NOVEMBER);

    assertThat(d.yearlyTotal(Funder.APBN).amount()).isEqualTo(900_000L);
    assertThat(d.benefits()).filteredOn(b -> b.schedule().funder() == Funder.APBN).singleElement()
        .satisfies(b -> assertThat(b.source().confidence()).isEqualTo(Confidence.INFERRED));
    assertThat(d.uncertainValues()).extracting(v -> v.key().name())
        .contains("LDP_COVID_ORPHAN.COMPANION_NOT_ENROLLED");
    // In early childhood education the rate is the sources' own.
    Determination early = decide(poor(family(child(LocalDate.of(2018, 1, 1), 2)
        .schoolLevel(SchoolLevel.EARLY_CHILDHOOD).father(FATHER_COVID)
        .mother(ParentStatus.living()))), NOVEMBER);
    assertThat(early.benefits()).filteredOn(b -> b.schedule().funder() == Funder.APBN).singleElement()
        .satisfies(b -> assertThat(b.source().confidence()).isEqualTo(Confidence.CONFIRMED));
    // A catalog that pays such a child the school child's rate says so.
    BenefitSchedule schoolRate = JawaTimur.catalog()
        .at(CovidOrphanSupport.COMPANION_SCHOOL, NOVEMBER).orElseThrow().value();
    Catalog local = Catalog.of("test", List.of(CovidOrphanSupport.program())).derive("Kota X")
        .override(new ParameterValue<>(CovidOrphanSupport.COMPANION_NOT_ENROLLED, schoolRate,
            LocalDate.of(2021, 10, 1), Optional.of(LocalDate.of(2021, 12, 31)),
            Confidence.CONFIRMED, List.of(Source.of("Perwali Kota X (example)", "")), ""))
        .build();
    assertThat(Engine.of(local).assess(h, NOVEMBER).determination(CovidOrphanSupport.CODE)
        .orElseThrow().yearlyTotal(Funder.APBN).amount()).isEqualTo(600_000L);
  }

  @Test
  void childrenWithDifferentAmountsAreEachPaidTheirOwn() {
    Household h = family(orphan(), child(LocalDate.of(2018, 1, 1), 3)
        .schoolLevel(SchoolLevel.NOT_IN_SCHOOL).father(FATHER_COVID).mother(ParentStatus.living()));

    Determination d = decide(poor(h), NOVEMBER);

    assertThat(d.benefits()).hasSize(8);
    assertThat(d.yearlyTotal().amount()).isEqualTo(1_500_000L);
    assertThat(d.yearlyTotals().unknownAmounts()).containsExactly(Funder.APBD_PROVINSI);
  }

  @Test
  void anUnrecordedSchoolLevelIsUndeterminedWhileCompanionCashIsPaid() {
    Household h = family(Households.person(CHILD_BIRTH, Sex.FEMALE, Relationship.CHILD,
        Occupation.STUDENT, 2).father(FATHER_COVID).mother(ParentStatus.living()));

    Determination d = decide(h, NOVEMBER);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("schoolLevel");
    assertThat(decide(h, SEPTEMBER).status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void afterTheKemensosPeriodOnlyTheServiceRemains() {
    Determination d = decide(poor(family(orphan())), LocalDate.of(2022, 1, 1));

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.benefits()).hasSize(3);
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void inForceFromTheLaunchOn3August2021() {
    Household h = family(orphan());

    assertThat(ENGINE.assess(h, LocalDate.of(2021, 8, 2)).determination(CovidOrphanSupport.CODE))
        .isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2021, 8, 3)).determination(CovidOrphanSupport.CODE))
        .isPresent();
  }

  // --- who pays, and the bantuan spesifik of an amount not known --------------------------

  @Test
  void theBantuanSpesifikIsProvincialCashOfAnAmountNotKnown() {
    Determination d = decide(family(orphan()), SEPTEMBER);

    BenefitSchedule s = d.benefits().stream()
        .filter(b -> b.source().key().equals(CovidOrphanSupport.SPECIFIC_AID)).findFirst()
        .orElseThrow().schedule();
    assertThat(s.form()).isEqualTo(BenefitForm.CASH);
    assertThat(s.funder()).isEqualTo(Funder.APBD_PROVINSI);
    assertThat(s.isAmountUnknown()).isTrue();
    assertThat(s.amountPerPayment()).isEmpty();
    assertThat(s.yearlyTotal()).isEmpty();
  }

  @Test
  void aChildTheDayBeforeTheir18thBirthdayLeavesTheProvincialTotalIncompleteAndOnItNot() {
    LocalDate birth = LocalDate.of(2003, 9, 1);
    Household h = family(child(birth, 2).father(FATHER_COVID).mother(ParentStatus.living()));

    Determination before = decide(h, LocalDate.of(2021, 8, 31));
    Determination on = decide(h, LocalDate.of(2021, 9, 1));

    assertThat(before.yearlyTotals().hasUnknownAmounts()).isTrue();
    assertThat(before.yearlyTotals().unknownAmounts()).containsExactly(Funder.APBD_PROVINSI);
    assertThat(on.yearlyTotals()).isEqualTo(YearlyTotals.NONE);
    assertThat(on.yearlyTotals().hasUnknownAmounts()).isFalse();
  }

  @Test
  void theCompanionCashIsNationalMoneyFrom1OctoberAndAbsentTheDayBefore() {
    Household h = poor(family(orphan()));

    Assessment lastDayWithout = ENGINE.assess(h, LocalDate.of(2021, 9, 30));
    Assessment firstDayWith = ENGINE.assess(h, LocalDate.of(2021, 10, 1));

    assertThat(lastDayWithout.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.ZERO);
    assertThat(firstDayWith.yearlyTotal(Funder.APBN)).isEqualTo(Rupiah.of(600_000));
    for (Assessment a : List.of(lastDayWithout, firstDayWith)) {
      assertThat(a.yearlyTotal(Funder.APBD_PROVINSI)).isEqualTo(Rupiah.ZERO);
      assertThat(a.yearlyTotals().unknownAmounts()).containsExactly(Funder.APBD_PROVINSI);
    }
  }

  @Test
  void theBantuanSpesifikIsInferredTo2021AndAssumedAfter() {
    Household h = family(orphan());

    Determination lastInferred = decide(h, LocalDate.of(2021, 12, 31));
    Determination firstAssumed = decide(h, LocalDate.of(2022, 1, 1));

    assertThat(lastInferred.uncertainValues()).anySatisfy(v -> {
      assertThat(v.key()).isEqualTo(CovidOrphanSupport.SPECIFIC_AID);
      assertThat(v.confidence()).isEqualTo(Confidence.INFERRED);
    });
    assertThat(firstAssumed.uncertainValues()).anySatisfy(v -> {
      assertThat(v.key()).isEqualTo(CovidOrphanSupport.SPECIFIC_AID);
      assertThat(v.confidence()).isEqualTo(Confidence.ASSUMED);
    });
  }

  @Test
  void theRenderedAssessmentSaysTheAmountIsNotKnownInBothLanguages() {
    Assessment a = ENGINE.assess(poor(family(orphan())), NOVEMBER);

    assertThat(a.render(Language.EN))
        .contains("Dinsos Jatim specific aid (bantuan spesifik): amount not yet known; funded by:"
            + " East Java provincial budget (APBD Provinsi)")
        .contains("Yearly total: at least IDR 600,000 (some amounts are not yet known)")
        .contains("  East Java provincial budget (APBD Provinsi): at least IDR 0 (some amounts are"
            + " not yet known)")
        .contains("  National budget (APBN, Kemensos): IDR 600,000\n");
    assertThat(a.render(Language.ID))
        .contains("Bantuan spesifik Dinsos Jatim: jumlah belum diketahui; sumber dana:"
            + " APBD Provinsi Jawa Timur")
        .contains("Total per tahun: setidaknya Rp600.000 (ada bantuan yang jumlahnya belum"
            + " diketahui)")
        .contains("  APBN (Kemensos): Rp600.000\n");
  }
}
