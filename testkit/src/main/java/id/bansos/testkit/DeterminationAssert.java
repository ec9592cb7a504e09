package id.bansos.testkit;

import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Funder;
import id.bansos.rules.MemberResult;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one program's {@link Determination}. Reach it through {@link
 * BansosAssertions#assertThat(Determination)} or {@link AssessmentAssert#program(String)}.
 *
 * <p>Reason checks look at household-level criteria and at every member's criteria.
 */
public final class DeterminationAssert extends AbstractAssert<DeterminationAssert, Determination> {

  DeterminationAssert(Determination actual) {
    super(actual, DeterminationAssert.class);
  }

  /**
   * Checks that the status is ELIGIBLE.
   *
   * @return this
   */
  public DeterminationAssert isEligible() {
    return hasStatus(Status.ELIGIBLE);
  }

  /**
   * Checks that the status is NOT_ELIGIBLE.
   *
   * @return this
   */
  public DeterminationAssert isNotEligible() {
    return hasStatus(Status.NOT_ELIGIBLE);
  }

  /**
   * Checks that the status is UNDETERMINED.
   *
   * @return this
   */
  public DeterminationAssert isUndetermined() {
    return hasStatus(Status.UNDETERMINED);
  }

  /**
   * Checks the status.
   *
   * @param expected the status; never null
   * @return this
   */
  public DeterminationAssert hasStatus(Status expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (actual.status() != expected) {
      fail("to be " + expected + " but was " + actual.status());
    }
    return this;
  }

  /**
   * Checks that the member with {@code nik} is named as a beneficiary.
   *
   * @param nik the member's NIK; never null
   * @return this
   */
  public DeterminationAssert hasBeneficiary(Nik nik) {
    Objects.requireNonNull(nik, "nik");
    isNotNull();
    if (!actual.beneficiaries().contains(Beneficiary.member(nik))) {
      fail("to name member " + nik + " as beneficiary but named " + beneficiaries());
    }
    return this;
  }

  /**
   * Checks that nobody benefits.
   *
   * @return this
   */
  public DeterminationAssert hasNoBeneficiaries() {
    isNotNull();
    if (!actual.beneficiaries().isEmpty()) {
      fail("to name no beneficiary but named " + beneficiaries());
    }
    return this;
  }

  /**
   * Checks that a criterion with {@code code} was evaluated, with any outcome.
   *
   * @param code the reason code, for example {@code PKH_PLUS.AGE_AT_LEAST}; never null
   * @return this
   */
  public DeterminationAssert hasReason(String code) {
    return hasReason(code, Optional.empty());
  }

  /**
   * Checks that a criterion with {@code code} failed (for one member at least, if member-level).
   *
   * @param code the reason code; never null
   * @return this
   */
  public DeterminationAssert hasFailedReason(String code) {
    return hasReason(code, Optional.of(Outcome.FAIL));
  }

  /**
   * Checks that a criterion with {@code code} passed (for one member at least, if member-level).
   *
   * @param code the reason code; never null
   * @return this
   */
  public DeterminationAssert hasPassedReason(String code) {
    return hasReason(code, Optional.of(Outcome.PASS));
  }

  /**
   * Checks that a criterion with {@code code} could not be decided (for one member at least, if
   * member-level).
   *
   * @param code the reason code; never null
   * @return this
   */
  public DeterminationAssert hasUnknownReason(String code) {
    return hasReason(code, Optional.of(Outcome.UNKNOWN));
  }

  private DeterminationAssert hasReason(String code, Optional<Outcome> outcome) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    for (CriterionResult r : allResults(actual)) {
      if (r.code().equals(code) && outcome.map(o -> o == r.outcome()).orElse(true)) {
        return this;
      }
    }
    fail("to have reason " + code + outcome.map(o -> " with outcome " + o).orElse(""));
    return this;
  }

  /**
   * Checks that the determination is UNDETERMINED for lack of {@code fact}: a missing fact with
   * that path ({@link MissingFact#path()}), of the family or of any member, or whose masked form
   * ({@code member 3526**********02: occupation}) is {@code fact}.
   *
   * @param fact the fact's name, for example {@code registry} or {@code birthDate}; never null
   * @return this
   */
  public DeterminationAssert isMissingFact(String fact) {
    Objects.requireNonNull(fact, "fact");
    isNotNull();
    if (!missing(actual, fact)) {
      fail("to be missing the fact <" + fact + ">");
    }
    return this;
  }

  /**
   * Checks the yearly total of the benefits for all beneficiaries, all funders together. Fails
   * also when an amount is not known, since the total is then only a lower bound.
   *
   * @param expected the total; never null
   * @return this
   */
  public DeterminationAssert hasYearlyTotal(Rupiah expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    TotalCheck.failure(actual.yearlyTotals(), Optional.empty(), expected)
        .ifPresent(e -> fail("to have " + e));
    return this;
  }

  /**
   * Checks the yearly total one funder pays for all beneficiaries. Fails also when an amount that
   * funder pays is not known.
   *
   * @param funder the funder; never null
   * @param expected the total; never null
   * @return this
   */
  public DeterminationAssert hasYearlyTotal(Funder funder, Rupiah expected) {
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    TotalCheck.failure(actual.yearlyTotals(), Optional.of(funder), expected)
        .ifPresent(e -> fail("to have " + e));
    return this;
  }

  static boolean missing(Determination d, String fact) {
    for (MissingFact m : d.missingFacts()) {
      if (m.path().equals(fact) || m.toString().equals(fact)) {
        return true;
      }
    }
    return false;
  }

  private static List<CriterionResult> allResults(Determination d) {
    List<CriterionResult> all = new ArrayList<>(d.criteria());
    for (MemberResult m : d.members()) {
      all.addAll(m.criteria());
    }
    return all;
  }

  private List<String> beneficiaries() {
    return actual.beneficiaries().stream()
        .map(b -> b.member().map(n -> "member " + n).orElse("the household")).toList();
  }

  private void fail(String expectation) {
    failWithMessage("%s", "Expected " + actual.programCode() + " " + expectation
        + ". The engine's reasons:\n" + Reasons.of(actual));
  }
}
