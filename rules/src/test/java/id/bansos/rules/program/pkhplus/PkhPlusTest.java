package id.bansos.rules.program.pkhplus;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Criterion;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.MemberResult;
import id.bansos.rules.Outcome;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PkhPlusTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate ELDER_BIRTH = LocalDate.of(1955, 6, 1);
  /** Over 70 on every date from 2019 on. */
  private static final LocalDate OLD_BIRTH = LocalDate.of(1940, 1, 1);
  private static final LocalDate MID_2025 = LocalDate.of(2025, 7, 1);

  private static Determination pkhPlus(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(PkhPlus.CODE).orElseThrow();
  }

  private static Nik elderNik(Household h) {
    return h.members().get(1).nik();
  }

  private static CriterionResult memberResult(Determination d, Nik member, String code) {
    for (MemberResult m : d.members()) {
      if (m.member().equals(member)) {
        for (CriterionResult r : m.criteria()) {
          if (r.code().equals(code)) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no " + code + " for " + member);
  }

  private static Outcome outcome(Determination d, String code) {
    return d.result(code).orElseThrow().outcome();
  }

  // --- age ---------------------------------------------------------------------------------

  @Test
  void elderlyMemberOnHer70thBirthdayQualifies() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build();

    Assessment a = ENGINE.assess(h, LocalDate.of(2025, 6, 1));
    Determination d = a.determination("PKH_PLUS").orElseThrow();

    assertThat(d.status()).as(a.render(Language.EN)).isEqualTo(Status.ELIGIBLE);
    assertThat(d.yearlyTotal().amount()).isEqualTo(2_000_000L);
    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(elderNik(h)));
  }

  @Test
  void elderlyMemberTheDayBeforeHer70thBirthdayDoesNotQualify() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build();

    Determination d = pkhPlus(h, LocalDate.of(2025, 5, 31));

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(memberResult(d, elderNik(h), "PKH_PLUS.AGE_AT_LEAST").outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(outcome(d, "PKH_PLUS.QUALIFYING_MEMBER")).isEqualTo(Outcome.FAIL);
    assertThat(d.beneficiaries()).isEmpty();
    assertThat(d.benefits()).isEmpty();
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void leapDayBirthTurns70OnFirstMarchOfANonLeapYear() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1952, 2, 29)).build();

    Determination feb28 = pkhPlus(h, LocalDate.of(2022, 2, 28));
    Determination mar1 = pkhPlus(h, LocalDate.of(2022, 3, 1));

    assertThat(feb28.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(memberResult(feb28, elderNik(h), "PKH_PLUS.AGE_AT_LEAST").facts())
        .contains(Fact.of("age", 69));
    assertThat(mar1.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(memberResult(mar1, elderNik(h), "PKH_PLUS.AGE_AT_LEAST").facts())
        .contains(Fact.of("age", 70));
  }

  @Test
  void unknownBirthDateOfTheOnlyElderIsUndetermined() {
    Person elder = Person.builder().nik(Households.nik(ELDER_BIRTH, Sex.FEMALE, 2))
        .relationship(Relationship.PARENT).occupation(Occupation.NOT_WORKING).build();
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build()
        .withMembers(Households.head(), elder);

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).anySatisfy(f -> assertThat(f.path()).isEqualTo("birthDate"));
  }

  // --- regions -----------------------------------------------------------------------------

  @Test
  void kotaSurabayaIsNotCoveredInQ3OfTwentyTwentyFour() {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH)
        .domicile(Households.SURABAYA_KELURAHAN).build();

    Determination d = pkhPlus(h, LocalDate.of(2024, 9, 30));

    // The 2023-Q3 2024 list is known only in part, but it names kabupaten only: kota are out.
    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.FAIL);
    assertThat(d.beneficiaries()).isEmpty();
  }

  @Test
  void kotaSurabayaIsCoveredFromTheFirstOfOctoberTwentyTwentyFour() {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH)
        .domicile(Households.SURABAYA_KELURAHAN).build();

    Determination d = pkhPlus(h, LocalDate.of(2024, 10, 1));

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.PASS);
  }

  @Test
  void aKabupatenOfTheTwentyNineteenTenIsCovered() {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH).build();

    Determination d = pkhPlus(h, LocalDate.of(2019, 7, 1));

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.PASS);
  }

  @Test
  void aKabupatenOutsideTheTwentyNineteenTenIsNotEligible() {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH)
        .domicile(Households.SIDOARJO_DESA).build();

    Determination d = pkhPlus(h, LocalDate.of(2019, 7, 1));

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void outsideTheKnownPartOfTheTwentyTwentyOneListIsUndeterminedAndNamesTheList() {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH)
        .domicile(Households.BANYUWANGI_DESA).build();

    Determination d = pkhPlus(h, LocalDate.of(2021, 7, 1));

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("covered-region list for 35.10");
    assertThat(d.result("PKH_PLUS.COVERED_REGION").orElseThrow().message(Language.EN))
        .contains("incomplete");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"35.11.01.2001", "35.12.01.2001"})
  void bondowosoAndSitubondoJoinTheListOnTheFirstDayOfTwentyTwentyOne(String village) {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH).domicile(RegionCode.parse(village))
        .build();

    Determination lastDayOfTen = pkhPlus(h, LocalDate.of(2020, 12, 31));
    Determination firstDayOfFifteen = pkhPlus(h, LocalDate.of(2021, 1, 1));

    // Named as likely in 2019 and inferred among the fifteen of 2021-2022.
    assertThat(outcome(lastDayOfTen, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.FAIL);
    assertThat(lastDayOfTen.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(firstDayOfFifteen, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.PASS);
    assertThat(firstDayOfFifteen.status()).isEqualTo(Status.ELIGIBLE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2021-01-01", "2022-12-31"})
  void noKotaIsCoveredInTwentyTwentyOneAndTwentyTwentyTwo(String date) {
    Household h = Households.elderlyPkhFamily(OLD_BIRTH)
        .domicile(Households.SURABAYA_KELURAHAN).build();

    Determination d = pkhPlus(h, LocalDate.parse(date));

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.COVERED_REGION")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void missingDomicileIsUndetermined() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build()
        .withDomicile(Optional.empty());

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("domicile");
  }

  // --- PKH membership ----------------------------------------------------------------------

  @Test
  void aPkhFamilyQualifies() {
    Determination d = pkhPlus(Households.elderlyPkhFamily(ELDER_BIRTH).build(), MID_2025);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.RECEIVES_PKH")).isEqualTo(Outcome.PASS);
  }

  @Test
  void aFamilyKnownNotToBeInPkhIsNotEligible() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).putAid(AidProgram.PKH, false).build();

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.RECEIVES_PKH")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void unknownPkhMembershipIsUndetermined() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build().withAid(Map.of());

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("aid.PKH");
  }

  // --- occupations -------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = Occupation.class, names = {"ASN", "TNI", "POLRI", "BUMN_BUMD_EMPLOYEE"})
  void anExcludedOccupationOfAnotherMemberExcludesTheFamily(Occupation occupation) {
    Person head = Households.head().withOccupation(occupation);
    ImmutableHousehold base = Households.elderlyPkhFamily(OLD_BIRTH).build();
    Household h = base.withMembers(head, base.members().get(1));

    for (LocalDate date : List.of(LocalDate.of(2019, 7, 1), MID_2025)) {
      Determination d = pkhPlus(h, date);

      assertThat(d.status()).as("%s on %s", occupation, date).isEqualTo(Status.NOT_ELIGIBLE);
      CriterionResult r = d.result("PKH_PLUS.NO_EXCLUDED_OCCUPATION").orElseThrow();
      assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(r.facts()).contains(Fact.of("excludedMember", head.nik()),
          Fact.of("occupation", occupation));
      // The elder herself still meets her own conditions: the exclusion is family-wide.
      assertThat(outcome(d, "PKH_PLUS.QUALIFYING_MEMBER")).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void unknownOccupationOfAnAdultIsUndetermined() {
    ImmutableHousehold base = Households.elderlyPkhFamily(ELDER_BIRTH).build();
    Person head = base.members().get(0);
    Household h = base.withMembers(
        Person.builder().from(head).occupation(Optional.empty()).build(), base.members().get(1));

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(outcome(d, "PKH_PLUS.NO_EXCLUDED_OCCUPATION")).isEqualTo(Outcome.UNKNOWN);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("member " + head.nik() + ": occupation");
  }

  @Test
  void childrenNeedNoOccupation() {
    Person child = Person.builder().nik(Households.nik(LocalDate.of(2015, 4, 4), Sex.MALE, 3))
        .birthDate(LocalDate.of(2015, 4, 4)).relationship(Relationship.GRANDCHILD).build();
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).addMembers(child).build();

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(outcome(d, "PKH_PLUS.NO_EXCLUDED_OCCUPATION")).isEqualTo(Outcome.PASS);
  }

  @Test
  void theChildLimitIsTheBoundaryForAnUnrecordedOccupation() {
    LocalDate birth = LocalDate.of(2007, 7, 2);
    Person young = Person.builder().nik(Households.nik(birth, Sex.MALE, 3)).birthDate(birth)
        .relationship(Relationship.GRANDCHILD).build();
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).addMembers(young).build();

    // 17 on 1 July 2025, 18 on 2 July 2025: from then on an unrecorded occupation is unknown.
    assertThat(outcome(pkhPlus(h, MID_2025), "PKH_PLUS.NO_EXCLUDED_OCCUPATION"))
        .isEqualTo(Outcome.PASS);
    assertThat(outcome(pkhPlus(h, MID_2025.plusDays(1)), "PKH_PLUS.NO_EXCLUDED_OCCUPATION"))
        .isEqualTo(Outcome.UNKNOWN);
  }

  // --- death -------------------------------------------------------------------------------

  @Test
  void aDeceasedElderDoesNotQualify() {
    ImmutableHousehold base = Households.elderlyPkhFamily(OLD_BIRTH).build();
    Person elder = base.members().get(1);
    Household h = base.withMembers(base.members().get(0),
        Person.builder().from(elder).deathDate(LocalDate.of(2025, 2, 1)).build());

    Determination d = pkhPlus(h, MID_2025);

    // Dead before the date, she is not a member that day: not counted, not reported.
    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.members()).extracting(MemberResult::member).doesNotContain(elder.nik());
    assertThat(d.result("PKH_PLUS.QUALIFYING_MEMBER").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void anElderWhoDiesAfterTheDateStillQualifiesOnIt() {
    ImmutableHousehold base = Households.elderlyPkhFamily(OLD_BIRTH).build();
    Person elder = base.members().get(1);
    Household h = base.withMembers(base.members().get(0),
        Person.builder().from(elder).deathDate(LocalDate.of(2025, 7, 2)).build());

    assertThat(pkhPlus(h, MID_2025).status()).isEqualTo(Status.ELIGIBLE);
    assertThat(pkhPlus(h, LocalDate.of(2025, 7, 2)).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  // --- several elders ----------------------------------------------------------------------

  @Test
  void twoMembersAged70OrMoreGiveOneBeneficiaryTheEldest() {
    // The younger elder has the smaller NIK, so picking by NIK would pick the wrong one.
    Person younger = Households.person(LocalDate.of(1950, 1, 5), Sex.FEMALE, Relationship.PARENT,
        Occupation.NOT_WORKING, 2).build();
    Person eldest = Households.person(LocalDate.of(1940, 12, 20), Sex.FEMALE,
        Relationship.OTHER_RELATIVE, Occupation.NOT_WORKING, 3).build();
    assertThat(younger.nik()).isLessThan(eldest.nik());
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build()
        .withMembers(Households.head(), younger, eldest);

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.result("PKH_PLUS.QUALIFYING_MEMBER").orElseThrow().facts())
        .contains(Fact.of("qualifying", 2));
    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(eldest.nik()));
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(2_000_000));
  }

  @Test
  void countedPerFamilyWithOneElderOrTwoAndPaidForANamedMember() {
    Person second = Households.person(LocalDate.of(1944, 4, 4), Sex.MALE,
        Relationship.OTHER_RELATIVE, Occupation.NOT_WORKING, 3).build();
    ImmutableHousehold one = Households.elderlyPkhFamily(ELDER_BIRTH).build();
    Household two = one.withMembers(one.members().get(0), one.members().get(1), second);

    assertThat(PkhPlus.program().info().unit()).isEqualTo(BeneficiaryUnit.HOUSEHOLD);
    for (Household h : List.of(one, two)) {
      Determination d = pkhPlus(h, MID_2025);
      assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
      assertThat(d.beneficiaries()).singleElement()
          .satisfies(b -> assertThat(b.member()).isPresent());
      assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(2_000_000));
    }
  }

  // --- benefit -----------------------------------------------------------------------------

  @Test
  void benefitIsFiveHundredThousandFourTimesAYearThroughBankJatim() {
    Determination d = pkhPlus(Households.elderlyPkhFamily(ELDER_BIRTH).build(), MID_2025);

    assertThat(d.benefits()).hasSize(1);
    BenefitSchedule s = d.benefits().get(0).schedule();
    assertThat(s.form()).isEqualTo(BenefitForm.CASH);
    assertThat(s.amountPerPayment()).contains(Rupiah.of(500_000));
    assertThat(s.frequency()).isEqualTo(PaymentFrequency.PER_TAHAP);
    assertThat(s.paymentsPerYear()).isEqualTo(4);
    assertThat(s.channel()).contains("Bank Jatim");
    assertThat(d.benefits().get(0).yearlyTotal()).hasValue(Rupiah.of(2_000_000));
    assertThat(s.funder()).isEqualTo(Funder.APBD_PROVINSI);
    assertThat(d.benefits().get(0).source().key()).isEqualTo(PkhPlus.BENEFIT);
  }

  // --- explanations ------------------------------------------------------------------------

  @Test
  void ageMessagesInBothLanguagesNameTheAgeAndTheBound() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build();

    CriterionResult under = memberResult(pkhPlus(h, LocalDate.of(2025, 5, 31)), elderNik(h),
        "PKH_PLUS.AGE_AT_LEAST");
    CriterionResult at = memberResult(pkhPlus(h, LocalDate.of(2025, 6, 1)), elderNik(h),
        "PKH_PLUS.AGE_AT_LEAST");

    assertThat(under.message(Language.ID)).isEqualTo("Berusia 69 tahun, kurang dari 70 tahun.");
    assertThat(under.message(Language.EN)).isEqualTo("Aged 69, under 70.");
    assertThat(at.message(Language.ID)).isEqualTo("Berusia 70 tahun, paling sedikit 70 tahun.");
    assertThat(at.message(Language.EN)).isEqualTo("Aged 70, at least 70.");
  }

  @Test
  void renderMentionsEveryCriterionCodeInBothLanguages() {
    Assessment a = ENGINE.assess(Households.elderlyPkhFamily(ELDER_BIRTH).build(), MID_2025);

    for (Language language : Language.values()) {
      String text = a.render(language);
      for (Criterion c : PkhPlus.program().criteria()) {
        if (c.code().equals("PKH_PLUS.RECIPIENT_OCCUPATION")) {
          // Off by default: COMMON.RECIPIENT_EXCLUDED_OCCUPATIONS has no value.
          assertThat(text).as(language.name()).doesNotContain(c.code());
        } else {
          assertThat(text).as(language.name()).contains(c.code());
        }
      }
    }
  }

  @Test
  void renderShowsNoFullNikNoFullKkAndNoName() {
    ImmutableHousehold base = Households.elderlyPkhFamily(ELDER_BIRTH).build();
    Household h = base.withMembers(
        Person.builder().from(base.members().get(0)).name("Slamet Riyadi").build(),
        Person.builder().from(base.members().get(1)).name("Siti Aminah").build());

    Assessment a = ENGINE.assess(h, MID_2025);

    for (Language language : Language.values()) {
      String text = a.render(language);
      assertThat(text).contains(h.members().get(1).nik().toString());
      for (Person p : h.members()) {
        assertThat(text).doesNotContain(p.nik().value()).doesNotContain(p.name().orElseThrow());
      }
      assertThat(text).doesNotContain(h.kkNumber().value());
    }
  }

  @Test
  void aFamilyOfOnlyYoungMembersReportsEveryMember() {
    Household h = Households.elderlyPkhFamily(ELDER_BIRTH).build().withMembers(Households.head());

    Determination d = pkhPlus(h, MID_2025);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.members()).extracting(MemberResult::member)
        .containsExactly(Households.head().nik());
    Map<String, Outcome> byCode = new HashMap<>();
    d.members().get(0).criteria().forEach(r -> byCode.put(r.code(), r.outcome()));
    assertThat(byCode).containsOnly(Map.entry("PKH_PLUS.AGE_AT_LEAST", Outcome.FAIL));
  }
}
