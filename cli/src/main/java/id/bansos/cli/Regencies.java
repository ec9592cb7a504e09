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

  static Key of(Household h) {
    if (h.domicile().isEmpty()) {
      return UNKNOWN;
    }
    var code = h.domicile().get().at(RegionLevel.REGENCY);
    Optional<Region> region = RegionRegistry.jawaTimur().find(code);
    return new Key(code.toString(),
        region.map(Region::name).orElse("(bukan Jawa Timur / not Jawa Timur)"));
  }
}
