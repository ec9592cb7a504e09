package id.bansos.examples;

import id.bansos.rules.Assessment;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes the determinations of assessed households to a file. CSV ({@link #csv}) is the one
 * format today; JSON Lines can be added beside it.
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
  static DeterminationWriter csv(java.io.Writer out) throws IOException {
    return new CsvDeterminationWriter(out);
  }
}
