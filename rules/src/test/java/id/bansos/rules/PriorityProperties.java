package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The sourced priority order: families with elderly and disabled members first, whatever the
 * desil. Households are built from the domain's builders: a family "without" has every other
 * priority reason available (any desil or none, orphaned children, a single mother) but no member
 * aged 60 or more and no disability; a family "with" is built the same way and then given an
 * elderly member, a disabled member, or both.
 */
class PriorityProperties {

  private static final long SEED = 20261130L;
  private static final int EXAMPLES = 300;
  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate CHECKED = LocalDate.of(2024, 6, 1);

  private static int score(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determinations().get(0).priority().score();
  }

  @Test
  void anyFamilyWithAnElderlyOrDisabledMemberScoresAboveAnyFamilyWithout() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(families(true), families(false), RuleGenerators.dates())
        .checkAssert((with, without, date) -> {
          int high = score(with.build(date), date);
          int low = score(without.build(date), date);

          assertThat(high).as("with %s, without %s on %s", with, without, date)
              .isGreaterThan(low);
        });
  }

  @Test
  void withinEachGroupAPoorerDesilOtherwiseAlikeScoresHigher() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(families(true).zip(families(false), List::of), Generate.range(1, 9),
            RuleGenerators.dates())
        .checkAssert((pair, desil, date) -> {
          for (Family f : pair) {
            int poorer = score(f.withDesil(desil).build(date), date);
            int richer = score(f.withDesil(desil + 1).build(date), date);
            assertThat(poorer).isGreaterThan(richer);
          }
        });
  }

  @Test
  void weightsThatLetAFamilyWithoutCatchUpAreRefused() {
    // 9 x 5 + 20 + 15 = 80: the elderly and disabled weights must be above it.
    assertThat(new PriorityWeights(5, 81, 81, 20, 15).mostWithoutElderlyOrDisabled())
        .isEqualTo(80);
    assertThatThrownBy(() -> new PriorityWeights(5, 80, 81, 20, 15))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("come first");
    assertThatThrownBy(() -> new PriorityWeights(5, 81, 80, 20, 15))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("come first");
  }

  /**
   * A family described by its priority-relevant choices, built on a date so that the ages hold
   * whatever the date.
   */
  record Family(int desil, boolean registered, boolean singleMother, boolean orphan,
      boolean elderly, boolean disabled, int children) {

    Family withDesil(int d) {
      return new Family(d, true, singleMother, orphan, elderly, disabled, children);
    }

    Household build(LocalDate date) {
      List<Person> members = new ArrayList<>();
      LocalDate headBirth = date.minusYears(40);
      Sex headSex = singleMother ? Sex.FEMALE : Sex.MALE;
      members.add(Households.person(headBirth, headSex, Relationship.HEAD, Occupation.FARMER, 1)
          .maritalStatus(singleMother ? MaritalStatus.WIDOWED : MaritalStatus.MARRIED)
          .hasDisability(false).build());
      for (int i = 0; i < children; i++) {
        LocalDate birth = date.minusYears(5 + i).minusDays(i);
        ImmutablePerson.Builder child = Households.person(birth, Sex.MALE, Relationship.CHILD,
            Occupation.STUDENT, 2 + i).hasDisability(false);
        if (orphan && i == 0) {
          child.father(ParentStatus.deceased(date.minusYears(1), DeathCause.OTHER));
        }
        members.add(child.build());
      }
      if (elderly) {
        members.add(Households.person(date.minusYears(75), Sex.FEMALE, Relationship.PARENT,
            Occupation.NOT_WORKING, 20).hasDisability(false).build());
      }
      if (disabled) {
        members.add(Households.person(date.minusYears(12), Sex.FEMALE, Relationship.CHILD,
            Occupation.STUDENT, 21).addDisabilities(Disability.severe(DisabilityKind.PHYSICAL))
            .build());
      }
      ImmutableHousehold.Builder b = Household.builder().kkNumber(Households.KK).members(members)
          .domicile(Households.BANGKALAN_DESA);
      if (registered) {
        b.registry(desil == 0 ? RegistryStatus.dtks(CHECKED)
            : RegistryStatus.dtsen(Desil.of(desil), CHECKED));
      } else if (desil > 0) {
        b.registry(RegistryStatus.notRegistered(Register.DTSEN, CHECKED));
      }
      return b.build();
    }
  }

  /**
   * Families with (at least one of an elderly or a disabled member) or without both, every other
   * priority reason drawn freely. The desil is 0 for a DTKS record without one.
   */
  private static Gen<Family> families(boolean withElderlyOrDisabled) {
    return rs -> {
      int desil = Generate.range(0, 10).generate(rs);
      boolean registered = Generate.booleans().generate(rs);
      boolean single = Generate.booleans().generate(rs);
      int children = Generate.range(0, 3).generate(rs);
      boolean orphan = children > 0 && Generate.booleans().generate(rs);
      boolean elderly = false;
      boolean disabled = false;
      if (withElderlyOrDisabled) {
        int which = Generate.range(0, 2).generate(rs);
        elderly = which != 1;
        disabled = which != 0;
      }
      return new Family(desil, registered, single, orphan, elderly, disabled, children);
    };
  }
}
