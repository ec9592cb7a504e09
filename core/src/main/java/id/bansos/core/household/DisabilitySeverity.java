package id.bansos.core.household;

/**
 * Severity of a disability as assessed in the field. There is no statutory scale (see {@code
 * programs.md} §15); {@link #SEVERE} follows the Kemensos operational meaning of disabilitas berat.
 */
public enum DisabilitySeverity {
  /** Ringan. */
  MILD,
  /** Sedang. */
  MODERATE,
  /** Berat. */
  SEVERE
}
