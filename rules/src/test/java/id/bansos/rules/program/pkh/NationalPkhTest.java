package id.bansos.rules.program.pkh;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Benefit;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Outcome;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NationalPkhTest {

  private static final Engine ENGINE = Engine.of(Catalog.of("test", List.of(NationalPkh.program())));
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** The head: a man of 45 without disability, who qualifies for no component himself. */
  private static ImmutablePerson head() {
    return Households.person(LocalDate.of(1980, 3, 10), Sex.MALE, Relationship.HEAD,
        Occupation.FARMER, 1).hasDisability(false).build();
  }

  /** A member with no disability and not pregnant, so that only the given facts decide. */
  private static ImmutablePerson.Builder member(LocalDate birth, Sex sex, int serial) {
    return Households.person(birth, sex, Relationship.CHILD, Occupation.STUDENT, serial)
        .hasDisability(false).putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, false);
  }

  private static Household family(ImmutablePerson... others) {
    return Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(head()).addMembers(others)
        .domicile(Households.BANGKALAN_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true)
        .build();
  }

  private static Determination decide(Household h, LocalDate date) {
    return ENGINE.assess(h, date).determination(NationalPkh.CODE).orElseThrow();
  }

  static Stream<Arguments> components() {
    LocalDate child2019 = LocalDate.of(2019, 1, 1);
    LocalDate teen = LocalDate.of(2010, 1, 1);
    return Stream.of(
        Arguments.of("pregnant", Households.person(LocalDate.of(1995, 1, 1), Sex.FEMALE,
            Relationship.SPOUSE, Occupation.HOMEMAKER, 2).hasDisability(false)
            .putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, true).build(), 3_000_000L),
        Arguments.of("early childhood", member(LocalDate.of(2022, 1, 1), Sex.MALE, 2).build(),
            3_000_000L),
        Arguments.of("SD", member(child2019, Sex.MALE, 2).schoolLevel(SchoolLevel.SD).build(),
            900_000L),
        Arguments.of("SMP", member(teen, Sex.MALE, 2).schoolLevel(SchoolLevel.SMP).build(),
            1_500_000L),
        Arguments.of("SMA", member(LocalDate.of(2008, 1, 1), Sex.MALE, 2)
            .schoolLevel(SchoolLevel.SMA).build(), 2_000_000L),
        Arguments.of("severe disability", Households.person(LocalDate.of(1990, 1, 1), Sex.MALE,
            Relationship.CHILD, Occupation.NOT_WORKING, 2)
            .addDisabilities(Disability.severe(DisabilityKind.PHYSICAL)).build(), 2_400_000L),
        Arguments.of("elderly", Households.person(LocalDate.of(1950, 1, 1), Sex.MALE,
            Relationship.PARENT, Occupation.NOT_WORKING, 2).hasDisability(false).build(),
            2_400_000L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("components")
  void eachComponentIsPaidItsYearlyAmount(String name, ImmutablePerson member, long yearly) {
    Determination d = decide(family(member), DATE);

    assertThat(d.status()).as(name).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(member.nik()));
    assertThat(d.benefits()).singleElement()
        .satisfies(b -> assertThat(b.recipient()).contains(member.nik()));
    assertThat(d.yearlyTotal().amount()).isEqualTo(yearly);
  }

  @Test
  void theBenefitNamesTheComponentAndIsAddressedToTheMember() {
    ImmutablePerson pupil = member(LocalDate.of(2019, 1, 1), Sex.MALE, 2)
        .schoolLevel(SchoolLevel.SD).build();

    Benefit benefit = decide(family(pupil), DATE).benefits().get(0);

    assertThat(benefit.schedule().label().in(Language.EN)).contains("SD/MI");
    assertThat(benefit.recipient()).contains(pupil.nik());
  }

  @Test
  void earlyChildhoodEndsOnTheSeventhBirthday() {
    ImmutablePerson child = member(LocalDate.of(2018, 6, 1), Sex.MALE, 2)
        .schoolLevel(SchoolLevel.NOT_IN_SCHOOL).build();

    assertThat(decide(family(child), LocalDate.of(2025, 5, 31)).yearlyTotal().amount())
        .isEqualTo(3_000_000L);
    assertThat(decide(family(child), LocalDate.of(2025, 6, 1)).status())
        .isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void aSixYearOldAtSdCountsAsAPupil() {
    ImmutablePerson child = member(LocalDate.of(2019, 6, 1), Sex.MALE, 2)
        .schoolLevel(SchoolLevel.SD).build();

    assertThat(decide(family(child), LocalDate.of(2025, 6, 1)).yearlyTotal().amount())
        .isEqualTo(900_000L);
  }

  @Test
  void aSixYearOldWithoutSchoolRecordIsUndetermined() {
    ImmutablePerson child = member(LocalDate.of(2019, 6, 1), Sex.MALE, 2).build();

    Determination d = decide(family(child), LocalDate.of(2025, 6, 1));

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).singleElement().asString().endsWith("schoolLevel");
  }

  @Test
  void aPupilQualifiesUntilTheDayBeforeTheir22ndBirthday() {
    ImmutablePerson pupil = member(LocalDate.of(2003, 6, 1), Sex.MALE, 2)
        .schoolLevel(SchoolLevel.SMA).build();

    assertThat(decide(family(pupil), LocalDate.of(2025, 5, 31)).yearlyTotal().amount())
        .isEqualTo(2_000_000L);
    assertThat(decide(family(pupil), LocalDate.of(2025, 6, 1)).status())
        .isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void theElderlyComponentStartsOnThe70thBirthday() {
    ImmutablePerson elder = Households.person(LocalDate.of(1955, 6, 1), Sex.MALE,
        Relationship.PARENT, Occupation.NOT_WORKING, 2).hasDisability(false).build();

    assertThat(decide(family(elder), LocalDate.of(2025, 5, 31)).status())
        .isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(decide(family(elder), LocalDate.of(2025, 6, 1)).yearlyTotal().amount())
        .isEqualTo(2_400_000L);
  }

  @Test
  void onlyOneElderlyMemberIsCounted() {
    ImmutablePerson grandfather = Households.person(LocalDate.of(1945, 1, 1), Sex.MALE,
        Relationship.PARENT, Occupation.NOT_WORKING, 2).hasDisability(false).build();
    ImmutablePerson grandmother = Households.person(LocalDate.of(1946, 1, 1), Sex.FEMALE,
        Relationship.PARENT, Occupation.NOT_WORKING, 3).hasDisability(false)
        .putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, false).build();

    Determination d = decide(family(grandfather, grandmother), DATE);

    assertThat(d.benefits()).hasSize(1);
    assertThat(d.yearlyTotal().amount()).isEqualTo(2_400_000L);
  }

  @Test
  void atMostTwoEarlyChildhoodChildrenAreCounted() {
    Determination d = decide(family(
        member(LocalDate.of(2020, 1, 1), Sex.MALE, 2).build(),
        member(LocalDate.of(2021, 1, 1), Sex.MALE, 3).build(),
        member(LocalDate.of(2022, 1, 1), Sex.MALE, 4).build()), DATE);

    assertThat(d.benefits()).hasSize(2);
    assertThat(d.yearlyTotal().amount()).isEqualTo(6_000_000L);
  }

  @Test
  void atMostTwoPregnanciesAreCounted() {
    ImmutablePerson[] women = new ImmutablePerson[3];
    for (int i = 0; i < women.length; i++) {
      women[i] = Households.person(LocalDate.of(1995 + i, 1, 1), Sex.FEMALE,
          i == 0 ? Relationship.SPOUSE : Relationship.CHILD, Occupation.HOMEMAKER, 2 + i)
          .hasDisability(false).putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, true).build();
    }

    assertThat(decide(family(women[0], women[1]), DATE).benefits()).hasSize(2);
    Determination three = decide(family(women), DATE);
    assertThat(three.benefits()).hasSize(2);
    assertThat(three.yearlyTotal().amount()).isEqualTo(6_000_000L);
  }

  @Test
  void onlyOneSeverelyDisabledMemberIsCounted() {
    ImmutablePerson[] disabled = new ImmutablePerson[2];
    for (int i = 0; i < disabled.length; i++) {
      disabled[i] = Households.person(LocalDate.of(1990 + i, 1, 1), Sex.MALE,
          Relationship.CHILD, Occupation.NOT_WORKING, 2 + i)
          .addDisabilities(Disability.severe(DisabilityKind.PHYSICAL)).build();
    }

    Determination d = decide(family(disabled), DATE);

    assertThat(d.benefits()).hasSize(1);
    assertThat(d.yearlyTotal().amount()).isEqualTo(2_400_000L);
  }

  @Test
  void aFiveYearOldAtSdIsNotYetAPupil() {
    // Born 2 Jun 2019: five on 1 Jun 2025, six the next day. The pupil components start at six
    // (PKH.PUPIL_AGE 6-21), so the SD pupil's component is paid from the sixth birthday.
    ImmutablePerson child = member(LocalDate.of(2019, 6, 2), Sex.MALE, 2)
        .schoolLevel(SchoolLevel.SD).build();

    assertThat(decide(family(child), LocalDate.of(2025, 6, 1)).benefits())
        .extracting(b -> b.schedule().label().in(Language.EN))
        .noneMatch(label -> label.contains("SD/MI"));
    assertThat(decide(family(child), LocalDate.of(2025, 6, 2)).benefits())
        .extracting(b -> b.schedule().label().in(Language.EN))
        .anyMatch(label -> label.contains("SD/MI"));
  }

  @Test
  void theRegisterRuleTurnsToDesilOnTheFirstDayOfTwentyTwentyFive() {
    ImmutablePerson pupil = member(LocalDate.of(2015, 1, 1), Sex.MALE, 2)
        .schoolLevel(SchoolLevel.SD).build();
    Household h = Household.builder().from(family(pupil))
        .registry(RegistryStatus.dtks(LocalDate.of(2024, 11, 10))).build();

    assertThat(decide(h, LocalDate.of(2024, 12, 31)).result("PKH.REGISTRY").orElseThrow()
        .outcome()).isEqualTo(Outcome.PASS);
    Determination d = decide(h, LocalDate.of(2025, 1, 1));
    assertThat(d.result("PKH.REGISTRY").orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("registry.desil");
  }

  @Test
  void theFamilyCapKeepsTheFourHighestValueComponents() {
    Determination d = decide(family(
        Households.person(LocalDate.of(1995, 1, 1), Sex.FEMALE, Relationship.SPOUSE,
            Occupation.HOMEMAKER, 2).hasDisability(false).putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, true).build(),
        member(LocalDate.of(2021, 1, 1), Sex.MALE, 3).build(),
        member(LocalDate.of(2022, 1, 1), Sex.MALE, 4).build(),
        member(LocalDate.of(2008, 1, 1), Sex.MALE, 5).schoolLevel(SchoolLevel.SMA).build(),
        Households.person(LocalDate.of(1950, 1, 1), Sex.MALE, Relationship.PARENT,
            Occupation.NOT_WORKING, 6).hasDisability(false).build()), DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.benefits()).hasSize(4);
    // 3.0 m (pregnant) + 2 x 3.0 m (early childhood) + 2.4 m (elderly); SMA is left out.
    assertThat(d.yearlyTotal().amount()).isEqualTo(11_400_000L);
    assertThat(d.result("PKH.COMPONENT_CAP").orElseThrow().message(Language.EN))
        .startsWith("Components granted: 4").contains("SMA");
    // Highest yearly value first; of equal values, the component's order, then the NIK.
    assertThat(d.benefits()).extracting(b -> b.source().key().name()).containsExactly(
        "PKH.PREGNANT_BENEFIT", "PKH.EARLY_CHILDHOOD_BENEFIT", "PKH.EARLY_CHILDHOOD_BENEFIT",
        "PKH.ELDERLY_BENEFIT");
    assertThat(d.benefits().get(1).recipient().orElseThrow())
        .isLessThan(d.benefits().get(2).recipient().orElseThrow());
    List<?> dropped = (List<?>) d.result("PKH.COMPONENT_CAP").orElseThrow().facts().stream()
        .filter(f -> f.name().equals("dropped")).findFirst().orElseThrow().value();
    assertThat(dropped).singleElement().extracting(t -> ((Text) t).in(Language.EN)).asString()
        .startsWith("SMA ").endsWith(" (family cap)");
  }

  @Test
  void anUnregisteredFamilyIsNotEligible() {
    Household h = Household.builder().from(family(member(LocalDate.of(2022, 1, 1), Sex.MALE, 2)
        .build())).registry(RegistryStatus.notRegistered(Register.DTSEN, DATE)).build();

    assertThat(decide(h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void onlyAFamilyReceivingPkhIsEntitledAndUnknownMembershipIsUndetermined() {
    Household pkh = family(member(LocalDate.of(2022, 1, 1), Sex.MALE, 2).build());
    Household notPkh = Household.builder().from(pkh).putAid(AidProgram.PKH, false).build();
    Household unknown = Household.builder().from(pkh).aid(java.util.Map.of()).build();

    assertThat(decide(pkh, DATE).status()).isEqualTo(Status.ELIGIBLE);
    Determination no = decide(notPkh, DATE);
    assertThat(no.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(no.result("PKH.RECEIVES_PKH").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    Determination maybe = decide(unknown, DATE);
    assertThat(maybe.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(maybe.missingFacts()).extracting(Object::toString).contains("aid.PKH");
  }

  @Test
  void componentsKemensosRecordedDecideAndTheDeterminationSaysSo() {
    // A toddler: early childhood by the members' facts; Kemensos recorded only SD.
    Household derived = family(member(LocalDate.of(2022, 1, 1), Sex.MALE, 2).build());
    Household recorded = Household.builder().from(derived)
        .putExtensions(NationalPkh.COMPONENTS, java.util.Set.of(PkhComponent.SD)).build();

    Determination byFacts = decide(derived, DATE);
    Determination byRecord = decide(recorded, DATE);

    assertThat(byFacts.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(byFacts.result("PKH.COMPONENT_CAP").orElseThrow().message(Language.EN))
        .contains("derived from member facts");
    assertThat(byRecord.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(byRecord.result("PKH.QUALIFYING_MEMBER").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void aDisabilityRecordedWithoutDetailsLeavesTheDisabilityComponentUnknown() {
    ImmutablePerson recordedOnly = Households.person(LocalDate.of(1990, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.NOT_WORKING, 2).hasDisability(true).build();
    ImmutablePerson none = Households.person(LocalDate.of(1990, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.NOT_WORKING, 2).hasDisability(false).build();

    Determination unknown = decide(family(recordedOnly), DATE);
    Determination notDisabled = decide(family(none), DATE);

    assertThat(unknown.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(unknown.missingFacts().toString()).contains("disabilities");
    assertThat(notDisabled.status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void anAsnMemberExcludesTheFamily() {
    ImmutablePerson asn = Households.person(LocalDate.of(1990, 1, 1), Sex.MALE,
        Relationship.CHILD, Occupation.ASN, 3).hasDisability(false).build();

    assertThat(decide(family(member(LocalDate.of(2022, 1, 1), Sex.MALE, 2).build(), asn), DATE)
        .status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void inForceFrom2019() {
    Household h = family(member(LocalDate.of(2016, 1, 1), Sex.MALE, 2).build());

    assertThat(ENGINE.assess(h, LocalDate.of(2018, 12, 31)).determination(NationalPkh.CODE))
        .isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2019, 1, 1)).determination(NationalPkh.CODE))
        .isPresent();
  }
}
