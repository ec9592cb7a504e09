package id.bansos.rules;

/**
 * Whose budget pays a benefit. Totals are kept per funder so that the province's own budget is
 * never confused with national money that reaches the same families (the national PKH, say).
 * Declared in the order totals are shown.
 */
public enum Funder {
  /** The East Java provincial budget (APBD Provinsi Jawa Timur), spent by Dinsos Jatim. */
  APBD_PROVINSI(Text.of("APBD Provinsi Jawa Timur", "East Java provincial budget (APBD Provinsi)")),
  /** The national budget (APBN), spent by the Ministry of Social Affairs (Kemensos). */
  APBN(Text.of("APBN (Kemensos)", "National budget (APBN, Kemensos)")),
  /** The budget of one kabupaten/kota (APBD kabupaten/kota), for a regency's own programs. */
  APBD_KABUPATEN_KOTA(Text.of("APBD kabupaten/kota",
      "Regency or city budget (APBD kabupaten/kota)"));

  private final Text label;

  Funder(Text label) {
    this.label = label;
  }

  /**
   * The funder's name in both languages.
   *
   * @return the label; never null
   */
  public Text label() {
    return label;
  }
}
