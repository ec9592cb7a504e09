package id.bansos.rules.program.kube;

import id.bansos.core.household.GrantType;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Award;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.Facts;
import id.bansos.rules.GroupSnapshot;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.AgeBand;
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
 * KUBE (Kelompok Usaha Bersama): business capital for a group of poor families who run a
 * productive business together. See {@code programs.md} §6.
 *
 * <p>KUBE is a group program, decided for a {@link id.bansos.rules.Group}, not for one household:
 * call {@code engine.assess(group, date)}. Screening one household still lists KUBE, as
 * UNDETERMINED with reason {@code KUBE.GROUP_REQUIRED}, so that the caller learns that the
 * program exists and how to decide it.
 *
 * <p>Each member family is decided like any program, through the engine: it lives in Jawa Timur,
 * is poor by the register rule {@link #REGISTRY}, has no member in an excluded occupation, never
 * had a KUBE grant, and its participating member is married and aged within {@link
 * #AGE_BAND} (18–60). The group is ELIGIBLE when it has {@link #MIN_GROUP_SIZE} to {@link
 * #MAX_GROUP_SIZE} families (5–20), they live near each other, and at least {@link
 * #MIN_GROUP_SIZE} of them qualify; NOT_ELIGIBLE when that many can no longer qualify. The group
 * receives {@link #BENEFIT} for each qualifying participant. The provincial criteria were not
 * found; the national Kemensos criteria of 2020 are applied and marked INFERRED.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): the program is the
 * province's KUBE, funded in 2022 from the APBD murni and the P-APBD (programs.md §6). The
 * 2020–2021 value borrows the national amount, not the national budget.
 */
public final class Kube {

  /** Program code. */
  public static final String CODE = "KUBE";

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("KUBE.IN_FORCE", Boolean.class);
  /** Fewest member families in a group, inclusive. */
  public static final ParameterKey<Integer> MIN_GROUP_SIZE =
      ParameterKey.required("KUBE.MIN_GROUP_SIZE", Integer.class);
  /** Most member families in a group, inclusive. */
  public static final ParameterKey<Integer> MAX_GROUP_SIZE =
      ParameterKey.required("KUBE.MAX_GROUP_SIZE", Integer.class);
  /** Ages of the participating member, inclusive. */
  public static final ParameterKey<AgeBand> AGE_BAND =
      ParameterKey.required("KUBE.AGE_BAND", AgeBand.class);
  /** What the national register must say of each member family. */
  public static final ParameterKey<RegistryRule> REGISTRY =
      ParameterKey.required("KUBE.REGISTRY", RegistryRule.class);
  /** Regions where KUBE is given. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("KUBE.COVERED_REGIONS", CoveredRegions.class);
  /** The business capital per qualifying participant, paid to the group's account. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("KUBE.BENEFIT", BenefitSchedule.class);

  private static final String KEMENSOS = "Kemensos KUBE criteria 2020 (Seputar Tangsel, 15 Dec"
      + " 2020), applied to the province by inference";

  static final Criterion GROUP_SIZE = new Criterion(CODE + ".GROUP_SIZE",
      Text.of("Kelompok beranggotakan {MIN_GROUP_SIZE}-{MAX_GROUP_SIZE} keluarga",
          "The group has {MIN_GROUP_SIZE}-{MAX_GROUP_SIZE} families"),
      KEMENSOS,
      Text.of("Kelompok beranggotakan {size} keluarga.", "The group has {size} families."),
      Text.of("Kelompok beranggotakan {size} keluarga, di luar {MIN_GROUP_SIZE}-{MAX_GROUP_SIZE}.",
          "The group has {size} families, outside {MIN_GROUP_SIZE}-{MAX_GROUP_SIZE}."),
      Text.of("Batas jumlah anggota kelompok belum ditetapkan pada tanggal ini.",
          "The group-size bounds have no value on this date."));
  static final Criterion LIVE_NEAR_EACH_OTHER = new Criterion(CODE + ".LIVE_NEAR_EACH_OTHER",
      Text.of("Anggota bertempat tinggal berdekatan", "Members live near each other"),
      KEMENSOS,
      Text.of("Anggota kelompok bertempat tinggal berdekatan dan menetap.",
          "The members live near each other with a permanent domicile."),
      Text.of("Anggota kelompok tidak bertempat tinggal berdekatan.",
          "The members do not live near each other."),
      Text.of("Belum diketahui apakah anggota bertempat tinggal berdekatan.",
          "Not known whether the members live near each other."));
  static final Criterion ENOUGH_MEMBERS = new Criterion(CODE + ".ENOUGH_MEMBERS_QUALIFY",
      Text.of("Cukup keluarga anggota memenuhi syarat", "Enough member families qualify"),
      KEMENSOS,
      Text.of("{qualifying} keluarga memenuhi syarat, paling sedikit {MIN_GROUP_SIZE}.",
          "{qualifying} families qualify, at least {MIN_GROUP_SIZE}."),
      Text.of("Hanya {qualifying} keluarga memenuhi syarat dan {undetermined} belum pasti;"
              + " kurang dari {MIN_GROUP_SIZE}.",
          "Only {qualifying} families qualify and {undetermined} are undecided; fewer than"
              + " {MIN_GROUP_SIZE}."),
      Text.of("{qualifying} keluarga memenuhi syarat dan {undetermined} belum pasti; perlu"
              + " {MIN_GROUP_SIZE}.",
          "{qualifying} families qualify and {undetermined} are undecided; {MIN_GROUP_SIZE}"
              + " needed."));

  static final Criterion PARTICIPANT = new Criterion(CODE + ".PARTICIPANT",
      Text.of("Anggota yang ikut serta memenuhi syarat", "The participating member qualifies"),
      KEMENSOS,
      Text.of("Anggota yang ikut serta memenuhi syarat usia dan perkawinan.",
          "The participating member meets the age and marriage conditions."),
      Text.of("Anggota yang ikut serta tidak memenuhi syarat.",
          "The participating member does not qualify."),
      Text.of("Belum dapat dipastikan apakah anggota yang ikut serta memenuhi syarat.",
          "Cannot yet tell whether the participating member qualifies."));
  static final Criterion AGE = new Criterion(CODE + ".AGE_BAND",
      Text.of("Usia produktif {AGE_BAND} tahun", "Of productive age {AGE_BAND}"),
      KEMENSOS,
      Text.of("Berusia {age} tahun, dalam rentang {AGE_BAND}.", "Aged {age}, within {AGE_BAND}."),
      Text.of("Berusia {age} tahun, di luar rentang {AGE_BAND}.", "Aged {age}, outside {AGE_BAND}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));
  static final Criterion MARRIED = new Criterion(CODE + ".MARRIED",
      Text.of("Berstatus kawin", "Married"),
      KEMENSOS,
      Text.of("Berstatus kawin.", "Married."),
      Text.of("Status perkawinan {maritalStatus}, bukan kawin.",
          "Marital status {maritalStatus}, not married."),
      Text.of("Status perkawinan belum tercatat.", "The marital status is not recorded."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("KUBE (Kelompok Usaha Bersama)", "KUBE (joint business group)"),
      Text.of("Modal usaha bagi kelompok 5-20 keluarga miskin yang menjalankan usaha bersama.",
          "Business capital for a group of 5-20 poor families running a business together."),
      BeneficiaryUnit.GROUP,
      "Pergub/Kepgub not found; Kemensos KUBE criteria 2020; Dinsos Jatim press statements"
          + " 2022-2023 (programs.md §6)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private Kube() {}

  /**
   * The program: a group program, decided for a {@link id.bansos.rules.Group} with {@link
   * id.bansos.rules.Engine#assess(id.bansos.rules.Group, LocalDate)}.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters());
    Param<AgeBand> band = b.param(AGE_BAND);
    Param<Integer> min = b.param(MIN_GROUP_SIZE);
    Param<Integer> max = b.param(MAX_GROUP_SIZE);
    Param<BenefitSchedule> benefit = b.param(BENEFIT);
    // Each family: its participant's own conditions, then the family's.
    b.member(AGE, CommonCriteria.ageInBand(band), band);
    b.member(MARRIED, Check.fact(Facts.MARITAL_STATUS, s -> s == MaritalStatus.MARRIED));
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.registry(b, REGISTRY);
    CommonCriteria.noExcludedOccupation(b);
    CommonCriteria.recipientNotExcluded(b);
    CommonCriteria.noEarlierGrant(b, GrantType.KUBE);
    b.qualifying(PARTICIPANT);
    // The group.
    b.group(GROUP_SIZE, Check.test((g, r) -> {
      r.show("size", g.size());
      return g.size() >= r.value(min) && g.size() <= r.value(max);
    }, "size"), min, max);
    b.group(LIVE_NEAR_EACH_OTHER, Check.fact(GroupSnapshot.LIVE_NEAR_EACH_OTHER, near -> near));
    b.enoughFamilies(ENOUGH_MEMBERS, min);
    return b.groupBenefit(benefit).award(Award.eachQualifying(benefit)).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    LocalDate jatim = LocalDate.of(2022, 1, 1);
    String tangsel = "Seputar Tangsel (Pikiran Rakyat), 15 Dec 2020: Kemensos KUBE, 5-20 families,"
        + " married, aged 18-60, never had KUBE, Rp2 juta per member to the group account";
    String tangselUrl = "https://seputartangsel.pikiran-rakyat.com/nasional/pr-141111759/kemensos-sediakan-bantuan-sosial-kelompok-usaha-bersama-kube-rp2-juta-tertarik-begini-syaratnya?page=all";
    String tribun = "Tribun Mataraman, 6 Sep 2022: KUBE beneficiaries get Rp3 juta each for"
        + " business development";
    String tribunUrl = "https://mataraman.tribunnews.com/2022/09/06/berantas-kemiskinan-ekstrem-dinas-sosial-jatim-kucurkan-bantuan-rp-16-miliar";
    String antara = "Antara, 15 Dec 2023: KUBE bansos for 1,111 PM";
    String antaraUrl = "https://bengkulu.antaranews.com/berita/323559/dinsos-jawa-timur-raih-penghargaan-pelaksana-jatim-sejahtera-dari-lkbn-antara";
    String selalu = "Selalukabar, 2025: BPS deciles; bansos generally target desil 1-4";
    String selaluUrl = "https://selalukabar.com/bps-jelaskan-metode-pengelompokan-kesejahteraan-melalui-sistem-desil-145417.html";
    String national = "The provincial rule was not found; the national Kemensos criteria of 2020"
        + " are applied.";
    Optional<String> groupAccount = Optional.of("group account (rekening kelompok)");
    Text label = Text.of("Modal usaha KUBE per anggota", "KUBE business capital per member");
    BenefitSchedule jatimCapital = BenefitSchedule.paid(label, BenefitForm.BUSINESS_CAPITAL,
        Rupiah.of(3_000_000), PaymentFrequency.ONCE, 1, groupAccount, Funder.APBD_PROVINSI);

    return List.of(
        Parameter.builder(IN_FORCE, "Whether KUBE is in force")
            .from(start).to(jatim.minusDays(1)).value(true).confidence(Confidence.ASSUMED)
            .source(tangsel, tangselUrl)
            .note("The provincial KUBE is first confirmed in 2022; no source reports it in"
                + " 2020-2021 (a link with the Covid lay-offs is unconfirmed). That it ran then, by"
                + " the national scheme, is assumed.")
            .add()
            .from(jatim).to(LocalDate.of(2023, 12, 31)).value(true)
            .source(tribun, tribunUrl).source(antara, antaraUrl).add()
            .from(LocalDate.of(2024, 1, 1)).value(true).confidence(Confidence.INFERRED)
            .source(antara, antaraUrl)
            .source("Kominfo Jatim, Mar 2023: KUBE among the Governor's 2023 priorities",
                "https://kominfo.jatimprov.go.id/berita/dinsos-jatim-adakan-rakor-penyelenggaraan-kesejahteraan-sosial")
            .note("No source reports the provincial KUBE after 2023; a regular empowerment program"
                + " of the Governor's priority list is taken to continue, with no end set.")
            .add()
            .build(),
        Parameter.builder(MIN_GROUP_SIZE, "Fewest member families in a KUBE group (inclusive)")
            .from(start).value(5).confidence(Confidence.INFERRED).source(tangsel, tangselUrl)
            .note(national + " Kabupaten schemes differ (Sampang at most 10, Jombang 10, Kota"
                + " Mojokerto 5-10).")
            .add().build(),
        Parameter.builder(MAX_GROUP_SIZE, "Most member families in a KUBE group (inclusive)")
            .from(start).value(20).confidence(Confidence.INFERRED).source(tangsel, tangselUrl)
            .note(national).add().build(),
        Parameter.builder(AGE_BAND, "Productive ages in years of the participating member")
            .from(start).value(new AgeBand(18, 60)).confidence(Confidence.INFERRED)
            .source(tangsel, tangselUrl).note(national).add().build(),
        Parameter.builder(REGISTRY, "What the national register must say of each member family")
            .from(start).to(LocalDate.of(2024, 12, 31)).value(RegistryRule.registered())
            .confidence(Confidence.INFERRED).source(tangsel, tangselUrl)
            .note("Kemensos requires every family in the Data Terpadu (DTKS's predecessor).")
            .add()
            .from(LocalDate.of(2025, 1, 1)).value(RegistryRule.desilAtMost(4))
            .confidence(Confidence.INFERRED).source(selalu, selaluUrl)
            .note("No decile bound was found for KUBE; desil 1-4 is the general bansos target.")
            .add().build(),
        Parameter.builder(COVERED_REGIONS, "Regions where KUBE is given")
            .from(start).value(CoveredRegions.exactly("35")).confidence(Confidence.INFERRED)
            .source(tribun, tribunUrl)
            .note("The 2022 P-APBD part targeted Kab. Blitar and Kota Malang, but the same article"
                + " also names Kabupaten Malang; the yearly target regions are unreliable, so the"
                + " whole province is covered.")
            .add().build(),
        Parameter.builder(BENEFIT, "KUBE business capital per qualifying participant")
            .from(start).to(jatim.minusDays(1))
            .value(BenefitSchedule.paid(label, BenefitForm.BUSINESS_CAPITAL, Rupiah.of(2_000_000),
                PaymentFrequency.ONCE, 1, groupAccount, Funder.APBD_PROVINSI))
            .confidence(Confidence.ASSUMED).source(tangsel, tangselUrl)
            .note("The national Kemensos amount; no provincial amount before 2022 was found. That"
                + " the province paid it from its own budget, as from 2022, is assumed.")
            .add()
            .from(jatim).to(LocalDate.of(2022, 12, 31)).value(jatimCapital)
            .confidence(Confidence.INFERRED)
            .source(tribun, tribunUrl)
            .note("The amount is stated: the province paid Rp3 juta per beneficiary in 2022 (Kemensos"
                + " 2020 paid Rp2 juta per member). The channel is not: payment to the group"
                + " account is the national scheme's, applied by inference.")
            .add()
            .from(LocalDate.of(2023, 1, 1)).value(jatimCapital).confidence(Confidence.ASSUMED)
            .source(tribun, tribunUrl).source(antara, antaraUrl)
            .note("The amount from 2023 was not found; the 2022 amount is carried forward.")
            .add().build());
  }
}
