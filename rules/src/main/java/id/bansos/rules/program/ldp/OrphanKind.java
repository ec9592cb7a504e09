package id.bansos.rules.program.ldp;

/**
 * Which parents a child has lost, in the Indonesian terms the programs use.
 */
public enum OrphanKind {
  /** Yatim: the father died. */
  YATIM,
  /** Piatu: the mother died. */
  PIATU,
  /** Yatim piatu: both parents died. */
  YATIM_PIATU
}
