package id.bansos.core.registry;

/** The national beneficiary register a household was checked against. */
public enum Register {
  /**
   * Data Terpadu Kesejahteraan Sosial, the integrated social-welfare register (Permensos 3/2021),
   * in use until early 2025.
   */
  DTKS,
  /**
   * Data Tunggal Sosial dan Ekonomi Nasional (Inpres 4/2025), from 2025, with welfare deciles.
   */
  DTSEN
}
