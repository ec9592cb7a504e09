package id.bansos.core.identity;

/** Sex as recorded by Dukcapil (jenis kelamin). */
public enum Sex {
  /** Laki-laki. */
  MALE,
  /** Perempuan; in a NIK the day of birth is increased by 40. */
  FEMALE
}
