package id.bansos.jackson2;

import id.bansos.rules.Assessment;
import id.bansos.rules.Language;
import java.util.Objects;

/**
 * An assessment with the language and detail level to write it in, for a mapper that has the
 * {@link BansosModule} but not {@link BansosJson#writer(Language, Detail)}'s settings, such as a
 * web framework's own mapper: a controller returns one and the framework writes the document.
 *
 * @param assessment the assessment
 * @param language the language of labels and messages
 * @param detail how much of the assessment to write
 */
public record AssessmentDocument(Assessment assessment, Language language, Detail detail) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the component that is
   */
  public AssessmentDocument {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(detail, "detail");
  }
}
