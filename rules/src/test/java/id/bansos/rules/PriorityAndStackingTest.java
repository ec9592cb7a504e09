package id.bansos.rules;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.NonStackingPair;
import id.bansos.rules.NonStackingRules;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorityAndStackingTest {

  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

  @Test
  void elderlyFamilyInDesil2EarnsDesilAndElderlyPoints() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();

    Priority p = Engine.of(JawaTimur.catalog()).assess(h, DATE).determinations().get(0).priority();

    assertThat(p.reasons()).extracting(Priority.Reason::code).containsExactly("DESIL", "ELDERLY");
    assertThat(p.score()).isEqualTo(8 * 5 + 100);
  }

  @Test
  void everyDeterminationOfAnAssessmentCarriesTheSamePriority() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();

    Assessment a = Engine.of(JawaTimur.catalog()).assess(h, DATE);

    assertThat(a.determinations()).extracting(Determination::priority).containsOnly(
        a.determinations().get(0).priority());
  }

  @Test
  void disabledMemberAndPoorerDesilRankHigher() {
    Household plain = Households.elderlyPkhFamily(LocalDate.of(1990, 1, 1))
        .registry(RegistryStatus.dtsen(Desil.of(4), DATE)).build();
    Household poorerWithDisability = Households.elderlyPkhFamily(LocalDate.of(1990, 1, 1))
        .registry(RegistryStatus.dtsen(Desil.of(1), DATE))
        .addMembers(Households.person(LocalDate.of(2015, 5, 5), Sex.MALE, Relationship.CHILD,
            Occupation.STUDENT, 3).addDisabilities(Disability.severe(DisabilityKind.PHYSICAL))
            .build())
        .build();
    Engine engine = Engine.of(JawaTimur.catalog());

    int low = engine.assess(plain, DATE).determinations().get(0).priority().score();
    int high = engine.assess(poorerWithDisability, DATE).determinations().get(0).priority().score();

    assertThat(high).isGreaterThan(low);
  }

  @Test
  void eligibleProgramsThatDoNotStackAreFlagged() {
    Catalog catalog = JawaTimur.catalog().derive("test")
        .override(new ParameterValue<>(EngineParameters.NON_STACKING,
            new NonStackingRules(List.of(new NonStackingPair("PKH_PLUS", "ASPD", "test rule"))),
            LocalDate.of(2025, 1, 1), Optional.empty(), Confidence.ASSUMED,
            List.of(Source.of("test", "")), ""))
        .build();
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1))
        .addMembers(Households.person(LocalDate.of(2015, 5, 5), Sex.MALE, Relationship.CHILD,
            Occupation.STUDENT, 3).addDisabilities(Disability.severe(DisabilityKind.PHYSICAL))
            .build())
        .build();

    Assessment a = Engine.of(catalog).assess(h, DATE);

    assertThat(a.determination("PKH_PLUS").orElseThrow().isEligible()).isTrue();
    assertThat(a.determination("ASPD").orElseThrow().isEligible()).as(a.render(Language.EN)).isTrue();
    assertThat(a.conflicts()).containsExactly(new StackingConflict("PKH_PLUS", "ASPD", "test rule"));
    assertThat(a.render(Language.EN)).contains("Do not stack: PKH_PLUS + ASPD");
  }

  @Test
  void noConflictsWithoutARuleInForce() {
    Household h = Households.elderlyPkhFamily(LocalDate.of(1950, 1, 1)).build();

    assertThat(Engine.of(JawaTimur.catalog()).assess(h, DATE).conflicts()).isEmpty();
  }
}
