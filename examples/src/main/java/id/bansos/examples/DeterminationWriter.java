package id.bansos.examples;

import id.bansos.jackson.AssessmentWriter;
import id.bansos.rules.Assessment;
import id.bansos.rules.Language;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the determinations of assessed households to a file: a flat CSV of determinations
 * ({@link #csv}) or the full assessments as JSON Lines ({@link #jsonLines}).
 */
public interface DeterminationWriter extends Closeable {

  /**
   * Writes every determination of one assessment.
   *
   * @param record the household as read, for its input lines; never null
   * @param assessment its assessment; never null
   * @throws IOException when writing fails
   */
  void write(HouseholdRecord.Valid record, Assessment assessment) throws IOException;

  /**
   * A CSV writer with the columns of {@code docs/csv-format.md} ("Determinations"); writes the
   * header at once.
   *
   * @param out where to write; never null; closed by {@link #close()}
   * @return the writer
   * @throws IOException when writing the header fails
   */
  static DeterminationWriter csv(Writer out) throws IOException {
    return new CsvDeterminationWriter(out, false);
  }

  /**
   * A CSV writer like {@link #csv(Writer)} for households read from JSON Lines: a line holds the
   * whole family, so beneficiaries are named by their path in the document ({@code members[1]})
   * rather than by input line.
   *
   * @param out where to write; never null; closed by {@link #close()}
   * @return the writer
   * @throws IOException when writing the header fails
   */
  static DeterminationWriter csvByMemberPath(Writer out) throws IOException {
    return new CsvDeterminationWriter(out, true);
  }

  /**
   * A JSON Lines writer: one whole assessment per line, in the wire format of {@code
   * docs/json-format.md} (the jackson module's {@link AssessmentWriter}), with labels and
   * messages in {@code language}.
   *
   * @param out where to write; never null; closed by {@link #close()}
   * @param language the language of labels and messages; never null
   * @return the writer
   */
  static DeterminationWriter jsonLines(Writer out, Language language) {
    AssessmentWriter json = AssessmentWriter.of(out, language);
    return new DeterminationWriter() {
      @Override
      public void write(HouseholdRecord.Valid record, Assessment assessment) throws IOException {
        try {
          json.write(assessment);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }

      @Override
      public void close() throws IOException {
        try {
          json.close();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    };
  }
}
