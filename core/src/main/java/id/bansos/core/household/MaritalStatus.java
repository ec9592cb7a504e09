package id.bansos.core.household;

/** Marital status (status perkawinan) as recorded by Dukcapil. */
public enum MaritalStatus {
  /** Belum kawin. */
  SINGLE,
  /** Kawin. */
  MARRIED,
  /** Cerai hidup. */
  DIVORCED,
  /** Cerai mati. */
  WIDOWED
}
