package id.bansos.cli;

import id.bansos.core.household.Household;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import java.util.Optional;

/** The kabupaten/kota a household is counted under in reports: that of its domicile. */
final class Regencies {

  /** Sorts households with no domicile after every kabupaten/kota. */
  static final Key UNKNOWN = new Key("", "(tanpa domisili / no domicile)");

  record Key(String code, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      if (code.isEmpty() != other.code.isEmpty()) {
        return code.isEmpty() ? 1 : -1;
      }
      return code.compareTo(other.code);
    }
  }

  private Regencies() {}

  // The key of each four-digit regency code once made; racy but safe, a key being immutable and
  // equal however often it is made. Every household's rows and summary ask for one.
  private static final Key[] BY_CODE = new Key[10_000];

  static Key of(Household h) {
    if (h.domicile().isEmpty()) {
      return UNKNOWN;
    }
    String digits = h.domicile().get().digits();
    int at = Integer.parseInt(digits, 0, 4, 10);
    Key known = BY_CODE[at];
    if (known != null) {
      return known;
    }
    var code = h.domicile().get().at(RegionLevel.REGENCY);
    Optional<Region> region = RegionRegistry.jawaTimur().find(code);
    Key made = new Key(code.toString(),
        region.map(Region::name).orElse("(bukan Jawa Timur / not Jawa Timur)"));
    BY_CODE[at] = made;
    return made;
  }
}
