package id.bansos.core.region;

import id.bansos.core.InvalidDataException;

/**
 * The registered population of a kabupaten/kota or of the province, from the Dukcapil figures
 * published with the region data.
 *
 * @param male number of men; zero or more
 * @param female number of women; zero or more
 * @param total number of people; equals {@code male + female}
 */
public record Population(long male, long female, long total) {

  /**
   * Checks that the counts are not negative and add up.
   *
   * @throws InvalidDataException with code {@code POPULATION_NEGATIVE} when a count is negative,
   *     or {@code POPULATION_TOTAL} when {@code total != male + female}
   */
  public Population {
    if (male < 0 || female < 0 || total < 0) {
      throw new InvalidDataException("", "POPULATION_NEGATIVE", "population counts cannot be negative");
    }
    if (total != male + female) {
      throw new InvalidDataException("", "POPULATION_TOTAL", "the total is not male + female");
    }
  }
}
