package id.bansos.rules;

import java.util.Objects;

/**
 * Two programs that do not stack.
 *
 * @param first a program code; never null
 * @param second another program code; never null
 * @param basis why they do not stack, with its source; never null
 */
public record NonStackingPair(String first, String second, String basis) {

  /** Checks that no component is null. */
  public NonStackingPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * Whether this pair names both codes, in either order.
   *
   * @param a a program code; never null
   * @param b another program code; never null
   * @return true when the pair is {a, b}
   */
  public boolean matches(String a, String b) {
    return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
  }
}
