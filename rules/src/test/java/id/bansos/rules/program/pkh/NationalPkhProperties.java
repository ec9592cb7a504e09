package id.bansos.rules.program.pkh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Occupation;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Status;
import id.bansos.rules.program.RandomHouseholds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class NationalPkhProperties {

  private static final Engine ENGINE = Engine.of(Catalog.of("test", List.of(NationalPkh.program())));
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2020, 6, 1),
      LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 1));

  @Test
  void addingAnExcludedOccupationNeverMakesAFamilyEligible() {
    qt().withFixedSeed(2018L).withExamples(300)
        .forAll(RandomHouseholds.households(), Generate.range(0, 3), Generate.pick(DATES))
        .checkAssert((h, index, date) -> {
          Status before = ENGINE.assess(h, date).determination(NationalPkh.CODE).orElseThrow()
              .status();
          Status after = ENGINE.assess(RandomHouseholds.withOccupation(h, index, Occupation.ASN),
              date).determination(NationalPkh.CODE).orElseThrow().status();
          if (before != Status.ELIGIBLE) {
            assertThat(after).isNotEqualTo(Status.ELIGIBLE);
          }
          assertThat(after).isEqualTo(Status.NOT_ELIGIBLE);
        });
  }

  @Test
  void neverMoreComponentsThanTheCap() {
    qt().withFixedSeed(2019L).withExamples(300)
        .forAll(RandomHouseholds.households(), Generate.pick(DATES))
        .checkAssert((h, date) -> {
          Determination d = ENGINE.assess(h, date).determination(NationalPkh.CODE).orElseThrow();
          assertThat(d.benefits()).hasSizeLessThanOrEqualTo(4);
          assertThat(d.isEligible()).isEqualTo(!d.benefits().isEmpty());
        });
  }
}
