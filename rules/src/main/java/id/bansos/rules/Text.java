package id.bansos.rules;

import java.util.Objects;

/**
 * A short text in Bahasa Indonesia and English. Message texts may hold placeholders such as
 * {@code {age}} that explanations fill from the facts and parameters of a result.
 *
 * @param id the Indonesian text; never null
 * @param en the English text; never null
 */
public record Text(String id, String en) {

  /** Checks that neither text is null. */
  public Text {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(en, "en");
  }

  /**
   * A text in both languages.
   *
   * @param id Indonesian; never null
   * @param en English; never null
   * @return the text
   */
  public static Text of(String id, String en) {
    return new Text(id, en);
  }

  /**
   * The text in {@code language}.
   *
   * @param language the language; never null
   * @return the text
   */
  public String in(Language language) {
    return language == Language.ID ? id : en;
  }

  // Written out rather than generated: a record's generated equals and hashCode build method
  // handles on their first call, tens of milliseconds of a process's start, and texts are
  // compared inside other values (docs/performance.md §3n).
  @Override
  public boolean equals(Object o) {
    return o instanceof Text other && id.equals(other.id) && en.equals(other.en);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + en.hashCode();
  }
}
