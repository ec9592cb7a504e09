package id.bansos.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Criterion;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.MemberResult;
import id.bansos.rules.Outcome;
import id.bansos.rules.Param;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Status;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two occupational exclusions: the family-wide one the Minister stated, and the recipient
 * items of the 2023 secondary drop list, off by default and turned on by a regency.
 */
class OccupationExclusionsTest {

  private static final Engine PROVINCE = Engine.of(JawaTimur.catalog());
  /** A regency that applies the 2023 drop list's recipient items. */
  private static final Engine REGENCY = Engine.of(JawaTimur.catalog().derive("Kabupaten Uji")
      .override(CommonCriteria.recipientExclusions2023()).build());
  private static final LocalDate ELDER_BIRTH = LocalDate.of(1945, 2, 1);
  private static final LocalDate LAST_OF_2022 = LocalDate.of(2022, 12, 31);
  private static final LocalDate FIRST_OF_2023 = LocalDate.of(2023, 1, 1);

  /** The PKH Plus family of the examples, with the elderly mother's occupation replaced. */
  private static ImmutableHousehold family(Occupation elder) {
    return Households.elderlyPkhFamily(ELDER_BIRTH).build().withMembers(Households.head(),
        Households.person(ELDER_BIRTH, Sex.FEMALE, Relationship.PARENT, elder, 2).build());
  }

  /** The family with the head's occupation replaced. */
  private static Household familyWithHead(Occupation head) {
    ImmutableHousehold base = family(Occupation.NOT_WORKING);
    return base.withMembers(Households.person(LocalDate.of(1980, 3, 10), Sex.MALE,
        Relationship.HEAD, head, 1).build(), base.members().get(1));
  }

  private static Determination pkhPlus(Engine engine, Household h, LocalDate date) {
    return engine.assess(h, date).determination(PkhPlus.CODE).orElseThrow();
  }

  private static Optional<CriterionResult> memberResult(Determination d, Nik member,
      String code) {
    for (MemberResult m : d.members()) {
      if (m.member().equals(member)) {
        for (CriterionResult r : m.criteria()) {
          if (r.code().equals(code)) {
            return Optional.of(r);
          }
        }
      }
    }
    return Optional.empty();
  }

  // --- family-wide -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"2022-12-31", "2023-01-01"})
  void anAsnMemberExcludesTheWholeFamilyOnEitherSideOfTwentyTwentyThree(String date) {
    Determination d = pkhPlus(PROVINCE, familyWithHead(Occupation.ASN), LocalDate.parse(date));

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("PKH_PLUS.NO_EXCLUDED_OCCUPATION").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void theFamilyWideSetIsConfirmedOnlyFromTheMinistersStatementOfSeptember2025() {
    ParameterValue<OccupationSet> before =
        JawaTimur.catalog().at(CommonCriteria.EXCLUDED_OCCUPATIONS, LAST_OF_2022).orElseThrow();
    ParameterValue<OccupationSet> from2023 =
        JawaTimur.catalog().at(CommonCriteria.EXCLUDED_OCCUPATIONS, FIRST_OF_2023).orElseThrow();
    ParameterValue<OccupationSet> dayBefore = JawaTimur.catalog()
        .at(CommonCriteria.EXCLUDED_OCCUPATIONS, java.time.LocalDate.of(2025, 9, 14)).orElseThrow();
    ParameterValue<OccupationSet> from = JawaTimur.catalog()
        .at(CommonCriteria.EXCLUDED_OCCUPATIONS, java.time.LocalDate.of(2025, 9, 15)).orElseThrow();

    OccupationSet stated = OccupationSet.of(Occupation.ASN, Occupation.TNI, Occupation.POLRI,
        Occupation.STATE_OFFICIAL, Occupation.BUMN_BUMD_EMPLOYEE);
    assertThat(before.value()).isEqualTo(stated);
    assertThat(before.confidence()).isEqualTo(Confidence.INFERRED);
    // The 2023 drop list names only ASN/TNI/Polri on the same KK; officials and BUMN/BUMD staff
    // reach the family by the Minister's statement of 15 Sep 2025.
    assertThat(from2023.value()).isEqualTo(stated);
    assertThat(from2023.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(dayBefore.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(from.value()).isEqualTo(stated);
    assertThat(from.confidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @ParameterizedTest
  @EnumSource(value = Occupation.class, names = {"STATE_PENSIONER", "VILLAGE_OFFICIAL",
      "CERTIFIED_TEACHER", "HEALTH_WORKER", "COMPANY_OWNER_OR_OFFICER"})
  void aRecipientOccupationOfTheDropListNoLongerExcludesTheFamily(Occupation occupation) {
    for (LocalDate date : new LocalDate[] {LAST_OF_2022, FIRST_OF_2023}) {
      Determination d = pkhPlus(PROVINCE, familyWithHead(occupation), date);

      assertThat(d.status()).as("%s on %s", occupation, date).isEqualTo(Status.ELIGIBLE);
      assertThat(d.result("PKH_PLUS.NO_EXCLUDED_OCCUPATION").orElseThrow().outcome())
          .isEqualTo(Outcome.PASS);
    }
  }

  // --- recipient only ----------------------------------------------------------------------

  @Test
  void theRecipientRuleHasNoValueAndIsNeitherEvaluatedNorReportedByDefault() {
    ImmutableHousehold h = family(Occupation.STATE_PENSIONER);

    Determination d = pkhPlus(PROVINCE, h, LocalDate.of(2025, 7, 1));

    assertThat(JawaTimur.catalog().parameter(CommonCriteria.RECIPIENT_EXCLUDED_OCCUPATIONS)
        .orElseThrow().timeline()).isEmpty();
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(h.members().get(1).nik()));
    assertThat(memberResult(d, h.members().get(1).nik(), "PKH_PLUS.RECIPIENT_OCCUPATION"))
        .isEmpty();
  }

  @Test
  void theDropListValueIsInferredAndStartsInTwentyTwentyThree() {
    ParameterValue<OccupationSet> v = CommonCriteria.recipientExclusions2023();

    assertThat(v.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(v.validFrom()).isEqualTo(FIRST_OF_2023);
    assertThat(v.value().occupations()).containsExactlyInAnyOrder(Occupation.STATE_PENSIONER,
        Occupation.VILLAGE_OFFICIAL, Occupation.CERTIFIED_TEACHER, Occupation.HEALTH_WORKER,
        Occupation.COMPANY_OWNER_OR_OFFICER);
  }

  @Test
  void aRegencyThatTurnsItOnDoesNotApplyItTheDayBeforeItsValueStarts() {
    ImmutableHousehold h = family(Occupation.STATE_PENSIONER);

    Determination d = pkhPlus(REGENCY, h, LAST_OF_2022);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(memberResult(d, h.members().get(1).nik(), "PKH_PLUS.RECIPIENT_OCCUPATION"))
        .isEmpty();
  }

  @Test
  void turnedOnItStopsAPensionerFromBeingTheRecipientButNotTheFamily() {
    ImmutableHousehold h = family(Occupation.STATE_PENSIONER);
    Nik elder = h.members().get(1).nik();

    Determination d = pkhPlus(REGENCY, h, FIRST_OF_2023);

    CriterionResult r =
        memberResult(d, elder, "PKH_PLUS.RECIPIENT_OCCUPATION").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.parameters()).extracting(ParameterValue::confidence)
        .contains(Confidence.INFERRED);
    assertThat(d.result("PKH_PLUS.NO_EXCLUDED_OCCUPATION").orElseThrow().outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(d.result("PKH_PLUS.QUALIFYING_MEMBER").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void turnedOnAnotherElderlyMemberOfTheFamilyIsStillPaid() {
    ImmutableHousehold base = family(Occupation.STATE_PENSIONER);
    LocalDate youngerBirth = LocalDate.of(1950, 5, 5);
    Nik younger = Households.nik(youngerBirth, Sex.FEMALE, 3);
    Household h = base.withMembers(base.members().get(0), base.members().get(1),
        Households.person(youngerBirth, Sex.FEMALE, Relationship.PARENT, Occupation.NOT_WORKING, 3)
            .build());

    Determination on = pkhPlus(REGENCY, h, FIRST_OF_2023);
    Determination off = pkhPlus(PROVINCE, h, FIRST_OF_2023);

    assertThat(on.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(on.beneficiaries()).containsExactly(Beneficiary.member(younger));
    // Without the rule the eldest, the pensioner, is the one paid.
    assertThat(off.beneficiaries())
        .containsExactly(Beneficiary.member(base.members().get(1).nik()));
  }

  @Test
  void turnedOnAnElderWhoseOccupationIsNotRecordedIsUnknown() {
    ImmutableHousehold base = family(Occupation.NOT_WORKING);
    Household h = base.withMembers(base.members().get(0),
        id.bansos.core.household.Person.builder().from(base.members().get(1))
            .occupation(Optional.empty()).build());

    Determination d = pkhPlus(REGENCY, h, FIRST_OF_2023);

    assertThat(memberResult(d, h.members().get(1).nik(), "PKH_PLUS.RECIPIENT_OCCUPATION")
        .orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void aRuleCannotBeSwitchedByARequiredParameter() {
    ParameterKey<Boolean> inForce = ParameterKey.required("T.IN_FORCE", Boolean.class);
    Program.Builder b = Program.builder(new ProgramInfo("T", Text.of("T", "T"),
        Text.of("T", "T"), BeneficiaryUnit.MEMBER, "test", inForce));
    Param<Boolean> required = b.param(inForce);
    Criterion c = new Criterion("T.X", Text.of("x", "x"), "test", Text.of("x", "x"),
        Text.of("x", "x"), Text.of("x", "x"));

    assertThatThrownBy(() -> b.memberWhileSet(c, required, Check.test((m, r) -> true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
  }
}
