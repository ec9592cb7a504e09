package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An assessment records into arrays its thread reuses and keeps an exact copy: what one
 * assessment records or reads never shows in another's, nor in a member a check kept.
 */
class RecorderArraysTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final LocalDate LOCAL_DATE = LocalDate.of(2026, 2, 1);
  private static final Household ELDER =
      Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
  private static final Criterion STEP = new Criterion("SIDOARJO_LANSIA.STEP",
      Text.of("x", "x"), "test", Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x"));

  private static Engine engineOver(Check<Snapshot> check) {
    Program program = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters())
        .household(STEP, check)
        .award((h, q, r, g) -> g.household())
        .build();
    return Engine.of(Catalog.of("test", List.of(program)));
  }

  @Test
  void anAssessmentStartedInsideACheckKeepsItsOwnRecordAndLeavesTheOuterOneIntact() {
    List<Determination> expected = ENGINE.assess(ELDER, DATE).determinations();
    AtomicReference<Assessment> inner = new AtomicReference<>();
    Engine outer = engineOver(Check.test((h, r) -> {
      inner.set(ENGINE.assess(h.household(), DATE));
      return true;
    }));

    Assessment a = outer.assess(ELDER, LOCAL_DATE);

    assertThat(inner.get().determinations()).isEqualTo(expected);
    assertThat(a.determination("SIDOARJO_LANSIA").orElseThrow().result("SIDOARJO_LANSIA.STEP"))
        .hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.PASS));
    assertThat(ENGINE.assess(ELDER, DATE).determinations()).isEqualTo(expected);
  }

  @Test
  void aCheckThatThrowsLeavesTheThreadsNextAssessmentIntact() {
    List<Determination> expected = ENGINE.assess(ELDER, DATE).determinations();
    Engine failing = engineOver(Check.test((h, r) -> {
      r.show("reached", true);
      throw new IllegalStateException("a broken check");
    }));

    assertThatThrownBy(() -> failing.assess(ELDER, LOCAL_DATE))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ENGINE.assess(ELDER, DATE).determinations()).isEqualTo(expected);
  }

  @Test
  void determinationsOfOneAssessmentKeepTheirFactsWhenTheThreadAssessesAnother() {
    Assessment first = ENGINE.assess(ELDER, DATE);

    ENGINE.assess(Households.elderlyPkhFamily(LocalDate.of(1990, 6, 1)).build(), DATE);

    assertThat(first.determinations().stream().map(Determination::criteria).toList())
        .isEqualTo(ENGINE.assess(ELDER, DATE).determinations().stream()
            .map(Determination::criteria).toList());
  }

  @Test
  void anAssessmentOfAnotherHouseholdInsideACheckLeavesTheOuterSnapshotAlone() {
    Household child = Households.disabledChildFamily(LocalDate.of(2015, 3, 1)).build();
    List<Determination> expected = ENGINE.assess(child, DATE).determinations();
    AtomicReference<Assessment> inner = new AtomicReference<>();
    AtomicReference<String> seen = new AtomicReference<>();
    Engine outer = engineOver(Check.test((h, r) -> {
      List<String> before = h.members().stream().map(m -> m.nik().toString()).toList();
      inner.set(ENGINE.assess(child, DATE));
      List<String> after = h.members().stream().map(m -> m.nik().toString()).toList();
      seen.set(h.household() == ELDER && before.equals(after) ? "intact" : "overwritten");
      return true;
    }));

    outer.assess(ELDER, LOCAL_DATE);

    assertThat(seen.get()).isEqualTo("intact");
    assertThat(inner.get().determinations()).isEqualTo(expected);
  }

  @Test
  void aMemberKeptPastItsAssessmentStillReadsItsOwnPerson() {
    AtomicReference<Member> kept = new AtomicReference<>();
    Engine keeping = engineOver(Check.test((h, r) -> {
      if (kept.get() == null) {
        kept.set(h.members().get(0));
      }
      return true;
    }));
    keeping.assess(ELDER, LOCAL_DATE);
    Person first = kept.get().person();

    keeping.assess(Households.disabledChildFamily(LocalDate.of(2015, 3, 1)).build(), LOCAL_DATE);

    assertThat(kept.get().person()).isSameAs(first).isIn(ELDER.members());
    assertThat(kept.get().household().household()).isSameAs(ELDER);
  }

  @Test
  void aRecorderKeptPastItsAssessmentRefusesToRecordOrReadInTheNext() {
    AtomicReference<Recorder> kept = new AtomicReference<>();
    Engine keeping = engineOver(Check.test((h, r) -> {
      kept.compareAndSet(null, r);
      return true;
    }));
    Assessment first = keeping.assess(ELDER, LOCAL_DATE);
    List<Determination> expected = ENGINE.assess(ELDER, DATE).determinations();

    assertThatThrownBy(() -> kept.get().date()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has ended");
    assertThatThrownBy(() -> kept.get().show("after", true))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ENGINE.assess(ELDER, DATE).determinations()).isEqualTo(expected);
    assertThat(keeping.assess(ELDER, LOCAL_DATE)).isEqualTo(first);
  }

  @Test
  void householdsOfManyAndFewMembersInTurnAreEachAssessedAsOnAFreshThread() throws Exception {
    Household many = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1))
        .addMembers(Households.severelyDisabledChild(LocalDate.of(2012, 5, 5), 7).build())
        .build();
    // No domicile, register or elder: nothing read of the household before may show.
    Household few = Household.builder().kkNumber(many.kkNumber())
        .addMembers(many.members().get(many.members().size() - 1)).build();
    Assessment manyAlone = onFreshThread(() -> ENGINE.assess(many, DATE));
    Assessment fewAlone = onFreshThread(() -> ENGINE.assess(few, DATE));

    ENGINE.assess(many, DATE);
    Assessment fewAfter = ENGINE.assess(few, DATE);
    Assessment manyAfter = ENGINE.assess(many, DATE);

    assertThat(fewAfter).isEqualTo(fewAlone);
    assertThat(manyAfter).isEqualTo(manyAlone);
    assertThat(manyAfter.determinations().stream().map(Determination::members).toList())
        .isEqualTo(manyAlone.determinations().stream().map(Determination::members).toList());
  }

  private static <T> T onFreshThread(Callable<T> task) throws Exception {
    FutureTask<T> f = new FutureTask<>(task);
    Thread t = new Thread(f);
    t.start();
    return f.get();
  }

  @Test
  void aRecordTooLongOrTooWideForItsPackedFormReadsAsOneThatFits() {
    // {facts, member, criterion}: one that fits; 20,000 facts (40,000 slots, past a short); the
    // 201st member; the 201st criterion; the 1,101st member (past the ten bits a member once
    // had); the last member (the 262,143rd) and the last criterion the wide form holds.
    int[][] cases = {{3, 5, 2}, {20_000, 5, 2}, {3, 200, 2}, {3, 5, 200}, {3, 1_100, 2},
        {3, (1 << 18) - 2, (1 << 12) - 1}};
    for (int[] c : cases) {
      int facts = c[0];
      Recorder r = Recorder.forAssessment(DATE);
      r.share(1);
      for (int i = 0; i < facts; i++) {
        r.show("n", i);
      }
      r.result(0, -1, Recorder.PASS);
      r.shareLast(0);
      r.repeat(1, 0);
      r.show("m", 1);
      r.result(c[2], c[1], Recorder.FAIL);
      r.seal();

      // Only the first fits the packed form.
      assertThat(r.isPacked()).isEqualTo(c == cases[0]);
      assertThat(r.size).isEqualTo(3);
      assertThat(r.factStart(0)).isZero();
      assertThat(r.factEnd(0)).isEqualTo(2 * facts);
      assertThat(r.factStart(1)).isZero();
      assertThat(r.factEnd(1)).isEqualTo(2 * facts);
      assertThat(Recorder.outcome(r.meta(1))).isEqualTo(Recorder.PASS);
      assertThat(Recorder.member(r.meta(1))).isEqualTo(-1);
      assertThat(Recorder.criterion(r.meta(1))).isEqualTo(1);
      assertThat(r.factStart(2)).isEqualTo(2 * facts);
      assertThat(r.factEnd(2)).isEqualTo(2 * facts + 2);
      assertThat(Recorder.outcome(r.meta(2))).isEqualTo(Recorder.FAIL);
      assertThat(Recorder.member(r.meta(2))).isEqualTo(c[1]);
      assertThat(Recorder.criterion(r.meta(2))).isEqualTo(c[2]);
      assertThat(r.facts[2 * facts + 1]).isEqualTo(1);
    }
  }

  @Test
  void anAssessmentLeavesNothingOfTheHouseholdInTheThreadsArraysAndKeepsItsRecordPacked() {
    Assessment a = ENGINE.assess(ELDER, DATE);

    assertThat(Recorder.threadArraysClear()).isTrue();
    assertThat(a.determinations()).allSatisfy(d -> assertThat(d.record().isPacked()).isTrue());
  }

  @Test
  void aMemberPastWhatTheWideFormHoldsIsRefusedRatherThanRecordedAsAnother() {
    Recorder r = Recorder.forAssessment(DATE);
    try {
      r.result(1, 300, Recorder.PASS);
      assertThatThrownBy(() -> r.result(1, (1 << 18) - 1, Recorder.PASS))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("262,143 members");
    } finally {
      r.seal();
    }
  }

  @Test
  void aHouseholdOfOverAThousandMembersIsDecidedAndExplainedForEachOfThem() {
    // The elderly mother's NIK (a woman's day of birth, plus 40) sorts after 1,100 children's:
    // she is the 1,102nd member, past the 1,023 members the record's wide form once held.
    ImmutableHousehold.Builder b = Households.elderlyPkhFamily(LocalDate.of(1950, 5, 20));
    for (int i = 0; i < 1_100; i++) {
      b.addMembers(Households.person(LocalDate.of(2015, 3, 10), Sex.MALE, Relationship.CHILD,
          Occupation.NOT_WORKING, 3 + i).build());
    }
    Household large = b.build();
    Household small = Households.elderlyPkhFamily(LocalDate.of(1950, 5, 20)).build();

    Determination d = ENGINE.assess(large, DATE).determination("PKH_PLUS").orElseThrow();
    Determination alone = ENGINE.assess(small, DATE).determination("PKH_PLUS").orElseThrow();

    Nik mother = small.members().get(1).nik();
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).isEqualTo(alone.beneficiaries());
    assertThat(d.members()).hasSize(1_102);
    assertThat(d.members().get(1_101).member()).isEqualTo(mother);
    assertThat(d.members().get(1_101)).isEqualTo(alone.members().get(1));
    assertThat(d.criteria()).extracting(CriterionResult::code)
        .isEqualTo(alone.criteria().stream().map(CriterionResult::code).toList());
  }
}
