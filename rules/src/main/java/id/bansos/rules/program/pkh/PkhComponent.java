package id.bansos.rules.program.pkh;

import id.bansos.rules.Labelled;
import id.bansos.rules.Text;

/**
 * The components of the national PKH a family is registered for (Permensos 1/2018), the values
 * of the household fact {@link NationalPkh#COMPONENTS}.
 */
public enum PkhComponent implements Labelled {
  /** Ibu hamil / nifas: pregnant or postpartum woman. */
  PREGNANT_OR_POSTPARTUM(Text.of("ibu hamil/nifas", "pregnant or postpartum")),
  /** Anak usia dini: child aged 0–6. */
  EARLY_CHILDHOOD(Text.of("anak usia dini", "early childhood")),
  /** Pupil at SD/MI. */
  SD(Text.of("SD/MI", "primary school (SD/MI)")),
  /** Pupil at SMP/MTs. */
  SMP(Text.of("SMP/MTs", "junior high school (SMP/MTs)")),
  /** Pupil at SMA/MA. */
  SMA(Text.of("SMA/MA", "senior high school (SMA/MA)")),
  /** Disabilitas berat: severe disability. */
  SEVERE_DISABILITY(Text.of("disabilitas berat", "severe disability")),
  /** Lanjut usia: elderly member. */
  ELDERLY(Text.of("lanjut usia", "elderly"));

  private final Text label;

  PkhComponent(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
