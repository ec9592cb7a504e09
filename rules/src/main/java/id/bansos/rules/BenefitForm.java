package id.bansos.rules;

/** The form a benefit takes. */
public enum BenefitForm {
  /** Cash to the beneficiary's account. */
  CASH,
  /** Goods (for example business equipment). */
  GOODS,
  /** Business capital (modal usaha). */
  BUSINESS_CAPITAL,
  /** A service, such as psychosocial support or residential care. */
  SERVICE,
  /** An item in kind, such as a wheelchair. */
  IN_KIND
}
