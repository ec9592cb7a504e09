package id.bansos.examples.docs;

// snippet:start
import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.CatalogFiles;
import id.bansos.jackson.Replay;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.nio.file.Path;
import java.time.LocalDate;
// snippet:end

/** Loading a catalog file and replaying a recorded decision (README, docs/catalog-format.md). */
public final class CatalogFile {

  private CatalogFile() {}

  /**
   * Runs the snippet.
   *
   * @param file a catalog file deriving from the provincial catalog
   * @param household the household to assess
   * @param date the assessment date
   * @return the replay of the recorded assessment against the loaded catalog
   */
  public static Replay run(Path file, Household household, LocalDate date) {
    // snippet:start
    Catalog regency = CatalogFiles.load(file, JawaTimur.catalog()); // YAML, or JSON by the name
    Assessment assessment = Engine.of(regency).assess(household, date);
    String recorded = BansosJson.write(assessment, Language.EN);    // carries the fingerprint

    // Later, perhaps elsewhere: the same decision from the same rules?
    Replay replay = Replay.of(recorded, BansosJson.write(household), regency);
    // replay.reproduced(): the same decision from the same rules; if not, replay.decisions()
    // and replay.parameters() name what differs
    // snippet:end
    return replay;
  }
}
