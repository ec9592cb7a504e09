package id.bansos.core.identity;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problems;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Nomor Kartu Keluarga (No. KK): the 16-digit number of a family card, which in this library
 * identifies one household. The first six digits are the issuing region (province, kabupaten/kota,
 * kecamatan); the split of the remaining ten (registration date and family serial) is not
 * confirmed by a primary source, so this type does not decode it (see {@code programs.md} §13).
 *
 * <p>{@link #toString()} masks the number; use {@link #value()} where the full number is needed.
 */
public final class KkNumber implements Comparable<KkNumber> {

  private final String value;
  // The masked form, made on first use: explanations and tables print one number many times.
  // Racy but safe: a String is immutable, and equal however often it is made.
  private @Nullable String masked;

  private KkNumber(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a No. KK. Spaces, dots and hyphens used as separators are ignored.
   *
   * @param text the number; never null
   * @return the number
   * @throws InvalidDataException with codes {@code KK_LENGTH}, {@code KK_NOT_DIGITS}, {@code
   *     KK_PROVINCE} or {@code KK_REGION}; the message never contains the number
   */
  public static KkNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    String digits = Nik.stripSeparators(text);
    Problems problems = new Problems();
    if (digits.length() != Digits.LENGTH) {
      problems.add("", "KK_LENGTH", "a No. KK has 16 digits, this one has " + digits.length()
          + " characters");
      problems.throwIfAny();
    }
    if (!Digits.allAscii(digits)) {
      problems.add("", "KK_NOT_DIGITS", "a No. KK contains digits 0-9 only");
      problems.throwIfAny();
    }
    int province = Digits.twoDigits(digits, 0);
    if (province < 11 || province > 94) {
      problems.add("", "KK_PROVINCE", "the first two digits are not a province code (11-94)");
    }
    if (Digits.twoDigits(digits, 2) == 0 || Digits.twoDigits(digits, 4) == 0) {
      problems.add("", "KK_REGION", "the kabupaten/kota or kecamatan code is 00");
    }
    problems.throwIfAny();
    return new KkNumber(digits);
  }

  /**
   * The full 16 digits. Personal data: do not log it.
   *
   * @return the digits
   */
  public String value() {
    return value;
  }

  /**
   * The issuing kecamatan in dotted form, for example {@code "35.78.01"}.
   *
   * @return the dotted kecamatan code of the issuing office
   */
  public String issuingDistrictCode() {
    return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
  }

  @Override
  public int compareTo(KkNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KkNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The masked number, first 4 and last 2 digits visible.
   *
   * @return the masked form
   */
  @Override
  public String toString() {
    String m = masked;
    if (m == null) {
      m = Digits.mask(value);
      masked = m;
    }
    return m;
  }
}
