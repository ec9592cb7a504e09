package id.bansos.rules.program.pilar;

/**
 * The role a person holds among the social pillars (pilar sosial) of Jawa Timur that the province
 * pays an incentive for (programs.md §9), the value of the member fact {@link PilarSosial#ROLE}.
 */
public enum SocialPillarRole {
  /**
   * TKSK (Tenaga Kesejahteraan Sosial Kecamatan): given social-welfare duties in a kecamatan by
   * Kemensos, the provincial or the kabupaten/kota Dinsos (Permensos 28/2018).
   */
  TKSK,
  /** Tagana (Taruna Siaga Bencana): a disaster-response volunteer. */
  TAGANA,
  /**
   * A coordinator of PKH Plus companions (pendamping PKH Plus, organised in Korreg, Korwil and
   * Korkab levels).
   */
  PKH_PLUS_COMPANION_COORDINATOR,
  /** None of these roles. */
  NONE
}
