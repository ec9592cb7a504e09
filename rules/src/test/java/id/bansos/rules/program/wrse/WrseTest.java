package id.bansos.rules.program.wrse;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.param.Confidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WrseTest {

  private static final Engine ENGINE =
      Engine.of(Catalog.of("test", List.of(Wrse.program())));
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** A woman head of family, born {@code birth}, a trader, with the given marital status. */
  static ImmutablePerson.Builder woman(LocalDate birth) {
    return Households.person(birth, Sex.FEMALE, Relationship.HEAD, Occupation.TRADER, 1);
  }

  /** A family in Bangkalan, DTSEN desil 2, grant history checked and empty. */
  static ImmutableHousehold.Builder family(Person... members) {
    return Household.builder()
        .kkNumber(KkNumber.parse("3526010101200002"))
        .addMembers(members)
        .domicile(Households.BANGKALAN_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .pastGrantsChecked(true);
  }

  static Household widowAged(int age) {
    return family(woman(DATE.minusYears(age)).maritalStatus(MaritalStatus.WIDOWED).build()).build();
  }

  static Determination wrse(Household h, LocalDate date) {
    return ENGINE.decide(Wrse.program(), h, date);
  }

  static Stream<Arguments> ages() {
    return Stream.of(Arguments.of(17, Status.NOT_ELIGIBLE), Arguments.of(18, Status.ELIGIBLE),
        Arguments.of(59, Status.ELIGIBLE), Arguments.of(60, Status.NOT_ELIGIBLE));
  }

  @ParameterizedTest(name = "aged {0}: {1}")
  @MethodSource("ages")
  void ageBandIs18To59Inclusive(int age, Status expected) {
    Determination d = wrse(widowAged(age), DATE);

    assertThat(d.status()).isEqualTo(expected);
    assertThat(d.result("WRSE.AGE_BAND").orElseThrow().outcome())
        .isEqualTo(expected == Status.ELIGIBLE ? Outcome.PASS : Outcome.FAIL);
  }

  @Test
  void ageBandOnTheDayBeforeThe60thBirthdayStillPasses() {
    Household h = widowAged(60);

    assertThat(wrse(h, DATE.minusDays(1)).status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void eligibleWidowIsTheBeneficiaryOfPutriJawaraCapital() {
    Household h = widowAged(40);

    Determination d = wrse(h, DATE);

    assertThat(d.status()).as(d.toString()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.beneficiaries())
        .containsExactly(Beneficiary.member(h.members().get(0).nik()));
    assertThat(d.result("WRSE.VULNERABLE").orElseThrow().facts())
        .anySatisfy(f -> assertThat(f.value()).isEqualTo(MaritalStatus.WIDOWED));
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(3_000_000));
  }

  static Stream<Arguments> routes() {
    LocalDate birth = DATE.minusYears(35);
    Person healthyHusband = Households.person(DATE.minusYears(40), Sex.MALE,
        Relationship.SPOUSE, Occupation.LABOURER, 2).chronicallyIll(false)
        .labourShock(LabourShock.NONE).build();
    Person illHusband = Person.builder().from(healthyHusband).chronicallyIll(true).build();
    Person laidOffHusband = Person.builder().from(healthyHusband)
        .labourShock(LabourShock.LAID_OFF).build();
    Person married = woman(birth).maritalStatus(MaritalStatus.MARRIED).abandonedBySpouse(false)
        .mainBreadwinner(true).build();
    return Stream.of(
        Arguments.of("widowed", List.of(woman(birth).maritalStatus(MaritalStatus.WIDOWED).build()),
            Status.ELIGIBLE),
        Arguments.of("divorced", List.of(woman(birth).maritalStatus(MaritalStatus.DIVORCED).build()),
            Status.ELIGIBLE),
        Arguments.of("abandoned", List.of(woman(birth).maritalStatus(MaritalStatus.MARRIED)
            .abandonedBySpouse(true).build(), healthyHusband), Status.ELIGIBLE),
        Arguments.of("breadwinner, husband ill", List.of(married, illHusband), Status.ELIGIBLE),
        Arguments.of("breadwinner, husband laid off", List.of(married, laidOffHusband),
            Status.ELIGIBLE),
        Arguments.of("breadwinner, husband healthy and working", List.of(married, healthyHusband),
            Status.NOT_ELIGIBLE),
        Arguments.of("the spouse, her husband the head and ill", List.of(Person.builder()
            .from(illHusband).relationship(Relationship.HEAD).build(), Person.builder()
            .from(married).relationship(Relationship.SPOUSE).build()), Status.ELIGIBLE),
        Arguments.of("a married daughter, her ill father the head, no husband on the card",
            List.of(Person.builder().from(illHusband).relationship(Relationship.HEAD).build(),
                Person.builder().from(married).relationship(Relationship.CHILD).build()),
            Status.UNDETERMINED),
        Arguments.of("not the breadwinner, husband ill", List.of(Person.builder().from(married)
            .mainBreadwinner(false).build(), illHusband), Status.NOT_ELIGIBLE),
        Arguments.of("single head of family (Kepmensos 24/HUK/1996)",
            List.of(woman(birth).maritalStatus(MaritalStatus.SINGLE).build()), Status.ELIGIBLE),
        Arguments.of("single daughter supported by her family", List.of(woman(birth)
            .maritalStatus(MaritalStatus.SINGLE).relationship(Relationship.CHILD)
            .mainBreadwinner(false).build()), Status.NOT_ELIGIBLE),
        Arguments.of("single daughter who supports her family", List.of(woman(birth)
            .maritalStatus(MaritalStatus.SINGLE).relationship(Relationship.CHILD)
            .mainBreadwinner(true).build()), Status.ELIGIBLE),
        Arguments.of("marital status unknown", List.of(woman(birth).build()),
            Status.UNDETERMINED),
        Arguments.of("breadwinner unknown, husband ill", List.of(Person.builder().from(married)
            .mainBreadwinner(Optional.empty()).build(), illHusband), Status.UNDETERMINED),
        Arguments.of("breadwinner, husband's health unknown", List.of(married,
            Households.person(DATE.minusYears(40), Sex.MALE, Relationship.SPOUSE,
                Occupation.LABOURER, 2).build()), Status.UNDETERMINED));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("routes")
  void eachRouteIntoWrse(String route, List<Person> members, Status expected) {
    Household h = family(members.toArray(new Person[0])).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).as(route).isEqualTo(expected);
    Outcome vulnerable = d.result("WRSE.VULNERABLE").orElseThrow().outcome();
    assertThat(vulnerable).as(route).isEqualTo(switch (expected) {
      case ELIGIBLE -> Outcome.PASS;
      case NOT_ELIGIBLE -> Outcome.FAIL;
      case UNDETERMINED -> Outcome.UNKNOWN;
    });
  }

  @Test
  void aSpouseOfUnrecordedSexIsHerHusbandAndOneRecordedFemaleIsNot() {
    Person married = woman(DATE.minusYears(35)).maritalStatus(MaritalStatus.MARRIED)
        .abandonedBySpouse(false).mainBreadwinner(true).build();
    Person ill = Households.person(DATE.minusYears(40), Sex.MALE, Relationship.SPOUSE,
        Occupation.LABOURER, 2).chronicallyIll(true).labourShock(LabourShock.NONE).build();

    Determination unrecorded =
        wrse(family(married, Person.builder().from(ill).sex(Optional.empty()).build()).build(),
            DATE);
    Determination female = wrse(family(married, Households.person(DATE.minusYears(40),
        Sex.FEMALE, Relationship.SPOUSE, Occupation.LABOURER, 2).chronicallyIll(true)
        .labourShock(LabourShock.NONE).build()).build(), DATE);

    assertThat(unrecorded.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(unrecorded.beneficiaries()).extracting(b -> b.member().orElseThrow())
        .containsExactly(married.nik());
    assertThat(unrecorded.members()).filteredOn(m -> m.member().equals(married.nik()))
        .singleElement().satisfies(m -> assertThat(m.criteria())
            .filteredOn(c -> c.code().equals("WRSE.VULNERABLE")).singleElement()
            .satisfies(c -> assertThat(c.facts()).anySatisfy(f ->
                assertThat(f.value()).isEqualTo("BREADWINNER_HUSBAND_ILL"))));
    // A woman recorded as the spouse is not her husband: none is on the card.
    assertThat(female.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(female.missingFacts().toString()).contains("husband")
        .doesNotContain("husband.chronicallyIll");
  }

  @Test
  void unknownMaritalStatusIsNamedAsMissing() {
    Household h = family(woman(DATE.minusYears(35)).build()).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts().toString()).contains("maritalStatus")
        .contains("abandonedBySpouse").contains("mainBreadwinner");
  }

  @Test
  void husbandsHealthUnknownNamesHisFacts() {
    Person married = woman(DATE.minusYears(35)).maritalStatus(MaritalStatus.MARRIED)
        .abandonedBySpouse(false).mainBreadwinner(true).build();
    Person husband = Households.person(DATE.minusYears(40), Sex.MALE, Relationship.SPOUSE,
        Occupation.LABOURER, 2).build();

    Determination d = wrse(family(married, husband).build(), DATE);

    assertThat(d.missingFacts().toString()).contains("husband.chronicallyIll")
        .contains("husband.labourShock").doesNotContain("mainBreadwinner");
  }

  @Test
  void aMaleOnlyFamilyIsNotEligible() {
    Household h = family(Households.person(DATE.minusYears(40), Sex.MALE, Relationship.HEAD,
        Occupation.FARMER, 1).maritalStatus(MaritalStatus.WIDOWED).build()).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("WRSE.FEMALE").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void anEarlierWrseGrantExcludes() {
    Household h = Household.builder().from(widowAged(40))
        .addPastGrants(new PastGrant(GrantType.WRSE, 2022)).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("WRSE.NO_EARLIER_GRANT").orElseThrow().message(Language.EN))
        .isEqualTo("The family already received WRSE in 2022.");
  }

  @Test
  void anEarlierGrantOfAnotherProgramDoesNotExclude() {
    Household h = Household.builder().from(widowAged(40))
        .addPastGrants(new PastGrant(GrantType.KUBE, 2022)).build();

    assertThat(wrse(h, DATE).status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void anUncheckedGrantHistoryIsUnknown() {
    Household h = Household.builder().from(widowAged(40)).pastGrantsChecked(false).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(Object::toString).containsExactly("pastGrants");
  }

  @Test
  void aListedGrantFailsEvenWhenTheHistoryIsNotMarkedChecked() {
    Household h = Household.builder().from(widowAged(40)).pastGrantsChecked(false)
        .addPastGrants(new PastGrant(GrantType.WRSE, 2019)).build();

    assertThat(wrse(h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void anExcludedOccupationInTheFamilyExcludes() {
    Person son = Households.person(DATE.minusYears(22), Sex.MALE, Relationship.CHILD,
        Occupation.POLRI, 2).build();
    Household h = Household.builder().from(widowAged(45)).addMembers(son).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(d.result("WRSE.NO_EXCLUDED_OCCUPATION").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void aFamilyInDesil4In2025Qualifies() {
    Household h = Household.builder().from(widowAged(40))
        .registry(RegistryStatus.dtsen(Desil.of(4), LocalDate.of(2025, 3, 1))).build();

    Determination d = wrse(h, DATE);

    assertThat(d.result("WRSE.REGISTRY").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void theRegisterRuleTurnsToDesilOnTheFirstDayOfTwentyTwentyFive() {
    Household h = Household.builder().from(widowAged(40))
        .registry(RegistryStatus.dtks(LocalDate.of(2024, 11, 10))).build();

    assertThat(wrse(h, LocalDate.of(2024, 12, 31)).result("WRSE.REGISTRY").orElseThrow()
        .outcome()).isEqualTo(Outcome.PASS);
    Determination d = wrse(h, LocalDate.of(2025, 1, 1));
    assertThat(d.result("WRSE.REGISTRY").orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(d.missingFacts()).extracting(Object::toString).contains("registry.desil");
  }

  @Test
  void aFamilyAboveDesil4In2025IsNotEligible() {
    Household h = Household.builder().from(widowAged(40))
        .registry(RegistryStatus.dtsen(Desil.of(5), LocalDate.of(2025, 3, 1))).build();

    assertThat(wrse(h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void oneWomanPerFamilyIsPaidTheHeadFirst() {
    Person head = woman(DATE.minusYears(50)).maritalStatus(MaritalStatus.WIDOWED).build();
    Person daughter = Households.person(DATE.minusYears(25), Sex.FEMALE, Relationship.CHILD,
        Occupation.TRADER, 2).maritalStatus(MaritalStatus.DIVORCED).build();

    Determination d = wrse(family(daughter, head).build(), DATE);

    assertThat(d.beneficiaries()).containsExactly(Beneficiary.member(head.nik()));
  }

  static Stream<Arguments> years() {
    return Stream.of(
        Arguments.of(LocalDate.of(2018, 6, 1), 2_500_000L, BenefitForm.GOODS, Confidence.CONFIRMED),
        Arguments.of(LocalDate.of(2019, 1, 1), 2_500_000L, BenefitForm.GOODS, Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2023, 6, 1), 2_500_000L, BenefitForm.GOODS, Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2024, 12, 31), 2_500_000L, BenefitForm.GOODS, Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2025, 1, 1), 3_000_000L, BenefitForm.BUSINESS_CAPITAL,
            Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2025, 10, 26), 3_000_000L, BenefitForm.BUSINESS_CAPITAL,
            Confidence.ASSUMED),
        Arguments.of(LocalDate.of(2025, 10, 27), 3_000_000L, BenefitForm.BUSINESS_CAPITAL,
            Confidence.CONFIRMED),
        Arguments.of(LocalDate.of(2026, 6, 1), 3_000_000L, BenefitForm.BUSINESS_CAPITAL,
            Confidence.ASSUMED));
  }

  @ParameterizedTest(name = "{0}: Rp{1} {2} ({3})")
  @MethodSource("years")
  void benefitByYear(LocalDate date, long amount, BenefitForm form, Confidence confidence) {
    Household h = Household.builder().from(family(woman(date.minusYears(40))
            .maritalStatus(MaritalStatus.WIDOWED).build()).build())
        .registry(RegistryStatus.dtsen(Desil.of(1), date)).build();

    Determination d = wrse(h, date);

    assertThat(d.status()).as(d.toString()).isEqualTo(Status.ELIGIBLE);
    BenefitSchedule s = d.benefits().get(0).schedule();
    assertThat(s.amountPerPayment()).contains(Rupiah.of(amount));
    assertThat(s.form()).isEqualTo(form);
    assertThat(d.benefits().get(0).source().confidence()).isEqualTo(confidence);
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(amount));
  }

  @Test
  void putriJawaraIsPaidOnceThroughBankJatim() {
    BenefitSchedule s = wrse(widowAged(40), DATE).benefits().get(0).schedule();

    assertThat(s.channel()).contains("Bank Jatim");
    assertThat(s.paymentsPerYear()).isEqualTo(1);
  }

  @Test
  void notInForceBefore2018() {
    Household h = widowAged(40);

    assertThat(ENGINE.assess(h, LocalDate.of(2017, 12, 31)).determination("WRSE")).isEmpty();
    assertThat(ENGINE.assess(h, LocalDate.of(2018, 1, 1)).determination("WRSE")).isPresent();
  }

  @Test
  void anRsbkwGraduateReceivesTheGraduateCapital() {
    Household h = family(woman(DATE.minusYears(30)).maritalStatus(MaritalStatus.DIVORCED)
        .putExtensions(Wrse.GRADUATE_OF_UPT_RSBKW, true).build()).build();

    Determination d = wrse(h, DATE);

    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.result("WRSE.RSBKW_GRADUATE").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(d.result("WRSE.RSBKW_GRADUATE").orElseThrow().facts())
        .filteredOn(f -> f.name().equals("member")).singleElement()
        .satisfies(f -> assertThat(d.beneficiaries())
            .containsExactly(id.bansos.rules.Beneficiary.member((id.bansos.core.identity.Nik) f.value())));
    assertThat(d.yearlyTotal()).isEqualTo(Rupiah.of(5_000_000));
    assertThat(d.benefits().get(0).source().key()).isEqualTo(Wrse.RSBKW_GRADUATE_BENEFIT);
  }

  @Test
  void aWomanNotRecordedAsGraduateGetsTheRegularBenefit() {
    Household h = family(woman(DATE.minusYears(30)).maritalStatus(MaritalStatus.DIVORCED)
        .putExtensions(Wrse.GRADUATE_OF_UPT_RSBKW, false).build()).build();

    Determination d = wrse(h, DATE);

    assertThat(d.result("WRSE.RSBKW_GRADUATE")).isEmpty();
    assertThat(d.benefits().get(0).source().key()).isEqualTo(Wrse.BENEFIT);
  }

  @Test
  void anRsbkwGraduateStillNeedsTheWrseConditions() {
    Household h = family(woman(DATE.minusYears(30)).maritalStatus(MaritalStatus.SINGLE)
        .relationship(Relationship.CHILD).mainBreadwinner(false).putExtensions(Wrse.GRADUATE_OF_UPT_RSBKW, true)
        .build()).build();

    assertThat(wrse(h, DATE).status()).isEqualTo(Status.NOT_ELIGIBLE);
  }

  @Test
  void explanationsRenderInBothLanguages() {
    Determination d = wrse(widowAged(40), DATE);

    assertThat(d.result("WRSE.AGE_BAND").orElseThrow().message(Language.EN))
        .isEqualTo("Aged 40, within 18-59.");
    assertThat(d.result("WRSE.VULNERABLE").orElseThrow().message(Language.ID))
        .isEqualTo("Memenuhi syarat rawan sosial ekonomi: cerai mati (janda/duda).");
  }
}
