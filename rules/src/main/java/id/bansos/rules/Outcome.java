package id.bansos.rules;

/** The result of one criterion: it passes, fails, or cannot be decided from the data given. */
public enum Outcome {
  /** The criterion holds. */
  PASS,
  /** The criterion does not hold. */
  FAIL,
  /** The data given cannot decide it; the result names the facts still needed. */
  UNKNOWN
}
