package id.bansos.testkit;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.Funder;
import id.bansos.rules.Language;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Assessment}: every program's determination for one household on one
 * date. Reach it through {@link BansosAssertions#assertThat(Assessment)}.
 */
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

  AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /**
   * Switches to the determination of the program with {@code code}.
   *
   * @param code the program code, for example {@code PKH_PLUS}; never null
   * @return assertions on that determination
   * @throws AssertionError when the assessment is null or the program was not in force on its
   *     date
   */
  public DeterminationAssert program(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    Optional<Determination> d = actual.determination(code);
    if (d.isEmpty()) {
      failWithMessage("%s", "Expected a determination of program " + code
          + " but it was not in force on " + actual.date() + "; programs assessed: "
          + actual.determinations().stream().map(Determination::programCode).toList());
    }
    return new DeterminationAssert(d.orElseThrow());
  }

  /**
   * Checks that the program with {@code code} was not assessed (not in force on the date).
   *
   * @param code the program code; never null
   * @return this
   */
  public AssessmentAssert doesNotHaveProgram(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    if (actual.determination(code).isPresent()) {
      failWithMessage("%s", "Expected no determination of program " + code + " on "
          + actual.date() + " but found one:\n" + Reasons.of(actual.determination(code).get()));
    }
    return this;
  }

  /**
   * Checks the yearly total of every eligible program's benefits, all funders together. Fails
   * also when an amount is not known, since the total is then only a lower bound.
   *
   * @param expected the total; never null
   * @return this
   */
  public AssessmentAssert hasYearlyTotal(Rupiah expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    TotalCheck.failure(actual.yearlyTotals(), Optional.empty(), expected)
        .ifPresent(this::fail);
    return this;
  }

  /**
   * Checks the yearly total one funder pays for every eligible program, so that a test can hold
   * the province's budget apart from national money. Fails also when an amount that funder pays
   * is not known.
   *
   * @param funder the funder; never null
   * @param expected the total; never null
   * @return this
   */
  public AssessmentAssert hasYearlyTotal(Funder funder, Rupiah expected) {
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    TotalCheck.failure(actual.yearlyTotals(), Optional.of(funder), expected)
        .ifPresent(this::fail);
    return this;
  }

  private void fail(String expectation) {
    failWithMessage("%s", "Expected " + expectation + ". The assessment:\n"
        + actual.render(Language.EN));
  }

  /**
   * Checks that some program is UNDETERMINED for lack of {@code fact}: a missing fact equal to
   * it, or a member-level one ending with {@code ": " + fact} (such as {@code member
   * 3526**********01: birthDate}).
   *
   * @param fact the fact's name, for example {@code registry} or {@code birthDate}; never null
   * @return this
   */
  public AssessmentAssert isMissingFact(String fact) {
    Objects.requireNonNull(fact, "fact");
    isNotNull();
    for (Determination d : actual.determinations()) {
      if (DeterminationAssert.missing(d, fact)) {
        return this;
      }
    }
    failWithMessage("%s", "Expected some program to be missing the fact <" + fact
        + "> but none was. The assessment:\n" + actual.render(Language.EN));
    return this;
  }
}
