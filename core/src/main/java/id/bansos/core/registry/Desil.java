package id.bansos.core.registry;

import id.bansos.core.InvalidDataException;

/**
 * A DTSEN welfare decile (desil): 1 is the poorest tenth of families nationally, 10 the richest.
 * Deciles are relative ranks recomputed quarterly by BPS, not rupiah bands (see {@code
 * programs.md} §10).
 */
public final class Desil implements Comparable<Desil> {

  private static final Desil[] VALUES = new Desil[10];

  static {
    for (int i = 0; i < 10; i++) {
      VALUES[i] = new Desil(i + 1);
    }
  }

  private final int value;

  private Desil(int value) {
    this.value = value;
  }

  /**
   * The decile with the given number.
   *
   * @param value 1 to 10
   * @return the decile
   * @throws InvalidDataException with code {@code DESIL_RANGE} outside 1–10
   */
  public static Desil of(int value) {
    if (value < 1 || value > 10) {
      throw new InvalidDataException("", "DESIL_RANGE", "a desil is a whole number from 1 to 10");
    }
    return VALUES[value - 1];
  }

  /**
   * The decile number.
   *
   * @return 1 to 10
   */
  public int value() {
    return value;
  }

  /**
   * Whether this decile is at most {@code bound} (poorer or equal).
   *
   * @param bound the upper bound, 1 to 10
   * @return true when {@code value() <= bound}
   */
  public boolean isAtMost(int bound) {
    return value <= bound;
  }

  @Override
  public int compareTo(Desil other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Desil other && value == other.value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /**
   * The decile as {@code desil 3}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "desil " + value;
  }
}
