package id.bansos.jackson2;

import static id.bansos.jackson2.BansosJson.string;

import com.fasterxml.jackson.databind.ObjectWriter;
import id.bansos.rules.Assessment;
import id.bansos.rules.Language;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes assessments as JSON Lines: one compact assessment document per line, each ending in
 * {@code \n}. Not thread-safe: one writer per stream.
 */
public final class AssessmentWriter implements Closeable, Flushable {

  // One of the two: a character stream, or a byte stream written UTF-8 bytes straight from the
  // generator (a line made a String first, then bytes again, cost about a quarter more CPU).
  private final @Nullable Writer chars;
  private final @Nullable OutputStream bytes;
  private final ObjectWriter json;

  private AssessmentWriter(@Nullable Writer chars, @Nullable OutputStream bytes,
      Language language, Detail detail) {
    this.chars = chars;
    this.bytes = bytes;
    this.json = BansosJson.writer(language, detail);
  }

  /**
   * A writer to a character stream.
   *
   * @param out the stream; never null; closed by {@link #close()}
   * @param language the language of labels and messages; never null
   * @return the writer
   */
  public static AssessmentWriter of(Writer out, Language language) {
    return of(out, language, Detail.FULL);
  }

  /**
   * A writer to a character stream, of assessments at the given level of detail.
   *
   * @param out the stream; never null; closed by {@link #close()}
   * @param language the language of labels and messages; never null
   * @param detail how much of each assessment to write; never null
   * @return the writer
   */
  public static AssessmentWriter of(Writer out, Language language, Detail detail) {
    return new AssessmentWriter(Objects.requireNonNull(out, "out"), null,
        Objects.requireNonNull(language, "language"), Objects.requireNonNull(detail, "detail"));
  }

  /**
   * A writer of UTF-8 bytes.
   *
   * @param out the stream; never null; closed by {@link #close()}
   * @param language the language of labels and messages; never null
   * @return the writer
   */
  public static AssessmentWriter of(OutputStream out, Language language) {
    return of(out, language, Detail.FULL);
  }

  /**
   * A writer of UTF-8 bytes, of assessments at the given level of detail.
   *
   * @param out the stream; never null; closed by {@link #close()}
   * @param language the language of labels and messages; never null
   * @param detail how much of each assessment to write; never null
   * @return the writer
   */
  public static AssessmentWriter of(OutputStream out, Language language, Detail detail) {
    return new AssessmentWriter(null, new BufferedOutputStream(Objects.requireNonNull(out, "out")),
        Objects.requireNonNull(language, "language"), Objects.requireNonNull(detail, "detail"));
  }

  /**
   * Writes one assessment and a line end.
   *
   * @param assessment the assessment; never null
   * @return this writer
   * @throws UncheckedIOException when writing fails
   */
  public AssessmentWriter write(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    // Compact JSON escapes every control character, so the document is one line.
    try {
      if (bytes != null) {
        bytes.write(BansosJson.bytes(json, assessment));
        bytes.write('\n');
      } else {
        Writer out = Objects.requireNonNull(chars);
        out.write(string(json, assessment));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Flushes the underlying stream.
   *
   * @throws UncheckedIOException when flushing fails
   */
  @Override
  public void flush() {
    try {
      if (bytes != null) {
        bytes.flush();
      } else {
        Objects.requireNonNull(chars).flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the underlying stream.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    try {
      if (bytes != null) {
        bytes.close();
      } else {
        Objects.requireNonNull(chars).close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
