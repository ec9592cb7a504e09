package id.bansos.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonTest {

  private static final Nik NIK = Nik.parse("3526014107560001");
  private static final String NAME = "Siti Aminah";
  private static final LocalDate BORN = LocalDate.of(1956, 11, 28);

  private static ImmutablePerson.Builder person() {
    return Person.builder().nik(NIK);
  }

  private static InvalidDataException rejection(ImmutablePerson.Builder builder) {
    return catchThrowableOfType(InvalidDataException.class, builder::build);
  }

  @Test
  void needsOnlyNik() {
    Person p = person().build();

    assertThat(p.nik()).isEqualTo(NIK);
    assertThat(p.name()).isEmpty();
    assertThat(p.birthDate()).isEmpty();
    assertThat(p.disabilities()).isEmpty();
  }

  @Test
  void missingNikIsInvalidData() {
    InvalidDataException e = rejection(Person.builder().name(NAME));

    assertThat(e.codes()).containsExactly("MISSING_REQUIRED");
    assertThat(e.getMessage()).contains("nik").doesNotContain(NAME);
  }

  static Stream<Arguments> ages() {
    return Stream.of(
        arguments("day before 70th birthday", BORN, LocalDate.of(2026, 11, 27), 69),
        arguments("on 70th birthday", BORN, LocalDate.of(2026, 11, 28), 70),
        arguments("day of birth", BORN, BORN, 0),
        arguments("leap-day birthday, 28 Feb non-leap", LocalDate.of(2000, 2, 29),
            LocalDate.of(2001, 2, 28), 0),
        arguments("leap-day birthday, 1 Mar non-leap", LocalDate.of(2000, 2, 29),
            LocalDate.of(2001, 3, 1), 1),
        arguments("leap-day birthday, 28 Feb leap", LocalDate.of(2000, 2, 29),
            LocalDate.of(2004, 2, 28), 3),
        arguments("leap-day birthday, 29 Feb leap", LocalDate.of(2000, 2, 29),
            LocalDate.of(2004, 2, 29), 4),
        arguments("the oldest age kept ready", LocalDate.of(1875, 7, 1),
            LocalDate.of(2025, 7, 1), 150),
        arguments("an age past those kept ready", LocalDate.of(1874, 7, 1),
            LocalDate.of(2025, 7, 1), 151));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ages")
  void countsCompletedYears(String description, LocalDate birth, LocalDate on, int age) {
    Person p = person().birthDate(birth).build();

    assertThat(p.ageOn(on)).contains(age);
  }

  @Test
  void ageIsUnknownWithoutBirthDate() {
    assertThat(person().build().ageOn(LocalDate.of(2026, 11, 28))).isEmpty();
  }

  @Test
  void ageIsUnknownBeforeBirth() {
    Person p = person().birthDate(BORN).build();

    assertThat(p.ageOn(BORN.minusDays(1))).isEmpty();
  }

  @Test
  void aliveWithoutDeathDate() {
    assertThat(person().build().isAliveOn(LocalDate.of(2026, 11, 28))).isTrue();
  }

  @Test
  void aliveUntilTheDayBeforeDeath() {
    LocalDate died = LocalDate.of(2021, 7, 15);
    Person p = person().birthDate(BORN).deathDate(died).build();

    assertThat(p.isAliveOn(died.minusDays(1))).isTrue();
    assertThat(p.isAliveOn(died)).isFalse();
    assertThat(p.isAliveOn(died.plusYears(1))).isFalse();
  }

  @Test
  void severeDisabilityRecorded() {
    Person severe = person().addDisabilities(Disability.severe(DisabilityKind.PHYSICAL)).build();
    Person unknownSeverity = person().addDisabilities(Disability.of(DisabilityKind.MENTAL)).build();

    assertThat(severe.hasSevereDisabilityRecorded()).isTrue();
    assertThat(unknownSeverity.hasSevereDisabilityRecorded()).isFalse();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("PERSON_DEATH_BEFORE_BIRTH", "deathDate", (UnaryOperator<ImmutablePerson.Builder>)
            b -> b.birthDate(BORN).deathDate(BORN.minusDays(1))),
        arguments("PERSON_DISABILITY_CONTRADICTION", "disabilities",
            (UnaryOperator<ImmutablePerson.Builder>)
                b -> b.hasDisability(false).addDisabilities(Disability.of(DisabilityKind.PHYSICAL))),
        arguments("PERSON_SHOCK_DATE_WITHOUT_SHOCK", "labourShockDate",
            (UnaryOperator<ImmutablePerson.Builder>)
                b -> b.labourShock(LabourShock.NONE).labourShockDate(LocalDate.of(2020, 4, 1))),
        arguments("PERSON_SHOCK_DATE_WITHOUT_SHOCK", "labourShockDate",
            (UnaryOperator<ImmutablePerson.Builder>)
                b -> b.labourShockDate(LocalDate.of(2020, 4, 1))),
        arguments("PERSON_NAME_BLANK", "name", (UnaryOperator<ImmutablePerson.Builder>)
            b -> b.name("  ")),
        arguments("PERSON_NAME_BLANK", "name", (UnaryOperator<ImmutablePerson.Builder>)
            b -> b.name("")));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("invalid")
  void rejectsImpossibleFactWithCodeAndPath(String code, String path,
      UnaryOperator<ImmutablePerson.Builder> fault) {
    InvalidDataException e = rejection(fault.apply(person()));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple(code, path));
  }

  @Test
  void acceptsConsistentFacts() {
    Person p = person()
        .birthDate(BORN).deathDate(BORN)
        .hasDisability(true).addDisabilities(Disability.of(DisabilityKind.PHYSICAL))
        .labourShock(LabourShock.LAID_OFF).labourShockDate(LocalDate.of(2020, 4, 1))
        .build();

    assertThat(p.deathDate()).contains(BORN);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidDataException e = rejection(person()
        .name(" ")
        .birthDate(BORN).deathDate(BORN.minusYears(1))
        .hasDisability(false).addDisabilities(Disability.of(DisabilityKind.SENSORY_VISUAL))
        .labourShockDate(LocalDate.of(2020, 4, 1)));

    assertThat(e.codes()).containsExactlyInAnyOrder(
        "PERSON_DEATH_BEFORE_BIRTH", "PERSON_DISABILITY_CONTRADICTION",
        "PERSON_SHOCK_DATE_WITHOUT_SHOCK", "PERSON_NAME_BLANK");
  }

  @Test
  void toStringHidesNikAndName() {
    Person p = person().name(NAME).relationship(Relationship.PARENT).sex(Sex.FEMALE).build();

    assertThat(p.toString())
        .isEqualTo("Person{nik=3526**********01, relationship=PARENT}")
        .doesNotContain(NIK.value()).doesNotContain(NAME);
  }

  @Test
  void exceptionMessageHidesNikAndName() {
    InvalidDataException e = rejection(person().name(NAME)
        .birthDate(BORN).deathDate(BORN.minusDays(1)));

    assertThat(e.getMessage()).doesNotContain(NIK.value()).doesNotContain(NAME)
        .doesNotContain("Siti");
    assertThat(e.toString()).doesNotContain(NIK.value()).doesNotContain(NAME);
  }

  @Test
  void equalBuildersGiveEqualPeople() {
    new EqualsTester()
        .addEqualityGroup(
            person().name(NAME).birthDate(BORN).build(),
            person().name(NAME).birthDate(BORN).build(),
            ImmutablePerson.copyOf(person().name(NAME).birthDate(BORN).build()))
        .addEqualityGroup(person().build())
        .addEqualityGroup(Person.builder().nik(Nik.parse("3526014107560002")).build())
        .addEqualityGroup(person().name(NAME).birthDate(BORN).name(Optional.empty()).build(),
            person().birthDate(BORN).build())
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicInstanceMethods(person().birthDate(BORN).build());
    new NullPointerTester().testAllPublicInstanceMethods(person().build());
  }
}
