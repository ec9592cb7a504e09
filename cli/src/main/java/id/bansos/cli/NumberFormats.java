package id.bansos.cli;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a cell's number format says of its number, and the day a date cell holds: the built-in
 * number formats (ECMA-376 Part 1, 18.8.30), which formats are dates, and a date serial read in
 * the workbook's date system. Every answer is the one Apache POI 5's {@code BuiltinFormats} and
 * {@code DateUtil} give, which the reader replaced ({@code NumberFormatsTest} compares them),
 * but one: a serial past 9999-12-31 is no date here and is read as its number, as POI 6 reads it
 * (POI 5 gave a day of the year 10000 or later, or for a serial beyond an {@code int} a day of no
 * meaning).
 */
final class NumberFormats {

  private NumberFormats() {}

  /**
   * The serial of 9999-12-31 in the 1900 date system, the last day a spreadsheet shows; a date
   * cell beyond it shows as {@code ########} and is read as its number.
   */
  static final int LAST_SERIAL = 2_958_465;

  // Serial 0 of the 1900 system is shown as 1900-01-00: the day before 1900-01-01.
  private static final long DAY_0_1900 = LocalDate.of(1899, 12, 31).toEpochDay();
  // Serial 0 of the 1904 system is 1904-01-01.
  private static final long DAY_0_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
  // Days between the two systems' serial 0 (and the 29th of February 1900 that one counts).
  private static final int SYSTEMS_APART = 1462;

  /** The codes of the built-in formats, by id; none beyond. */
  private static final String[] BUILT_IN = {
      "General", "0", "0.00", "#,##0", "#,##0.00",
      "\"$\"#,##0_);(\"$\"#,##0)", "\"$\"#,##0_);[Red](\"$\"#,##0)",
      "\"$\"#,##0.00_);(\"$\"#,##0.00)", "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
      "0%", "0.00%", "0.00E+00", "# ?/?", "# ??/??",
      "m/d/yy", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm", "h:mm:ss",
      "m/d/yy h:mm",
      "reserved-0x17", "reserved-0x18", "reserved-0x19", "reserved-0x1A", "reserved-0x1B",
      "reserved-0x1C", "reserved-0x1D", "reserved-0x1E", "reserved-0x1F", "reserved-0x20",
      "reserved-0x21", "reserved-0x22", "reserved-0x23", "reserved-0x24",
      "#,##0_);(#,##0)", "#,##0_);[Red](#,##0)", "#,##0.00_);(#,##0.00)",
      "#,##0.00_);[Red](#,##0.00)",
      "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)",
      "_(\"$\"* #,##0_);_(\"$\"* (#,##0);_(\"$\"* \"-\"_);_(@_)",
      "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)",
      "_(\"$\"* #,##0.00_);_(\"$\"* (#,##0.00);_(\"$\"* \"-\"??_);_(@_)",
      "mm:ss", "[h]:mm:ss", "mm:ss.0", "##0.0E+0", "@"};

  /** The code of built-in format {@code id}, or null when there is no such built-in format. */
  static String builtIn(int id) {
    return id >= 0 && id < BUILT_IN.length ? BUILT_IN[id] : null;
  }

  /**
   * Whether a number in format {@code id} with code {@code code} (null when none) is a date or a
   * time, as POI's {@code DateUtil.isADateFormat} answers: the built-in dates and times (14 to 22,
   * 45 to 47) are; otherwise the code, once its escapes {@code \-}, {@code \,}, {@code \.},
   * <code>\ </code> and <code>\\</code> are read as the characters and {@code ;@} dropped, is when
   * it is an elapsed time ({@code [h]}, {@code [mm]}, {@code [ss]}), or when, a leading {@code
   * [DBNum1]}–{@code [DBNum3]}, a leading locale {@code [$-…]}, a leading colour such as {@code
   * [Red]} and any section after the first left out, it holds a letter of a date or time ({@code
   * y m d h s}, either case) and is made of date characters ({@code [ ] y m d h s - T / , . :}
   * space, quotes, backslash, 年 月 日) followed only by zeros, a space and AM/PM letters.
   */
  static boolean isDate(int id, String code) {
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
      return true;
    }
    if (code == null || code.isEmpty()) {
      return false;
    }
    String s = unescaped(code);
    if (elapsed(s)) {
      return true;
    }
    s = withoutPrefixes(s);
    int section = s.indexOf(';');
    if (section > 0 && section < s.length() - 1) {
      s = s.substring(0, section);
    }
    return hasDateLetter(s) && dateCharacters(s);
  }

  /** {@code code} with a backslash before {@code - , . space \} dropped, and each ";@". */
  private static String unescaped(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int n = code.length();
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (i + 1 < n) {
        char next = code.charAt(i + 1);
        if (c == '\\' && (next == '-' || next == ',' || next == '.' || next == ' '
            || next == '\\')) {
          continue;
        }
        if (c == ';' && next == '@') {
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether {@code s} is a whole elapsed time: {@code [} one or more h, m or s {@code ]}. */
  private static boolean elapsed(String s) {
    int n = s.length();
    if (n < 3 || s.charAt(0) != '[' || s.charAt(n - 1) != ']') {
      return false;
    }
    char unit = Character.toLowerCase(s.charAt(1));
    if (unit != 'h' && unit != 'm' && unit != 's') {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (c != unit && c != Character.toUpperCase(unit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} without, in this order and each at most once, a leading {@code [DBNum1]} to
   * {@code [DBNum3]}, a leading {@code [$-…]} (up to its first {@code ]}, on one line) and a
   * leading bracketed word of ASCII letters.
   */
  private static String withoutPrefixes(String s) {
    if (s.length() >= 8 && s.startsWith("[DBNum") && s.charAt(6) >= '1' && s.charAt(6) <= '3'
        && s.charAt(7) == ']') {
      s = s.substring(8);
    }
    if (s.startsWith("[$-")) {
      int end = s.indexOf(']', 3);
      if (end > 0 && !lineBreak(s, 3, end)) {
        s = s.substring(end + 1);
      }
    }
    if (s.startsWith("[")) {
      int i = 1;
      while (i < s.length() && asciiLetter(s.charAt(i))) {
        i++;
      }
      if (i > 1 && i < s.length() && s.charAt(i) == ']') {
        s = s.substring(i + 1);
      }
    }
    return s;
  }

  // Whether s[from..to) holds a character that ends a line for java.util.regex's ".".
  private static boolean lineBreak(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean hasDateLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("yYmMdDhHsS".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s} is one or more date characters, then zeros, an optional space and AM/PM
   * letters ({@code a m p A M P /}), each part as long as it needs to be.
   */
  private static boolean dateCharacters(String s) {
    int n = s.length();
    int prefix = 0;
    while (prefix < n && "[]yYmMdDhHsS-T/\u5e74\u6708\u65e5,. :\"\\".indexOf(s.charAt(prefix))
        >= 0) {
      prefix++;
    }
    for (int split = 1; split <= prefix; split++) {
      int j = split;
      while (j < n && s.charAt(j) == '0') {
        j++;
      }
      if (j < n && s.charAt(j) == ' ') {
        j++;
      }
      while (j < n && "ampAMP/".indexOf(s.charAt(j)) >= 0) {
        j++;
      }
      if (j == n) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day date serial {@code serial} names in the workbook's date system, as POI's {@code
   * DateUtil.getLocalDateTime} gives it (the time of day rounded to the millisecond, so a time
   * within half a millisecond of midnight is the next day; serial 60 of the 1900 system, the
   * 29th of February 1900 that spreadsheets count, is read as the 1st of March); null when
   * {@code serial} is not a date: below 0, not a number, or past 9999-12-31.
   */
  static LocalDate date(double serial, boolean date1904) {
    int last = date1904 ? LAST_SERIAL - SYSTEMS_APART : LAST_SERIAL;
    if (!(serial >= 0 && serial < last + 1)) {
      return null;
    }
    int whole = (int) serial;
    long day;
    if (date1904) {
      day = DAY_0_1904 + whole;
    } else {
      // Serials from 61 (1900-03-01) on count the 29th of February 1900, which was not.
      day = DAY_0_1900 + whole - (whole >= 61 ? 1 : 0);
    }
    if (serial - whole >= 0.999_999 && nextDay(serial, whole)) {
      day++;
    }
    return LocalDate.ofEpochDay(day);
  }

  /**
   * Whether the time of day of {@code serial}, written in decimal as a double prints, rounds to
   * the next midnight at the millisecond: at least one day less half a millisecond.
   */
  private static boolean nextDay(double serial, int whole) {
    BigDecimal halfMillis = BigDecimal.valueOf(2L * 86_400_000);
    BigDecimal time = BigDecimal.valueOf(serial).subtract(BigDecimal.valueOf(whole));
    return time.multiply(halfMillis).compareTo(halfMillis.subtract(BigDecimal.ONE)) >= 0;
  }
}
