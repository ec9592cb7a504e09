package id.bansos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The characters of a CSV file: UTF-8, and each byte that is not part of UTF-8 read as Windows-1252
 * (the code page Excel's plain "CSV" is saved in on Windows in Indonesia and most of the world, so
 * that a name typed {@code Ma’ruf} arrives as the byte {@code 0x92}). A UTF-8 reader would make
 * each such byte a replacement character, {@code Ma\uFFFDruf}; a file that is all UTF-8 reads
 * exactly as UTF-8, and one that is all Windows-1252 exactly as Windows-1252 but for a byte that
 * happens, with the next ones, to be a UTF-8 character (Windows-1252 text seldom has one: {@code
 * Ã©}). Bytes Windows-1252 leaves undefined read as U+FFFD.
 */
final class TableText extends Reader {

  /** What each byte from 0x80 reads as when it is not part of UTF-8. */
  private static final char[] WINDOWS_1252 = windows1252();

  private static char[] windows1252() {
    byte[] high = new byte[128];
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + i);
    }
    // Undefined bytes decode to U+FFFD: one char for each byte.
    char[] table = new String(high, Charset.forName("windows-1252")).toCharArray();
    if (table.length != 128) {
      throw new IllegalStateException("windows-1252 does not map one byte to one char");
    }
    return table;
  }

  private final InputStream in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  // The bytes read and not yet decoded, ready to be read from (position to limit).
  private final ByteBuffer bytes;
  // The chars decoded and not yet read, ready to be read from: a read of one char still gets
  // both halves of a character beyond the Basic Multilingual Plane, one after the other.
  private final CharBuffer chars;
  private boolean eof;
  private boolean flushed;

  TableText(InputStream in) {
    this(in, 1 << 16);
  }

  TableText(InputStream in, int bufferSize) {
    this.in = Objects.requireNonNull(in);
    this.bytes = ByteBuffer.allocate(Math.max(4, bufferSize));
    this.chars = CharBuffer.allocate(Math.max(4, bufferSize));
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, buffer.length);
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decode()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buffer, off, n);
    return n;
  }

  /** Decodes more chars into the emptied {@link #chars}; false at the end of the text. */
  private boolean decode() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && !flushed) {
        CoderResult r = utf8.decode(bytes, chars, eof);
        if (r.isError()) {
          // Not UTF-8: the first byte as Windows-1252; the next ones are decoded again.
          chars.put(WINDOWS_1252[(bytes.get() & 0xFF) - 0x80]);
        } else if (r.isUnderflow()) {
          if (eof) {
            utf8.flush(chars);
            flushed = true;
          } else {
            fill();
          }
        }
        // No overflow: chars is empty and has room for a character's two halves.
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  /** Reads more bytes after those not yet decoded (at most three: an unfinished character). */
  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
