package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Status;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FloorTest {

  private static final Engine ENGINE = Engine.of(FloorBenchmark.twoProgramCatalog());
  private static final List<Household> MIX = SampleHouseholds.mix();

  @Test
  void floorAgreesWithTheEngineOnEveryHouseholdOfTheMix() {
    assertThat(FloorBenchmark.disagreements(ENGINE, MIX)).isEmpty();
  }

  @Test
  void floorAgreesWithTheEngineOnAnotherSeed() {
    List<Household> other = SampleHouseholds.generate(2_000, 42L, Floor.DATE);

    assertThat(FloorBenchmark.disagreements(ENGINE, other)).isEmpty();
  }

  @Test
  void typicalFamilyIsEligibleForBothPrograms() {
    assertThat(Floor.decide(SampleHouseholds.typical())).isEqualTo(Floor.PKH_PLUS | Floor.ASPD);
    assertThat(ENGINE.assess(SampleHouseholds.typical(), Floor.DATE).eligible())
        .extracting(d -> d.programCode()).containsExactly(PkhPlus.CODE, Aspd.CODE);
  }

  @Test
  void mixMeetsEveryStatusOfBothPrograms() {
    Map<String, Map<Status, Long>> counts = MIX.stream()
        .flatMap(h -> ENGINE.assess(h, Floor.DATE).determinations().stream())
        .collect(Collectors.groupingBy(d -> d.programCode(),
            Collectors.groupingBy(d -> d.status(), Collectors.counting())));

    for (String program : List.of(PkhPlus.CODE, Aspd.CODE)) {
      assertThat(counts.get(program)).as(program)
          .containsOnlyKeys(Status.ELIGIBLE, Status.NOT_ELIGIBLE, Status.UNDETERMINED);
    }
  }

  @Test
  void sameSeedGivesTheSameHouseholds() {
    List<Household> again = SampleHouseholds.mix();

    assertThat(again).hasSize(SampleHouseholds.MIX_SIZE).isEqualTo(MIX);
    assertThat(MIX.stream().map(Household::kkNumber).distinct()).hasSize(MIX.size());
    assertThat(MIX.stream().collect(Collectors.groupingBy(h -> h.members().size(),
        Collectors.counting()))).containsKeys(1, 2, 3, 4, 5, 6).doesNotContainKey(0);
    assertThat(MIX.stream().flatMap(h -> h.domicile().stream())
        .map(c -> c.digits().substring(0, 4))
        .collect(Collectors.toMap(Function.identity(), c -> 1, Integer::sum))).hasSizeGreaterThan(30);
  }
}
