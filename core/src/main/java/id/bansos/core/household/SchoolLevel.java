package id.bansos.core.household;

/** Where a person is enrolled in school, if anywhere. */
public enum SchoolLevel {
  /** Not enrolled. */
  NOT_IN_SCHOOL,
  /** Early childhood education (PAUD, TK/RA). */
  EARLY_CHILDHOOD,
  /** Sekolah dasar (SD/MI). */
  SD,
  /** Sekolah menengah pertama (SMP/MTs). */
  SMP,
  /** Sekolah menengah atas (SMA/SMK/MA). */
  SMA,
  /** Higher education. */
  HIGHER
}
