package id.bansos.rules.program.extremepoverty;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Award;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Bansos penghapusan kemiskinan ekstrem 2023: Rp1.5 juta business capital, once, for extremely
 * poor households in ten target kabupaten/kota. See {@code programs.md} §8, §10 and §14.
 *
 * <p>The rule: the household lives in a target kabupaten/kota; it is registered in the national
 * register in desil 1 (extreme poverty read as the poorest decile, an inference: how households
 * were tagged "miskin ekstrem" in practice, P3KE desil 1 or DTSEN, was not established, §14); and
 * no member holds an excluded occupation.
 *
 * <p><b>The target regions are unknown.</b> The ten kab/kota were not found (§8, §18). {@link
 * #COVERED_REGIONS} is therefore an empty, incomplete list, and every household is UNDETERMINED on
 * the region criterion until a regency supplies the list (for example with {@code
 * Catalog.derive(...).override(...)}). A household domiciled in another province is NOT_ELIGIBLE
 * all the same: the list is incomplete only within Jawa Timur.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): Dinsos Jatim reports
 * the aid as its own 2023 bansos (programs.md §8).
 */
public final class ExtremePoverty2023 {

  /** Program code. */
  public static final String CODE = "EXTREME_POVERTY_2023";

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("EXTREME_POVERTY_2023.IN_FORCE", Boolean.class);
  /** The target kabupaten/kota (unknown: an empty, incomplete list by default). */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("EXTREME_POVERTY_2023.COVERED_REGIONS", CoveredRegions.class);
  /** What the national register must say: desil 1. */
  public static final ParameterKey<RegistryRule> REGISTRY =
      ParameterKey.required("EXTREME_POVERTY_2023.REGISTRY", RegistryRule.class);
  /** The business capital. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("EXTREME_POVERTY_2023.BENEFIT", BenefitSchedule.class);


  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Bansos penghapusan kemiskinan ekstrem 2023", "2023 extreme-poverty aid"),
      Text.of("Modal usaha Rp1,5 juta sekali bagi keluarga miskin ekstrem di 10 kabupaten/kota.",
          "Rp1.5 million business capital, once, for extremely poor households in 10 kab/kota."),
      BeneficiaryUnit.HOUSEHOLD,
      "Inpres 4/2022 on eliminating extreme poverty; Antara, 15 Dec 2023 (programs.md §8, §14)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private ExtremePoverty2023() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters());
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.registry(b, REGISTRY);
    CommonCriteria.noExcludedOccupation(b);
    return b.award(Award.household(b.param(BENEFIT))).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate from = LocalDate.of(2023, 1, 1);
    LocalDate to = LocalDate.of(2023, 12, 31);
    String antara = "Antara, 15 Dec 2023: Rp1.5 juta business capital for 3,000 PM in 10 kab/kota"
        + " with extreme poverty";
    String antaraUrl = "https://bengkulu.antaranews.com/berita/323559/dinsos-jawa-timur-raih-penghargaan-pelaksana-jatim-sejahtera-dari-lkbn-antara";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the 2023 extreme-poverty aid is in force")
            .from(from).to(to).value(true).source(antara, antaraUrl)
            .note("Reported for the 2023 budget year only.").add().build(),
        Parameter.builder(COVERED_REGIONS, "Target kabupaten/kota of the 2023 extreme-poverty aid")
            .from(from).to(to).value(CoveredRegions.atLeast()).confidence(Confidence.ASSUMED)
            .source(antara, antaraUrl)
            .source("Tribun Mataraman, 6 Sep 2022: the 2022 extreme-poverty agenda covered 25 kab/kota",
                "https://mataraman.tribunnews.com/2022/09/06/berantas-kemiskinan-ekstrem-dinas-sosial-jatim-kucurkan-bantuan-rp-16-miliar")
            .note("Ten kab/kota were targeted but not named in any source found; the list is empty"
                + " and incomplete, so every household is UNDETERMINED on the region until a"
                + " regency supplies it.")
            .add().build(),
        Parameter.builder(REGISTRY, "What the national register must say of the household")
            .from(from).to(to).value(RegistryRule.desilAtMost(1)).confidence(Confidence.INFERRED)
            .source("Labirin/Kontan brief: Inpres 4/2022, extreme poverty at the international line",
                "https://labirin.id/news/24771/target-ambisius-hapus-kemiskinan-ekstrem")
            .source("Selalukabar, 2025: BPS deciles, desil 1 the poorest 10%",
                "https://selalukabar.com/bps-jelaskan-metode-pengelompokan-kesejahteraan-melalui-sistem-desil-145417.html")
            .note("Extreme poverty (about 4% nationally in Mar 2021, under the US$1.90/2.15 PPP"
                + " line) is read as desil 1; how households were tagged in practice (P3KE desil 1"
                + " or DTSEN) was not established. A DTKS record without a desil is UNDETERMINED.")
            .add().build(),
        Parameter.builder(BENEFIT, "Business capital per household")
            .from(from).to(to)
            .value(BenefitSchedule.paid(Text.of("Modal usaha penghapusan kemiskinan ekstrem",
                    "Extreme-poverty business capital"), BenefitForm.BUSINESS_CAPITAL,
                Rupiah.of(1_500_000), PaymentFrequency.ONCE, 1, Optional.empty(),
                Funder.APBD_PROVINSI))
            .confidence(Confidence.INFERRED)
            .source(antara, antaraUrl)
            .note("The amount is stated: Rp1.5 juta business capital for each of 3,000 PM. The"
                + " unit is not: Antara counts beneficiaries (PM), and one grant per household is"
                + " inferred.")
            .add().build());
  }
}
