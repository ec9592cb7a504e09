package id.bansos.rules;

/**
 * The unit a program is counted and granted per: what its quota and its published figures count.
 * Who is named as beneficiary is a separate matter ({@link Beneficiary}): a program counted per
 * household may still name the member it is paid for.
 */
public enum BeneficiaryUnit {
  /**
   * Members of the household, each counted as a recipient (the woman of WRSE, the disabled member
   * of ASPD, each orphaned child, each PKH component's member).
   */
  MEMBER,
  /**
   * The household (one family, a KPM): counted once per family, whether the beneficiary is the
   * household as a whole (the 2020 safety nets) or the member it is paid for (the elderly member
   * of PKH Plus).
   */
  HOUSEHOLD,
  /** A group of households (KUBE). */
  GROUP
}
