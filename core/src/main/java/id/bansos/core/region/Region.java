package id.bansos.core.region;

import java.util.Objects;
import java.util.Optional;

/**
 * One region of the {@link RegionRegistry}: a province, kabupaten/kota, kecamatan or
 * desa/kelurahan, with its official name.
 *
 * <p>Names are not unique (Kabupaten Kediri and Kota Kediri, and many villages share a name), so
 * identify a region by its {@link #code()}. Instances are immutable; they are created only by the
 * registry.
 */
public final class Region {

  private final RegionCode code;
  private final String name;
  private final Population population;

  Region(RegionCode code, String name, Population population) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.population = population;
  }

  /**
   * The Kemendagri code.
   *
   * @return the code; never null
   */
  public RegionCode code() {
    return code;
  }

  /**
   * The official name, for example {@code "Kabupaten Pacitan"}, {@code "Kota Surabaya"} or
   * {@code "Donorojo"}. Kabupaten and kota names carry their prefix; others do not.
   *
   * @return the name; never null or empty
   */
  public String name() {
    return name;
  }

  /**
   * The level of this region, as given by its code.
   *
   * @return the level; never null
   */
  public RegionLevel level() {
    return code.level();
  }

  /**
   * Whether this is a kota (a city, code part 71 and above).
   *
   * @return false for every region not at {@link RegionLevel#REGENCY} level
   */
  public boolean isKota() {
    return code.isKotaCode();
  }

  /**
   * Whether this is a kabupaten (a regency, code part below 71).
   *
   * @return false for every region not at {@link RegionLevel#REGENCY} level
   */
  public boolean isKabupaten() {
    return code.level() == RegionLevel.REGENCY && !code.isKotaCode();
  }

  /**
   * Whether this is a kelurahan, a village-level area run by civil servants (code part 1xxx).
   *
   * @return false for every region not at {@link RegionLevel#VILLAGE} level
   */
  public boolean isKelurahan() {
    return code.isKelurahan();
  }

  /**
   * Whether this is a desa, a self-governing village (code part 2xxx).
   *
   * @return false for every region not at {@link RegionLevel#VILLAGE} level
   */
  public boolean isDesa() {
    return code.isDesa();
  }

  /**
   * The registered population, known for the province and for each kabupaten/kota.
   *
   * @return the population; empty for kecamatan and villages
   */
  public Optional<Population> population() {
    return Optional.ofNullable(population);
  }

  /** Compares code, name and population. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Region other
        && code.equals(other.code)
        && name.equals(other.name)
        && Objects.equals(population, other.population);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The code and name, for example {@code 35.71 Kota Kediri}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
