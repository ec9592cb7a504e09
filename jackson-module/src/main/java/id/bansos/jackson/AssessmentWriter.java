package id.bansos.jackson;

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
import tools.jackson.databind.ObjectWriter;

/**
 * Writes assessments as JSON Lines: one compact assessment document per line, each ending in
 * {@code \n}. Not thread-safe: one writer per stream.
 */
public final class AssessmentWriter implements Closeable, Flushable {

  // One of the two: a character stream, or a byte stream written the generator's UTF-8 bytes
  // (making each line a String and the String bytes again took about a quarter of the CPU of a
  // full-detail run).
  private final @Nullable Writer chars;
  private final @Nullable OutputStream utf8;
  private final ObjectWriter json;
  // A buffered byte stream takes a write after close without a word, as a buffered writer does
  // not: a closed writer refuses both alike.
  private boolean closed;

  private AssessmentWriter(@Nullable Writer chars, @Nullable OutputStream utf8,
      Language language, Detail detail) {
    this.chars = chars;
    this.utf8 = utf8;
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
      if (closed) {
        throw new IOException("the assessment writer is closed");
      }
      if (utf8 != null) {
        utf8.write(json.writeValueAsBytes(assessment));
        utf8.write('\n');
      } else {
        Writer out = Objects.requireNonNull(chars);
        out.write(json.writeValueAsString(assessment));
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
      if (utf8 != null) {
        utf8.flush();
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
    closed = true;
    try {
      if (utf8 != null) {
        utf8.close();
      } else {
        Objects.requireNonNull(chars).close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
