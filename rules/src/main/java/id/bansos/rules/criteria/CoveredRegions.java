package id.bansos.rules.criteria;

import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a program covers in a period: province or kabupaten/kota codes, and whether the list
 * is complete. Where sources give only part of a list (for example the fifteen PKH Plus regencies
 * of 2021, of which ten are known), {@code complete} is false: a Jawa Timur household outside the
 * known part is then UNKNOWN, not NOT_ELIGIBLE, until a regency supplies the list. An incomplete
 * list is incomplete only within the province: a household domiciled in another province is not
 * covered whatever the list (see {@code CommonCriteria.coveredRegion}). Regions known not to be
 * covered even while the list is incomplete (the kota, when sources say only kabupaten were) are
 * listed in {@code excluded}.
 *
 * @param regions the covered province or kabupaten/kota codes; never null
 * @param complete whether the list is known to be complete
 * @param excluded province or kabupaten/kota codes known not to be covered; never null
 */
public record CoveredRegions(Set<RegionCode> regions, boolean complete, Set<RegionCode> excluded) {

  /**
   * Checks and copies the codes.
   *
   * @throws IllegalArgumentException when a code is below kabupaten/kota level
   */
  public CoveredRegions {
    regions = checked(regions);
    excluded = checked(excluded);
  }

  private static Set<RegionCode> checked(Set<RegionCode> codes) {
    Objects.requireNonNull(codes, "codes");
    for (RegionCode r : codes) {
      if (r.level() != RegionLevel.PROVINCE && r.level() != RegionLevel.REGENCY) {
        throw new IllegalArgumentException("covered regions are provinces or kabupaten/kota: " + r);
      }
    }
    return new Codes(new TreeSet<>(codes).toArray(new RegionCode[0]));
  }

  /**
   * An immutable set of codes in their order, which {@link #covers} searches without an iterator:
   * the check is read by every provincial program for every household.
   */
  private static final class Codes extends AbstractSet<RegionCode> {
    private final RegionCode[] codes;
    // The digits of the province codes, and of the kabupaten/kota codes in order (codes sort by
    // their digits), which enclose searches: a place is within a kabupaten/kota when its first
    // four digits are the kabupaten/kota's.
    private final String[] provinces;
    private final String[] regencies;

    Codes(RegionCode[] sorted) {
      this.codes = sorted;
      this.provinces = Arrays.stream(sorted).filter(c -> c.level() == RegionLevel.PROVINCE)
          .map(RegionCode::digits).toArray(String[]::new);
      this.regencies = Arrays.stream(sorted).filter(c -> c.level() == RegionLevel.REGENCY)
          .map(RegionCode::digits).toArray(String[]::new);
    }

    @Override
    public Iterator<RegionCode> iterator() {
      return Collections.unmodifiableList(Arrays.asList(codes)).iterator();
    }

    @Override
    public int size() {
      return codes.length;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof RegionCode c && Arrays.binarySearch(codes, c) >= 0;
    }

    /**
     * Whether {@code place} lies within one of the codes: the kabupaten/kota by a binary search,
     * where walking the list cost up to 38 comparisons for every household.
     */
    boolean enclose(RegionCode place) {
      String p = place.digits();
      for (String province : provinces) {
        if (p.startsWith(province)) {
          return true;
        }
      }
      if (p.length() < 4) {
        return false;
      }
      int low = 0;
      int high = regencies.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = compareRegency(regencies[mid], p);
        if (c < 0) {
          low = mid + 1;
        } else if (c > 0) {
          high = mid - 1;
        } else {
          return true;
        }
      }
      return false;
    }

    /** The four digits of {@code regency} against the first four of {@code place}. */
    private static int compareRegency(String regency, String place) {
      for (int i = 0; i < 4; i++) {
        int d = regency.charAt(i) - place.charAt(i);
        if (d != 0) {
          return d;
        }
      }
      return 0;
    }
  }

  /**
   * A complete list of the given codes.
   *
   * @param codes dotted or plain codes; never null
   * @return the covered regions
   */
  public static CoveredRegions exactly(String... codes) {
    return new CoveredRegions(parse(codes), true, Set.of());
  }

  /**
   * A partial list: the given codes are covered, others are unknown.
   *
   * @param codes dotted or plain codes; never null
   * @return the covered regions
   */
  public static CoveredRegions atLeast(String... codes) {
    return new CoveredRegions(parse(codes), false, Set.of());
  }

  /**
   * This list with the given codes known not to be covered.
   *
   * @param codes dotted or plain province or kabupaten/kota codes; never null
   * @return the covered regions
   */
  public CoveredRegions except(String... codes) {
    Set<RegionCode> more = new TreeSet<>(excluded);
    more.addAll(parse(codes));
    return new CoveredRegions(regions, complete, more);
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
    return !isExcluded(place) && ((Codes) regions).enclose(place);
  }

  /**
   * Whether {@code place} lies in a region known not to be covered.
   *
   * @param place any region code; never null
   * @return true when it is within one of the excluded codes
   */
  public boolean isExcluded(RegionCode place) {
    return ((Codes) excluded).enclose(place);
  }

  // Written out rather than generated: a record's generated equals and hashCode build method
  // handles on their first call, and a catalog's compilation compares the values of shared
  // checks' parameters (Plan): the first such calls cost 30-55 ms of a cold start
  // (docs/performance.md §3n).
  @Override
  public boolean equals(Object o) {
    return o instanceof CoveredRegions other && complete == other.complete
        && regions.equals(other.regions) && excluded.equals(other.excluded);
  }

  @Override
  public int hashCode() {
    return (regions.hashCode() * 31 + Boolean.hashCode(complete)) * 31 + excluded.hashCode();
  }

  @Override
  public String toString() {
    return regions + (complete ? "" : " (incomplete list)")
        + (excluded.isEmpty() ? "" : " except " + excluded);
  }
}
