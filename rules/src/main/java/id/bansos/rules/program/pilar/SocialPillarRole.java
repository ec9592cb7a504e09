package id.bansos.rules.program.pilar;

import id.bansos.rules.Labelled;
import id.bansos.rules.Text;

/**
 * The role a person holds among the social pillars (pilar sosial) of Jawa Timur that the province
 * pays an incentive for (programs.md §9), the value of the member fact {@link PilarSosial#ROLE}.
 */
public enum SocialPillarRole implements Labelled {
  /**
   * TKSK (Tenaga Kesejahteraan Sosial Kecamatan): given social-welfare duties in a kecamatan by
   * Kemensos, the provincial or the kabupaten/kota Dinsos (Permensos 28/2018).
   */
  TKSK(Text.of("TKSK", "TKSK")),
  /** Tagana (Taruna Siaga Bencana): a disaster-response volunteer. */
  TAGANA(Text.of("Tagana", "Tagana")),
  /**
   * A coordinator of PKH Plus companions (pendamping PKH Plus, organised in Korreg, Korwil and
   * Korkab levels).
   */
  PKH_PLUS_COMPANION_COORDINATOR(Text.of("koordinator pendamping PKH Plus", "PKH Plus companion coordinator")),
  /** None of these roles. */
  NONE(Text.of("tidak ada", "none"));

  private final Text label;

  SocialPillarRole(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
