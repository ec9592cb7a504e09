package id.bansos.testkit.example;

// snippet:start
import static id.bansos.testkit.BansosAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.region.RegionCode;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.testkit.BansosGen;
import id.bansos.testkit.RuleLaws;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
// snippet:end

/**
 * The example of README "Testing your rules", kept compiling and passing here, in a package of
 * its own so that it imports what a regency's test imports.
 */
// snippet:start
class RegencyRulesExampleTest {

  // A regency widens ASPD to desil 1-5 from 2026 (a hypothetical decision, for the example).
  static final Catalog SIDOARJO = JawaTimur.catalog().derive("Kabupaten Sidoarjo")
      .override(new ParameterValue<>(Aspd.REGISTRY, RegistryRule.desilAtMost(5),
          LocalDate.of(2026, 1, 1), Optional.empty(), Confidence.ASSUMED,
          List.of(Source.of("Keputusan Bupati Sidoarjo (example)", "")),
          "Local decision: desil 1-5 from 2026."))
      .build();

  @Test
  void ourCatalogKeepsTheRuleLaws() {
    RuleLaws.check(SIDOARJO);
  }

  @Test
  void desilFiveNowQualifiesForAspdOnTheFirstDay() {
    LocalDate firstDay = LocalDate.of(2026, 1, 1);
    Engine engine = Engine.of(SIDOARJO);
    qt().withFixedSeed(1L).withExamples(50)
        .forAll(BansosGen.households().catalog(SIDOARJO)
            .withMemberAged(30, firstDay).withSeverelyDisabledMember()
            .withDesilBetween(5, 5).inRegion(RegionCode.parse("35.15"))
            .build())
        .checkAssert(h -> assertThat(engine.assess(h, firstDay))
            .program("ASPD").isEligible().hasPassedReason("ASPD.REGISTRY"));
  }

  @Test
  void desilFiveDidNotQualifyTheDayBefore() {
    LocalDate dayBefore = LocalDate.of(2025, 12, 31);
    Engine engine = Engine.of(SIDOARJO);
    qt().withFixedSeed(1L).withExamples(50)
        .forAll(BansosGen.households().catalog(SIDOARJO)
            .withMemberAged(30, dayBefore).withSeverelyDisabledMember()
            .withDesilBetween(5, 5).build())
        .checkAssert(h -> assertThat(engine.assess(h, dayBefore))
            .program("ASPD").isNotEligible().hasFailedReason("ASPD.REGISTRY"));
  }
}
// snippet:end
