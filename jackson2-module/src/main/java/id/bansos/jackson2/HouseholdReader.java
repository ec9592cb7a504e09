package id.bansos.jackson2;

import id.bansos.core.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

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

  private final Reader in;
  private final ExtensionFacts extensions;
  private final long maxLineLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean iterated;
  private @Nullable HouseholdLine next;
  private boolean finished;

  private HouseholdReader(Reader in, ExtensionFacts extensions, long maxLineLength) {
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
    return new HouseholdReader(Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(extensions, "extensions"), BansosJson.MAX_DOCUMENT_LENGTH);
  }

  /**
   * A reader of UTF-8 bytes whose households may carry the provincial catalog's extension facts
   * ({@link ExtensionFacts#provincial()}). Malformed UTF-8 is
   * replaced, so it shows up as a bad value on its line rather than stopping the stream.
   *
   * @param in the stream; never null; closed by {@link #close()}
   * @return the reader
   */
  public static HouseholdReader of(InputStream in) {
    return of(in, ExtensionFacts.provincial());
  }

  /**
   * A reader of UTF-8 bytes whose households may carry the given extension facts. Malformed
   * UTF-8 is replaced, so it shows up as a bad value on its line rather than stopping the stream.
   *
   * @param in the stream; never null; closed by {@link #close()}
   * @param extensions the extension facts accepted on households and their members; never null
   * @return the reader
   */
  public static HouseholdReader of(InputStream in, ExtensionFacts extensions) {
    Objects.requireNonNull(in, "in");
    return of(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), extensions);
  }

  static HouseholdReader of(Reader in, long maxLineLength) {
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
    StringBuilder line = new StringBuilder(256);
    while (true) {
      line.setLength(0);
      boolean tooLong = false;
      boolean sawAny = false;
      boolean ended = false;
      // Whole runs of the buffer up to the line's end at a time, not a character at a time.
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
        int kept = (int) Math.min(run, Math.max(0, maxLineLength - line.length()));
        line.append(buffer, start, kept);
        tooLong |= kept < run;
      }
      if (!sawAny) {
        return null;
      }
      lineNumber++;
      if (tooLong) {
        return HouseholdLine.failed(lineNumber, List.of(new Problem("", "JSON_TOO_LONG",
            "the line is longer than " + maxLineLength + " characters")));
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      String text = line.toString();
      if (!text.isBlank()) {
        try {
          return HouseholdLine.ok(lineNumber, BansosJson.readHousehold(text, extensions));
        } catch (JsonInputException e) {
          return HouseholdLine.failed(lineNumber, e.problems());
        }
      }
    }
  }

  /** Reads more of the stream into the buffer; false at its end. */
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
}
