package id.bansos.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.core.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A list of covered regions answers as walking it would: a place is covered when it lies within
 * a listed province or kabupaten/kota and within none excluded, whatever the codes' mix of levels
 * and order (the search of kabupaten/kota codes is a binary one).
 */
class CoveredRegionsProperties {

  private static final long SEED = 20261130L;
  private static final List<String> PROVINCES = List.of("31", "35", "36");
  private static final List<String> REGENCIES = List.of("01", "02", "15", "26", "71", "78", "99");

  /** A province code, or a kabupaten/kota code of one of them. */
  private static Gen<String> listed() {
    return integers().between(0, PROVINCES.size() - 1)
        .zip(integers().between(-1, REGENCIES.size() - 1),
            (p, r) -> PROVINCES.get(p) + (r < 0 ? "" : "." + REGENCIES.get(r)));
  }

  /** A place at any of the four levels, in the same provinces and kabupaten/kota. */
  private static Gen<RegionCode> places() {
    return integers().between(0, PROVINCES.size() - 1)
        .zip(integers().between(0, REGENCIES.size() - 1), integers().between(0, 3),
            (p, r, level) -> RegionCode.parse(switch (level) {
              case 0 -> PROVINCES.get(p);
              case 1 -> PROVINCES.get(p) + "." + REGENCIES.get(r);
              case 2 -> PROVINCES.get(p) + "." + REGENCIES.get(r) + ".04";
              default -> PROVINCES.get(p) + "." + REGENCIES.get(r) + ".04.2001";
            }));
  }

  private static boolean withinAny(RegionCode place, List<String> codes) {
    return codes.stream().anyMatch(c -> place.isWithin(RegionCode.parse(c)));
  }

  @Test
  void aPlaceIsCoveredExactlyWhenItLiesWithinAListedCodeAndNoExcludedOne() {
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(lists().of(listed()).ofSizeBetween(0, 12),
            lists().of(listed()).ofSizeBetween(0, 3), places())
        .checkAssert((covered, excluded, place) -> {
          CoveredRegions regions = CoveredRegions.exactly(covered.toArray(String[]::new))
              .except(excluded.toArray(String[]::new));

          assertThat(regions.isExcluded(place)).isEqualTo(withinAny(place, excluded));
          assertThat(regions.covers(place))
              .isEqualTo(withinAny(place, covered) && !withinAny(place, excluded));
        });
  }
}
