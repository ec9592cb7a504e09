package id.bansos.core.region;

import id.bansos.core.InvalidDataException;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kemendagri region code at any of the four levels: province ({@code 35}), kabupaten/kota
 * ({@code 35.78}), kecamatan ({@code 35.78.01}) or desa/kelurahan ({@code 35.78.01.1001}).
 *
 * <p>Both the dotted form and the plain digits ({@code 3578011001}) are accepted. {@link
 * #toString()} gives the dotted form, which {@link #parse(String)} reads back.
 *
 * <p>A village whose four-digit part starts with {@code 1} is a kelurahan, with {@code 2} a desa
 * (the Kemendagri convention, confirmed by the pattern of the Jawa Timur data; see {@code
 * programs.md} §16). This type checks the format only; {@link RegionRegistry} knows which codes
 * exist.
 */
public final class RegionCode implements Comparable<RegionCode> {

  private final String digits;

  private RegionCode(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a region code in dotted or plain form.
   *
   * @param text the code; never null
   * @return the code
   * @throws InvalidDataException with code {@code REGION_CODE_FORMAT} when the text is not a
   *     region code of one of the four levels
   */
  public static RegionCode parse(String text) {
    Objects.requireNonNull(text, "text");
    String plain = text.strip();
    if (keyOf(plain, 0, plain.length()) < 0) {
      throw bad();
    }
    return new RegionCode(plain.indexOf('.') >= 0 ? plain.replace(".", "") : plain);
  }

  /**
   * The rules of {@link #parse(String)} for {@code text[from, to)}, already stripped,
   * without building intermediate strings or exceptions: the registry reads thousands of codes
   * at start-up.
   *
   * @return the code, or null when the text is not one
   */
  static RegionCode parseBundled(CharSequence text, int from, int to) {
    long key = keyOf(text, from, to);
    if (key < 0) {
      return null;
    }
    char[] digits = new char[(int) (key % 16)];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.') {
        digits[n++] = c;
      }
    }
    return new RegionCode(new String(digits));
  }

  /**
   * The code in {@code text[from, to)}, by the rules of {@link #parseBundled}, as one number: its
   * digits, times 16, plus how many there are (never 0); -1 when the text is not a code. The
   * registry's look-up table holds these numbers, read without building a code for each.
   */
  static long keyOf(CharSequence text, int from, int to) {
    long value = 0;
    int n = 0;
    int part = 0;
    int width = 0;
    boolean dotted = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (part >= 3 || width != PART_WIDTHS[part]) {
          return -1;
        }
        dotted = true;
        part++;
        width = 0;
      } else {
        if (n == 10 || c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
        n++;
        width++;
      }
    }
    if (dotted && width != PART_WIDTHS[part]) {
      return -1;
    }
    // The lengths of the four levels, and no part all zeros.
    boolean ok = switch (n) {
      case 2 -> value != 0;
      case 4 -> value / 100 != 0 && value % 100 != 0;
      case 6 -> value / 10_000 != 0 && value / 100 % 100 != 0 && value % 100 != 0;
      case 10 -> value / 100_000_000 != 0 && value / 1_000_000 % 100 != 0
          && value / 10_000 % 100 != 0 && value % 10_000 != 0;
      default -> false;
    };
    return ok ? value * 16 + n : -1;
  }

  private static final int[] PART_WIDTHS = {2, 2, 2, 4};

  private static InvalidDataException bad() {
    return new InvalidDataException("", "REGION_CODE_FORMAT",
        "a region code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (dots optional), no part all zeros");
  }

  /**
   * The level of this code.
   *
   * @return the level
   */
  public RegionLevel level() {
    return switch (digits.length()) {
      case 2 -> RegionLevel.PROVINCE;
      case 4 -> RegionLevel.REGENCY;
      case 6 -> RegionLevel.DISTRICT;
      default -> RegionLevel.VILLAGE;
    };
  }

  /**
   * The code without dots.
   *
   * @return 2, 4, 6 or 10 digits
   */
  public String digits() {
    return digits;
  }

  /**
   * The two-digit province code.
   *
   * @return for example {@code "35"}
   */
  public String provinceDigits() {
    return digits.substring(0, 2);
  }

  /**
   * The code of the enclosing region one level up; empty for a province.
   *
   * @return the parent code
   */
  public Optional<RegionCode> parent() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case REGENCY -> Optional.of(new RegionCode(digits.substring(0, 2)));
      case DISTRICT -> Optional.of(new RegionCode(digits.substring(0, 4)));
      case VILLAGE -> Optional.of(new RegionCode(digits.substring(0, 6)));
    };
  }

  /**
   * This code truncated to {@code level}, which must be this level or above.
   *
   * @param level the level wanted; never null
   * @return the enclosing code at that level (this code itself if the level is the same)
   * @throws IllegalArgumentException if {@code level} is below this code's level
   */
  public RegionCode at(RegionLevel level) {
    Objects.requireNonNull(level, "level");
    if (level.digits() > digits.length()) {
      throw new IllegalArgumentException("cannot take " + level + " of a " + level() + " code");
    }
    return level.digits() == digits.length() ? this : new RegionCode(digits.substring(0, level.digits()));
  }

  /**
   * Whether this code lies within {@code other} (or is equal to it).
   *
   * @param other the enclosing candidate; never null
   * @return true when this code starts with the other's digits
   */
  public boolean isWithin(RegionCode other) {
    return digits.startsWith(other.digits);
  }

  /**
   * Whether this is a village code of a kelurahan (four-digit part starting with {@code 1}).
   *
   * @return false for codes that are not at village level
   */
  public boolean isKelurahan() {
    return digits.length() == 10 && digits.charAt(6) == '1';
  }

  /**
   * Whether this is a village code of a desa (four-digit part starting with {@code 2}).
   *
   * @return false for codes that are not at village level
   */
  public boolean isDesa() {
    return digits.length() == 10 && digits.charAt(6) == '2';
  }

  /**
   * Whether this is a kabupaten/kota code of a kota (the two-digit part 71 or above).
   *
   * @return false for codes that are not at regency level
   */
  public boolean isKotaCode() {
    return digits.length() == 4 && digits.charAt(2) >= '7';
  }

  @Override
  public int compareTo(RegionCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * The dotted form, for example {@code 35.78.01.1001}.
   *
   * @return the dotted code
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(13);
    sb.append(digits, 0, 2);
    if (digits.length() >= 4) {
      sb.append('.').append(digits, 2, 4);
    }
    if (digits.length() >= 6) {
      sb.append('.').append(digits, 4, 6);
    }
    if (digits.length() == 10) {
      sb.append('.').append(digits, 6, 10);
    }
    return sb.toString();
  }
}
