package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Household;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EveryFactProperties {

  private static final long SEED = 11L;
  private static final LocalDate DATE = HouseholdGen.DEFAULT_AS_OF;

  private static List<Household> sample(HouseholdGen gen, int n) {
    List<Household> out = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen.build()).checkAssert(out::add);
    return out;
  }

  @Test
  void everyFactKnobKeepsOneHeadUniqueNiksAndTheKnobsMember() {
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(BansosGen.households().withEveryFact().withFactsMissing()
            .withMemberAged(75, DATE).build())
        .checkAssert(h -> {
          assertThat(h.members().stream()
              .filter(p -> p.relationship().equals(java.util.Optional.of(Relationship.HEAD))))
              .hasSize(1);
          Set<Nik> niks = new HashSet<>();
          h.members().forEach(p -> assertThat(niks.add(p.nik())).isTrue());
          assertThat(h.members()).anySatisfy(p -> {
            assertThat(p.ageOn(DATE)).contains(75);
            assertThat(p.isAliveOn(DATE)).isTrue();
          });
          for (Person p : h.members()) {
            p.sex().ifPresent(s -> assertThat(p.nik().sex()).isEqualTo(s));
            p.birthDate().ifPresent(b -> assertThat(b).isBeforeOrEqualTo(DATE));
            p.deathDate().ifPresent(d -> assertThat(d).isAfterOrEqualTo(p.birthDate().orElse(d)));
          }
        });
  }

  @Test
  void everyFactKnobMeetsEveryValueOfTheModelsEnums() {
    List<Household> all = sample(BansosGen.households().withEveryFact(), 400);
    List<Person> people = all.stream().flatMap(h -> h.members().stream()).toList();

    assertThat(values(people, p -> p.relationship().orElse(null)))
        .containsAll(EnumSet.allOf(Relationship.class));
    assertThat(values(people, p -> p.occupation().orElse(null)))
        .containsAll(EnumSet.allOf(Occupation.class));
    assertThat(values(people, p -> p.maritalStatus().orElse(null)))
        .containsAll(EnumSet.allOf(MaritalStatus.class));
    assertThat(values(people, p -> p.schoolLevel().orElse(null)))
        .containsAll(EnumSet.allOf(SchoolLevel.class));
    assertThat(values(people, p -> p.labourShock().orElse(null)))
        .containsAll(EnumSet.allOf(LabourShock.class));
    for (AidProgram a : AidProgram.values()) {
      assertThat(all).as("%s", a).anyMatch(h -> h.receives(a).isPresent());
      if (a != AidProgram.PKH) {
        assertThat(all).as("%s", a).anyMatch(h -> h.receives(a).isEmpty());
      }
    }
    List<Predicate<Person>> sometimes = List.of(p -> p.deathDate().isPresent(),
        p -> p.chronicallyIll().isPresent(), p -> p.mainBreadwinner().isPresent(),
        p -> p.abandonedBySpouse().isPresent(), p -> p.monthlyIncome().isPresent(),
        p -> p.labourShockDate().isPresent(), p -> p.father().isPresent(),
        p -> p.mother().isPresent(), p -> !p.disabilities().isEmpty(),
        p -> !p.extensions().isEmpty());
    for (Predicate<Person> fact : sometimes) {
      assertThat(people).anyMatch(fact).anyMatch(fact.negate());
    }
    assertThat(all).anyMatch(h -> !h.pastGrants().isEmpty())
        .anyMatch(h -> h.pastGrantsChecked())
        .anyMatch(h -> h.livesOnSmallIsland().equals(java.util.Optional.of(true)))
        .anyMatch(h -> !h.extensions().isEmpty());
  }

  @Test
  void extensionsKnobPutsSomeOfTheKeysOnHouseholdsAndMembers() {
    List<ExtensionKey<?>> keys = List.of(ExtensionKey.ofText("catatan"),
        ExtensionKey.ofEnumSet("jenisKelaminLain", Sex.class), ExtensionKey.ofInteger("n"));
    List<Household> all = sample(BansosGen.households().withExtensions(keys), 100);

    for (ExtensionKey<?> key : keys) {
      assertThat(all).anyMatch(h -> h.extensions().containsKey(key))
          .anyMatch(h -> h.members().stream().anyMatch(p -> p.extensions().containsKey(key)));
    }
    assertThat(all).allSatisfy(h -> {
      h.extensions().forEach((k, v) -> assertThat(k.accepts(v)).isTrue());
      h.members().forEach(p -> p.extensions().forEach((k, v) -> {
        if (keys.contains(k)) {
          assertThat(k.accepts(v)).isTrue();
        }
      }));
    });
  }

  @Test
  void extensionKeysHaveDistinctNamesInOrder() {
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(BansosGen.extensionKeys(List.of(Sex.class, Occupation.class)))
        .checkAssert(keys -> {
          List<String> names = keys.stream().map(ExtensionKey::name).toList();
          assertThat(names).doesNotHaveDuplicates().isSorted().hasSizeLessThanOrEqualTo(8);
        });
  }

  private static <T> Set<T> values(List<Person> people, Function<Person, T> fact) {
    Set<T> out = new HashSet<>();
    people.forEach(p -> {
      T v = fact.apply(p);
      if (v != null) {
        out.add(v);
      }
    });
    return out;
  }
}
