package id.bansos.examples;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A file format households are read from: CSV ({@link #csv()}) or JSON Lines ({@link
 * #jsonLines()}). Another format is added by implementing this interface, with no change to
 * {@link Screen}'s loop.
 */
public interface InputFormat {

  /**
   * The format's name as given on the command line, for example {@code csv}.
   *
   * @return the name
   */
  String name();

  /**
   * Starts reading households from {@code in}. The reader closes {@code in} when closed.
   *
   * @param in the text input, UTF-8 decoded; never null
   * @return a reader positioned at the first record
   * @throws IOException when the input cannot be read
   * @throws InputFormatException when the input does not start the way the format requires
   */
  HouseholdReader open(BufferedReader in) throws IOException;

  /**
   * The CSV layout of {@code docs/csv-format.md}: one row per person, rows of one household
   * consecutive.
   *
   * @return the CSV format
   */
  static InputFormat csv() {
    return CsvHouseholdReader.FORMAT;
  }

  /**
   * JSON Lines: one household per line in the wire format of {@code docs/json-format.md}, read
   * with the jackson module. A bad line is one rejected record; the reading goes on.
   *
   * @return the JSON Lines format
   */
  static InputFormat jsonLines() {
    return JsonLinesHouseholdReader.FORMAT;
  }
}
