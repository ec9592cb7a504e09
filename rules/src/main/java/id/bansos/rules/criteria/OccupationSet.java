package id.bansos.rules.criteria;

import id.bansos.core.household.Occupation;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
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
    occupations = occupations.isEmpty() ? Set.of() : new Bits(EnumSet.copyOf(occupations));
  }

  /**
   * An unmodifiable set of occupations that answers {@code contains} by one bit: the family-wide
   * exclusion asks it for every adult member of every household.
   */
  private static final class Bits extends AbstractSet<Occupation> {
    static {
      // One bit per occupation in a long: the core model names far fewer than 64.
      if (Occupation.values().length > Long.SIZE) {
        throw new IllegalStateException("more occupations than bits in a long");
      }
    }

    private final Set<Occupation> set;
    private final long bits;

    Bits(EnumSet<Occupation> set) {
      this.set = Collections.unmodifiableSet(set);
      long b = 0;
      for (Occupation o : set) {
        b |= 1L << o.ordinal();
      }
      this.bits = b;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Occupation occupation && (bits & 1L << occupation.ordinal()) != 0;
    }

    @Override
    public Iterator<Occupation> iterator() {
      return set.iterator();
    }

    @Override
    public int size() {
      return set.size();
    }
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

  // Written out rather than generated: a record's generated equals and hashCode build method
  // handles on their first call, and a catalog's compilation compares the values of shared
  // checks' parameters (Plan): the first such calls cost 30-55 ms of a cold start
  // (docs/performance.md §3n).
  @Override
  public boolean equals(Object o) {
    return o instanceof OccupationSet other && occupations.equals(other.occupations);
  }

  @Override
  public int hashCode() {
    return occupations.hashCode();
  }

  @Override
  public String toString() {
    return occupations.toString();
  }
}
