package id.bansos.rules.criteria;

import id.bansos.core.household.Occupation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A set of occupations: the value type of the family-wide exclusion parameter.
 *
 * @param occupations the occupations; never null
 */
public record OccupationSet(Set<Occupation> occupations) {

  /** Copies the set. */
  public OccupationSet {
    Objects.requireNonNull(occupations, "occupations");
    occupations = occupations.isEmpty() ? Set.of()
        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(occupations));
  }

  /**
   * A set of the given occupations.
   *
   * @param first the first; never null
   * @param rest the others; never null
   * @return the set
   */
  public static OccupationSet of(Occupation first, Occupation... rest) {
    return new OccupationSet(EnumSet.of(first, rest));
  }

  /**
   * Whether {@code occupation} is in the set.
   *
   * @param occupation the occupation; never null
   * @return true when listed
   */
  public boolean contains(Occupation occupation) {
    return occupations.contains(occupation);
  }

  @Override
  public String toString() {
    return occupations.toString();
  }
}
