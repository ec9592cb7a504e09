package id.bansos.testkit;

import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;

/**
 * The entry point to the AssertJ assertions on decisions. Import statically next to AssertJ's own:
 *
 * <pre>{@code
 * import static id.bansos.testkit.BansosAssertions.assertThat;
 *
 * assertThat(engine.assess(household, date))
 *     .program("PKH_PLUS").isEligible()
 *     .hasBeneficiary(grandmother.nik())
 *     .hasPassedReason("PKH_PLUS.AGE_AT_LEAST");
 * }</pre>
 *
 * <p>Failure messages show the reasons the engine gave (reason codes, outcomes and English
 * messages); NIKs and No. KK appear masked and names never.
 */
public final class BansosAssertions {

  private BansosAssertions() {}

  /**
   * Assertions on an assessment.
   *
   * @param actual the assessment; may be null (the assertion then fails)
   * @return the assertion
   */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /**
   * Assertions on one program's determination.
   *
   * @param actual the determination; may be null (the assertion then fails)
   * @return the assertion
   */
  public static DeterminationAssert assertThat(Determination actual) {
    return new DeterminationAssert(actual);
  }
}
