package id.bansos.rules.program.ldp;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Catalog;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Fact;
import id.bansos.rules.Households;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the Covid-orphan support shows beside its decision: which parent Covid-19 took, the orphan
 * kind and the carer priority on the parents' criterion, and why the companion cash is or is not
 * granted on the poor-family report. Values are compared with each other, not with their wording.
 */
class CovidOrphanExplanationTest {

  private static final Catalog CATALOG = Catalog.of("test", List.of(CovidOrphanSupport.program()));
  private static final Engine ENGINE = Engine.of(CATALOG);
  private static final LocalDate SEPTEMBER = LocalDate.of(2021, 9, 1);
  private static final LocalDate NOVEMBER = LocalDate.of(2021, 11, 15);
  private static final String PARENT_LOST = "LDP_COVID_ORPHAN.PARENT_LOST_TO_COVID";
  private static final String POOR_FAMILY = "LDP_COVID_ORPHAN.POOR_FAMILY";
  private static final ParentStatus COVID =
      ParentStatus.deceased(LocalDate.of(2021, 7, 10), DeathCause.COVID_19);

  private static ImmutablePerson.Builder child() {
    return Households.person(LocalDate.of(2010, 5, 5), Sex.FEMALE, Relationship.CHILD,
        Occupation.STUDENT, 2).schoolLevel(SchoolLevel.SMP);
  }

  private static Household family(ImmutablePerson.Builder child) {
    return Household.builder().kkNumber(KkNumber.parse("3578010101200001"))
        .addMembers(Households.person(LocalDate.of(1982, 3, 3), Sex.FEMALE, Relationship.HEAD,
            Occupation.TRADER, 1).build())
        .addMembers(child.build())
        .domicile(Households.SURABAYA_KELURAHAN)
        .build();
  }

  private static Household withRegistry(Household h, RegistryStatus status) {
    return Household.builder().from(h).registry(status).build();
  }

  private static Determination decide(Engine engine, Household h, LocalDate date) {
    return engine.assess(h, date).determination(CovidOrphanSupport.CODE).orElseThrow();
  }

  private static Optional<Object> shown(CriterionResult r, String name) {
    return r.facts().stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst();
  }

  private static CriterionResult parentLost(Household h, LocalDate date) {
    return decide(ENGINE, h, date).members().stream().flatMap(m -> m.criteria().stream())
        .filter(r -> r.code().equals(PARENT_LOST)).findFirst().orElseThrow();
  }

  @Test
  void theLossShowsWhichParentAndTheOrphanKind() {
    CriterionResult father = parentLost(family(child().father(COVID)
        .mother(ParentStatus.living()).putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, true)),
        SEPTEMBER);
    CriterionResult mother = parentLost(family(child().father(ParentStatus.living())
        .mother(COVID).putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, false)), SEPTEMBER);
    CriterionResult both = parentLost(family(child().father(COVID).mother(COVID)), SEPTEMBER);

    assertThat(List.of(father, mother, both)).extracting(CriterionResult::outcome)
        .containsOnly(Outcome.PASS);
    assertThat(shown(father, "orphanKind")).contains(OrphanKind.YATIM);
    assertThat(shown(mother, "orphanKind")).contains(OrphanKind.PIATU);
    assertThat(shown(both, "orphanKind")).contains(OrphanKind.YATIM_PIATU);
    Set<Object> losses = new HashSet<>();
    for (CriterionResult r : List.of(father, mother, both)) {
      losses.add(shown(r, "covidLoss").orElseThrow());
    }
    assertThat(losses).as("father, mother and both are told apart").hasSize(3);
    assertThat(shown(father, "priority.hasCapableCarer")).contains(true);
    assertThat(shown(mother, "priority.hasCapableCarer")).contains(false);
    assertThat(shown(both, "priority.hasCapableCarer")).get().isNotInstanceOf(Boolean.class);
  }

  @Test
  void aParentWhoDiesAfterTheDateIsNeitherLostNorDeceased() {
    ParentStatus later = ParentStatus.deceased(LocalDate.of(2021, 10, 1), DeathCause.COVID_19);
    ParentStatus laterOther = ParentStatus.deceased(LocalDate.of(2021, 10, 1), DeathCause.OTHER);

    CriterionResult notYet = parentLost(family(child().father(later)
        .mother(ParentStatus.living())), SEPTEMBER);
    CriterionResult yatim = parentLost(family(child().father(COVID).mother(laterOther)),
        SEPTEMBER);
    CriterionResult bothBy = parentLost(family(child().father(COVID).mother(later)),
        LocalDate.of(2021, 10, 1));

    assertThat(notYet.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(yatim.outcome()).isEqualTo(Outcome.PASS);
    assertThat(shown(yatim, "orphanKind")).contains(OrphanKind.YATIM);
    assertThat(bothBy.outcome()).isEqualTo(Outcome.PASS);
    assertThat(shown(bothBy, "orphanKind")).contains(OrphanKind.YATIM_PIATU);
    assertThat(shown(bothBy, "covidLoss")).isNotEqualTo(shown(yatim, "covidLoss"));
  }

  @Test
  void nothingIsShownAboutALossThatIsNotKnown() {
    ParentStatus causeUnknown = new ParentStatus(false, Optional.of(LocalDate.of(2021, 7, 10)),
        Optional.empty());

    CriterionResult r = parentLost(family(child().father(causeUnknown)
        .mother(ParentStatus.living())), SEPTEMBER);

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(shown(r, "orphanKind")).isEmpty();
    assertThat(shown(r, "covidLoss")).isEmpty();
  }

  @Test
  void theCompanionCashSaysWhyItIsOrIsNotGranted() {
    Household orphan = family(child().father(COVID).mother(ParentStatus.living()));
    LocalDate checked = LocalDate.of(2021, 6, 1);
    // A regency bound to desil 1-4, to reach the desil branches.
    Catalog bounded = CATALOG.derive("bounded").override(new ParameterValue<>(
        CovidOrphanSupport.COMPANION_REGISTRY, RegistryRule.desilAtMost(4),
        LocalDate.of(2021, 10, 1), Optional.of(LocalDate.of(2021, 12, 31)), Confidence.ASSUMED,
        List.of(Source.of("test", "")), "test")).build();
    Catalog unbound = CATALOG.derive("unbound").replace(Parameter.of(
        CovidOrphanSupport.COMPANION_REGISTRY, "no register condition", List.of())).build();
    Engine boundedEngine = Engine.of(bounded);

    List<Determination> cases = List.of(
        decide(ENGINE, orphan, SEPTEMBER),
        decide(ENGINE, orphan, NOVEMBER),
        decide(ENGINE, withRegistry(orphan, RegistryStatus.notRegistered(Register.DTKS, checked)),
            NOVEMBER),
        decide(boundedEngine, withRegistry(orphan, RegistryStatus.dtks(checked)), NOVEMBER),
        decide(boundedEngine, withRegistry(orphan, RegistryStatus.dtsen(Desil.of(5), checked)),
            NOVEMBER),
        decide(ENGINE, withRegistry(orphan, RegistryStatus.dtks(checked)), NOVEMBER),
        decide(Engine.of(unbound), orphan, NOVEMBER));
    List<Integer> benefits = List.of(3, 3, 3, 3, 3, 4, 4);

    Set<Object> reasons = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      Determination d = cases.get(i);
      assertThat(d.status()).as("case %d", i).isEqualTo(Status.ELIGIBLE);
      assertThat(d.benefits()).as("case %d", i).hasSize(benefits.get(i));
      reasons.add(shown(d.result(POOR_FAMILY).orElseThrow(), "companion").orElseThrow());
    }
    assertThat(reasons).as("every case says why in its own words").hasSize(cases.size());
    assertThat(shown(cases.get(0).result(POOR_FAMILY).orElseThrow(), "priority.poorFamily"))
        .get().isNotInstanceOf(Boolean.class);
    assertThat(shown(cases.get(2).result(POOR_FAMILY).orElseThrow(), "priority.poorFamily"))
        .contains(false);
    assertThat(shown(cases.get(5).result(POOR_FAMILY).orElseThrow(), "priority.poorFamily"))
        .contains(true);
  }
}
