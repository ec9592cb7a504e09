package id.bansos.examples.docs;

import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import java.util.List;

/**
 * The README's example of {@link Render}: an assessment written for a village office, in its
 * three forms. {@code ExplanationGoldenTest} runs it on the quick start's first household.
 */
public final class Explaining {

  private Explaining() {}

  /**
   * The three renderings of an assessment in Bahasa Indonesia.
   *
   * @param assessment the assessment; never null
   * @param household the household assessed; never null
   * @return the plain text, the Markdown and the printable decision sheet, in that order
   */
  public static List<String> renderings(Assessment assessment, Household household) {
    // snippet:start
    String text = Render.text(assessment, household, Language.ID);    // every reason, plain text
    String md = Render.markdown(assessment, household, Language.ID);  // the same in Markdown
    String sheet = Render.html(assessment, household, Language.ID);   // one A4 page to print
    // snippet:end
    return List.of(text, md, sheet);
  }
}
