package id.bansos.rules.param;

/**
 * How sure a parameter value is, following the marks of the project's domain reference.
 */
public enum Confidence {
  /** A cited source states it (one or more sources). */
  CONFIRMED,
  /** Deduced from sourced facts: arithmetic, naming patterns, national rules applied to the province. */
  INFERRED,
  /** No source found; a sensible default chosen by the library, to be overridden where known. */
  ASSUMED
}
