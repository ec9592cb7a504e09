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
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The lists the engine hands out without copying, and the domicile facts a snapshot keeps. */
class EngineListsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 2, 1);
  private static final Criterion ELDERLY = new Criterion("SIDOARJO_LANSIA.ELDERLY",
      Text.of("x", "x"), "test", Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x"));
  private static final Criterion QUALIFYING = new Criterion("SIDOARJO_LANSIA.ANY",
      Text.of("x", "x"), "test", Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x"));

  private final AtomicReference<Grants> kept = new AtomicReference<>();
  private Param<BenefitSchedule> topUp;

  /**
   * A program whose award writes down the qualifying members it is given, grants each of them,
   * and keeps its grants.
   */
  private Engine recordingQualifying(List<List<Nik>> seen) {
    Program.Builder builder = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters());
    topUp = builder.param(SidoarjoLansia.BENEFIT);
    Program program = builder
        .member(ELDERLY, Check.fact(Facts.AGE, age -> age >= 60))
        .qualifying(QUALIFYING)
        .award((h, q, r, g) -> {
          assertThatThrownBy(() -> q.add(q.get(0))).isInstanceOf(UnsupportedOperationException.class);
          seen.add(q.stream().map(Member::nik).toList());
          q.forEach(g::member);
          kept.set(g);
        })
        .build();
    return Engine.of(Catalog.of("test", List.of(program)));
  }

  /** A head of 40 and {@code elderly} members of 70, added in falling NIK order. */
  private static Household family(int elderly) {
    ImmutableHousehold.Builder b = Household.builder().kkNumber(Households.KK)
        .domicile(Households.SIDOARJO_DESA)
        .addMembers(Households.person(LocalDate.of(1985, 6, 1), Sex.MALE, Relationship.HEAD,
            Occupation.FARMER, 50).build());
    for (int i = elderly; i >= 1; i--) {
      b.addMembers(Households.person(LocalDate.of(1955, 1, 1), Sex.FEMALE, Relationship.PARENT,
          Occupation.NOT_WORKING, i).build());
    }
    return b.build();
  }

  @Test
  void theAwardIsGivenEveryQualifyingMemberInNikOrder() {
    for (int elderly = 1; elderly <= 5; elderly++) {
      List<List<Nik>> seen = new ArrayList<>();
      Household h = family(elderly);

      Determination d = recordingQualifying(seen).assess(h, DATE).determinations().get(0);

      List<Nik> expected = h.members().stream()
          .filter(p -> p.birthDate().orElseThrow().getYear() == 1955)
          .map(Person::nik).sorted(Comparator.naturalOrder()).toList();
      assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
      assertThat(seen).containsExactly(expected);
      assertThat(d.beneficiaries()).extracting(b -> b.member().orElseThrow())
          .containsExactlyElementsOf(expected);
      assertThatThrownBy(() -> d.beneficiaries().add(d.beneficiaries().get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void anAwardsGrantsTakeNothingMoreOnceItHasReturned() {
    Engine engine = recordingQualifying(new ArrayList<>());
    Determination d = engine.assess(family(3), DATE).determinations().get(0);
    Grants grants = kept.get();

    assertThatThrownBy(grants::household).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the award has returned");
    assertThatThrownBy(() -> grants.report(QUALIFYING))
        .isInstanceOf(IllegalStateException.class);
    ParameterValue<?> value = SidoarjoLansia.PROGRAM.parameters().stream()
        .filter(p -> p.key().equals(SidoarjoLansia.BENEFIT)).findFirst().orElseThrow()
        .at(DATE).orElseThrow();
    @SuppressWarnings("unchecked")
    ParameterValue<BenefitSchedule> schedule = (ParameterValue<BenefitSchedule>) value;
    assertThatThrownBy(() -> grants.benefit(schedule)).isInstanceOf(IllegalStateException.class);
    // Before anything else: also a grant that would find no value in force, and a null member.
    assertThatThrownBy(() -> grants.benefit(topUp)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> grants.benefitFor(null, topUp))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> grants.member(null)).isInstanceOf(IllegalStateException.class);
    assertThat(d.beneficiaries()).hasSize(3);
  }

  @Test
  void theQualifyingCriterionShowsHowManyMembersQualifyOfHowManyConsidered() {
    for (int elderly : new int[] {0, 1, 2, 5, 31, 40}) {
      for (boolean unknownAge : new boolean[] {false, true}) {
        ImmutableHousehold h = ImmutableHousehold.copyOf(family(elderly));
        if (unknownAge) {
          List<Person> withUnknownAge = new ArrayList<>(h.members());
          withUnknownAge.add(Person.builder()
              .nik(Households.nik(LocalDate.of(1970, 3, 3), Sex.MALE, 99))
              .relationship(Relationship.OTHER_RELATIVE).build());
          h = h.withMembers(withUnknownAge);
        }

        Determination d = recordingQualifying(new ArrayList<>()).assess(h, DATE)
            .determinations().get(0);

        CriterionResult any = d.result("SIDOARJO_LANSIA.ANY").orElseThrow();
        assertThat(any.facts()).containsExactly(new Fact("qualifying", elderly),
            new Fact("considered", h.members().size()));
        assertThat(any.outcome()).isEqualTo(elderly > 0 ? Outcome.PASS
            : unknownAge ? Outcome.UNKNOWN : Outcome.FAIL);
      }
    }
  }

  @Test
  void aFamilyWithoutAQualifyingMemberIsNotAwarded() {
    List<List<Nik>> seen = new ArrayList<>();

    Determination d = recordingQualifying(seen).assess(family(0), DATE).determinations().get(0);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(seen).isEmpty();
  }

  @Test
  void anAssessmentKeepsTheEnginesUnmodifiableListAndCopiesAnyOther() {
    Assessment a = Engine.of(JawaTimur.catalog())
        .assess(Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build(), DATE);
    List<Determination> list = a.determinations();
    // The engine's list, not a copy of it.
    assertThat(list).isInstanceOf(ArrayView.class);

    assertThatThrownBy(() -> list.add(list.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, list.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(list.size())).isInstanceOf(IndexOutOfBoundsException.class);
    // Null is refused as List.of's lists refuse it.
    assertThatThrownBy(() -> list.contains(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> list.indexOf(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> list.lastIndexOf(null)).isInstanceOf(NullPointerException.class);
    assertThat(list.indexOf(list.get(1))).isEqualTo(1).isEqualTo(list.lastIndexOf(list.get(1)));
    assertThat(list.contains(list.get(list.size() - 1))).isTrue();
    assertThat(list.contains("PKH")).isFalse();
    assertThat(list.indexOf("PKH")).isEqualTo(list.lastIndexOf("PKH")).isEqualTo(-1);
    assertThat(new Assessment(a.kkNumber(), a.date(), list, a.conflicts(), a.serviceRecords(),
        a.stamp()).determinations()).isSameAs(list);

    List<Determination> mutable = new ArrayList<>(list);
    Assessment copied = new Assessment(a.kkNumber(), a.date(), mutable, a.conflicts(),
        a.serviceRecords(), a.stamp());
    mutable.clear();
    assertThat(copied.determinations()).isEqualTo(list).isNotSameAs(mutable);
    assertThat(copied).isEqualTo(a).hasSameHashCodeAs(a);
  }

  @Test
  void aViewIteratesItsElementsOnlyAndRemovesNothing() {
    List<String> view = new ArrayView<>(new String[] {"a", "b", "c", "unused"}, 3);

    Iterator<String> it = view.iterator();
    List<String> seen = new ArrayList<>();
    while (it.hasNext()) {
      seen.add(it.next());
    }
    assertThat(seen).containsExactly("a", "b", "c");
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(view).isEqualTo(List.of("a", "b", "c")).hasSameHashCodeAs(List.of("a", "b", "c"))
        .hasToString("[a, b, c]");
    // The first and the last element are found; what lies past the view is not.
    assertThat(view.contains("a")).isTrue();
    assertThat(view.indexOf("a")).isZero().isEqualTo(view.lastIndexOf("a"));
    assertThat(view.lastIndexOf("c")).isEqualTo(2);
    assertThat(view.contains("unused")).isFalse();
    assertThat(view.lastIndexOf("unused")).isEqualTo(-1);
    assertThat(view.toArray()).containsExactly("a", "b", "c");
    assertThat(view.stream().toList()).containsExactly("a", "b", "c");
  }

  @Test
  void resultsKeepTheEnginesListsAndCopyAnyOther() {
    Assessment a = Engine.of(JawaTimur.catalog())
        .assess(Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build(), DATE);
    // Every list a determination builds is kept as it is by the results that hold it: where it
    // is a view (of three or more), the result holds the view itself, not a copy.
    int memberViews = 0;
    int resultViews = 0;
    List<CriterionResult> results = new ArrayList<>();
    for (Determination d : a.determinations()) {
      results.addAll(d.criteria());
      for (MemberResult m : d.members()) {
        memberViews += m.criteria() instanceof ArrayView<?> ? 1 : 0;
        assertThat(new MemberResult(m.member(), m.status(), m.criteria()).criteria())
            .isSameAs(m.criteria());
        results.addAll(m.criteria());
      }
    }
    for (CriterionResult r : results) {
      resultViews += r.facts() instanceof ArrayView<?> ? 1 : 0;
      resultViews += r.missingFacts() instanceof ArrayView<?> ? 1 : 0;
      CriterionResult again = new CriterionResult(r.criterion(), r.outcome(), r.member(),
          r.facts(), r.parameters(), r.missingFacts());
      assertThat(again.facts()).isSameAs(r.facts());
      assertThat(again.missingFacts()).isSameAs(r.missingFacts());
    }
    assertThat(memberViews).isPositive();
    assertThat(resultViews).isPositive();

    List<Fact> facts = new ArrayList<>(List.of(new Fact("age", 70), new Fact("sex", "F"),
        new Fact("head", true)));
    CriterionResult given = new CriterionResult(ELDERLY, Outcome.PASS, java.util.Optional.empty(),
        facts, List.of(), List.of());
    facts.clear();
    assertThat(given.facts()).hasSize(3).isNotInstanceOf(ArrayView.class);
    assertThatThrownBy(() -> new CriterionResult(ELDERLY, Outcome.PASS,
        java.util.Optional.empty(), java.util.Arrays.asList((Fact) null), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theDomicilesRegencyIsTheRegistrysCodeOrOneCutFromTheVillage() {
    for (String village : List.of("35.15.01.2001", "35.78.01.1001", "35.26.01.2008",
        "35.99.01.2001", "31.71.01.1001")) {
      RegionCode code = RegionCode.parse(village);
      Snapshot s = Snapshot.of(ImmutableHousehold.copyOf(family(1)).withDomicile(code), DATE);

      assertThat(s.domicile()).contains(code);
      assertThat(s.domicileRegency()).contains(code.at(RegionLevel.REGENCY));
      assertThat(s.domicileRegency()).isSameAs(s.domicileRegency());
    }
    // Two villages of one listed regency share the registry's code.
    assertThat(Snapshot.of(ImmutableHousehold.copyOf(family(1)).withDomicile(RegionCode.parse("35.15.01.2001")), DATE)
        .domicileRegency().orElseThrow())
        .isSameAs(Snapshot.of(ImmutableHousehold.copyOf(family(1)).withDomicile(RegionCode.parse("35.15.02.2002")), DATE)
            .domicileRegency().orElseThrow());
  }

  @Test
  void aSnapshotReadsTheDomicileAndRegisterAsRecorded() {
    Household recorded = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();
    Household unrecorded = Household.builder().kkNumber(Households.KK)
        .addMembers(Households.head()).build();

    Snapshot s = Snapshot.of(recorded, DATE);
    Snapshot empty = Snapshot.of(unrecorded, DATE);

    assertThat(s.domicile()).isEqualTo(recorded.domicile()).isSameAs(s.domicile());
    assertThat(s.registry()).isEqualTo(recorded.registry()).isSameAs(s.registry());
    assertThat(empty.domicile()).isEmpty();
    assertThat(empty.registry()).isEmpty();
    assertThat(empty.domicileRegency()).isEmpty();
  }
}
