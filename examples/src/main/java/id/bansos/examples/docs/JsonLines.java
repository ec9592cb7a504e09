package id.bansos.examples.docs;

// snippet:start
import id.bansos.core.Problem;
import id.bansos.jackson.AssessmentWriter;
import id.bansos.jackson.Detail;
import id.bansos.jackson.HouseholdLine;
import id.bansos.jackson.HouseholdReader;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
// snippet:end

/** The JSON Lines example of {@code docs/json-format.md}. */
public final class JsonLines {

  private JsonLines() {}

  /**
   * Assesses every household of a JSON Lines stream and writes their summaries as JSON Lines.
   *
   * @param input households, one per line; closed
   * @param output summaries, one per line; closed
   * @param engine the engine
   * @param date the date of the decisions
   * @param rejected receives the problems of each line that is not a valid household
   */
  public static void run(InputStream input, OutputStream output, Engine engine, LocalDate date,
      Map<Long, List<Problem>> rejected) {
    // snippet:start
    try (HouseholdReader in = HouseholdReader.of(input);
         AssessmentWriter out = AssessmentWriter.of(output, Language.ID, Detail.SUMMARY)) {
      for (HouseholdLine line : in) {
        if (line.isValid()) {
          out.write(engine.assess(line.household().orElseThrow(), date));
        } else {
          rejected.put(line.lineNumber(), line.problems()); // a bad line never stops the run
        }
      }
    }
    // snippet:end
  }
}
