package id.bansos.rules.program.extremepoverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Occupation;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Status;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.RandomHouseholds;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ExtremePoverty2023Properties {

  /** A catalog whose target list is supplied, so that some households are eligible. */
  private static final Engine ENGINE = Engine.of(
      Catalog.of("test", List.of(ExtremePoverty2023.program())).derive("supplied list")
          .override(new ParameterValue<>(ExtremePoverty2023.COVERED_REGIONS,
              CoveredRegions.exactly("35.26", "35.78"), LocalDate.of(2023, 1, 1),
              Optional.of(LocalDate.of(2023, 12, 31)), Confidence.CONFIRMED,
              List.of(Source.of("test list", "")), ""))
          .build());
  private static final LocalDate DATE = LocalDate.of(2023, 7, 1);

  @Test
  void addingAnExcludedOccupationNeverMakesAHouseholdEligible() {
    qt().withFixedSeed(2023L).withExamples(300)
        .forAll(RandomHouseholds.households(), Generate.range(0, 3),
            Generate.pick(List.of(Occupation.ASN, Occupation.TNI, Occupation.POLRI,
                Occupation.STATE_OFFICIAL, Occupation.BUMN_BUMD_EMPLOYEE)))
        .checkAssert((h, index, occupation) -> {
          Status before = ENGINE.assess(h, DATE).determination(ExtremePoverty2023.CODE)
              .orElseThrow().status();
          Status after = ENGINE.assess(RandomHouseholds.withOccupation(h, index, occupation), DATE)
              .determination(ExtremePoverty2023.CODE).orElseThrow().status();
          if (before != Status.ELIGIBLE) {
            assertThat(after).isNotEqualTo(Status.ELIGIBLE);
          }
          assertThat(after).isEqualTo(Status.NOT_ELIGIBLE);
        });
  }
}
