package id.bansos.rules;

/** The form a benefit takes. */
public enum BenefitForm {
  /** Cash to the beneficiary's account. */
  CASH,
  /** Goods (for example business equipment), valued in rupiah. */
  GOODS,
  /** Business capital (modal usaha). */
  BUSINESS_CAPITAL,
  /** A service, such as psychosocial support or residential care. */
  SERVICE,
  /** An item in kind, such as a wheelchair, not valued in rupiah. */
  IN_KIND;

  /**
   * Whether a benefit of this form has an amount in rupiah: cash, goods and business capital do;
   * a service or an item in kind does not, and counts zero in totals.
   *
   * @return true for CASH, GOODS and BUSINESS_CAPITAL
   */
  public boolean hasAmount() {
    return this == CASH || this == GOODS || this == BUSINESS_CAPITAL;
  }
}
