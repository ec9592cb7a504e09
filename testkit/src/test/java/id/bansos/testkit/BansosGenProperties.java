package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Disability;
import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.Register;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BansosGenProperties {

  private static final long SEED = 7L;
  private static final int EXAMPLES = 150;
  private static final RegionRegistry JATIM = RegionRegistry.jawaTimur();

  @Test
  void niksParseBackAndStartWithARealKecamatan() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(BansosGen.niks()).checkAssert(nik -> {
      assertThat(Nik.parse(nik.value())).isEqualTo(nik);
      assertThat(JATIM.contains(RegionCode.parse(nik.districtCode()))).isTrue();
    });
  }

  @Test
  void villageKnobsGiveTheKindAskedFor() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(BansosGen.kelurahan(), BansosGen.desa(), BansosGen.villages())
        .checkAssert((kel, desa, any) -> {
          assertThat(kel.isKelurahan()).isTrue();
          assertThat(desa.isDesa()).isTrue();
          assertThat(JATIM.contains(any)).isTrue();
          assertThat(any.level()).isEqualTo(RegionLevel.VILLAGE);
        });
  }

  private record Aged<T>(int age, LocalDate date, T value) {}

  private static final Gen<Integer> AGES = Generate.range(0, 110);
  private static final Gen<LocalDate> DATES =
      BansosGen.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31));

  @Test
  void personsAgedHaveExactlyThatAgeAndANikThatAgrees() {
    Gen<Aged<Person>> gen = rs -> {
      int age = AGES.generate(rs);
      LocalDate date = DATES.generate(rs);
      return new Aged<>(age, date, BansosGen.personsAged(age, date).generate(rs));
    };
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(gen).checkAssert(a -> {
      Person p = a.value();
      assertThat(p.ageOn(a.date())).contains(a.age());
      assertThat(p.nik().birthDay()).isEqualTo(p.birthDate().orElseThrow().getDayOfMonth());
      assertThat(p.nik().sex()).isEqualTo(p.sex().orElseThrow());
    });
  }

  @Test
  void householdsAreInternallyConsistent() {
    LocalDate date = LocalDate.of(2025, 7, 1);
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(BansosGen.households().asOf(date).build())
        .checkAssert(h -> assertConsistent(h, date));
  }

  @Test
  void memberAgedKnobHoldsForEveryAge() {
    Gen<Aged<Household>> gen = rs -> {
      int age = AGES.generate(rs);
      LocalDate date = DATES.generate(rs);
      return new Aged<>(age, date,
          BansosGen.households().withMemberAged(age, date).build().generate(rs));
    };
    qt().withFixedSeed(SEED).withExamples(EXAMPLES * 2).forAll(gen).checkAssert(a -> {
      assertThat(a.value().members())
          .anySatisfy(p -> assertThat(p.ageOn(a.date())).contains(a.age()));
      assertConsistent(a.value(), a.date());
    });
  }

  @Test
  void desilKnobStaysInRange() {
    LocalDate date = LocalDate.of(2026, 3, 1);
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(BansosGen.households().asOf(date).withDesilBetween(3, 5).build())
        .checkAssert(h -> {
          assertThat(h.registry()).hasValueSatisfying(r -> {
            assertThat(r.register()).isEqualTo(Register.DTSEN);
            assertThat(r.desil().orElseThrow().value()).isBetween(3, 5);
            assertThat(r.checkedOn()).isBeforeOrEqualTo(date);
          });
        });
  }

  @Test
  void coveredRegencyKnobReadsTheCatalogOnTheDate() {
    LocalDate date = LocalDate.of(2019, 8, 1);
    CoveredRegions covered = JawaTimur.catalog().at(PkhPlus.COVERED_REGIONS, date)
        .orElseThrow().value();
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(BansosGen.households().inPkhPlusCoveredRegency(date).inDesa().build())
        .checkAssert(h -> {
          RegionCode domicile = h.domicile().orElseThrow();
          assertThat(covered.covers(domicile)).isTrue();
          assertThat(domicile.isDesa()).isTrue();
          assertConsistent(h, date);
        });
  }

  @Test
  void severeDisabilityAndExcludedOccupationKnobsHold() {
    LocalDate date = LocalDate.of(2025, 7, 1);
    var excluded = JawaTimur.catalog().at(CommonCriteria.EXCLUDED_OCCUPATIONS, date)
        .orElseThrow().value();
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(BansosGen.households().withMemberAged(30, date).withSeverelyDisabledMember()
            .withExcludedOccupation().build())
        .checkAssert(h -> {
          List<Person> disabled = h.members().stream()
              .filter(p -> !p.disabilities().isEmpty()).toList();
          assertThat(disabled).hasSize(1);
          Person d = disabled.get(0);
          assertThat(d.ageOn(date)).contains(30);
          assertThat(d.hasDisability()).contains(true);
          assertThat(d.disabilities()).containsExactly(
              Disability.severe(d.disabilities().get(0).kind()));
          assertThat(h.members()).anySatisfy(p ->
              assertThat(excluded.contains(p.occupation().orElseThrow())).isTrue());
        });
  }

  @Test
  void factsMissingKnobLeavesSomethingUnknownButKeepsOtherKnobs() {
    LocalDate date = LocalDate.of(2025, 7, 1);
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(BansosGen.households().withMemberAged(70, date).withDesilBetween(1, 2)
            .withFactsMissing().build())
        .checkAssert(h -> {
          assertThat(h.members()).anySatisfy(p -> assertThat(p.ageOn(date)).contains(70));
          assertThat(h.registry()).isPresent();
          boolean somethingMissing = h.domicile().isEmpty() || h.livesOnSmallIsland().isEmpty()
              || h.receives(id.bansos.core.household.AidProgram.PKH).isEmpty()
              || h.members().stream().anyMatch(p -> p.birthDate().isEmpty() || p.sex().isEmpty()
                  || p.occupation().isEmpty() || p.maritalStatus().isEmpty()
                  || p.hasDisability().isEmpty());
          assertThat(somethingMissing).isTrue();
        });
  }

  /** One head, unique NIKs agreeing with the facts, ages that fit the relationships. */
  static void assertConsistent(Household h, LocalDate date) {
    List<Person> members = h.members();
    assertThat(members.stream().filter(p -> p.relationship().orElseThrow() == Relationship.HEAD))
        .hasSize(1);
    Set<Nik> niks = new HashSet<>();
    members.forEach(p -> assertThat(niks.add(p.nik())).isTrue());
    h.domicile().ifPresent(d -> assertThat(JATIM.contains(d)).isTrue());
    Person head = h.head().orElseThrow();
    for (Person p : members) {
      assertThat(JATIM.contains(RegionCode.parse(p.nik().districtCode()))).isTrue();
      p.sex().ifPresent(s -> assertThat(p.nik().sex()).isEqualTo(s));
      p.birthDate().ifPresent(b -> {
        assertThat(p.nik().birthMonth()).isEqualTo(b.getMonthValue());
        assertThat(p.nik().birthDay()).isEqualTo(b.getDayOfMonth());
      });
      if (head.birthDate().isEmpty() || p.birthDate().isEmpty()) {
        continue;
      }
      LocalDate hb = head.birthDate().get();
      LocalDate pb = p.birthDate().get();
      switch (p.relationship().orElseThrow()) {
        case HEAD -> assertThat(head.ageOn(date).orElseThrow()).isGreaterThanOrEqualTo(18);
        case CHILD -> assertThat(pb).isAfterOrEqualTo(hb.plusYears(16));
        case PARENT -> assertThat(pb).isBeforeOrEqualTo(hb.minusYears(16));
        case SPOUSE -> {
          assertThat(pb).isBetween(hb.minusYears(10), hb.plusYears(10));
          p.sex().ifPresent(s -> head.sex().ifPresent(hs -> assertThat(s).isNotEqualTo(hs)));
        }
        default -> throw new AssertionError("unexpected relationship");
      }
    }
  }
}
