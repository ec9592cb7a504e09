package id.bansos.core.identity;

/** Shared checks and masking for the 16-digit identifiers. */
final class Digits {

  static final int LENGTH = 16;

  private Digits() {}

  /** Whether every character is an ASCII digit (not any Unicode digit). */
  static boolean allAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Shows the first 4 and last 2 digits only: {@code 3578**********01}. */
  static String mask(String digits) {
    return digits.substring(0, 4) + "**********" + digits.substring(LENGTH - 2);
  }

  static int twoDigits(String s, int from) {
    return (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
  }
}
