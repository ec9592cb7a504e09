package id.bansos.rules;

/** How often a benefit is paid. */
public enum PaymentFrequency {
  /** Every month. */
  MONTHLY,
  /** Per tahap: a quarterly payment round. */
  PER_TAHAP,
  /** Once. */
  ONCE
}
