package id.bansos.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.Generators;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Household;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The raw reads agree with the model's accessors, for every fact, recorded or not. */
class RecordedTest {

  private static final Nik NIK = Nik.parse("3526014107560001");

  @Test
  void everyFactRecordedReadsAsTheAccessorHasIt() {
    Person p = Person.builder().nik(NIK)
        .birthDate(LocalDate.of(1950, 7, 1))
        .deathDate(LocalDate.of(2021, 8, 2))
        .sex(Sex.FEMALE)
        .relationship(Relationship.PARENT)
        .maritalStatus(MaritalStatus.WIDOWED)
        .abandonedBySpouse(false)
        .mainBreadwinner(true)
        .hasDisability(true)
        .chronicallyIll(true)
        .schoolLevel(SchoolLevel.SD)
        .occupation(Occupation.VILLAGE_OFFICIAL)
        .labourShock(LabourShock.NONE)
        .father(ParentStatus.living())
        .mother(ParentStatus.deceased(LocalDate.of(2021, 7, 1), DeathCause.COVID_19))
        .build();
    assertAgree(p);
    assertThat(Recorded.occupation(p)).isEqualTo(Occupation.VILLAGE_OFFICIAL);

    Household h = Household.builder().kkNumber(KkNumber.parse("3526010101080001"))
        .addMembers(p)
        .domicile(RegionCode.parse("35.26.01.2001"))
        .livesOnSmallIsland(true)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .build();
    assertAgree(h);
    assertThat(Recorded.livesOnSmallIsland(h)).isTrue();
  }

  @Test
  void factsNotRecordedReadAsNull() {
    Person p = Person.builder().nik(NIK).build();
    assertAgree(p);
    assertThat(Recorded.sex(p)).isNull();
    Household h = Household.builder().kkNumber(KkNumber.parse("3526010101080001"))
        .addMembers(p).build();
    assertAgree(h);
    assertThat(Recorded.livesOnSmallIsland(h)).isNull();
  }

  @Test
  void generatedHouseholdsReadAlike() {
    qt().withFixedSeed(20_261_201L).withExamples(300).forAll(Generators.households())
        .checkAssert(RecordedTest::assertAgree);
  }

  private static void assertAgree(Household h) {
    assertThat(Recorded.livesOnSmallIsland(h)).isEqualTo(h.livesOnSmallIsland().orElse(null));
    h.members().forEach(RecordedTest::assertAgree);
  }

  private static void assertAgree(Person p) {
    assertThat(Recorded.birthDate(p)).isEqualTo(p.birthDate().orElse(null));
    assertThat(Recorded.sex(p)).isEqualTo(p.sex().orElse(null));
    assertThat(Recorded.relationship(p)).isEqualTo(p.relationship().orElse(null));
    assertThat(Recorded.maritalStatus(p)).isEqualTo(p.maritalStatus().orElse(null));
    assertThat(Recorded.abandonedBySpouse(p)).isEqualTo(p.abandonedBySpouse().orElse(null));
    assertThat(Recorded.mainBreadwinner(p)).isEqualTo(p.mainBreadwinner().orElse(null));
    assertThat(Recorded.hasDisability(p)).isEqualTo(p.hasDisability().orElse(null));
    assertThat(Recorded.chronicallyIll(p)).isEqualTo(p.chronicallyIll().orElse(null));
    assertThat(Recorded.schoolLevel(p)).isEqualTo(p.schoolLevel().orElse(null));
    assertThat(Recorded.occupation(p)).isEqualTo(p.occupation().orElse(null));
    assertThat(Recorded.labourShock(p)).isEqualTo(p.labourShock().orElse(null));
    assertThat(Recorded.father(p)).isEqualTo(p.father().orElse(null));
    assertThat(Recorded.mother(p)).isEqualTo(p.mother().orElse(null));
  }
}
