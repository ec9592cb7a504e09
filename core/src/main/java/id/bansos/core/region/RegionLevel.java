package id.bansos.core.region;

/** The four levels of the Kemendagri region code {@code PP.KK.CC.DDDD}. */
public enum RegionLevel {
  /** Provinsi, two digits ({@code 35}). */
  PROVINCE(2),
  /** Kabupaten or kota, {@code 35.78}. */
  REGENCY(4),
  /** Kecamatan, {@code 35.78.01}. */
  DISTRICT(6),
  /** Desa or kelurahan, {@code 35.78.01.1001}. */
  VILLAGE(10);

  private final int digits;

  RegionLevel(int digits) {
    this.digits = digits;
  }

  /**
   * Number of digits of a code at this level, without dots.
   *
   * @return 2, 4, 6 or 10
   */
  public int digits() {
    return digits;
  }
}
