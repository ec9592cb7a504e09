package id.bansos.core.household;

import java.util.Objects;
import java.util.Optional;

/**
 * One disability of a person, with the facts the programs read. Each fact a field worker may not
 * have collected is optional: absent means unknown, never "no".
 *
 * @param kind the kind; never null
 * @param severity the assessed severity, if assessed
 * @param needsHelpWithDailyLiving whether the person cannot eat, drink or bathe without help
 * @param rehabilitable whether the disability can be rehabilitated
 */
public record Disability(
    DisabilityKind kind,
    Optional<DisabilitySeverity> severity,
    Optional<Boolean> needsHelpWithDailyLiving,
    Optional<Boolean> rehabilitable) {

  /** Checks that no component is null. */
  public Disability {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(needsHelpWithDailyLiving, "needsHelpWithDailyLiving");
    Objects.requireNonNull(rehabilitable, "rehabilitable");
  }

  /**
   * A disability of which only the kind is known.
   *
   * @param kind the kind; never null
   * @return the disability
   */
  public static Disability of(DisabilityKind kind) {
    return new Disability(kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A severe disability that needs help with daily living and cannot be rehabilitated: the
   * Kemensos meaning of disabilitas berat.
   *
   * @param kind the kind; never null
   * @return the disability
   */
  public static Disability severe(DisabilityKind kind) {
    return new Disability(kind, Optional.of(DisabilitySeverity.SEVERE), Optional.of(true),
        Optional.of(false));
  }
}
