package id.bansos.core.household;

/** Cause of a parent's death, as far as the programs distinguish it. */
public enum DeathCause {
  /** Covid-19, shown by a death certificate or hospital letter. */
  COVID_19,
  /** Any other cause. */
  OTHER
}
