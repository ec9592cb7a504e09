package id.bansos.rules;

/** The languages explanations are written in. */
public enum Language {
  /** Bahasa Indonesia. */
  ID,
  /** English. */
  EN
}
