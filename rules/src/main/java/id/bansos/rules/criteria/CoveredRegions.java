package id.bansos.rules.criteria;

import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a program covers in a period: province or kabupaten/kota codes, and whether the list
 * is complete. Where sources give only part of a list (for example the fifteen PKH Plus regencies
 * of 2021, of which ten are known), {@code complete} is false: a household outside the known part
 * is then UNKNOWN, not NOT_ELIGIBLE, until a regency supplies the list.
 *
 * @param regions the covered province or kabupaten/kota codes; never null
 * @param complete whether the list is known to be complete
 */
public record CoveredRegions(Set<RegionCode> regions, boolean complete) {

  /**
   * Checks and copies the codes.
   *
   * @throws IllegalArgumentException when a code is below kabupaten/kota level
   */
  public CoveredRegions {
    Objects.requireNonNull(regions, "regions");
    for (RegionCode r : regions) {
      if (r.level() != RegionLevel.PROVINCE && r.level() != RegionLevel.REGENCY) {
        throw new IllegalArgumentException("covered regions are provinces or kabupaten/kota: " + r);
      }
    }
    regions = Collections.unmodifiableSet(new TreeSet<>(regions));
  }

  /**
   * A complete list of the given codes.
   *
   * @param codes dotted or plain codes; never null
   * @return the covered regions
   */
  public static CoveredRegions exactly(String... codes) {
    return new CoveredRegions(parse(codes), true);
  }

  /**
   * A partial list: the given codes are covered, others are unknown.
   *
   * @param codes dotted or plain codes; never null
   * @return the covered regions
   */
  public static CoveredRegions atLeast(String... codes) {
    return new CoveredRegions(parse(codes), false);
  }

  private static Set<RegionCode> parse(String... codes) {
    Set<RegionCode> set = new TreeSet<>();
    for (String c : codes) {
      set.add(RegionCode.parse(c));
    }
    return set;
  }

  /**
   * Whether {@code place} lies in a listed region.
   *
   * @param place any region code; never null
   * @return true when it is within one of the listed codes
   */
  public boolean covers(RegionCode place) {
    for (RegionCode r : regions) {
      if (place.isWithin(r)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return regions + (complete ? "" : " (incomplete list)");
  }
}
