package id.bansos.examples;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads households one at a time from a stream, in constant memory. Obtained from an {@link
 * InputFormat}. Not thread-safe.
 */
public interface HouseholdReader extends Closeable {

  /**
   * The next household record.
   *
   * @return the record, or empty at the end of the input
   * @throws IOException when the input cannot be read
   */
  Optional<HouseholdRecord> next() throws IOException;
}
