package id.bansos.rules.criteria;

/**
 * An inclusive band of ages in completed years.
 *
 * @param min youngest age included
 * @param max oldest age included
 */
public record AgeBand(int min, int max) {

  /**
   * Checks the band.
   *
   * @throws IllegalArgumentException when min is negative or above max
   */
  public AgeBand {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("an age band needs 0 <= min <= max");
    }
  }

  /**
   * Whether {@code age} lies in the band.
   *
   * @param age an age in years
   * @return true when min &le; age &le; max
   */
  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  @Override
  public String toString() {
    return min + "-" + max;
  }
}
