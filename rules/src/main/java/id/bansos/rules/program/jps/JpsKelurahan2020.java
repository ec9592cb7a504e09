package id.bansos.rules.program.jps;

import id.bansos.core.household.AidProgram;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Award;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.Facts;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.criteria.KelurahanCodes;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JPS kelurahan 2020 (layer A of the 2020 provincial safety net): a top-up for families already
 * in the national BPNT/Sembako food program who live in a kelurahan, not a desa. See {@code
 * programs.md} §1 (layer A) and §16.
 *
 * <p>The rule: the family receives BPNT/Sembako; it lives in Jawa Timur; its domicile is a
 * kelurahan by {@link #KELURAHAN_CODES} (by default a village code whose four-digit part starts
 * with {@code 1}: read from the Kemendagri data pattern, not from the decree, so INFERRED;
 * programs.md §16); no member holds an excluded occupation. Desa were left out because
 * they could use Dana Desa for Covid relief. The benefit is Rp100,000 a month for three months,
 * paid to the family's account.
 *
 * <p>The program is historical: it is in force only from 1 Apr to 31 Dec 2020 (see {@link
 * #IN_FORCE} for why that window).
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): the top-up came from
 * the province's 2020 APBD refocusing (programs.md §1); the national BPNT it adds to is not
 * modelled here.
 */
public final class JpsKelurahan2020 {

  /** Program code. */
  public static final String CODE = "JPS_KELURAHAN_2020";

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("JPS_KELURAHAN_2020.IN_FORCE", Boolean.class);
  /** The province where the top-up was paid. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("JPS_KELURAHAN_2020.COVERED_REGIONS", CoveredRegions.class);
  /** How a village code tells a kelurahan from a desa (INFERRED from the Kemendagri data). */
  public static final ParameterKey<KelurahanCodes> KELURAHAN_CODES =
      ParameterKey.required("JPS_KELURAHAN_2020.KELURAHAN_CODES", KelurahanCodes.class);
  /** The cash top-up. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("JPS_KELURAHAN_2020.BENEFIT", BenefitSchedule.class);

  static final Criterion KELURAHAN = new Criterion(CODE + ".KELURAHAN",
      Text.of("Berdomisili di kelurahan, bukan desa", "Lives in a kelurahan, not a desa"),
      "BPK Jatim, 27 Apr 2020; Tribun Jatim, 18 May 2020; kelurahan codes read from the Kemendagri"
          + " data pattern (programs.md §16)",
      Text.of("Domisili {domicile} adalah kelurahan.", "Domicile {domicile} is a kelurahan."),
      Text.of("Domisili {domicile} adalah desa; desa memakai Dana Desa untuk penanganan Covid-19.",
          "Domicile {domicile} is a desa; desa used Dana Desa for Covid-19 relief."),
      Text.of("Domisili belum tercatat.", "The domicile is not recorded."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("JPS kelurahan 2020 (tambahan BPNT)", "2020 kelurahan safety net (BPNT top-up)"),
      Text.of("Tambahan Rp100.000 per bulan selama 3 bulan bagi KPM BPNT yang tinggal di kelurahan.",
          "Rp100,000 a month for 3 months for BPNT families living in a kelurahan."),
      BeneficiaryUnit.HOUSEHOLD,
      "Pergub not found; 2020 APBD refocusing, press statements (programs.md §1, layer A)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private JpsKelurahan2020() {}

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
    CommonCriteria.aid(b, AidProgram.BPNT_SEMBAKO, true);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    Param<KelurahanCodes> codes = b.param(KELURAHAN_CODES);
    b.household(KELURAHAN,
        Check.fact(Facts.DOMICILE, (village, r) -> r.value(codes).isKelurahan(village)), codes);
    CommonCriteria.noExcludedOccupation(b);
    return b.award(Award.household(b.param(BENEFIT))).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate from = LocalDate.of(2020, 4, 1);
    LocalDate to = LocalDate.of(2020, 12, 31);
    String bpk = "BPK Jatim, 27 Apr 2020: Rp100,000 x 3 months for 333,022 BPNT KPM in kelurahan";
    String bpkUrl = "https://jatim.bpk.go.id/?p=27643";
    String tribun = "Tribun Jatim, 18 May 2020: kelurahan BPNT top-up, Surabaya 118,758 KPM";
    String tribunUrl = "https://jatim.tribunnews.com/amp/2020/05/18/update-info-psbb-surabaya-dana-rp-1611-m-dari-pemprov-hingga-pelanggar-menyapu-halaman-polresta?page=2";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the 2020 kelurahan safety net is in force")
            .from(from).to(to).value(true).confidence(Confidence.INFERRED)
            .source(bpk, bpkUrl).source(tribun, tribunUrl)
            .note("The exact three payment months were not published. The window runs from the"
                + " month of the announcement (Apr 2020) to the end of the 2020 budget year, which"
                + " the refocused APBD funds could not outlast.")
            .add().build(),
        Parameter.builder(COVERED_REGIONS, "Province where the top-up was paid")
            .from(from).to(to).value(CoveredRegions.exactly("35"))
            .source(bpk, bpkUrl).add().build(),
        Parameter.builder(KELURAHAN_CODES,
                "How a Kemendagri village code tells a kelurahan from a desa")
            .from(from).to(to).value(KelurahanCodes.KEMENDAGRI).confidence(Confidence.INFERRED)
            .source("cahyadsn/wilayah, db/wilayah.sql (Kemendagri region codes), commit"
                    + " b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7",
                "https://github.com/cahyadsn/wilayah")
            .source(tribun, tribunUrl)
            .note("programs.md §16: in Jawa Timur's data every village code of a kota starts with 1"
                + " and every desa code with 2 (773 kelurahan, 7,721 desa), and Surabaya, all"
                + " kelurahan, got the most top-ups. That a leading 1 means kelurahan is read from"
                + " that pattern, not from the decree text; the data's header and README even cite"
                + " two different 2025 Kepmendagri numbers. A regency that knows its kelurahan"
                + " otherwise overrides this.")
            .add().build(),
        Parameter.builder(BENEFIT, "Cash top-up per BPNT family in a kelurahan")
            .from(from).to(to)
            .value(BenefitSchedule.paid(Text.of("Tambahan JPS kelurahan", "Kelurahan safety-net top-up"),
                BenefitForm.CASH, Rupiah.of(100_000), PaymentFrequency.MONTHLY, 3,
                Optional.of("KPM account"), Funder.APBD_PROVINSI))
            .source(bpk, bpkUrl).source(tribun, tribunUrl)
            .note("On top of the national BPNT value of Rp200,000 a month; about Rp99.9 bn in"
                + " total.")
            .add().build());
  }
}
