package id.bansos.rules.program.jps;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.LabourShock;
import id.bansos.core.money.Rupiah;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.FactKey;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Outcome;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Snapshot;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JPS Provinsi 2020 ("bantuan keuangan khusus", layer B of the 2020 provincial safety net): cash
 * for families hit by the pandemic that no other scheme covered. See {@code programs.md} §1
 * (layer B).
 *
 * <p>The rule: the family is affected, that is poor (registered in the national register, or
 * proposed by the regent or mayor) or with a member laid off, furloughed without pay or with a
 * wage cut; it lives in Jawa Timur; no member
 * holds an excluded occupation; and it receives none of PKH, BPNT/Sembako, BST, Kartu Prakerja,
 * BLT Dana Desa or aid from the kabupaten/kota budget. Each of those is a separate criterion, so a
 * refusal names the aid that excludes the family, and an unrecorded membership is UNKNOWN.
 *
 * <p><b>Small islands.</b> Families on small islands (kepulauan) got Rp500,000 a month instead of
 * Rp200,000. Whether a family lives on one does not change its eligibility, only the amount, so an
 * unknown island status does not make the determination UNDETERMINED: the base amount is granted
 * and the informational criterion {@code JPS_PROVINSI_2020.BENEFIT_RATE} (always PASS) states that
 * the island status is unknown and that the island amount may apply. This keeps the unknown
 * visible without withholding a decision the data already supports.
 *
 * <p><b>Families the regent or mayor proposed.</b> Regents and mayors could propose poor families
 * from DTKS or from their own non-DTKS data (programs.md §1B, two sources), and a poor family
 * outside the register whom the bupati or wali kota proposed was a target like one in it. The
 * household fact {@link #PROPOSED_BY_REGENT_OR_MAYOR} records that proposal; it is the third way
 * to be affected, next to registration as poor and a member's lost work income. Taking the
 * proposal itself as the sign that the family is poor is an inference: the sources say whose data
 * counted, not how the regency judged poverty. The fact belongs to this program alone, so it is an
 * extension fact defined here rather than a field of the core model; the program declares it
 * ({@link Program#extensionFacts()}), so the provincial catalog lists it and the JSON readers
 * accept it without setup. When it is not recorded, a family that neither is registered as poor
 * nor has a member who lost income is UNDETERMINED, with {@code proposedByRegentOrMayor} among
 * the missing facts, never NOT_ELIGIBLE.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): Rp549.9 bn from the
 * province's 2020 APBD refocusing (programs.md §1).
 */
public final class JpsProvinsi2020 {

  /** Program code. */
  public static final String CODE = "JPS_PROVINSI_2020";

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("JPS_PROVINSI_2020.IN_FORCE", Boolean.class);
  /** The province where the aid was paid. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("JPS_PROVINSI_2020.COVERED_REGIONS", CoveredRegions.class);
  /** The cash aid for a family not on a small island (or whose island status is unknown). */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("JPS_PROVINSI_2020.BENEFIT", BenefitSchedule.class);
  /** The cash aid for a family on a small island. */
  public static final ParameterKey<BenefitSchedule> ISLAND_BENEFIT =
      ParameterKey.required("JPS_PROVINSI_2020.ISLAND_BENEFIT", BenefitSchedule.class);

  /**
   * Household fact: whether the bupati or wali kota proposed the family for the 2020 provincial
   * safety net (from DTKS or from the regency's own non-DTKS data). Recorded with {@code
   * Household.builder().putExtensions(PROPOSED_BY_REGENT_OR_MAYOR, true)}; in JSON, {@code
   * "extensions": {"proposedByRegentOrMayor": true}} on the household.
   */
  public static final ExtensionKey<Boolean> PROPOSED_BY_REGENT_OR_MAYOR =
      ExtensionKey.ofBoolean("proposedByRegentOrMayor").labelled(
          "diusulkan bupati/wali kota", "proposed by the regent or mayor");

  private static final FactKey<Snapshot, Boolean> PROPOSED =
      Facts.household(PROPOSED_BY_REGENT_OR_MAYOR);

  /** The aid programs whose receipt excludes the family, in the order of the criteria. */
  static final List<AidProgram> EXCLUDING_AID = List.of(AidProgram.PKH, AidProgram.BPNT_SEMBAKO,
      AidProgram.BST, AidProgram.KARTU_PRAKERJA, AidProgram.BLT_DANA_DESA,
      AidProgram.REGENCY_BUDGET_AID);

  static final Criterion AFFECTED_FAMILY = new Criterion(CODE + ".AFFECTED_FAMILY",
      Text.of("Keluarga terdampak: miskin (terdaftar, atau diusulkan bupati/wali kota), atau"
              + " anggota di-PHK/dirumahkan/dipotong upah",
          "Affected family: poor (registered, or proposed by the regent or mayor), or a member"
              + " laid off, furloughed or with a wage cut"),
      "Ngunut (Tulungagung), Jul 2020; Dlanggu (Mojokerto); Republika, 27 Apr 2020 (regents and"
          + " mayors could use DTKS or non-DTKS data)",
      Text.of("Keluarga terdampak ({affectedBy}).", "The family is affected ({affectedBy})."),
      Text.of("Keluarga tidak terdaftar sebagai keluarga miskin, tidak diusulkan bupati/wali kota,"
              + " dan tidak ada anggota yang kehilangan penghasilan kerja.",
          "The family is not registered as poor, was not proposed by the regent or mayor, and no"
              + " member lost work income."),
      Text.of("Belum dapat dipastikan apakah keluarga terdampak.",
          "Cannot yet tell whether the family is affected."));
  static final Criterion BENEFIT_RATE = new Criterion(CODE + ".BENEFIT_RATE",
      Text.of("Besaran bantuan (pulau kecil atau bukan)", "Benefit rate (small island or not)"),
      "Madiunpos/infopublik, 27 Apr 2020; Klikjatim",
      Text.of("Besaran per bulan {rate}; tinggal di pulau kecil: {livesOnSmallIsland}.",
          "Monthly rate {rate}; lives on a small island: {livesOnSmallIsland}."),
      Text.of("Tidak dipakai.", "Not used."),
      Text.of("Tidak dipakai.", "Not used."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("JPS Provinsi 2020 (bantuan keuangan khusus)",
          "2020 provincial safety net (special financial aid)"),
      Text.of("Rp200.000 per bulan selama 3 bulan (Rp500.000 di pulau kecil) bagi keluarga terdampak"
              + " Covid-19 yang tidak menerima bantuan lain.",
          "Rp200,000 a month for 3 months (Rp500,000 on small islands) for families hit by"
              + " Covid-19 who receive no other aid."),
      BeneficiaryUnit.HOUSEHOLD,
      "Pergub not found; 2020 APBD refocusing, press statements (programs.md §1, layer B)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private JpsProvinsi2020() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters())
        .extensionFacts(PROPOSED_BY_REGENT_OR_MAYOR);
    Param<Integer> childLimit = b.param(EngineParameters.CHILD_AGE_LIMIT);
    Param<BenefitSchedule> base = b.param(BENEFIT);
    Param<BenefitSchedule> island = b.param(ISLAND_BENEFIT);
    // Affected: registered as poor, proposed by the regent or mayor, or a member on the date lost
    // work income. A child's labour situation is not asked for.
    Check<Snapshot> registeredPoor = Check.test((h, r) -> {
      RegistryStatus s = r.get(h, Facts.REGISTRY);
      if (s.registered()) {
        r.show("affectedBy", Text.of("terdaftar di " + s.register(), "registered in " + s.register()));
      }
      return s.registered();
    }, "affectedBy");
    Check<Snapshot> proposed = Check.test((h, r) -> {
      boolean yes = r.get(h, PROPOSED);
      if (yes) {
        r.show("affectedBy", Text.of("diusulkan bupati/wali kota",
            "proposed by the regent or mayor"));
      }
      return yes;
    }, "affectedBy");
    Check<Member> lostIncome = Check.outcome((m, r) -> {
      Optional<LabourShock> shock = r.find(m, Facts.LABOUR_SHOCK);
      if (shock.isEmpty()) {
        // A child is taken to have lost no income; an adult's shock not recorded is not known.
        if (m.age().isPresent() && m.age().get() < r.value(childLimit)) {
          return Outcome.FAIL;
        }
        return r.absent(m, Facts.LABOUR_SHOCK);
      }
      LabourShock s = shock.get();
      if (s != LabourShock.NONE) {
        r.show("affectedBy", s);
      }
      return s != LabourShock.NONE ? Outcome.PASS : Outcome.FAIL;
    }, "affectedBy");
    b.household(AFFECTED_FAMILY, Check.anyOf(registeredPoor, proposed,
        Check.anyMember("member", lostIncome)), childLimit);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.noExcludedOccupation(b);
    for (AidProgram aid : EXCLUDING_AID) {
      CommonCriteria.aid(b, aid, false);
    }
    b.reports(BENEFIT_RATE, List.of("rate", "livesOnSmallIsland"), base, island);
    return b.award((h, q, r, g) -> {
      Optional<Boolean> onIsland = h.household().livesOnSmallIsland();
      ParameterValue<BenefitSchedule> granted =
          r.parameter(onIsland.orElse(false) ? island : base).orElseThrow();
      Rupiah islandRate = r.value(island).amountPerPayment().orElse(Rupiah.ZERO);
      r.show("rate", granted.value().amountPerPayment().orElse(Rupiah.ZERO));
      r.show("livesOnSmallIsland", onIsland.<Object>map(v -> v).orElse(Text.of(
          "belum diketahui; bila ya, berlaku " + islandRate.format(),
          "unknown; if so, " + islandRate.format() + " applies")));
      g.household().benefit(granted).report(BENEFIT_RATE);
    }).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate from = LocalDate.of(2020, 4, 1);
    LocalDate to = LocalDate.of(2020, 12, 31);
    String madiunpos = "Madiunpos/infopublik, 27 Apr 2020: Rp549.9 bn for 750,000 KPM,"
        + " Rp200,000 x 3 months, small islands Rp500,000 x 3 months";
    String madiunposUrl = "https://www.madiunpos.com/pemprov-jatim-siapkan-bantuan-keuangan-khusus-rp5499-miliar-untuk-750-000-keluarga-1044360/amp";
    String klik = "Klikjatim, 2020: Pemprov prepares Rp549 bn bansos for affected residents";
    String klikUrl = "https://klikjatim.com/news-4195-pemprov-siapkan-dana-bansos-rp-549-miliar-untuk-warga-terdampak";
    String ngunut = "Tulungagung Daring, Jul 2020: JPS Provinsi for families without other aid";
    String ngunutUrl = "http://ngunut.tulungagungdaring.id/2020/07/jps-provinsi-desa-ngunut-telah-selesai-di-salurkan-kepada-150-kpm.html";
    Text label = Text.of("Bantuan keuangan khusus JPS Provinsi", "Provincial safety-net cash aid");
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the 2020 provincial safety net is in force")
            .from(from).to(to).value(true).confidence(Confidence.INFERRED)
            .source(madiunpos, madiunposUrl).source(ngunut, ngunutUrl)
            .note("Announced on 27 Apr 2020 for three months; Ngunut finished paying in Jul 2020."
                + " The exact months varied by regency, so the window runs from Apr 2020 to the"
                + " end of the 2020 budget year.")
            .add().build(),
        Parameter.builder(COVERED_REGIONS, "Province where the aid was paid")
            .from(from).to(to).value(CoveredRegions.exactly("35"))
            .source(madiunpos, madiunposUrl)
            .source("Tribun Jatim, 10 May 2020: 95,000 KK quota for Jatim residents with a non-Jatim KTP",
                "https://jatim.tribunnews.com/amp/2020/05/10/ada-kuota-95000-kk-bagi-warga-non-jatim-dapat-bansos-dari-gubernur-khofifah-rp-200-ribu-per-bulan")
            .note("Residence in Jawa Timur counts, not the KTP: non-Jatim KTP holders had a quota.")
            .add().build(),
        Parameter.builder(BENEFIT, "Monthly cash aid per family (base rate)")
            .from(from).to(to)
            .value(BenefitSchedule.paid(label, BenefitForm.CASH, Rupiah.of(200_000),
                PaymentFrequency.MONTHLY, 3, Optional.empty(), Funder.APBD_PROVINSI))
            .source(madiunpos, madiunposUrl).source(klik, klikUrl).add().build(),
        Parameter.builder(ISLAND_BENEFIT, "Monthly cash aid per family on a small island")
            .from(from).to(to)
            .value(BenefitSchedule.paid(Text.of("Bantuan keuangan khusus JPS Provinsi (pulau kecil)",
                    "Provincial safety-net cash aid (small island)"), BenefitForm.CASH,
                Rupiah.of(500_000), PaymentFrequency.MONTHLY, 3, Optional.empty(),
                Funder.APBD_PROVINSI))
            .source(madiunpos, madiunposUrl).source(klik, klikUrl).add().build());
  }
}
