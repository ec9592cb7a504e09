package id.bansos.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdTest {

  private static final KkNumber KK = KkNumber.parse("3578010203040017");
  private static final Nik HEAD_NIK = Nik.parse("3578010505700001");
  private static final Nik SPOUSE_NIK = Nik.parse("3578014808720003");
  private static final Nik CHILD_NIK = Nik.parse("3578011203050002");
  private static final String HEAD_NAME = "Budi Santoso";
  private static final String SPOUSE_NAME = "Sri Wahyuni";

  private static final Person HEAD = Person.builder().nik(HEAD_NIK).name(HEAD_NAME)
      .relationship(Relationship.HEAD).build();
  private static final Person SPOUSE = Person.builder().nik(SPOUSE_NIK).name(SPOUSE_NAME)
      .relationship(Relationship.SPOUSE).build();
  private static final Person CHILD = Person.builder().nik(CHILD_NIK)
      .relationship(Relationship.CHILD).build();

  private static ImmutableHousehold.Builder family() {
    return Household.builder().kkNumber(KK).addMembers(HEAD, SPOUSE, CHILD);
  }

  private static InvalidDataException rejection(ImmutableHousehold.Builder builder) {
    return catchThrowableOfType(InvalidDataException.class, builder::build);
  }

  @Test
  void buildsWithKkAndMembers() {
    Household h = family().build();

    assertThat(h.kkNumber()).isEqualTo(KK);
    assertThat(h.members()).containsExactly(HEAD, SPOUSE, CHILD);
    assertThat(h.pastGrantsChecked()).isFalse();
    assertThat(h.aid()).isEmpty();
  }

  @Test
  void missingKkIsInvalidData() {
    InvalidDataException e = rejection(Household.builder().addMembers(HEAD));

    assertThat(e.codes()).containsExactly("MISSING_REQUIRED");
  }

  @Test
  void rejectsNoMembers() {
    InvalidDataException e = rejection(Household.builder().kkNumber(KK));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple("HOUSEHOLD_NO_MEMBERS", "members"));
  }

  @Test
  void rejectsSecondHeadAtItsIndex() {
    Person secondHead = Person.builder().nik(Nik.parse("3578010101800004"))
        .relationship(Relationship.HEAD).build();

    InvalidDataException e = rejection(family().addMembers(secondHead));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple("HOUSEHOLD_SECOND_HEAD", "members[3].relationship"));
  }

  @Test
  void rejectsDuplicateNikAtTheLaterIndex() {
    Person sameNikAsSpouse = Person.builder().nik(SPOUSE_NIK)
        .relationship(Relationship.OTHER_RELATIVE).build();

    InvalidDataException e = rejection(family().addMembers(sameNikAsSpouse));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple("HOUSEHOLD_DUPLICATE_NIK", "members[3].nik"));
    assertThat(e.problems().get(0).message()).contains("members[1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"35", "35.78", "35.78.01"})
  void rejectsDomicileAboveVillage(String code) {
    InvalidDataException e = rejection(family().domicile(RegionCode.parse(code)));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple("HOUSEHOLD_DOMICILE_LEVEL", "domicile"));
  }

  @Test
  void acceptsVillageDomicile() {
    Household h = family().domicile(RegionCode.parse("35.78.01.1001")).build();

    assertThat(h.domicile()).contains(RegionCode.parse("3578011001"));
  }

  @Test
  void rejectsEnumSetExtensionWithForeignElements() {
    ExtensionKey<Set<AidProgram>> key = ExtensionKey.ofEnumSet("programsSeen", AidProgram.class);

    InvalidDataException e = rejection(family().putExtensions(key, Set.of("PKH")));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple("EXTENSION_TYPE", "extensions.programsSeen"));
  }

  @Test
  void carriesEnumSetExtension() {
    ExtensionKey<Set<AidProgram>> key = ExtensionKey.ofEnumSet("programsSeen", AidProgram.class);

    Household h = family().putExtensions(key, Set.of(AidProgram.PKH)).build();

    assertThat(h.extension(key)).contains(Set.of(AidProgram.PKH));
  }

  @Test
  void enumSetKeyParsesAndFormatsInEnumOrder() {
    ExtensionKey<Set<AidProgram>> key = ExtensionKey.ofEnumSet("programsSeen", AidProgram.class);
    AidProgram[] all = AidProgram.values();
    String text = all[all.length - 1].name() + "," + all[0].name();

    Set<AidProgram> parsed = key.parse(text);

    assertThat(parsed).containsExactly(all[0], all[all.length - 1]);
    assertThat(key.format(parsed)).isEqualTo(all[0].name() + "," + all[all.length - 1].name());
    assertThat(key.parse("")).isEmpty();
    assertThat(key.kind()).isEqualTo(ExtensionKey.Kind.ENUM_SET);
    assertThat(key.elementType()).isEqualTo(AidProgram.class);
    assertThatThrownBy(() -> key.parse(all[0].name() + "," + all[0].name()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("programsSeen expects");
    assertThatThrownBy(() -> key.parse("NOT_A_PROGRAM"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("NOT_A_PROGRAM");
  }

  @ParameterizedTest
  @ValueSource(ints = {1944, 2201, 0, -1})
  void rejectsImplausibleGrantYear(int year) {
    InvalidDataException e = rejection(family()
        .addPastGrants(new PastGrant(GrantType.KUBE, 2021), new PastGrant(GrantType.WRSE, year)));

    assertThat(e.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(tuple("HOUSEHOLD_GRANT_YEAR", "pastGrants[1].year"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1945, 2200})
  void acceptsGrantYearBoundaries(int year) {
    Household h = family().addPastGrants(new PastGrant(GrantType.KUBE, year)).build();

    assertThat(h.pastGrants()).extracting(PastGrant::year).containsExactly(year);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Person secondHead = Person.builder().nik(SPOUSE_NIK).relationship(Relationship.HEAD).build();

    InvalidDataException e = rejection(family()
        .addMembers(secondHead)
        .domicile(RegionCode.parse("35.78"))
        .addPastGrants(new PastGrant(GrantType.KUBE, 1900)));

    assertThat(e.problems()).extracting(Problem::code, Problem::path).containsExactly(
        tuple("HOUSEHOLD_SECOND_HEAD", "members[3].relationship"),
        tuple("HOUSEHOLD_DUPLICATE_NIK", "members[3].nik"),
        tuple("HOUSEHOLD_DOMICILE_LEVEL", "domicile"),
        tuple("HOUSEHOLD_GRANT_YEAR", "pastGrants[0].year"));
  }

  @Test
  void receivesTellsUnknownFromNo() {
    Household h = family().putAid(AidProgram.PKH, true).putAid(AidProgram.BPNT_SEMBAKO, false)
        .build();

    assertThat(h.receives(AidProgram.PKH)).contains(true);
    assertThat(h.receives(AidProgram.BPNT_SEMBAKO)).contains(false);
    assertThat(h.receives(AidProgram.PBI_JK)).isEmpty();
  }

  @Test
  void findsMemberByNik() {
    Household h = family().build();

    assertThat(h.member(SPOUSE_NIK)).contains(SPOUSE);
    assertThat(h.member(Nik.parse("3578010101800004"))).isEmpty();
  }

  @Test
  void findsHead() {
    assertThat(family().build().head()).contains(HEAD);
  }

  @Test
  void headIsUnknownWhenNoneRecorded() {
    Household h = Household.builder().kkNumber(KK).addMembers(SPOUSE, CHILD).build();

    assertThat(h.head()).isEmpty();
  }

  @Test
  void toStringHidesKkNiksAndNames() {
    Household h = family().domicile(RegionCode.parse("35.78.01.1001")).build();

    assertThat(h.toString())
        .isEqualTo("Household{kk=3578**********17, members=3, domicile=35.78.01.1001}")
        .doesNotContain(KK.value())
        .doesNotContain(HEAD_NIK.value(), SPOUSE_NIK.value(), CHILD_NIK.value())
        .doesNotContain(HEAD_NAME, SPOUSE_NAME);
  }

  @Test
  void exceptionMessageHidesKkNiksAndNames() {
    Person duplicate = Person.builder().nik(HEAD_NIK).name(HEAD_NAME)
        .relationship(Relationship.HEAD).build();

    InvalidDataException e = rejection(family().addMembers(duplicate));

    assertThat(e.getMessage())
        .doesNotContain(KK.value())
        .doesNotContain(HEAD_NIK.value(), SPOUSE_NIK.value(), CHILD_NIK.value())
        .doesNotContain(HEAD_NAME, SPOUSE_NAME);
  }

  @Test
  void equalBuildersGiveEqualHouseholds() {
    RegistryStatus dtsen = RegistryStatus.dtsen(Desil.of(1), LocalDate.of(2026, 6, 1));
    new EqualsTester()
        .addEqualityGroup(family().registry(dtsen).build(), family().registry(dtsen).build())
        .addEqualityGroup(family().build())
        .addEqualityGroup(Household.builder().kkNumber(KK).addMembers(HEAD).build())
        .addEqualityGroup(Household.builder().kkNumber(KkNumber.parse("3578010203040018"))
            .addMembers(HEAD).build())
        .addEqualityGroup(family().pastGrantsChecked(true).build())
        .testEquals();
  }

  @Test
  void keepsMemberOrder() {
    Household h = Household.builder().kkNumber(KK).members(List.of(CHILD, HEAD, SPOUSE)).build();

    assertThat(h.members()).containsExactly(CHILD, HEAD, SPOUSE);
    assertThat(h.head()).contains(HEAD);
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicInstanceMethods(family().build());
  }

  @Test
  void anExtensionFactsLabelsDoNotChangeWhatFactItIs() {
    ExtensionKey<Long> plain = ExtensionKey.ofInteger("landOwnedM2");
    ExtensionKey<Long> labelled = plain.labelled("luas lahan milik (m²)", "land owned (m²)");

    assertThat(plain.indonesianLabel()).isEqualTo("landOwnedM2");
    assertThat(labelled.indonesianLabel()).isEqualTo("luas lahan milik (m²)");
    assertThat(labelled.englishLabel()).isEqualTo("land owned (m²)");
    assertThat(labelled).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(labelled.kind()).isEqualTo(plain.kind());
    assertThatThrownBy(() -> plain.labelled(" ", "land"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indonesianLabel");
  }
}
