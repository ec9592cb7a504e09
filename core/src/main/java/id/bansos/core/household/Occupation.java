package id.bansos.core.household;

/**
 * A person's occupation, including every category that the published drop lists name as excluding
 * a family from social assistance (see {@code programs.md} §11). Which categories exclude is a rule
 * parameter, not a property of this enum.
 */
public enum Occupation {
  /** Aparatur sipil negara: civil servant. */
  ASN,
  /** Tentara Nasional Indonesia: armed forces. */
  TNI,
  /** Kepolisian: police. */
  POLRI,
  /** Employee of a state-owned or region-owned enterprise (BUMN/BUMD). */
  BUMN_BUMD_EMPLOYEE,
  /** State official (pejabat negara). */
  STATE_OFFICIAL,
  /** Retired ASN, TNI or Polri drawing a state pension. */
  STATE_PENSIONER,
  /** Village official (perangkat desa). */
  VILLAGE_OFFICIAL,
  /** Certified teacher (guru bersertifikasi). */
  CERTIFIED_TEACHER,
  /** Health worker (tenaga kesehatan). */
  HEALTH_WORKER,
  /** Company owner or officer. */
  COMPANY_OWNER_OR_OFFICER,
  /** Employee of a private employer. */
  PRIVATE_EMPLOYEE,
  /** Daily or casual labourer (buruh). */
  LABOURER,
  /** Farmer or farm worker. */
  FARMER,
  /** Fisher. */
  FISHER,
  /** Trader or own-account micro business. */
  TRADER,
  /** Other self-employment. */
  SELF_EMPLOYED,
  /** Keeps house (mengurus rumah tangga). */
  HOMEMAKER,
  /** Pupil or student. */
  STUDENT,
  /** Not working and not in another category. */
  NOT_WORKING,
  /** Anything else. */
  OTHER
}
