package id.bansos.rules.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * What a program asks of the national register: registration, and from 2025 a DTSEN decile
 * bound.
 *
 * @param maxDesil the poorest-deciles bound (inclusive), empty when registration alone suffices
 *     (DTKS, before deciles)
 */
public record RegistryRule(Optional<Integer> maxDesil) {

  /**
   * Checks the bound.
   *
   * @throws IllegalArgumentException when the bound is outside 1–10
   */
  public RegistryRule {
    Objects.requireNonNull(maxDesil, "maxDesil");
    if (maxDesil.isPresent() && (maxDesil.get() < 1 || maxDesil.get() > 10)) {
      throw new IllegalArgumentException("a desil bound is 1 to 10");
    }
  }

  /**
   * Registration in the register suffices.
   *
   * @return the rule
   */
  public static RegistryRule registered() {
    return new RegistryRule(Optional.empty());
  }

  /**
   * Registration with a decile at most {@code bound}.
   *
   * @param bound 1 to 10
   * @return the rule
   */
  public static RegistryRule desilAtMost(int bound) {
    return new RegistryRule(Optional.of(bound));
  }

  // Written out rather than generated: a record's generated equals and hashCode build method
  // handles on their first call, and a catalog's compilation compares the values of shared
  // checks' parameters (Plan): the first such calls cost 30-55 ms of a cold start
  // (docs/performance.md §3n).
  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryRule other && maxDesil.equals(other.maxDesil);
  }

  @Override
  public int hashCode() {
    return maxDesil.hashCode();
  }

  @Override
  public String toString() {
    return maxDesil.map(d -> "desil <= " + d).orElse("registered");
  }
}
