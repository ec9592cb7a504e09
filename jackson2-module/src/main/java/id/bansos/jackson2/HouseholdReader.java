package id.bansos.jackson2;

import id.bansos.core.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads households from JSON Lines (one household document per line), one line at a time, in
 * memory bounded by the longest accepted line whatever the size of the stream.
 *
 * <p>Each line yields a {@link HouseholdLine}: the household, or the problems with that line. A
 * bad line, even one that is not JSON at all or is too long, never stops the stream. Blank lines
 * are skipped; {@code \r\n} line ends are accepted. Not thread-safe: one reader per stream.
 *
 * <p>Extension facts on a line are accepted when they are among those given to {@link
 * #of(Reader, ExtensionFacts)}; the factories without them accept the provincial catalog's
 * ({@link ExtensionFacts#provincial()}).
 *
 * <pre>{@code
 * try (HouseholdReader reader = HouseholdReader.of(Files.newInputStream(path))) {
 *   for (HouseholdLine line : reader) {
 *     line.household().ifPresentOrElse(engine::assess..., () -> log(line.lineNumber(), line.problems()));
 *   }
 * }
 * }</pre>
 */
public final class HouseholdReader implements Iterable<HouseholdLine>, Closeable {

  // UTF-8 bytes, cut into lines and parsed as bytes (decoded to text only for a line the byte
  // parser refuses, to report it as a reader of text does); of(Reader) encodes its characters.
  private final InputStream in;
  private final ExtensionFacts extensions;
  private final long maxLineLength;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  // The line being read from bytes, at most maxLineBytes of it.
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;
  private boolean iterated;
  private @Nullable HouseholdLine next;
  private boolean finished;

  private HouseholdReader(InputStream in, ExtensionFacts extensions, long maxLineLength) {
    this.in = in;
    this.extensions = extensions;
    this.maxLineLength = maxLineLength;
  }

  /**
   * A reader of a character stream whose households may carry the provincial catalog's
   * extension facts ({@link ExtensionFacts#provincial()}).
   *
   * @param in the stream; never null; closed by {@link #close()}
   * @return the reader
   */
  public static HouseholdReader of(Reader in) {
    return of(in, ExtensionFacts.provincial());
  }

  /**
   * A reader of a character stream whose households may carry the given extension facts.
   *
   * @param in the stream; never null; closed by {@link #close()}
   * @param extensions the extension facts accepted on households and their members; never null
   * @return the reader
   */
  public static HouseholdReader of(Reader in, ExtensionFacts extensions) {
    return new HouseholdReader(new Utf8Input(Objects.requireNonNull(in, "in")),
        Objects.requireNonNull(extensions, "extensions"), BansosJson.MAX_DOCUMENT_LENGTH);
  }

  /**
   * A reader of UTF-8 bytes whose households may carry the provincial catalog's extension facts
   * ({@link ExtensionFacts#provincial()}), read as {@link #of(InputStream, ExtensionFacts)}
   * reads them.
   *
   * @param in the stream; never null; closed by {@link #close()}
   * @return the reader
   */
  public static HouseholdReader of(InputStream in) {
    return of(in, ExtensionFacts.provincial());
  }

  /**
   * A reader of UTF-8 bytes whose households may carry the given extension facts. A line that is
   * not UTF-8 (malformed, or UTF-16 or UTF-32 as Windows PowerShell 5 writes by default) fails
   * on its own ({@code JSON_ENCODING}) and the stream goes on; a UTF-8 byte-order mark at the
   * start of the stream is skipped. Each line is parsed from its bytes, without decoding it to
   * text first; a line that the byte parser refuses (not JSON, over a limit) is decoded and read
   * as {@link #of(Reader, ExtensionFacts)} reads it, so both give the same problems and
   * messages.
   *
   * @param in the stream; never null; closed by {@link #close()}
   * @param extensions the extension facts accepted on households and their members; never null
   * @return the reader
   */
  public static HouseholdReader of(InputStream in, ExtensionFacts extensions) {
    return new HouseholdReader(Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(extensions, "extensions"), BansosJson.MAX_DOCUMENT_LENGTH);
  }

  static HouseholdReader of(Reader in, long maxLineLength) {
    return new HouseholdReader(new Utf8Input(in), ExtensionFacts.provincial(), maxLineLength);
  }

  static HouseholdReader of(InputStream in, long maxLineLength) {
    return new HouseholdReader(in, ExtensionFacts.provincial(), maxLineLength);
  }

  /**
   * The lines of the stream; may be called once.
   *
   * @return an iterator over the remaining lines
   * @throws IllegalStateException when called a second time
   * @throws UncheckedIOException from the iterator when reading fails
   */
  @Override
  public Iterator<HouseholdLine> iterator() {
    if (iterated) {
      throw new IllegalStateException("a HouseholdReader can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (next == null && !finished) {
          next = readLine();
          finished = next == null;
        }
        return next != null;
      }

      @Override
      public HouseholdLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        HouseholdLine line = next;
        next = null;
        return line;
      }
    };
  }

  /**
   * The lines of the stream as a sequential stream; may be called once instead of {@link
   * #iterator()}.
   *
   * @return the lines
   */
  public Stream<HouseholdLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Reads the next non-blank line and parses it, or returns null at the end. */
  private @Nullable HouseholdLine readLine() {
    // A character takes one to three bytes of UTF-8 (a pair of surrogates four), and a malformed
    // byte becomes one replacement character: a line of more than three bytes per character
    // allowed is too long whatever it holds, so no more than that is kept.
    long maxLineBytes = Math.min(Integer.MAX_VALUE - 16, 3 * maxLineLength);
    while (true) {
      lineLength = 0;
      boolean tooLong = false;
      boolean sawAny = false;
      boolean ended = false;
      while (!ended && (position < limit || fill())) {
        sawAny = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int run = position - start;
        if (position < limit) {
          position++;
          ended = true;
        }
        int kept = (int) Math.min(run, Math.max(0, maxLineBytes - lineLength));
        keep(start, kept);
        tooLong |= kept < run;
      }
      if (!sawAny) {
        return null;
      }
      lineNumber++;
      if (line.length > 1 << 16 && lineLength <= 1 << 16) {
        // The room a long line took is not kept for the short lines after it.
        line = Arrays.copyOf(line, 1 << 16);
      }
      // Fewer bytes than characters allowed is never too long; more may be: count them.
      if (tooLong || lineLength > maxLineLength && decoded(lineLength).length() > maxLineLength) {
        return tooLong();
      }
      int length = lineLength;
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      if (lineNumber == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
          && line[2] == (byte) 0xBF) {
        // A UTF-8 byte-order mark, as Notepad and PowerShell write one, begins the stream: it is
        // no part of the first line.
        System.arraycopy(line, 3, line, 0, length - 3);
        length -= 3;
      }
      if (!(in instanceof Utf8Input)) {
        // Bytes from a file: read as text, malformed bytes would become U+FFFD in a value and be
        // taken as written, and UTF-16 would fail as JSON that is not there. (Characters from a
        // Reader, encoded here, are always well-formed.)
        if (otherEncoding(length)) {
          return HouseholdLine.failed(lineNumber, List.of(new Problem("", "JSON_ENCODING",
              "the line is not UTF-8 but looks like UTF-16 or UTF-32: save the file as UTF-8")));
        }
        int malformed = malformedAt(length);
        if (malformed >= 0) {
          return HouseholdLine.failed(lineNumber, List.of(new Problem("", "JSON_ENCODING",
              "the line is not UTF-8: the sequence at byte " + (malformed + 1)
                  + " is malformed")));
        }
      }
      switch (blank(length)) {
        case 0:
          JsonNode tree = otherEncoding(length) ? null : BansosJson.treeOrNull(line, 0, length);
          if (tree != null) {
            try {
              return HouseholdLine.ok(lineNumber, BansosJson.household(tree, extensions));
            } catch (JsonInputException e) {
              return HouseholdLine.failed(lineNumber, e.problems());
            }
          }
          return parse(decoded(length));
        case 1:
          continue;
        default:
          String text = decoded(length);
          if (!text.isBlank()) {
            return parse(text);
          }
      }
    }
  }

  /**
   * Whether the first {@code length} bytes of the line are blank as {@link String#isBlank} says:
   * 0 when not, 1 when they are, 2 when that takes decoding (white space up to a byte beyond
   * ASCII).
   */
  private int blank(int length) {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b < 0) {
        return 2;
      }
      if (!Character.isWhitespace(b)) {
        return 0;
      }
    }
    return 1;
  }

  /**
   * Whether the line looks like another encoding than UTF-8, as Jackson's byte parser would take
   * it: a zero byte among the first four, or a first byte 0xFE or 0xFF (a byte order mark of
   * UTF-16 or UTF-32; neither byte is ever UTF-8).
   */
  private boolean otherEncoding(int length) {
    if (length > 0 && (line[0] == (byte) 0xFE || line[0] == (byte) 0xFF)) {
      return true;
    }
    for (int i = 0; i < Math.min(4, length); i++) {
      if (line[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the first sequence that is not well-formed UTF-8 (Unicode's table 3-7) begins among
   * the line's first {@code length} bytes, or -1 when there is none.
   */
  private int malformedAt(int length) {
    for (int i = 0; i < length; ) {
      int b = line[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int n = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
          : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (n < 0 || i + n >= length) {
        return i;
      }
      int second = line[i + 1] & 0xFF;
      int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
      int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k <= n; k++) {
        if ((line[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return -1;
  }

  private String decoded(int length) {
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  private void keep(int from, int count) {
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + count, line.length * 2));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }

  private HouseholdLine tooLong() {
    return HouseholdLine.failed(lineNumber, List.of(new Problem("", "JSON_TOO_LONG",
        "the line is longer than " + maxLineLength + " characters")));
  }

  private HouseholdLine parse(String text) {
    try {
      return HouseholdLine.ok(lineNumber, BansosJson.readHousehold(text, extensions));
    } catch (JsonInputException e) {
      return HouseholdLine.failed(lineNumber, e.problems());
    }
  }

  private boolean fill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes the underlying stream.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The characters of a reader as UTF-8 bytes, for {@link #of(Reader, ExtensionFacts)}: a lone
   * surrogate, which no UTF-8 can hold, becomes {@code ?}.
   */
  private static final class Utf8Input extends InputStream {
    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean ended;
    private boolean flushed;

    Utf8Input(Reader in) {
      this.in = in;
      bytes.flip();
    }

    // The exceptions are named in full: the Jackson 2 twin of this file is compared with this one
    // without "throws IOException".
    @Override
    public int read() throws java.io.IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      if (len == 0) {
        return 0;
      }
      while (!bytes.hasRemaining()) {
        if (flushed) {
          return -1;
        }
        bytes.clear();
        if (!ended && in.read(chars) < 0) {
          ended = true;
        }
        chars.flip();
        // The bytes hold three per character, so the characters read always fit; what stays is
        // at most a high surrogate waiting for its pair.
        encoder.encode(chars, bytes, ended);
        if (ended && !chars.hasRemaining()) {
          encoder.flush(bytes);
          flushed = true;
        }
        chars.compact();
        bytes.flip();
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(b, off, n);
      return n;
    }

    @Override
    public void close() throws java.io.IOException {
      in.close();
    }
  }
}
