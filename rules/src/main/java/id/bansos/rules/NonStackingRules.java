package id.bansos.rules;

import java.util.List;

/**
 * The pairs of programs that sources say do not stack; the value type of {@code
 * COMMON.NON_STACKING}.
 *
 * @param pairs the pairs; never null
 */
public record NonStackingRules(List<NonStackingPair> pairs) {

  /** Copies the list. */
  public NonStackingRules {
    pairs = List.copyOf(pairs);
  }

  /**
   * The pair that forbids programs {@code a} and {@code b} together.
   *
   * @param a a program code; never null
   * @param b another program code; never null
   * @return the listed pair naming both, if any
   */
  public java.util.Optional<NonStackingPair> find(String a, String b) {
    for (NonStackingPair p : pairs) {
      if (p.matches(a, b)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return pairs.stream().map(p -> p.first() + " x " + p.second()).toList().toString();
  }
}
