package id.bansos.core.household;

/**
 * National and regency programs a household may already receive; several provincial rules read
 * them (PKH membership for PKH Plus, the "no other aid" condition of the 2020 safety net).
 */
public enum AidProgram {
  /** Program Keluarga Harapan (Permensos 1/2018), the national conditional cash transfer. */
  PKH,
  /** Bantuan Pangan Non Tunai / Program Sembako, the national food aid. */
  BPNT_SEMBAKO,
  /** Penerima Bantuan Iuran Jaminan Kesehatan: state-paid health insurance. */
  PBI_JK,
  /** Bantuan Sosial Tunai, the 2020–21 national cash aid. */
  BST,
  /** Kartu Prakerja, the pre-employment card. */
  KARTU_PRAKERJA,
  /** Bantuan Langsung Tunai paid from village funds (BLT Dana Desa). */
  BLT_DANA_DESA,
  /** Any aid paid from the kabupaten/kota budget (APBD kabupaten/kota). */
  REGENCY_BUDGET_AID
}
