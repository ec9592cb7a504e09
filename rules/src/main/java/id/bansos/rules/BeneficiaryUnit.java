package id.bansos.rules;

/** Whom a program benefits. */
public enum BeneficiaryUnit {
  /** Named members of the household (the elderly member, the woman, the child). */
  MEMBER,
  /** The household as a whole. */
  HOUSEHOLD,
  /** A group of households (KUBE). */
  GROUP
}
