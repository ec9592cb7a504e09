package id.bansos.rules;

/**
 * A value with a label in Bahasa Indonesia and English, for the enums a program defines of its
 * own (a regency's too): explanations and the decision sheet write the label, never the
 * constant's name. See {@link Labels#of(Enum)}.
 */
public interface Labelled {

  /**
   * The label.
   *
   * @return the label in both languages; never null
   */
  Text label();
}
