package id.bansos.jackson2;

import java.util.Locale;
import java.util.Objects;

/**
 * How much of an assessment a document holds.
 *
 * <p>{@link #FULL} is the whole explanation: every criterion with its facts, parameter values,
 * sources and message. {@link #SUMMARY} is what a web page or a queue message needs: per
 * determination the status, totals, beneficiaries, missing facts and the reasons that decide the
 * status, with parameters referenced by key and period; the household's priority once. Both are
 * described in {@code docs/json-format.md}, each with its JSON Schema.
 */
public enum Detail {

  /** Everything: the document of {@link BansosJson#assessmentSchema()}. */
  FULL,

  /** The decisions and their deciding reasons: the document of {@link BansosJson#summarySchema()}. */
  SUMMARY;

  /**
   * The level named {@code full} or {@code summary}, in any case, as a query parameter gives it.
   *
   * @param name the name; never null
   * @return the level
   * @throws IllegalArgumentException when the name is neither
   */
  public static Detail parse(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "full":
        return FULL;
      case "summary":
        return SUMMARY;
      default:
        throw new IllegalArgumentException("detail is full or summary");
    }
  }
}
