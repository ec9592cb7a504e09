package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import static id.bansos.testkit.BansosAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Engine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The knobs compose into households the provincial rules decide as the knobs promise. */
class KnobsEligibilityProperties {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

  @Test
  void aSeventyYearOldInACoveredPkhFamilyGetsPkhPlus() {
    qt().withFixedSeed(11L).withExamples(100)
        .forAll(BansosGen.households().withMemberAged(70, DATE).receivingPkh()
            .inPkhPlusCoveredRegency(DATE).build())
        .checkAssert(h -> assertThat(ENGINE.assess(h, DATE)).program("PKH_PLUS").isEligible()
            .hasPassedReason("PKH_PLUS.AGE_AT_LEAST").hasYearlyTotal(Rupiah.of(2_000_000)));
  }

  @Test
  void aSixtyNineYearOldAloneDoesNotGetPkhPlus() {
    qt().withFixedSeed(11L).withExamples(100)
        .forAll(BansosGen.households().withMemberAged(69, DATE).receivingPkh().build())
        .checkAssert(h -> {
          boolean olderMember = h.members().stream()
              .anyMatch(p -> p.ageOn(DATE).orElse(0) >= 70);
          if (!olderMember) {
            assertThat(ENGINE.assess(h, DATE)).program("PKH_PLUS").isNotEligible()
                .hasFailedReason("PKH_PLUS.AGE_AT_LEAST").hasNoBeneficiaries();
          }
        });
  }

  @Test
  void aSeverelyDisabledMemberOfAPoorFamilyGetsAspd() {
    qt().withFixedSeed(11L).withExamples(100)
        .forAll(BansosGen.households().withMemberAged(30, DATE).withSeverelyDisabledMember()
            .withDesilBetween(1, 4).build())
        .checkAssert(h -> assertThat(ENGINE.assess(h, DATE)).program("ASPD").isEligible()
            .hasPassedReason("ASPD.REGISTRY"));
  }

  @Test
  void anExcludedOccupationExcludesTheFamily() {
    qt().withFixedSeed(11L).withExamples(100)
        .forAll(BansosGen.households().withMemberAged(70, DATE).receivingPkh()
            .inPkhPlusCoveredRegency(DATE).withExcludedOccupation().build())
        .checkAssert(h -> assertThat(ENGINE.assess(h, DATE)).program("PKH_PLUS").isNotEligible()
            .hasFailedReason("PKH_PLUS.NO_EXCLUDED_OCCUPATION"));
  }
}
