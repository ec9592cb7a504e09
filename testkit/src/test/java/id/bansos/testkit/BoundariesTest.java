package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.rules.Catalog;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.aspd.Aspd;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundariesTest {

  @Test
  void provincialAgeBoundsAndTheirNeighbours() {
    Boundaries b = Boundaries.of(JawaTimur.catalog(), LocalDate.of(2025, 7, 1));

    // PKH Plus MIN_AGE 70, ASPD age band 2-59, child age limit 18, elderly (lansia) age 60,
    // national PKH early childhood 0-6 and pupils 6-21.
    assertThat(b.ages()).contains(1, 2, 3, 17, 18, 19, 58, 59, 60, 61, 69, 70, 71)
        .contains(0, 5, 6, 7, 20, 21, 22);
  }

  @Test
  void desilBoundOfTheRegistryRuleInForce() {
    assertThat(Boundaries.of(JawaTimur.catalog(), LocalDate.of(2025, 7, 1)).desils())
        .containsExactly(3, 4, 5);
    assertThat(Boundaries.of(JawaTimur.catalog(), LocalDate.of(2024, 7, 1)).desils()).isEmpty();
  }

  @Test
  void periodEdgesOfTheValuesInForce() {
    Boundaries b = Boundaries.of(JawaTimur.catalog(), LocalDate.of(2025, 7, 1));

    // PKH Plus covers all of Jawa Timur from 1 Oct 2024; ASPD cash runs 2025-01-01..2026-12-31.
    assertThat(b.dates()).contains(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 1),
        LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
        LocalDate.of(2027, 1, 1));
  }

  @Test
  void followsARegencyOverride() {
    Catalog regency = JawaTimur.catalog().derive("Kabupaten Contoh")
        .override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(6),
            LocalDate.of(2026, 1, 1), Optional.empty(), Confidence.ASSUMED,
            List.of(Source.of("Test override", "")), ""))
        .build();

    assertThat(Boundaries.of(regency, LocalDate.of(2026, 2, 1)).desils()).contains(5, 6, 7);
    assertThat(Boundaries.of(JawaTimur.catalog(), LocalDate.of(2026, 2, 1)).desils())
        .doesNotContain(6, 7);
    assertThat(Boundaries.of(regency, LocalDate.of(2025, 12, 31)).dates())
        .contains(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1));
  }
}
