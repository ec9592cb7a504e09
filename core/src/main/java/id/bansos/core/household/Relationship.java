package id.bansos.core.household;

/** A member's relationship to the head of the family, as on the Kartu Keluarga (SHDK). */
public enum Relationship {
  /** Kepala keluarga. */
  HEAD,
  /** Suami or istri of the head. */
  SPOUSE,
  /** Anak. */
  CHILD,
  /** Menantu. */
  CHILD_IN_LAW,
  /** Cucu. */
  GRANDCHILD,
  /** Orang tua. */
  PARENT,
  /** Mertua. */
  PARENT_IN_LAW,
  /** Famili lain. */
  OTHER_RELATIVE,
  /** Pembantu. */
  HOUSEHOLD_HELPER,
  /** Lainnya. */
  OTHER
}
