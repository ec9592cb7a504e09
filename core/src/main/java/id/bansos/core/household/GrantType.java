package id.bansos.core.household;

/** One-off grants a household may have had before, which some programs give only once. */
public enum GrantType {
  /** Kelompok Usaha Bersama capital. */
  KUBE,
  /** Wanita Rawan Sosial Ekonomi grant (including its 2025 successor Putri Jawara). */
  WRSE,
  /** The 2023 extreme-poverty business capital. */
  EXTREME_POVERTY_CAPITAL
}
