package id.bansos.rules;

import id.bansos.core.household.Household;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment written for the people who read it: field workers, village (desa/kelurahan)
 * officers and Dinsos staff, in Bahasa Indonesia or English. Three forms, each starting with a
 * short answer (one plain sentence per program) before the reasons:
 *
 * <ul>
 *   <li>{@link #text}: plain text with every reason, for a terminal or a log kept by the office;
 *   <li>{@link #markdown}: the same in Markdown, for a message or a ticket;
 *   <li>{@link #html}: a one-page decision sheet per household, to print on A4: the programs in
 *       a table with status, amount per year and reasons, and the facts still needed as a
 *       checklist for the next visit. Self-contained XHTML (well-formed XML): no script, no
 *       external style sheet, font or image.
 * </ul>
 *
 * <p>Facts and values are written with their labels ({@link Labels}), regions by name with the
 * code in brackets, amounts and dates the way each language writes them. Given the household,
 * members are named by who they are ("ibu kepala keluarga, 74 th" / "head's mother, 74"), with
 * the masked NIK only where two would read the same; without it, by masked NIK. Never by name,
 * never with a full NIK or card number. Pure: the same inputs give the same text.
 */
public final class Render {

  private Render() {}

  /**
   * Plain text, members by masked NIK; the same as {@link Assessment#render(Language)}.
   *
   * @param assessment the assessment; never null
   * @param language the language; never null
   * @return the text, lines separated by {@code \n}
   */
  public static String text(Assessment assessment, Language language) {
    return Explanation.of(assessment, Optional.empty(), language).text();
  }

  /**
   * Plain text, members by who they are in {@code household}.
   *
   * @param assessment the assessment; never null
   * @param household the household assessed; never null
   * @param language the language; never null
   * @return the text, lines separated by {@code \n}
   * @throws IllegalArgumentException when the household's card number is not the assessment's
   */
  public static String text(Assessment assessment, Household household, Language language) {
    return Explanation.of(assessment, checked(assessment, household), language).text();
  }

  /**
   * Markdown, members by masked NIK.
   *
   * @param assessment the assessment; never null
   * @param language the language; never null
   * @return the Markdown, lines separated by {@code \n}
   */
  public static String markdown(Assessment assessment, Language language) {
    return Explanation.of(assessment, Optional.empty(), language).markdown();
  }

  /**
   * Markdown, members by who they are in {@code household}.
   *
   * @param assessment the assessment; never null
   * @param household the household assessed; never null
   * @param language the language; never null
   * @return the Markdown, lines separated by {@code \n}
   * @throws IllegalArgumentException when the household's card number is not the assessment's
   */
  public static String markdown(Assessment assessment, Household household, Language language) {
    return Explanation.of(assessment, checked(assessment, household), language).markdown();
  }

  /**
   * The printable decision sheet, members by masked NIK.
   *
   * @param assessment the assessment; never null
   * @param language the language; never null
   * @return a complete XHTML document in UTF-8, lines separated by {@code \n}
   */
  public static String html(Assessment assessment, Language language) {
    return Explanation.of(assessment, Optional.empty(), language).html();
  }

  /**
   * The printable decision sheet, members by who they are in {@code household}, with the
   * family's village.
   *
   * @param assessment the assessment; never null
   * @param household the household assessed; never null
   * @param language the language; never null
   * @return a complete XHTML document in UTF-8, lines separated by {@code \n}
   * @throws IllegalArgumentException when the household's card number is not the assessment's
   */
  public static String html(Assessment assessment, Household household, Language language) {
    return Explanation.of(assessment, checked(assessment, household), language).html();
  }

  private static Optional<Household> checked(Assessment assessment, Household household) {
    Objects.requireNonNull(household, "household");
    if (!household.kkNumber().equals(assessment.kkNumber())) {
      throw new IllegalArgumentException(
          "the household's card number is not the one of the assessment");
    }
    return Optional.of(household);
  }
}
