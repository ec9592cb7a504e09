package id.bansos.rules.criteria;

import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;

/**
 * How a Kemendagri village code tells a kelurahan (an urban village run by the regency's
 * administration) from a desa (a self-governing village with its own Dana Desa): by the first
 * digit of the four-digit village part of {@code PP.KK.CC.DDDD}. The value type of {@code
 * JPS_KELURAHAN_2020.KELURAHAN_CODES}.
 *
 * <p>In the Kemendagri data of Jawa Timur every village code of a kota starts with {@code 1} and
 * every desa code with {@code 2} (programs.md §16, counted from the {@code cahyadsn/wilayah}
 * data). That a leading {@code 1} means kelurahan is read from that pattern, not from the decree
 * itself, so the catalog marks it INFERRED.
 *
 * @param leadingDigit the first digit of the four-digit part of every kelurahan code, {@code '1'}
 *     in the Kemendagri scheme
 */
public record KelurahanCodes(char leadingDigit) {

  /** The Kemendagri scheme: kelurahan codes start with {@code 1}, desa codes with {@code 2}. */
  public static final KelurahanCodes KEMENDAGRI = new KelurahanCodes('1');

  /**
   * Checks the digit.
   *
   * @throws IllegalArgumentException when it is not a digit from 1 to 9
   */
  public KelurahanCodes {
    if (leadingDigit < '1' || leadingDigit > '9') {
      throw new IllegalArgumentException("a village code's first digit is 1-9: " + leadingDigit);
    }
  }

  /**
   * Whether {@code village} is a kelurahan by this rule.
   *
   * @param village a region code; never null
   * @return true for a village-level code whose four-digit part starts with the digit; false for
   *     any other code
   */
  public boolean isKelurahan(RegionCode village) {
    return village.level() == RegionLevel.VILLAGE && village.digits().charAt(6) == leadingDigit;
  }

  /**
   * The rule as text, for reports and messages.
   *
   * @return for example {@code "village code PP.KK.CC.1xxx"}
   */
  @Override
  public String toString() {
    return "village code PP.KK.CC." + leadingDigit + "xxx";
  }
}
