package id.bansos.examples.docs;

// snippet:start
import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.BansosModule;
import id.bansos.jackson.Detail;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;
// snippet:end

/** The JSON quick start of the README and of {@code docs/json-format.md}. */
public final class JsonFormat {

  private JsonFormat() {}

  /**
   * Runs the snippet on a household document.
   *
   * @param json a household document
   * @return the full assessment and its summary, in English
   */
  public static String[] run(String json) {
    // snippet:start
    Household household = BansosJson.readHousehold(json);     // strict; throws JsonInputException
    Assessment assessment =
        Engine.of(JawaTimur.catalog()).assess(household, LocalDate.of(2026, 1, 15));
    String full = BansosJson.write(assessment, Language.EN);  // every criterion, fact and source
    String summary = BansosJson.write(assessment, Language.EN, Detail.SUMMARY); // about 3 KB

    JsonMapper mapper = BansosJson.mapper();                   // module + safe limits, shared
    JsonMapper yours = BansosJson.builder().build();           // the same, to add your own settings
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule()).build(); // format only
    // snippet:end
    return new String[] {full, summary, plain.writeValueAsString(household),
        mapper.writeValueAsString(household), yours.writeValueAsString(household)};
  }
}
