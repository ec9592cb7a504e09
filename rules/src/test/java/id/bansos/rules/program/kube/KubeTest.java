package id.bansos.rules.program.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bansos.core.InvalidDataException;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Group;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.param.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KubeTest {

  private static final Catalog CATALOG = Catalog.of("test", List.of(Kube.program()));
  private static final Engine ENGINE = Engine.of(CATALOG);
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** Family number {@code i}: a married participant aged 35, DTSEN desil 3, no earlier grant. */
  static Group.Member family(int i, UnaryOperator<ImmutableHousehold.Builder> change) {
    LocalDate birth = DATE.minusYears(35).minusDays(i);
    Person participant = Households.person(birth, Sex.MALE, Relationship.HEAD, Occupation.FARMER, 1)
        .maritalStatus(MaritalStatus.MARRIED).build();
    Household h = change.apply(Household.builder()
            .kkNumber(KkNumber.parse(String.format(Locale.ROOT, "35260101012%05d", i)))
            .addMembers(participant)
            .domicile(Households.BANGKALAN_DESA)
            .registry(RegistryStatus.dtsen(Desil.of(3), LocalDate.of(2025, 3, 1)))
            .pastGrantsChecked(true))
        .build();
    return Group.Member.of(h, participant.nik());
  }

  static Group.Member family(int i) {
    return family(i, b -> b);
  }

  static Group group(int size) {
    List<Group.Member> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      members.add(family(i));
    }
    return Group.of("KUBE Mawar", members, Optional.of(true));
  }

  static Group withMember(Group g, int index, Group.Member m) {
    List<Group.Member> members = new ArrayList<>(g.members());
    members.set(index, m);
    return Group.of(g.name(), members, g.liveNearEachOther());
  }

  static Stream<Arguments> sizes() {
    return Stream.of(Arguments.of(4, Status.NOT_ELIGIBLE), Arguments.of(5, Status.ELIGIBLE),
        Arguments.of(20, Status.ELIGIBLE), Arguments.of(21, Status.NOT_ELIGIBLE));
  }

  @ParameterizedTest(name = "{0} families: {1}")
  @MethodSource("sizes")
  void groupSizeIs5To20Families(int size, Status expected) {
    GroupAssessment a = ENGINE.decide(Kube.program(), group(size), DATE);

    assertThat(a.status()).isEqualTo(expected);
    assertThat(a.result("KUBE.GROUP_SIZE").orElseThrow().outcome())
        .isEqualTo(expected == Status.ELIGIBLE ? Outcome.PASS : Outcome.FAIL);
    assertThat(a.result("KUBE.GROUP_SIZE").orElseThrow().facts())
        .contains(id.bansos.rules.Fact.of("size", size));
    assertThat(a.qualifyingFamilies()).isEqualTo(size);
  }

  /** The outcome of KUBE.REGISTRY for the first family of a group of five, on {@code date}. */
  private static Outcome registryOfFirstFamily(RegistryStatus status, LocalDate date) {
    Group g = withMember(group(5), 0, family(0, b -> b.registry(status)));
    return ENGINE.decide(Kube.program(), g, date).families().get(0).determination()
        .result("KUBE.REGISTRY").orElseThrow().outcome();
  }

  @Test
  void desilFourQualifiesAndDesilFiveDoesNotIn2025() {
    assertThat(registryOfFirstFamily(
        RegistryStatus.dtsen(Desil.of(4), LocalDate.of(2025, 3, 1)), DATE))
        .isEqualTo(Outcome.PASS);
    assertThat(registryOfFirstFamily(
        RegistryStatus.dtsen(Desil.of(5), LocalDate.of(2025, 3, 1)), DATE))
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void theRegisterRuleTurnsToDesilOnTheFirstDayOf2025() {
    RegistryStatus dtks = RegistryStatus.dtks(LocalDate.of(2024, 11, 10));

    assertThat(registryOfFirstFamily(dtks, LocalDate.of(2024, 12, 31))).isEqualTo(Outcome.PASS);
    assertThat(registryOfFirstFamily(dtks, LocalDate.of(2025, 1, 1)))
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void anEligibleGroupIsPaidPerQualifyingMemberToTheGroupAccount() {
    GroupAssessment a = ENGINE.decide(Kube.program(), group(6), DATE);

    assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(a.benefitPerBeneficiary().orElseThrow().schedule().amountPerPayment())
        .contains(Rupiah.of(3_000_000));
    assertThat(a.groupTotal()).isEqualTo(Rupiah.of(18_000_000));
    assertThat(a.families()).allSatisfy(m -> assertThat(m.determination().beneficiaries())
        .extracting(b -> b.member().orElseThrow()).containsExactly(m.participant()));
  }

  @Test
  void aGroupWithOneFailingFamilyStillQualifiesWithFiveOthers() {
    Group g = withMember(group(6), 2, family(2, b -> b.addPastGrants(
        new PastGrant(GrantType.KUBE, 2021))));

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(a.families().get(2).determination().result("KUBE.NO_EARLIER_GRANT").orElseThrow()
        .outcome()).isEqualTo(Outcome.FAIL);
    assertThat(a.groupTotal()).isEqualTo(Rupiah.of(15_000_000));
  }

  @Test
  void aGroupOfFiveWithOneFailingFamilyCanNoLongerQualify() {
    Group g = withMember(group(5), 0, family(0, b -> b.registry(
        RegistryStatus.notRegistered(Register.DTSEN, LocalDate.of(2025, 3, 1)))));

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(a.result("KUBE.ENOUGH_MEMBERS_QUALIFY").orElseThrow().message(Language.EN))
        .isEqualTo("Only 4 families qualify and 0 are undecided; fewer than 5.");
    assertThat(a.groupTotal()).isEqualTo(Rupiah.ZERO);
    assertThat(a.benefitPerBeneficiary()).isEmpty();
  }

  @Test
  void aGroupOfFiveWithOneUncheckedHistoryIsUndetermined() {
    Group g = withMember(group(5), 4, family(4, b -> b.pastGrantsChecked(false)));

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(a.missingFacts()).singleElement().asString().endsWith(": pastGrants")
        .doesNotContain(g.members().get(4).household().kkNumber().value());
  }

  @Test
  void aGroupOfSixWithOneUncheckedHistoryIsEligible() {
    Group g = withMember(group(6), 4, family(4, b -> b.pastGrantsChecked(false)));

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(a.groupTotal()).isEqualTo(Rupiah.of(15_000_000));
  }

  @Test
  void anEarlierKubeGrantWithCheckedHistoryFails() {
    Determination d = ENGINE.decide(Kube.program(), Group.of("K", List.of(family(1,
        b -> b.addPastGrants(new PastGrant(GrantType.KUBE, 2023)))), Optional.of(true)), DATE)
        .families().get(0).determination();

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("KUBE.NO_EARLIER_GRANT").orElseThrow().message(Language.EN))
        .isEqualTo("The family already received KUBE in 2023.");
  }

  @Test
  void proximityUnknownLeavesTheGroupUndetermined() {
    Group g = Group.of("KUBE Melati", group(5).members(), Optional.empty());

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(a.missingFacts()).extracting(Object::toString).containsExactly("liveNearEachOther");
    assertThat(ENGINE.decide(Kube.program(), g.withLiveNearEachOther(false), DATE).status())
        .isEqualTo(Status.NOT_ELIGIBLE);
  }

  static Stream<Arguments> participantAges() {
    return Stream.of(Arguments.of(17, Outcome.FAIL), Arguments.of(18, Outcome.PASS),
        Arguments.of(60, Outcome.PASS), Arguments.of(61, Outcome.FAIL));
  }

  @ParameterizedTest(name = "participant aged {0}: {1}")
  @MethodSource("participantAges")
  void participantAgedWithin18To60(int age, Outcome expected) {
    Person p = Households.person(DATE.minusYears(age), Sex.FEMALE, Relationship.HEAD,
        Occupation.TRADER, 1).maritalStatus(MaritalStatus.MARRIED).build();
    Group.Member m = Group.Member.of(Household.builder().from(family(9).household())
        .members(List.of(p)).build(), p.nik());

    Determination d = ENGINE.decide(Kube.program(), Group.of("K", List.of(m), Optional.of(true)), DATE)
        .families().get(0).determination();

    assertThat(d.result("KUBE.AGE_BAND").orElseThrow().outcome()).isEqualTo(expected);
  }

  static Stream<Arguments> maritalStatuses() {
    return Stream.of(Arguments.of(Optional.of(MaritalStatus.MARRIED), Status.ELIGIBLE),
        Arguments.of(Optional.of(MaritalStatus.SINGLE), Status.NOT_ELIGIBLE),
        Arguments.of(Optional.of(MaritalStatus.WIDOWED), Status.NOT_ELIGIBLE),
        Arguments.of(Optional.of(MaritalStatus.DIVORCED), Status.NOT_ELIGIBLE),
        Arguments.of(Optional.empty(), Status.UNDETERMINED));
  }

  @ParameterizedTest(name = "participant {0}: {1}")
  @MethodSource("maritalStatuses")
  void participantIsMarried(Optional<MaritalStatus> status, Status expected) {
    Person p = Person.builder().from(family(1).household().members().get(0))
        .maritalStatus(status).build();
    Group.Member m = Group.Member.of(Household.builder().from(family(1).household())
        .members(List.of(p)).build(), p.nik());

    Determination d = ENGINE.decide(Kube.program(), Group.of("K", List.of(m), Optional.of(true)), DATE)
        .families().get(0).determination();

    assertThat(d.status()).isEqualTo(expected);
  }

  @Test
  void anExcludedOccupationInAMemberFamilyExcludesThatFamily() {
    Person wife = Households.person(DATE.minusYears(33), Sex.FEMALE, Relationship.SPOUSE,
        Occupation.ASN, 2).build();
    Group g = withMember(group(5), 1, family(1, b -> b.addMembers(wife)));

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.families().get(1).determination().result("KUBE.NO_EXCLUDED_OCCUPATION")
        .orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(a.status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void aMemberFamilyDomiciledInAnotherProvinceIsNotEligibleWhileOneInJawaTimurIs() {
    Group g = withMember(group(5), 1,
        family(1, b -> b.domicile(id.bansos.core.region.RegionCode.parse("33.74.01.1001"))));

    GroupAssessment a = ENGINE.decide(Kube.program(), g, DATE);

    assertThat(a.families().get(1).determination().status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(a.families().get(1).determination().result("KUBE.COVERED_REGION").orElseThrow()
        .outcome()).isEqualTo(Outcome.FAIL);
    assertThat(a.families().get(0).determination().status()).isEqualTo(Status.ELIGIBLE);
  }

  static Stream<Arguments> years() {
    return Stream.of(
        Arguments.of(LocalDate.of(2020, 1, 1), 2_000_000L, Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2021, 12, 31), 2_000_000L, Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2022, 1, 1), 3_000_000L, Confidence.INFERRED),
        Arguments.of(LocalDate.of(2022, 12, 31), 3_000_000L, Confidence.INFERRED),
        Arguments.of(LocalDate.of(2023, 1, 1), 3_000_000L, Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2026, 1, 1), 3_000_000L, Confidence.ASSUMED));
  }

  @ParameterizedTest(name = "{0}: Rp{1} ({2})")
  @MethodSource("years")
  void benefitPerMemberByYear(LocalDate date, long amount, Confidence confidence) {
    List<Group.Member> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add(family(i, b -> b.registry(RegistryStatus.dtsen(Desil.of(2), date))));
    }

    GroupAssessment a = ENGINE.decide(Kube.program(), Group.of("K", members, Optional.of(true)), date);

    assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
    var benefit = a.benefitPerBeneficiary().orElseThrow();
    assertThat(benefit.schedule().amountPerPayment()).contains(Rupiah.of(amount));
    assertThat(benefit.schedule().form()).isEqualTo(BenefitForm.BUSINESS_CAPITAL);
    assertThat(benefit.source().confidence()).isEqualTo(confidence);
    assertThat(a.groupTotal()).isEqualTo(Rupiah.of(amount * 5));
  }

  @Test
  void notInForceBefore2020() {
    GroupAssessment a = ENGINE.decide(Kube.program(), group(5), LocalDate.of(2019, 12, 31));

    assertThat(a.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(a.result("KUBE.PROGRAM_IN_FORCE").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void screeningOneHouseholdExplainsThatKubeNeedsAGroup() {
    Household h = family(1).household();

    Determination d = Engine.of(CATALOG).assess(h, DATE).determination("KUBE").orElseThrow();

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.result("KUBE.GROUP_REQUIRED")).isPresent();
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("group");
    assertThat(d.result("KUBE.GROUP_REQUIRED").orElseThrow().message(Language.EN))
        .contains("decided for the group");
  }

  @Test
  void aMissingParameterMakesEachFamilyUndeterminedNamingIt() {
    Catalog withoutAmount = CATALOG.derive("no amount")
        .replace(id.bansos.rules.param.Parameter.of(Kube.BENEFIT, "none", List.of())).build();

    GroupAssessment a = Engine.of(withoutAmount).decide(Kube.program(), group(5), DATE);

    assertThat(a.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(a.families().get(0).determination().missingFacts()).extracting(Object::toString)
        .containsExactly("parameter KUBE.BENEFIT");
  }

  @Test
  void aParticipantNotOnTheCardIsRejected() {
    Group.Member m = family(1);
    Nik stranger = Households.nik(LocalDate.of(1990, 1, 1), Sex.MALE, 77);

    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> Group.of("K", List.of(m, m, Group.Member.of(family(2).household(),
            stranger)), Optional.empty()));

    assertThat(e.codes()).containsExactly("GROUP_DUPLICATE_KK", "GROUP_PARTICIPANT_NOT_ON_CARD");
    assertThat(e.getMessage()).doesNotContain(stranger.value());
  }

  @Test
  void groupToStringShowsNoPersonalData() {
    Group g = group(5);

    assertThat(g.toString()).isEqualTo("Group{name=KUBE Mawar, members=5, liveNearEachOther=true}");
    assertThat(g.members().get(0).toString())
        .doesNotContain(g.members().get(0).participant().value())
        .doesNotContain(g.members().get(0).household().kkNumber().value());
  }
}
