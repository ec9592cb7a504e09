package id.bansos.core.identity;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Nomor Induk Kependudukan (NIK): the lifelong 16-digit national identity number, laid out as
 * {@code PP KK CC DDMMYY SSSS}.
 *
 * <ul>
 *   <li>{@code PP KK CC}: province, kabupaten/kota and kecamatan where the number was first
 *       registered. They do not change when the person moves, so never infer the current
 *       residence from them;
 *   <li>{@code DD}: day of birth, plus 40 for women (41 to 71);
 *   <li>{@code MM YY}: month and two-digit year of birth (the century is ambiguous; see {@link
 *       #birthDate(LocalDate)});
 *   <li>{@code SSSS}: serial number from 0001.
 * </ul>
 *
 * <p>There is no check digit. Sources: Dukcapil (UU 24/2013 Pasal 13); layout as published by
 * Dukcapil offices (see {@code programs.md} §13).
 *
 * <p>Instances are immutable and compare by their digits. {@link #toString()} masks the number
 * ({@code 3578**********01}); use {@link #value()} where the full number is really needed.
 */
public final class Nik implements Comparable<Nik> {

  private final String value;
  // The masked form, made on first use: explanations and tables print one number many times.
  // Racy but safe: a String is immutable, and equal however often it is made.
  private @Nullable String masked;

  private Nik(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a NIK. Spaces, dots and hyphens used as separators are ignored.
   *
   * <p>Checks: 16 ASCII digits; a province code between 11 and 94; kabupaten/kota and kecamatan
   * codes not 00; day 01–31 (men) or 41–71 (women); month 01–12; the day exists in that month in
   * some year with that {@code YY} (29 February only when {@code YY} is divisible by 4); serial
   * not 0000. Every failed check is reported.
   *
   * @param text the number; never null
   * @return the NIK
   * @throws InvalidDataException naming every malformed part (codes {@code NIK_LENGTH}, {@code
   *     NIK_NOT_DIGITS}, {@code NIK_PROVINCE}, {@code NIK_REGION}, {@code NIK_DAY}, {@code
   *     NIK_MONTH}, {@code NIK_DATE}, {@code NIK_SERIAL}); the message never contains the number
   */
  public static Nik parse(String text) {
    Objects.requireNonNull(text, "text");
    String digits = stripSeparators(text);
    Problems problems = new Problems();
    if (digits.length() != Digits.LENGTH) {
      problems.add("", "NIK_LENGTH", "a NIK has 16 digits, this one has " + digits.length()
          + " characters");
      problems.throwIfAny();
    }
    if (!Digits.allAscii(digits)) {
      problems.add("", "NIK_NOT_DIGITS", "a NIK contains digits 0-9 only");
      problems.throwIfAny();
    }
    int province = Digits.twoDigits(digits, 0);
    if (province < 11 || province > 94) {
      problems.add("", "NIK_PROVINCE", "the first two digits are not a province code (11-94)");
    }
    if (Digits.twoDigits(digits, 2) == 0 || Digits.twoDigits(digits, 4) == 0) {
      problems.add("", "NIK_REGION", "the kabupaten/kota or kecamatan code is 00");
    }
    int dayField = Digits.twoDigits(digits, 6);
    int day = dayField > 40 ? dayField - 40 : dayField;
    boolean dayOk = (dayField >= 1 && dayField <= 31) || (dayField >= 41 && dayField <= 71);
    if (!dayOk) {
      problems.add("", "NIK_DAY", "the day of birth must be 01-31, or 41-71 for women");
    }
    int month = Digits.twoDigits(digits, 8);
    boolean monthOk = month >= 1 && month <= 12;
    if (!monthOk) {
      problems.add("", "NIK_MONTH", "the month of birth must be 01-12");
    }
    // YY and the full year agree modulo 4, so 29 February needs YY divisible by 4 in any century.
    boolean impossibleLeapDay = month == 2 && day == 29 && Digits.twoDigits(digits, 10) % 4 != 0;
    if (dayOk && monthOk && (!dayExistsInMonth(month, day) || impossibleLeapDay)) {
      problems.add("", "NIK_DATE", "the day of birth does not exist in that month");
    }
    if (digits.endsWith("0000")) {
      problems.add("", "NIK_SERIAL", "the serial number (last four digits) must not be 0000");
    }
    problems.throwIfAny();
    return new Nik(digits);
  }

  /**
   * Whether {@code text} is a valid NIK, without throwing.
   *
   * @param text candidate; never null
   * @return true when {@link #parse(String)} would succeed
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidDataException e) {
      return false;
    }
  }

  private static boolean dayExistsInMonth(int month, int day) {
    try {
      MonthDay.of(month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  static String stripSeparators(String text) {
    int first = 0;
    while (first < text.length() && !isSeparator(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      // Most numbers are written without separators.
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    sb.append(text, 0, first);
    for (int i = first + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSeparator(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-';
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
   * The province code where the NIK was first registered, for example {@code "35"}.
   *
   * @return two digits
   */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /**
   * The kabupaten/kota code where the NIK was first registered, in dotted form ({@code "35.78"}).
   *
   * @return the dotted code
   */
  public String regencyCode() {
    return value.substring(0, 2) + "." + value.substring(2, 4);
  }

  /**
   * The kecamatan code where the NIK was first registered, in dotted form ({@code "35.78.01"}).
   *
   * @return the dotted code
   */
  public String districtCode() {
    return regencyCode() + "." + value.substring(4, 6);
  }

  /**
   * The sex encoded in the day field (women have 40 added).
   *
   * @return the sex
   */
  public Sex sex() {
    return Digits.twoDigits(value, 6) > 40 ? Sex.FEMALE : Sex.MALE;
  }

  /**
   * The day of birth (1–31), with the women's 40 removed.
   *
   * @return the day of month
   */
  public int birthDay() {
    int d = Digits.twoDigits(value, 6);
    return d > 40 ? d - 40 : d;
  }

  /**
   * The month of birth (1–12).
   *
   * @return the month
   */
  public int birthMonth() {
    return Digits.twoDigits(value, 8);
  }

  /**
   * The two-digit year of birth as written (0–99).
   *
   * @return the year modulo 100
   */
  public int birthYearOfCentury() {
    return Digits.twoDigits(value, 10);
  }

  /**
   * The serial number (1–9999).
   *
   * @return the serial
   */
  public int serial() {
    return Integer.parseInt(value.substring(12));
  }

  /**
   * The birth date encoded in the NIK, with the two-digit year resolved to the latest year that
   * puts the birth date on or before {@code referenceDate}: a NIK read in 2026 with year 30 is
   * 1930, with year 20 is 2020. The caller passes the reference date (usually the assessment
   * date); nothing here reads the clock.
   *
   * <p>A 29 February birthday whose resolved year is not a leap year moves back one century
   * further, up to two centuries: 00 resolves to 2000, and fails when read before 29 February 2000
   * because neither 1900 nor 1800 is a leap year.
   *
   * @param referenceDate the date the NIK is read on; never null
   * @return the decoded birth date
   * @throws InvalidDataException with code {@code NIK_DATE} if no year within 200 years before
   *     the reference date makes the date valid
   */
  public LocalDate birthDate(LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    int yy = birthYearOfCentury();
    int year = referenceDate.getYear() - Math.floorMod(referenceDate.getYear() - yy, 100);
    for (int tries = 0; tries < 3; tries++, year -= 100) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(year, birthMonth(), birthDay());
      } catch (DateTimeException e) {
        continue;
      }
      if (!candidate.isAfter(referenceDate)) {
        return candidate;
      }
    }
    throw new InvalidDataException("", "NIK_DATE",
        "the birth date in the NIK is not a valid date before the reference date");
  }

  @Override
  public int compareTo(Nik other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nik other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The masked number, first 4 and last 2 digits visible: {@code 3578**********01}.
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
