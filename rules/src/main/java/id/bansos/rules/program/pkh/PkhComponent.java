package id.bansos.rules.program.pkh;

/**
 * The components of the national PKH a family is registered for (Permensos 1/2018), the values
 * of the household fact {@link NationalPkh#COMPONENTS}.
 */
public enum PkhComponent {
  /** Ibu hamil / nifas: pregnant or postpartum woman. */
  PREGNANT_OR_POSTPARTUM,
  /** Anak usia dini: child aged 0–6. */
  EARLY_CHILDHOOD,
  /** Pupil at SD/MI. */
  SD,
  /** Pupil at SMP/MTs. */
  SMP,
  /** Pupil at SMA/MA. */
  SMA,
  /** Disabilitas berat: severe disability. */
  SEVERE_DISABILITY,
  /** Lanjut usia: elderly member. */
  ELDERLY
}
