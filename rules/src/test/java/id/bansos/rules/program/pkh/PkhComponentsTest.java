package id.bansos.rules.program.pkh;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Catalog;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.Language;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Outcome;
import id.bansos.rules.Text;
import id.bansos.rules.program.Declared;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The national PKH's component test, one member at a time: its outcome, the components and the
 * source it shows, and the one fact it still needs, whether the components are derived from the
 * members' facts or recorded by Kemensos. Ages are on {@link #DATE}; PKH's early-childhood ages
 * are 0-6, its pupil ages 6-21, its elderly age 70, and the statutory lansia age (the recorded
 * elderly component's) 60.
 */
class PkhComponentsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static final Set<PkhComponent> DERIVED = Set.of();

  /** A member aged {@code age} on {@link #DATE}, of the given sex, and no other fact. */
  private static ImmutablePerson.Builder aged(int age, Sex sex) {
    LocalDate birth = LocalDate.of(DATE.getYear() - age, 1, 1);
    return Person.builder().nik(Households.nik(birth, sex, 2)).birthDate(birth).sex(sex)
        .relationship(Relationship.CHILD).occupation(Occupation.NOT_WORKING);
  }

  /** {@link #aged} with no disability and not pregnant, so that one fact at a time decides. */
  private static ImmutablePerson.Builder plain(int age, Sex sex) {
    return aged(age, sex).hasDisability(false)
        .putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, false);
  }

  private static ImmutablePerson.Builder boy(int age) {
    return plain(age, Sex.MALE);
  }

  private static ImmutableHousehold family(Set<PkhComponent> recorded, Person... members) {
    ImmutableHousehold.Builder b = Household.builder().kkNumber(KkNumber.parse("3526010101200001"))
        .addMembers(Households.person(LocalDate.of(1980, 3, 10), Sex.MALE, Relationship.HEAD,
            Occupation.FARMER, 1).hasDisability(false).build())
        .addMembers(members)
        .domicile(Households.BANGKALAN_DESA)
        .registry(RegistryStatus.dtsen(Desil.of(2), LocalDate.of(2025, 3, 1)))
        .putAid(AidProgram.PKH, true);
    if (!recorded.isEmpty()) {
      b.putExtensions(NationalPkh.COMPONENTS, EnumSet.copyOf(recorded));
    }
    return b.build();
  }

  /** Decides with the program declared anew, so that the rules' objects are built anew too. */
  private static Determination decide(Household h) {
    Engine engine = Engine.of(Catalog.of("test", List.of(Declared.anew(NationalPkh.class))));
    return engine.assess(h, DATE).determination(NationalPkh.CODE).orElseThrow();
  }

  private static CriterionResult componentOf(Determination d, Person member) {
    return d.members().stream().filter(m -> m.member().equals(member.nik()))
        .flatMap(m -> m.criteria().stream()).filter(r -> r.code().equals("PKH.COMPONENT"))
        .findFirst().orElseThrow();
  }

  private static Optional<Object> shown(CriterionResult r, String name) {
    return r.facts().stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst();
  }

  private static Optional<Object> shown(Determination d, String code, String name) {
    return shown(d.result(code).orElseThrow(), name);
  }

  /** The missing facts' names, without the member they concern. */
  private static List<String> missingNames(CriterionResult r) {
    List<String> names = new ArrayList<>();
    for (MissingFact m : r.missingFacts()) {
      names.add(m.path().substring(m.path().lastIndexOf('.') + 1));
    }
    return names;
  }

  static Stream<Arguments> members() {
    Set<PkhComponent> pregnancy = Set.of(PkhComponent.PREGNANT_OR_POSTPARTUM);
    Set<PkhComponent> sma = Set.of(PkhComponent.SMA);
    return Stream.of(
        // Pregnancy.
        Arguments.of("pregnant woman", DERIVED, plain(30, Sex.FEMALE)
            .putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, true).build(),
            Outcome.PASS, List.of(PkhComponent.PREGNANT_OR_POSTPARTUM), ""),
        Arguments.of("woman, pregnancy not recorded", DERIVED,
            aged(30, Sex.FEMALE).hasDisability(false).build(), Outcome.UNKNOWN, List.of(),
            "pregnantOrPostpartum"),
        Arguments.of("man, pregnancy not recorded", DERIVED,
            aged(30, Sex.MALE).hasDisability(false).build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("sex and pregnancy not recorded", DERIVED,
            Person.builder().from(aged(30, Sex.MALE).hasDisability(false).build())
                .sex(Optional.empty()).build(), Outcome.UNKNOWN, List.of(), "pregnantOrPostpartum"),
        Arguments.of("recorded pregnancy: a girl of 6 is not asked", pregnancy,
            aged(6, Sex.FEMALE).build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded pregnancy: a girl of 7 is asked", pregnancy,
            aged(7, Sex.FEMALE).build(), Outcome.UNKNOWN, List.of(), "pregnantOrPostpartum"),
        Arguments.of("recorded pregnancy: a woman of unknown age is asked", pregnancy,
            Person.builder().from(aged(30, Sex.FEMALE).build()).birthDate(Optional.empty())
                .build(), Outcome.UNKNOWN, List.of(), "pregnantOrPostpartum"),
        Arguments.of("recorded pregnancy: a pregnant woman", pregnancy, plain(30, Sex.FEMALE)
            .putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, true).build(),
            Outcome.PASS, List.of(PkhComponent.PREGNANT_OR_POSTPARTUM), ""),
        Arguments.of("recorded pregnancy: the record decides, even for a man", pregnancy,
            plain(30, Sex.MALE).putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, true).build(),
            Outcome.PASS, List.of(PkhComponent.PREGNANT_OR_POSTPARTUM), ""),
        Arguments.of("recorded pregnancy: not pregnant", pregnancy, plain(30, Sex.FEMALE).build(),
            Outcome.FAIL, List.of(), ""),
        // Early childhood and school.
        Arguments.of("toddler", DERIVED, boy(3).build(), Outcome.PASS,
            List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("six, not in school", DERIVED,
            boy(6).schoolLevel(SchoolLevel.NOT_IN_SCHOOL).build(), Outcome.PASS,
            List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("six, at kindergarten", DERIVED,
            boy(6).schoolLevel(SchoolLevel.EARLY_CHILDHOOD).build(), Outcome.PASS,
            List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("six, at SD", DERIVED, boy(6).schoolLevel(SchoolLevel.SD).build(),
            Outcome.PASS, List.of(PkhComponent.SD), ""),
        Arguments.of("six, school not recorded", DERIVED, boy(6).build(), Outcome.UNKNOWN,
            List.of(), "schoolLevel"),
        Arguments.of("three, at SD: too young to count as a pupil", DERIVED,
            boy(3).schoolLevel(SchoolLevel.SD).build(), Outcome.PASS,
            List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("ten, at SMP", DERIVED, boy(10).schoolLevel(SchoolLevel.SMP).build(),
            Outcome.PASS, List.of(PkhComponent.SMP), ""),
        Arguments.of("ten, not in school", DERIVED,
            boy(10).schoolLevel(SchoolLevel.NOT_IN_SCHOOL).build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("ten, school not recorded", DERIVED, boy(10).build(), Outcome.UNKNOWN,
            List.of(), "schoolLevel"),
        Arguments.of("twenty-one, at SMA", DERIVED, boy(21).schoolLevel(SchoolLevel.SMA).build(),
            Outcome.PASS, List.of(PkhComponent.SMA), ""),
        Arguments.of("twenty-two, at SMA", DERIVED, boy(22).schoolLevel(SchoolLevel.SMA).build(),
            Outcome.FAIL, List.of(), ""),
        Arguments.of("twenty-two, school not recorded", DERIVED, boy(22).build(), Outcome.FAIL,
            List.of(), ""),
        Arguments.of("age not recorded, at SD", DERIVED,
            Person.builder().from(boy(10).schoolLevel(SchoolLevel.SD).build())
                .birthDate(Optional.empty()).build(), Outcome.UNKNOWN, List.of(), "birthDate"),
        Arguments.of("recorded SMA: twenty-two at SMA", sma,
            boy(22).schoolLevel(SchoolLevel.SMA).build(), Outcome.PASS,
            List.of(PkhComponent.SMA), ""),
        Arguments.of("recorded SMA: twenty-two, school not recorded", sma, boy(22).build(),
            Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded SMA: ten, school not recorded", sma, boy(10).build(),
            Outcome.UNKNOWN, List.of(), "schoolLevel"),
        Arguments.of("recorded SMA: ten at SMP", sma, boy(10).schoolLevel(SchoolLevel.SMP).build(),
            Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded SMA: age not recorded, at SMA", sma,
            Person.builder().from(boy(10).schoolLevel(SchoolLevel.SMA).build())
                .birthDate(Optional.empty()).build(), Outcome.PASS,
            List.of(PkhComponent.SMA), ""),
        Arguments.of("recorded SMA: toddler", sma, boy(3).build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded early childhood: six, school not recorded",
            Set.of(PkhComponent.EARLY_CHILDHOOD), boy(6).build(), Outcome.PASS,
            List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("recorded early childhood: six at SD",
            Set.of(PkhComponent.EARLY_CHILDHOOD), boy(6).schoolLevel(SchoolLevel.SD).build(),
            Outcome.PASS, List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("recorded early childhood and SD: six at SD",
            Set.of(PkhComponent.EARLY_CHILDHOOD, PkhComponent.SD),
            boy(6).schoolLevel(SchoolLevel.SD).build(), Outcome.PASS, List.of(PkhComponent.SD),
            ""),
        Arguments.of("recorded early childhood and SD: six at SMP",
            Set.of(PkhComponent.EARLY_CHILDHOOD, PkhComponent.SD),
            boy(6).schoolLevel(SchoolLevel.SMP).build(), Outcome.PASS,
            List.of(PkhComponent.EARLY_CHILDHOOD), ""),
        Arguments.of("recorded early childhood and SD: three at SD",
            Set.of(PkhComponent.EARLY_CHILDHOOD, PkhComponent.SD),
            boy(3).schoolLevel(SchoolLevel.SD).build(), Outcome.PASS, List.of(PkhComponent.SD),
            ""),
        Arguments.of("recorded early childhood and SD: six, school not recorded",
            Set.of(PkhComponent.EARLY_CHILDHOOD, PkhComponent.SD), boy(6).build(),
            Outcome.UNKNOWN, List.of(), "schoolLevel"),
        // Elderly.
        Arguments.of("sixty-nine", DERIVED, boy(69).build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("seventy", DERIVED, boy(70).build(), Outcome.PASS,
            List.of(PkhComponent.ELDERLY), ""),
        Arguments.of("recorded elderly: sixty", Set.of(PkhComponent.ELDERLY), boy(60).build(),
            Outcome.PASS, List.of(PkhComponent.ELDERLY), ""),
        Arguments.of("recorded elderly: fifty-nine", Set.of(PkhComponent.ELDERLY), boy(59).build(),
            Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded elderly: a woman of 30 is not asked about pregnancy",
            Set.of(PkhComponent.ELDERLY), aged(30, Sex.FEMALE).hasDisability(false).build(),
            Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded pregnancy: a man is not asked about a disability",
            Set.of(PkhComponent.PREGNANT_OR_POSTPARTUM), aged(30, Sex.MALE).build(),
            Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded elderly: a toddler is not early childhood",
            Set.of(PkhComponent.ELDERLY), boy(3).build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("recorded elderly: age not recorded", Set.of(PkhComponent.ELDERLY),
            Person.builder().from(boy(60).build()).birthDate(Optional.empty()).build(),
            Outcome.UNKNOWN, List.of(), "birthDate"),
        // Disability.
        Arguments.of("severe disability", DERIVED, plain(30, Sex.MALE).hasDisability(true)
            .addDisabilities(Disability.severe(DisabilityKind.PHYSICAL)).build(), Outcome.PASS,
            List.of(PkhComponent.SEVERE_DISABILITY), ""),
        Arguments.of("moderate disability", DERIVED, plain(30, Sex.MALE).hasDisability(true)
            .addDisabilities(new Disability(DisabilityKind.PHYSICAL,
                Optional.of(DisabilitySeverity.MODERATE), Optional.empty(), Optional.empty()))
                .build(), Outcome.FAIL, List.of(), ""),
        Arguments.of("disability of unknown severity", DERIVED, plain(30, Sex.MALE)
            .hasDisability(true).addDisabilities(Disability.of(DisabilityKind.PHYSICAL)).build(),
            Outcome.UNKNOWN, List.of(), "severity"),
        Arguments.of("one disability of unknown severity, one severe", DERIVED,
            plain(30, Sex.MALE).hasDisability(true)
                .addDisabilities(Disability.of(DisabilityKind.MENTAL),
                    Disability.severe(DisabilityKind.PHYSICAL)).build(),
            Outcome.PASS, List.of(PkhComponent.SEVERE_DISABILITY), ""),
        Arguments.of("a disability without details", DERIVED,
            plain(30, Sex.MALE).hasDisability(true).build(), Outcome.UNKNOWN, List.of(),
            "disabilities"),
        Arguments.of("disability not recorded", DERIVED,
            Person.builder().from(plain(30, Sex.MALE).build()).hasDisability(Optional.empty())
                .build(), Outcome.UNKNOWN, List.of(), "hasDisability"),
        Arguments.of("recorded disability: severe", Set.of(PkhComponent.SEVERE_DISABILITY),
            aged(30, Sex.FEMALE).addDisabilities(Disability.severe(DisabilityKind.PHYSICAL))
                .build(), Outcome.PASS, List.of(PkhComponent.SEVERE_DISABILITY), ""),
        Arguments.of("recorded disability: a woman without one is not asked about pregnancy",
            Set.of(PkhComponent.SEVERE_DISABILITY), aged(30, Sex.FEMALE).hasDisability(false)
                .build(), Outcome.FAIL, List.of(), ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("members")
  void theComponentTestDecidesShowsAndAsks(String name, Set<PkhComponent> recorded,
      Person member, Outcome outcome, List<PkhComponent> components, String missing) {
    CriterionResult r = componentOf(decide(family(recorded, member)), member);

    assertThat(r.outcome()).as(name).isEqualTo(outcome);
    if (outcome == Outcome.PASS) {
      assertThat(shown(r, "components")).as(name).contains(components);
      assertThat(shown(r, "componentSource")).as(name)
          .contains(recorded.isEmpty() ? ComponentSources.DERIVED : ComponentSources.RECORDED);
      assertThat(r.missingFacts()).as(name).isEmpty();
    } else {
      assertThat(shown(r, "components")).as(name).isEmpty();
    }
    if (outcome == Outcome.UNKNOWN) {
      assertThat(missingNames(r)).as(name).containsExactly(missing);
    }
    if (outcome == Outcome.FAIL) {
      assertThat(r.missingFacts()).as(name).isEmpty();
    }
  }

  @Test
  void theCapReportNamesWhatTheRecordLeavesOutAndWhatNobodyMatches() {
    // A toddler (early childhood by the facts) in a family for which Kemensos recorded SD and
    // the elderly component; the grandmother is 65, elderly by the statutory age.
    ImmutablePerson toddler = boy(3).build();
    ImmutablePerson grandmother = plain(65, Sex.FEMALE).relationship(Relationship.PARENT).build();
    Determination d = decide(family(Set.of(PkhComponent.SD, PkhComponent.ELDERLY), toddler,
        grandmother));

    assertThat(d.status()).as(d.toString()).isEqualTo(id.bansos.rules.Status.ELIGIBLE);
    assertThat(shown(d, "PKH.COMPONENT_CAP", "granted")).contains(1);
    assertThat(shown(d, "PKH.COMPONENT_CAP", "componentSource"))
        .contains(ComponentSources.RECORDED);
    @SuppressWarnings("unchecked")
    List<Text> dropped = (List<Text>) shown(d, "PKH.COMPONENT_CAP", "dropped").orElseThrow();
    assertThat(dropped).extracting(t -> t.in(Language.EN)).containsExactly(
        "EARLY_CHILDHOOD " + toddler.nik() + " (not recorded by Kemensos)",
        "SD (no member known to match it)");
    assertThat(d.benefits()).singleElement()
        .satisfies(b -> assertThat(b.recipient()).contains(grandmother.nik()));
  }

  @Test
  void aDerivedFamilyDropsNothingAndSaysSo() {
    Determination d = decide(family(DERIVED, boy(3).build()));

    assertThat(shown(d, "PKH.COMPONENT_CAP", "granted")).contains(1);
    assertThat(shown(d, "PKH.COMPONENT_CAP", "componentSource"))
        .contains(ComponentSources.DERIVED);
    @SuppressWarnings("unchecked")
    List<Text> dropped = (List<Text>) shown(d, "PKH.COMPONENT_CAP", "dropped").orElseThrow();
    assertThat(dropped).extracting(t -> t.in(Language.EN)).containsExactly("none");
  }

  @Test
  void aComponentOverItsLimitIsLeftOutAndNamed() {
    ImmutablePerson first = plain(1, Sex.MALE).nik(Households.nik(LocalDate.of(2024, 1, 1),
        Sex.MALE, 2)).build();
    ImmutablePerson second = plain(2, Sex.MALE).nik(Households.nik(LocalDate.of(2023, 1, 1),
        Sex.MALE, 3)).build();
    ImmutablePerson third = plain(3, Sex.MALE).nik(Households.nik(LocalDate.of(2022, 1, 1),
        Sex.MALE, 4)).build();
    Determination d = decide(family(DERIVED, first, second, third));

    assertThat(shown(d, "PKH.COMPONENT_CAP", "granted")).contains(2);
    @SuppressWarnings("unchecked")
    List<Text> dropped = (List<Text>) shown(d, "PKH.COMPONENT_CAP", "dropped").orElseThrow();
    assertThat(dropped).extracting(t -> t.in(Language.EN)).singleElement().asString()
        .startsWith("EARLY_CHILDHOOD ").endsWith(" (per-component limit)");
    assertThat(d.benefits()).hasSize(2);
  }
}
