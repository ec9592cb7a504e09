package id.bansos.jackson2;

import static id.bansos.jackson2.BansosJson.string;

import com.fasterxml.jackson.databind.ObjectWriter;
import id.bansos.rules.Assessment;
import id.bansos.rules.Language;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes assessments as JSON Lines: one compact assessment document per line, each ending in
 * {@code \n}. Not thread-safe: one writer per stream.
 */
public final class AssessmentWriter implements Closeable, Flushable {

  private final Writer out;
  private final ObjectWriter json;

  private AssessmentWriter(Writer out, Language language, Detail detail) {
    this.out = out;
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
    return new AssessmentWriter(Objects.requireNonNull(out, "out"),
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
    Objects.requireNonNull(out, "out");
    return of(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), language);
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
    Objects.requireNonNull(out, "out");
    return of(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), language,
        detail);
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
    String line = string(json, assessment);
    try {
      out.write(line);
      out.write('\n');
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
      out.flush();
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
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
