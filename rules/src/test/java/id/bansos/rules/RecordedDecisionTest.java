package id.bansos.rules;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Sex;
import id.bansos.core.household.Relationship;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A decision is recorded once; explanations are built from the record. */
class RecordedDecisionTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final Household ELDER =
      Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();

  @Test
  void aDeterminationKeepsNoHouseholdOrPerson() {
    for (Field f : Determination.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        assertThat(f.getType()).isNotEqualTo(Household.class).isNotEqualTo(Person.class)
            .isNotEqualTo(Snapshot.class).isNotEqualTo(Member.class);
      }
    }
  }

  @Test
  void theSameHouseholdGivesEqualDeterminationsWithEqualHashes() {
    Assessment a = ENGINE.assess(ELDER, DATE);
    Assessment b = ENGINE.assess(ELDER, DATE);

    assertThat(a.determinations()).isEqualTo(b.determinations());
    assertThat(a.determinations().get(0).hashCode())
        .isEqualTo(b.determinations().get(0).hashCode());
    assertThat(a.determinations()).isNotEqualTo(
        ENGINE.assess(ELDER, DATE.plusYears(1)).determinations().subList(0, 1));
  }

  @Test
  void toStringBuildsNoExplanationAndShowsNoFullNik() {
    Determination d = ENGINE.assess(ELDER, DATE).determination(PkhPlus.CODE).orElseThrow();

    String text = d.toString();

    assertThat(text).contains("PKH_PLUS").contains("ELIGIBLE");
    for (Person p : ELDER.members()) {
      assertThat(text).doesNotContain(p.nik().value());
    }
  }

  @Test
  void readingTheExplanationRunsNoCheckAgain() {
    AtomicInteger runs = new AtomicInteger();
    Program counting = Program.builder(SidoarjoLansia.PROGRAM.info())
        .parameters(SidoarjoLansia.PROGRAM.parameters())
        .household(new Criterion("SIDOARJO_LANSIA.COUNTED", Text.of("x", "x"), "test",
            Text.of("x", "x"), Text.of("x", "x"), Text.of("x", "x")),
            Check.test((h, r) -> runs.incrementAndGet() > 0))
        .award((h, q, r, g) -> g.household())
        .build();
    Determination d = ENGINE.decide(counting, ELDER, LocalDate.of(2026, 2, 1));

    d.criteria();
    d.members();
    d.missingFacts();
    d.result("SIDOARJO_LANSIA.COUNTED");

    assertThat(runs).hasValue(1);
    assertThat(d.criteria()).isEqualTo(d.criteria());
  }

  @Test
  void aMemberBornAfterTheDateIsNotAMemberThatDay() {
    Household withBaby = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1))
        .addMembers(Households.person(LocalDate.of(2025, 9, 1), Sex.FEMALE, Relationship.CHILD,
            Occupation.NOT_WORKING,
            7).build())
        .build();

    Determination d = ENGINE.assess(withBaby, DATE).determination(PkhPlus.CODE).orElseThrow();

    assertThat(d.members()).hasSize(ELDER.members().size());
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.missingFacts().toString()).doesNotContain("birthDate");
  }

  @Test
  void aMemberWhoDiedBeforeTheDateIsNotCounted() {
    Person elder = ELDER.members().get(1);
    Household widowed = Household.builder().from(ELDER)
        .members(java.util.List.of(ELDER.members().get(0),
            Person.builder().from(elder).deathDate(LocalDate.of(2025, 1, 1)).build()))
        .build();

    Determination d = ENGINE.assess(widowed, DATE).determination(PkhPlus.CODE).orElseThrow();

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.members()).extracting(MemberResult::member)
        .doesNotContain(elder.nik());
  }
}
