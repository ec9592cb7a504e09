package id.bansos.core.household;

/** A loss of work income of the kind the 2020 provincial safety net targeted. */
public enum LabourShock {
  /** Explicitly none. */
  NONE,
  /** Pemutusan hubungan kerja (PHK): laid off. */
  LAID_OFF,
  /** Dirumahkan tanpa upah: furloughed without pay. */
  FURLOUGHED_UNPAID,
  /** Wages cut. */
  WAGE_CUT
}
