package id.bansos.rules;

import java.util.List;

/** The status of a program determination. */
public enum Status {
  /** Every criterion passes. */
  ELIGIBLE,
  /** At least one criterion fails. */
  NOT_ELIGIBLE,
  /** No criterion fails, but at least one cannot be decided from the data given. */
  UNDETERMINED;

  /**
   * The status of a list of outcomes: NOT_ELIGIBLE if any fails, else UNDETERMINED if any is
   * unknown, else ELIGIBLE.
   *
   * @param outcomes the outcomes; never null
   * @return the combined status
   */
  public static Status of(Iterable<Outcome> outcomes) {
    boolean unknown = false;
    for (Outcome o : outcomes) {
      if (o == Outcome.FAIL) {
        return NOT_ELIGIBLE;
      }
      unknown |= o == Outcome.UNKNOWN;
    }
    return unknown ? UNDETERMINED : ELIGIBLE;
  }

  /**
   * The same rule as {@link #of(Iterable)} read straight from results, so the engine's hot path
   * does not build a list of outcomes for every member and program.
   */
  static Status ofResults(List<CriterionResult> results) {
    boolean unknown = false;
    for (int i = 0; i < results.size(); i++) {
      Outcome o = results.get(i).outcome();
      if (o == Outcome.FAIL) {
        return NOT_ELIGIBLE;
      }
      unknown |= o == Outcome.UNKNOWN;
    }
    return unknown ? UNDETERMINED : ELIGIBLE;
  }
}
