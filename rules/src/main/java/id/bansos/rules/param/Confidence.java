package id.bansos.rules.param;

/**
 * How sure a parameter value is, following the marks of the project's domain reference. The
 * constants are declared from the strongest to the weakest: a confirmed value is stated by a
 * source; an inferred one is deduced from sourced facts and contradicted by none; a disputed one
 * is stated by a source and contradicted by another; an assumed one has no source at all.
 */
public enum Confidence {
  /** A cited source states it (one or more sources). Mark [C] or [C-2]. */
  CONFIRMED,
  /**
   * Deduced from sourced facts: arithmetic, naming patterns, national rules applied to the
   * province. Mark [I].
   */
  INFERRED,
  /**
   * The sources disagree: the value follows one of them (or the majority), and the note says who
   * says what. Mark [!].
   */
  DISPUTED,
  /** No source found; a sensible default chosen by the library, to be overridden where known. */
  ASSUMED;

  /**
   * Whether this confidence is weaker than {@code other}, in the order CONFIRMED, INFERRED,
   * DISPUTED, ASSUMED (strongest first).
   *
   * @param other the other confidence; never null
   * @return true when this one is weaker
   */
  public boolean isWeakerThan(Confidence other) {
    return ordinal() > other.ordinal();
  }
}
