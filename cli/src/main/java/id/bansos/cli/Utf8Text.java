package id.bansos.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text being written as UTF-8 bytes, for the CSV and JSON Lines outputs: a result file is
 * mostly ASCII that repeats, which this way is encoded once per distinct text and then copied,
 * rather than built as characters and encoded again as a whole. Not thread-safe.
 */
final class Utf8Text {

  private byte[] bytes;
  private int size;

  Utf8Text(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** The number of bytes. */
  int size() {
    return size;
  }

  /** Empties the text, keeping its room. */
  void clear() {
    size = 0;
  }

  /** Appends {@code text}, encoded. */
  Utf8Text append(String text) {
    return append(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends bytes already encoded. */
  Utf8Text append(byte[] encoded) {
    room(encoded.length);
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
    return this;
  }

  /**
   * Appends one ASCII character.
   *
   * @throws IllegalArgumentException for any other character, which takes more than one byte
   */
  Utf8Text append(char ascii) {
    if (ascii >= 0x80) {
      throw new IllegalArgumentException("not an ASCII character: U+"
          + Integer.toHexString(ascii));
    }
    room(1);
    bytes[size++] = (byte) ascii;
    return this;
  }

  /** Appends {@code n} in decimal digits, with a minus sign when negative. */
  Utf8Text append(long n) {
    if (n >= 0 && n <= Integer.MAX_VALUE) {
      // Most numbers of a result are line numbers and zero amounts: int arithmetic.
      return appendNonNegative((int) n);
    }
    // Negative or beyond an int: rare (no count, and few amounts, are), so the JDK's digits.
    return append(Long.toString(n));
  }

  private Utf8Text appendNonNegative(int n) {
    room(10);
    if (n < 10) {
      bytes[size++] = (byte) ('0' + n);
      return this;
    }
    int digits = 1;
    for (int rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int at = size + digits - 1; at >= size; at--) {
      int q = n / 10;
      bytes[at] = (byte) ('0' + n - q * 10);
      n = q;
    }
    size += digits;
    return this;
  }

  /** The text's bytes, a copy. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
