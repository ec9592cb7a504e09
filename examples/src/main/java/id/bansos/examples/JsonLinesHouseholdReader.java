package id.bansos.examples;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.jackson.HouseholdLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads households from JSON Lines (the wire format of {@code docs/json-format.md}, one household
 * per line) through the jackson module's {@link id.bansos.jackson.HouseholdReader}. A line is a
 * whole household, so every member of a valid record has the line's number, and a bad line is one
 * rejected record of one row. Blank lines are skipped but still count in line numbers.
 */
final class JsonLinesHouseholdReader implements HouseholdReader {

  static final InputFormat FORMAT = new InputFormat() {
    @Override
    public String name() {
      return "jsonl";
    }

    @Override
    public HouseholdReader open(BufferedReader in) {
      return new JsonLinesHouseholdReader(in);
    }
  };

  private final id.bansos.jackson.HouseholdReader reader;
  private final Iterator<HouseholdLine> lines;

  private JsonLinesHouseholdReader(BufferedReader in) {
    this.reader = id.bansos.jackson.HouseholdReader.of(in);
    this.lines = reader.iterator();
  }

  @Override
  public Optional<HouseholdRecord> next() throws IOException {
    HouseholdLine line;
    try {
      if (!lines.hasNext()) {
        return Optional.empty();
      }
      line = lines.next();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // The reader counts in long; a file of more than 2^31 lines is far beyond this tool.
    int number = Math.toIntExact(line.lineNumber());
    if (line.household().isPresent()) {
      Household h = line.household().get();
      return Optional.of(new HouseholdRecord.Valid(h,
          Collections.nCopies(h.members().size(), number)));
    }
    List<RecordProblem> problems = line.problems().stream()
        .map((Problem p) -> new RecordProblem(number, p)).toList();
    return Optional.of(new HouseholdRecord.Invalid(number, number, 1, problems));
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
