package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.program.upt.UptClientProtection;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The three-valued logic the engine owns: leaves, Kleene combinations, quantifiers. */
class CheckTest {

  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final Check<Member> PASS = Check.test((m, r) -> true);
  private static final Check<Member> FAIL = Check.test((m, r) -> false);
  /** Reads the member's marital status, which the test member never has. */
  private static final Check<Member> UNKNOWN =
      Check.fact(Facts.MARITAL_STATUS, s -> true);

  /** A recorder for the members of {@code s}, as the engine makes one for an assessment. */
  private static Recorder recorder(Snapshot s) {
    Recorder r = new Recorder(DATE, 4);
    r.about(s.niks(), Priority.NONE);
    return r;
  }

  private static Outcome outcome(Check<Member> check) {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Member m = Snapshot.of(h, DATE).members().get(0);
    return Outcome.values()[check.eval(m, recorder(m.household()))];
  }

  static Stream<Arguments> kleene() {
    return Stream.of(
        Arguments.of(Check.allOf(PASS, PASS), Outcome.PASS),
        Arguments.of(Check.allOf(PASS, UNKNOWN), Outcome.UNKNOWN),
        Arguments.of(Check.allOf(UNKNOWN, FAIL), Outcome.FAIL),
        Arguments.of(Check.allOf(FAIL, UNKNOWN), Outcome.FAIL),
        Arguments.of(Check.anyOf(FAIL, FAIL), Outcome.FAIL),
        Arguments.of(Check.anyOf(FAIL, UNKNOWN), Outcome.UNKNOWN),
        Arguments.of(Check.anyOf(UNKNOWN, PASS), Outcome.PASS),
        Arguments.of(Check.not(UNKNOWN), Outcome.UNKNOWN),
        Arguments.of(Check.not(PASS), Outcome.FAIL),
        Arguments.of(Check.not(FAIL), Outcome.PASS),
        Arguments.of(Check.given(PASS, FAIL), Outcome.FAIL),
        Arguments.of(Check.given(FAIL, UNKNOWN), Outcome.FAIL),
        Arguments.of(Check.given(UNKNOWN, FAIL), Outcome.UNKNOWN),
        Arguments.of(Check.given(PASS, UNKNOWN), Outcome.UNKNOWN));
  }

  @ParameterizedTest
  @MethodSource
  void kleene(Check<Member> check, Outcome expected) {
    assertThat(outcome(check)).isEqualTo(expected);
  }

  @Test
  void aLeafIsUnknownOnlyWhenItsFactIsAbsent() {
    assertThat(outcome(Check.fact(Facts.SEX, s -> s == Sex.FEMALE))).isEqualTo(Outcome.FAIL);
    assertThat(outcome(Check.fact(Facts.RELATIONSHIP, r -> r == Relationship.HEAD)))
        .isEqualTo(Outcome.PASS);
    assertThat(outcome(UNKNOWN)).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void aFactKeyTellsWhetherAFactIsRecordedAsAValue() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Member head = Snapshot.of(h, DATE).members().get(0);

    assertThat(Facts.RELATIONSHIP.is(head, Relationship.HEAD)).isTrue();
    assertThat(Facts.RELATIONSHIP.is(head, Relationship.SPOUSE)).isFalse();
    assertThat(Facts.SEX.is(head, Sex.MALE)).isTrue();
    // Not recorded: no value is it.
    assertThat(Facts.MARITAL_STATUS.is(head, MaritalStatus.MARRIED)).isFalse();
    assertThat(Facts.MARITAL_STATUS.is(head, MaritalStatus.SINGLE)).isFalse();
    assertThatNullPointerException().isThrownBy(() -> Facts.SEX.is(head, null));
  }

  @Test
  void theFactsAMemberKeepsReadAsRecordedOnceAndAListedDisabilityCountsAsOne() {
    LocalDate birth = LocalDate.of(2015, 1, 1);
    Household h = Households.disabledChildFamily(birth).build();
    Snapshot s = Snapshot.of(h, DATE);
    Member child = s.members().stream()
        .filter(m -> m.person().birthDate().equals(Optional.of(birth))).findFirst().orElseThrow();

    // A disability is listed and "has a disability" is not recorded: the member has one.
    assertThat(child.person().hasDisability()).isEmpty();
    assertThat(Facts.HAS_DISABILITY.read(child)).contains(true);
    assertThat(Facts.HAS_DISABILITY.is(child, true)).isTrue();
    assertThat(recorder(s).get(child, Facts.HAS_DISABILITY)).isTrue();
    for (Member m : s.members()) {
      Person p = m.person();
      assertThat(Facts.SEX.read(m)).isEqualTo(p.sex());
      assertThat(Facts.RELATIONSHIP.read(m)).isEqualTo(p.relationship());
      assertThat(Facts.MARITAL_STATUS.read(m)).isEqualTo(p.maritalStatus());
      assertThat(Facts.OCCUPATION.read(m)).isEqualTo(p.occupation());
      assertThat(Facts.AGE.read(m)).isEqualTo(p.ageOn(DATE));
      for (FactKey<Member, ?> key : List.of(Facts.AGE, Facts.SEX, Facts.RELATIONSHIP,
          Facts.MARITAL_STATUS, Facts.HAS_DISABILITY, Facts.OCCUPATION)) {
        // The value the engine reads is the kept one, and the kept one is read once.
        assertThat(key.read(m)).as(key.name()).isEqualTo(Optional.ofNullable(key.valueOrNull(m)))
            .isSameAs(key.read(m));
      }
    }
  }

  @Test
  void anOutcomeTestAnswersUnknownByNamingTheMissingFact() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Member m = Snapshot.of(h, DATE).members().get(0);
    Recorder r = recorder(m.household());

    byte o = Check.<Member>outcome((s, rec) -> rec.absent(s, Facts.MARITAL_STATUS)).eval(m, r);

    assertThat(o).isEqualTo(Recorder.UNKNOWN);
    assertThat(r.factSize).isEqualTo(1);
    Recorder.Missing missing = (Recorder.Missing) r.facts[0];
    assertThat(missing.fact()).isEqualTo("maritalStatus");
    assertThat(missing.member()).isEqualTo(0);
    assertThat(missing.label()).isEqualTo(Facts.MARITAL_STATUS.needsLabel());
  }

  @Test
  void aFactCheckTestsTheValueAloneOrWithTheRecorderAndAnAbsentFactIsUnknown() {
    // The member is the head, 45 on the date; the marital status is not recorded.
    assertThat(outcome(Check.fact(Facts.AGE, a -> a > 40))).isEqualTo(Outcome.PASS);
    assertThat(outcome(Check.fact(Facts.AGE, a -> a > 50))).isEqualTo(Outcome.FAIL);
    assertThat(outcome(Check.fact(Facts.AGE, (a, r) -> a > 40))).isEqualTo(Outcome.PASS);
    assertThat(outcome(Check.fact(Facts.AGE, (a, r) -> a > 50))).isEqualTo(Outcome.FAIL);
    assertThat(outcome(Check.fact(Facts.MARITAL_STATUS, s -> true))).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(Check.fact(Facts.MARITAL_STATUS, (s, r) -> true)))
        .isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(Check.fact(Facts.AGE, (a, r) -> {
      throw Recorder.Unknown.INSTANCE;
    }))).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void anOutcomeTestPassesFailsAndReadsAbsentFactsAsUnknown() {
    assertThat(outcome(Check.outcome((m, r) -> Outcome.PASS))).isEqualTo(Outcome.PASS);
    assertThat(outcome(Check.outcome((m, r) -> Outcome.FAIL))).isEqualTo(Outcome.FAIL);
    assertThat(outcome(Check.outcome((m, r) -> {
      r.get(m, Facts.MARITAL_STATUS);
      return Outcome.PASS;
    }))).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void anOutcomeTestCannotAnswerUnknownWithoutAMissingFact() {
    assertThatIllegalStateException()
        .isThrownBy(() -> outcome(Check.outcome((m, r) -> Outcome.UNKNOWN)))
        .withMessageContaining("Recorder.absent");
    assertThatIllegalStateException()
        .isThrownBy(() -> outcome(Check.outcome((m, r) -> null)))
        .withMessageContaining("null");
    // A missing fact that a combination dropped before does not count.
    assertThatIllegalStateException().isThrownBy(() -> outcome(Check.allOf(
        Check.anyOf(UNKNOWN, PASS), Check.outcome((m, r) -> Outcome.UNKNOWN))));
  }

  @Test
  void aMissingFactNamedOnTheWayToAnAnswerIsDropped() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Snapshot s = Snapshot.of(h, DATE);
    Recorder r = recorder(s);
    Check<Member> named = Check.outcome((m, rec) -> {
      rec.absent(m, Facts.MARITAL_STATUS);
      return Outcome.PASS;
    });

    // A passing member keeps its facts in a quantifier; a fact that did not decide is not one.
    byte o = Check.anyMember("member", named).eval(s, r);

    assertThat(o).isEqualTo(Recorder.PASS);
    for (int i = 0; i < r.factSize; i += r.width(i)) {
      assertThat(Recorder.isMissing(r.facts[i])).isFalse();
    }
  }

  @Test
  void anAssessmentThatMeetsAnUnnamedUnknownNamesTheCriterion() {
    Criterion step = new Criterion("SIDOARJO_LANSIA.STEP", Text.of("x", "x"), "test",
        Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x"));
    Program program = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters())
        .household(step, Check.outcome((h, r) -> Outcome.UNKNOWN))
        .award((h, q, r, g) -> g.household())
        .build();
    Engine engine = Engine.of(Catalog.of("test", List.of(program)));
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();

    assertThatIllegalStateException()
        .isThrownBy(() -> engine.assess(h, LocalDate.of(2026, 2, 1)))
        .withMessageContaining("SIDOARJO_LANSIA.STEP")
        .withMessageContaining("Recorder.absent");
  }

  @Test
  void anUnknownThatDoesNotDecideLeavesNoMissingFact() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Snapshot s = Snapshot.of(h, DATE);
    Recorder r = recorder(s);

    byte o = Check.anyOf(UNKNOWN, PASS).eval(s.members().get(0), r);

    assertThat(o).isEqualTo(Recorder.PASS);
    for (int i = 0; i < r.factSize; i += r.width(i)) {
      assertThat(Recorder.isMissing(r.facts[i])).isFalse();
    }
  }

  @Test
  void aMissingFactOfAMemberOfAnotherHouseholdIsAnError() {
    Snapshot assessed = Snapshot.of(Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build(),
        DATE);
    Member stranger = Snapshot.of(
        Households.elderlyPkhFamily(LocalDate.of(1948, 3, 2)).build(), DATE).members().stream()
        .filter(m -> !Arrays.asList(assessed.niks()).contains(m.nik())).findFirst().orElseThrow();
    Recorder r = recorder(assessed);
    Check<Member> missing = Check.outcome((m, rec) -> rec.absent(m, Facts.MARITAL_STATUS));

    assertThatIllegalArgumentException().isThrownBy(() -> missing.eval(stranger, r))
        .withMessageContaining("not in the household assessed")
        .withMessageNotContaining(stranger.nik().value());
  }

  @Test
  void givenAsksTheSecondFactOnlyOnceTheFirstIsKnown() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Snapshot s = Snapshot.of(h, DATE);
    Recorder r = recorder(s);

    byte o = Check.given(UNKNOWN, Check.fact(Facts.ABANDONED_BY_SPOUSE, v -> v))
        .eval(s.members().get(0), r);

    assertThat(o).isEqualTo(Recorder.UNKNOWN);
    assertThat(r.factSize).isEqualTo(1);
    assertThat(((Recorder.Missing) r.facts[0]).fact()).isEqualTo("maritalStatus");
  }

  @Test
  void aPlaceholderThatNamesNothingFailsTheBuild() {
    ParameterKey<Boolean> inForce = ParameterKey.required("LOCAL_TEST.IN_FORCE", Boolean.class);
    ProgramInfo info = new ProgramInfo("LOCAL_TEST", Text.of("Uji", "Test"),
        Text.of("Uji", "Test"), BeneficiaryUnit.HOUSEHOLD, "test", inForce);
    Criterion typo = new Criterion("LOCAL_TEST.AGE", Text.of("Usia", "Age"), "test",
        Text.of("Usia {age}.", "Aged {age}."), Text.of("Usia {agee}.", "Aged {agee}."),
        Text.of("?", "?"));
    Program.Builder b = Program.builder(info).parameters(List.of(Parameter.builder(inForce, "x")
        .from(DATE).value(true).source("test", "").add().build()));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.member(typo, Check.fact(Facts.AGE, a -> a > 1)))
        .withMessageContaining("LOCAL_TEST.AGE").withMessageContaining("agee");
  }

  @Test
  void aMemberQuantifierKeepsOnlyTheDecidingMembersFacts() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Snapshot s = Snapshot.of(h, DATE);
    Recorder r = recorder(s);
    Check<Snapshot> elder = Check.anyMember("elder", Check.fact(Facts.AGE, a -> a >= 70));

    byte o = elder.eval(s, r);

    assertThat(o).isEqualTo(Recorder.PASS);
    // The age as a fact kept by its key (one slot), then the member's NIK by name and value.
    assertThat(Optional.of(r.factSize)).contains(3);
    assertThat(r.facts[0]).isEqualTo(new Fact("age", 75)).isSameAs(Facts.AGE.fact(75));
    assertThat(r.facts[1]).isEqualTo("elder");
  }

  @Test
  void hasRecordsAPresentFactAsFindDoesAndNothingForAnAbsentOne() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Member head = Snapshot.of(h, DATE).members().get(0);
    Recorder byHas = recorder(head.household());
    Recorder byFind = recorder(head.household());

    assertThat(byHas.has(head, Facts.AGE)).isTrue();
    assertThat(byHas.has(head, Facts.OCCUPATION)).isTrue();
    assertThat(byHas.has(head, Facts.MARITAL_STATUS)).isFalse();
    assertThat(byHas.has(head, Facts.SCHOOL_LEVEL)).isFalse();
    byFind.find(head, Facts.AGE);
    byFind.find(head, Facts.OCCUPATION);
    byFind.find(head, Facts.MARITAL_STATUS);
    byFind.find(head, Facts.SCHOOL_LEVEL);

    // A fact of two slots (a name and a value), an extension's, and one of a key made from an
    // Optional reader, present and absent.
    Household inUpt = ImmutableHousehold.copyOf(h).withMembers(h.members().stream()
        .map(p -> p.relationship().orElseThrow() != Relationship.HEAD ? p
            : ImmutablePerson.copyOf(p)
                .withExtensions(Map.of(UptClientProtection.UPT_NAME, "UPT Pasuruan")))
        .toList());
    Snapshot s = Snapshot.of(inUpt, DATE);
    Member headInUpt = s.members().get(0);
    Member parent = s.members().get(1);
    FactKey<Member, String> upt = Facts.member(UptClientProtection.UPT_NAME);
    FactKey<Member, String> local = FactKey.member("localCard", String.class,
        m -> m == headInUpt ? Optional.of("K-7") : Optional.empty());
    assertThat(byHas.has(s, Facts.DOMICILE)).isTrue();
    assertThat(byHas.has(headInUpt, upt)).isTrue();
    assertThat(byHas.has(parent, upt)).isFalse();
    assertThat(byHas.has(headInUpt, local)).isTrue();
    assertThat(byHas.has(parent, local)).isFalse();
    byFind.find(s, Facts.DOMICILE);
    byFind.find(headInUpt, upt);
    byFind.find(parent, upt);
    byFind.find(headInUpt, local);
    byFind.find(parent, local);

    assertThat(byHas.factSize).isEqualTo(byFind.factSize).isEqualTo(8);
    assertThat(Arrays.asList(byHas.facts).subList(0, 8))
        .isEqualTo(Arrays.asList(byFind.facts).subList(0, 8));
    assertThatNullPointerException().isThrownBy(() -> byHas.has(null, Facts.AGE));
  }

  @Test
  void aKeyKeepsTheFactsOfItsSmallValuesAndNoOther() {
    FactKey<Member, Object> any = FactKey.member("anything", Object.class, m -> Optional.empty());

    assertThat(Facts.AGE.fact(150)).isSameAs(Facts.AGE.fact(150));
    assertThat(Facts.AGE.fact(151)).isNull();
    assertThat(Facts.AGE.fact(-1)).isNull();
    assertThat(Facts.SEX.fact(Sex.FEMALE)).isSameAs(Facts.SEX.fact(Sex.FEMALE))
        .isEqualTo(new Fact("sex", Sex.FEMALE));
    // A key of a type wider than its values keeps none: two values could share a code.
    assertThat(any.fact("text")).isNull();
    assertThat(any.fact(true)).isNull();
    assertThat(any.fact(1)).isNull();
    assertThat(any.fact(Relationship.SPOUSE)).isNull();
  }

  @Test
  void aMissingFactAQuantifierLeftBehindCannotNameAnotherChecksUnknown() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Snapshot s = Snapshot.of(h, DATE);
    assertThat(s.members()).hasSizeGreaterThan(1);
    // The first member is unknown (its missing fact kept), the second passes: the quantifier
    // then keeps only the second's facts, where the first's missing fact was.
    Check<Snapshot> quantifier = Check.anyMember("member", Check.<Member>outcome((m, r) ->
        m == s.members().get(0) ? r.absent(m, Facts.MARITAL_STATUS) : Outcome.PASS));
    Check<Snapshot> unnamed = Check.outcome((household, r) -> {
      assertThat(quantifier.eval(household, r)).isEqualTo(Recorder.PASS);
      return Outcome.UNKNOWN;
    });

    assertThatIllegalStateException().isThrownBy(() -> unnamed.eval(s, recorder(s)))
        .withMessageContaining("Recorder.absent");
  }
}
