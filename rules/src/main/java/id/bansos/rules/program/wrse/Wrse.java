package id.bansos.rules.program.wrse;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.FactKey;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.Recorder;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * WRSE (Wanita Rawan Sosial Ekonomi, economically vulnerable women) and its 2025 successor
 * Putri Jawara (Perempuan Tangguh Mandiri Menuju Jawa Timur Sejahtera): one-off business support
 * for a woman who carries her family alone. See {@code programs.md} §7.
 *
 * <p>The rule: a woman aged within {@link #AGE_BAND} (18–59) who is widowed or divorced, left by
 * her husband, the main breadwinner because her husband is chronically ill or laid off, or never
 * married and the head or main breadwinner of her family; her family is poor by the register rule
 * {@link #REGISTRY}, lives in Jawa Timur, has no member in an excluded occupation, and never had a
 * WRSE grant. One woman per family is paid ({@link #MAX_BENEFICIARIES}): the head of family when
 * she qualifies, else the first by NIK.
 *
 * <p><b>Never-married women.</b> Kepmensos 24/HUK/1996, as quoted in {@code programs.md} §7,
 * defines WRSE as "an adult woman, unmarried or widowed, without enough income for daily basic
 * needs"; Dinsos Kaltim (2025) includes "married, unmarried and divorced women who are the main
 * breadwinner"; the Jatim grants of 2018 and 2025 are described per "woman head of household" /
 * "women heads of family". A never-married woman therefore qualifies when she heads or supports
 * her family. Putri Jawara's 2025 target list (widowed, divorced, sick or laid-off husband) does
 * not name her, so from 2025 this route rests on the definition, not on a provincial statement.
 *
 * <p><b>The UPT RSBKW Kediri route.</b> A woman trained at the province's residential UPT RSBKW
 * (Bina Karya Wanita) Kediri receives {@link #RSBKW_GRADUATE_BENEFIT} (Rp5 juta) instead of the
 * regular benefit when she returns home. The graduate fact only chooses the benefit: eligibility is
 * decided the same way on both routes, so an unrecorded fact cannot turn a "yes" into a "no"; the
 * determination then shows the regular benefit, and recording the fact shows the graduate one with
 * its own reason code {@code WRSE.RSBKW_GRADUATE}.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}): the 2018 grant came
 * from the provincial APBD, Putri Jawara is a provincial program (KIP Jawara, with DP3AK), and UPT
 * RSBKW Kediri is one of the province's UPT (programs.md §7).
 */
public final class Wrse {

  /** Program code. */
  public static final String CODE = "WRSE";

  /**
   * Member fact: whether she graduated from the residential training of UPT RSBKW (Bina Karya
   * Wanita) Kediri. Recorded with {@code Person.builder().putExtensions(GRADUATE_OF_UPT_RSBKW,
   * true)}; in JSON, {@code "extensions": {"graduateOfUptRsbkw": true}} on the person.
   */
  public static final ExtensionKey<Boolean> GRADUATE_OF_UPT_RSBKW =
      ExtensionKey.ofBoolean("graduateOfUptRsbkw").labelled(
          "lulusan UPT RSBKW", "graduate of UPT RSBKW");

  private static final FactKey<Member, Boolean> GRADUATE_FACT =
      Facts.member(GRADUATE_OF_UPT_RSBKW);

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("WRSE.IN_FORCE", Boolean.class);
  /** Ages of the woman, inclusive. */
  public static final ParameterKey<AgeBand> AGE_BAND =
      ParameterKey.required("WRSE.AGE_BAND", AgeBand.class);
  /** What the national register must say of the family. */
  public static final ParameterKey<RegistryRule> REGISTRY =
      ParameterKey.required("WRSE.REGISTRY", RegistryRule.class);
  /** Regions where WRSE is given. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("WRSE.COVERED_REGIONS", CoveredRegions.class);
  /** The regular benefit per woman. */
  public static final ParameterKey<BenefitSchedule> BENEFIT =
      ParameterKey.required("WRSE.BENEFIT", BenefitSchedule.class);
  /**
   * The business capital for a graduate of UPT RSBKW Kediri; optional: without a value the
   * graduate receives the regular benefit.
   */
  public static final ParameterKey<BenefitSchedule> RSBKW_GRADUATE_BENEFIT =
      ParameterKey.optional("WRSE.RSBKW_GRADUATE_BENEFIT", BenefitSchedule.class);
  /** How many women of one family are paid. */
  public static final ParameterKey<Integer> MAX_BENEFICIARIES =
      ParameterKey.required("WRSE.MAX_BENEFICIARIES", Integer.class);

  /**
   * Her husband on the card, by NIK: the male spouse when she heads the family, the male head
   * when she is the spouse. Missing as {@code husband} when she is neither or he is not on the
   * card on the date.
   */
  static final FactKey<Member, Nik> HUSBAND = FactKey.member("husband", Nik.class,
      w -> ofHusband(w, h -> Optional.of(h.nik())));
  /** Whether her husband is chronically ill. */
  static final FactKey<Member, Boolean> HUSBAND_CHRONICALLY_ILL = FactKey.member(
      "husband.chronicallyIll", Boolean.class, w -> ofHusband(w, h -> h.person().chronicallyIll()));
  /** Her husband's labour shock. */
  static final FactKey<Member, LabourShock> HUSBAND_LABOUR_SHOCK = FactKey.member(
      "husband.labourShock", LabourShock.class, w -> ofHusband(w, h -> h.person().labourShock()));

  static final Criterion QUALIFYING_WOMAN = new Criterion(CODE + ".QUALIFYING_WOMAN",
      Text.of("Ada perempuan rawan sosial ekonomi dalam keluarga",
          "A socially and economically vulnerable woman is in the family"),
      "Kepmensos 24/HUK/1996; Suara Surabaya, 27 Oct 2025 (Putri Jawara)",
      Text.of("{qualifying} perempuan memenuhi syarat.", "Women who qualify: {qualifying}."),
      Text.of("Tidak ada anggota keluarga yang memenuhi syarat WRSE.",
          "No member meets the WRSE conditions."),
      Text.of("Belum dapat dipastikan apakah ada perempuan yang memenuhi syarat.",
          "Cannot yet tell whether a woman qualifies."));
  static final Criterion FEMALE = new Criterion(CODE + ".FEMALE",
      Text.of("Perempuan", "A woman"),
      "Kepmensos 24/HUK/1996 (wanita rawan sosial ekonomi)",
      Text.of("Berjenis kelamin perempuan.", "Female."),
      Text.of("Bukan perempuan.", "Not female."),
      Text.of("Jenis kelamin belum tercatat.", "The sex is not recorded."));
  static final Criterion AGE = new Criterion(CODE + ".AGE_BAND",
      Text.of("Berusia {AGE_BAND} tahun", "Aged {AGE_BAND}"),
      "Kepmensos 24/HUK/1996 as quoted (18-59); Dinsos Kaltim 2025",
      Text.of("Berusia {age} tahun, dalam rentang {AGE_BAND}.", "Aged {age}, within {AGE_BAND}."),
      Text.of("Berusia {age} tahun, di luar rentang {AGE_BAND}.", "Aged {age}, outside {AGE_BAND}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));
  /**
   * Four routes, the first that passes deciding; the fact {@code path} names it. On an UNKNOWN
   * outcome a {@code path} fact names a route that would apply once its missing facts are
   * recorded. The never-married route follows Kepmensos 24/HUK/1996 as quoted in {@code
   * programs.md} §7 ("an adult woman, unmarried or widowed, without enough income for daily basic
   * needs"), narrowed to a woman who heads her family (Jatim 2018 and Putri Jawara 2025: "women
   * heads of family") or is its main breadwinner (Dinsos Kaltim 2025: "married, unmarried and
   * divorced women who are the main breadwinner").
   */
  static final Criterion VULNERABLE = new Criterion(CODE + ".VULNERABLE",
      Text.of("Janda/cerai, ditinggal suami, pencari nafkah utama karena suami sakit/PHK, atau"
              + " belum kawin dan mengepalai atau menafkahi keluarga",
          "Widowed or divorced, abandoned, main breadwinner as her husband is ill or laid off, or"
              + " never married and heading or supporting her family"),
      "Kepmensos 24/HUK/1996 as quoted (\"an adult woman, unmarried or widowed\"); Suara"
          + " Surabaya, 27 Oct 2025 (Putri Jawara target group); Dinsos Kaltim 2025 (unmarried"
          + " main breadwinners); KIM Suara Kranggan, Apr 2018 (women heads of household)"
          + " (programs.md §7)",
      Text.of("Memenuhi syarat rawan sosial ekonomi: {path}.",
          "Socially and economically vulnerable: {path}."),
      Text.of("Tidak janda/cerai, tidak ditinggal suami, bukan pencari nafkah utama karena suami"
              + " sakit atau PHK, dan bukan perempuan belum kawin yang mengepalai atau menafkahi"
              + " keluarga.",
          "Neither widowed nor divorced, not abandoned, not the main breadwinner because of an"
              + " ill or laid-off husband, and not a never-married woman who heads or supports"
              + " her family."),
      Text.of("Belum dapat dipastikan: data status perkawinan, ditinggal suami, pencari nafkah,"
              + " hubungan dalam keluarga, atau suami belum lengkap.",
          "Cannot tell yet: marital status, abandonment, breadwinner, family relationship or"
              + " husband facts are incomplete."));
  static final Criterion RSBKW_GRADUATE = new Criterion(CODE + ".RSBKW_GRADUATE",
      Text.of("Lulusan UPT RSBKW Kediri: modal usaha khusus",
          "Graduate of UPT RSBKW Kediri: graduate business capital"),
      "Antara Jatim (date unknown): RSBKW Kediri graduates receive Rp5 juta business capital",
      Text.of("Penerima {member} lulusan UPT RSBKW Kediri; menerima modal usaha lulusan.",
          "Beneficiary {member} graduated from UPT RSBKW Kediri and receives the graduate capital."),
      Text.of("Bukan lulusan UPT RSBKW Kediri.", "Not a graduate of UPT RSBKW Kediri."),
      Text.of("Belum diketahui apakah lulusan UPT RSBKW Kediri.",
          "Not known whether a graduate of UPT RSBKW Kediri."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("WRSE / Putri Jawara (Wanita Rawan Sosial Ekonomi)",
          "WRSE / Putri Jawara (economically vulnerable women)"),
      Text.of("Bantuan usaha sekali bagi perempuan kepala keluarga yang rawan sosial ekonomi.",
          "One-off business support for economically vulnerable women who head their family."),
      BeneficiaryUnit.MEMBER,
      "Pergub/Kepgub not found; Kepmensos 24/HUK/1996 (definition); Dinsos Jatim press"
          + " statements 2018-2025 (programs.md §7)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private Wrse() {}

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
        .extensionFacts(GRADUATE_OF_UPT_RSBKW);
    Param<AgeBand> band = b.param(AGE_BAND);
    Param<BenefitSchedule> regular = b.param(BENEFIT);
    Param<BenefitSchedule> graduate = b.param(RSBKW_GRADUATE_BENEFIT);
    Param<Integer> max = b.param(MAX_BENEFICIARIES);
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.registry(b, REGISTRY);
    CommonCriteria.noExcludedOccupation(b);
    CommonCriteria.noEarlierGrant(b, GrantType.WRSE);
    b.qualifying(QUALIFYING_WOMAN);
    b.memberGate(FEMALE, Check.fact(Facts.SEX, s -> s == Sex.FEMALE));
    b.member(AGE, CommonCriteria.ageInBand(band), band);
    b.member(VULNERABLE, vulnerable());
    CommonCriteria.recipientNotExcluded(b);
    b.reports(RSBKW_GRADUATE, List.of("member"), graduate);
    return b.award((h, qualifying, r, g) -> {
      // The head of family first: the 2018 grant and Putri Jawara both name the woman who heads
      // it.
      List<Member> order = new ArrayList<>(qualifying);
      order.sort(Comparator.comparing((Member m) -> !isHead(m)).thenComparing(Member::nik));
      List<Member> paid = order.subList(0, Math.min(r.value(max), order.size()));
      for (Member m : paid) {
        g.member(m);
      }
      if (paid.size() == 1 && r.parameter(graduate).isPresent()
          && GRADUATE_FACT.read(paid.get(0)).orElse(false)) {
        r.show("member", paid.get(0).nik());
        g.report(RSBKW_GRADUATE).benefit(graduate);
      } else {
        g.benefit(regular);
      }
    }, max).build();
  }

  /**
   * The routes into WRSE, in order. The order keeps {@code {path}} right on a PASS: a route that
   * is UNKNOWN while showing its path (the breadwinner route with her breadwinner fact missing)
   * needs her to be married or of unknown status, and the only route after it needs her never
   * married, so no stale path precedes the passing route's.
   */
  private static Check<Member> vulnerable() {
    // The husband routes cannot apply to a woman recorded as never married: not taken, rather
    // than unknown for want of facts about a husband she does not have. Widowed and divorced
    // women have passed the first route before these are read.
    Check<Member> mayHaveHusband = Check.test((m, r) ->
        Facts.MARITAL_STATUS.is(m, MaritalStatus.MARRIED) || Facts.MARITAL_STATUS.read(m).isEmpty());
    // Every route is made of fact leaves, which never throw: a route is the hottest check of the
    // catalog, read for every woman of every household.
    Check<Member> widowedOrDivorced = Check.fact(Facts.MARITAL_STATUS, (s, r) ->
        route(r, s, s == MaritalStatus.WIDOWED || s == MaritalStatus.DIVORCED));
    Check<Member> abandoned = Check.allOf(mayHaveHusband, Check.fact(Facts.ABANDONED_BY_SPOUSE,
        (v, r) -> route(r, "ABANDONED_BY_SPOUSE", v)));
    // A husband's health and work are asked only once a husband is on the card, so that a
    // missing husband is named as such rather than as his health or work.
    Check<Member> husband = Check.fact(HUSBAND, h -> true);
    Check<Member> breadwinnerForHusband = Check.allOf(mayHaveHusband,
        Check.fact(Facts.MAIN_BREADWINNER, v -> v),
        Check.anyOf(
            Check.given(husband, Check.fact(HUSBAND_CHRONICALLY_ILL,
                (v, r) -> route(r, "BREADWINNER_HUSBAND_ILL", v))),
            Check.given(husband, Check.fact(HUSBAND_LABOUR_SHOCK,
                (v, r) -> route(r, "BREADWINNER_HUSBAND_LAID_OFF", v == LabourShock.LAID_OFF)))));
    Check<Member> neverMarried = Check.allOf(
        Check.fact(Facts.MARITAL_STATUS, s -> s == MaritalStatus.SINGLE),
        Check.anyOf(
            Check.fact(Facts.RELATIONSHIP,
                (v, r) -> route(r, "NEVER_MARRIED_HEAD_OF_FAMILY", v == Relationship.HEAD)),
            Check.fact(Facts.MAIN_BREADWINNER,
                (v, r) -> route(r, "NEVER_MARRIED_BREADWINNER", v))));
    return Check.anyOf(widowedOrDivorced, abandoned, breadwinnerForHusband, neverMarried)
        .showing("path");
  }

  /** Shows {@code route} as the {@code path} taken when {@code holds}. */
  private static boolean route(Recorder r, Object route, boolean holds) {
    if (holds) {
      r.show("path", route);
    }
    return holds;
  }

  private static boolean isHead(Member m) {
    return Facts.RELATIONSHIP.is(m, Relationship.HEAD);
  }

  /**
   * Her husband on the card on the date: the male spouse when she heads the family, the male head
   * when she is the spouse (a member of unrecorded sex counts, as before); null when there is
   * none. Read for every woman by three facts, so through {@link FactKey#is}, which makes no
   * object.
   */
  /** {@code fact} of her husband on the card; empty when there is none. */
  private static <T> Optional<T> ofHusband(Member wife, Function<Member, Optional<T>> fact) {
    Member husband = husbandOf(wife);
    return husband == null ? Optional.empty() : fact.apply(husband);
  }

  private static @Nullable Member husbandOf(Member wife) {
    Relationship wanted;
    if (Facts.RELATIONSHIP.is(wife, Relationship.HEAD)) {
      wanted = Relationship.SPOUSE;
    } else if (Facts.RELATIONSHIP.is(wife, Relationship.SPOUSE)) {
      wanted = Relationship.HEAD;
    } else {
      return null;
    }
    List<Member> members = wife.household().members();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (m != wife && Facts.RELATIONSHIP.is(m, wanted) && !Facts.SEX.is(m, Sex.FEMALE)) {
        return m;
      }
    }
    return null;
  }

  private static List<Parameter<?>> parameters() {
    LocalDate start = LocalDate.of(2018, 1, 1);
    LocalDate putriJawara = LocalDate.of(2025, 1, 1);
    String kranggan = "KIM Suara Kranggan, Apr 2018: WRSE 2018, Rp2.5 juta in business goods per"
        + " woman head of household (Kota Mojokerto, 86 women)";
    String kranagganUrl = "https://kimsuarakranggan.blogspot.com/2018/04";
    String kepmensos = "Kepmensos 24/HUK/1996 as quoted on a village data portal: WRSE aged 18-59";
    String kepmensosUrl = "https://apbdes.perkumpulanidea.or.id/desa/girisuko-gunungkidul/datagender/18/data-jender-kelompok-rawan-sosial-ekonomi";
    String kaltim = "Wahana News, 2025: Dinsos Kaltim WRSE, women aged 18-59";
    String kaltimUrl = "https://kaltim.wahananews.co/utama/dinsos-kaltim-prioritaskan-bantuan-ekonomi-bagi-wanita-rawan-sosial-ekonomi-iV5rKd5x1Y";
    String suara = "Suara Surabaya, 27 Oct 2025: Putri Jawara, Rp3 juta business capital to a Bank"
        + " Jatim account";
    String suaraUrl = "https://www.suarasurabaya.net/?p=853790";
    String mon = "Media Online Nasional, 2025: Putri Jawara for women heads of family";
    String monUrl = "https://mediaonlinenasional.com/peduli-setara-dan-berdaya-wajah-humanis-jawa-timur-masa-kini";
    String tribun = "Tribun Mataraman, 6 Sep 2022: KUBE and WRSE funded as extreme-poverty measures";
    String tribunUrl = "https://mataraman.tribunnews.com/2022/09/06/berantas-kemiskinan-ekstrem-dinas-sosial-jatim-kucurkan-bantuan-rp-16-miliar";
    String antara = "Antara, 15 Dec 2023: WRSE entrepreneurship bansos for 540 PM";
    String antaraUrl = "https://bengkulu.antaranews.com/berita/323559/dinsos-jawa-timur-raih-penghargaan-pelaksana-jatim-sejahtera-dari-lkbn-antara";
    String rsbkw = "Antara Jatim (date unknown): UPT RSBKW Kediri graduates receive Rp5 juta"
        + " business capital on return home";
    String rsbkwUrl = "https://jatim.antaranews.com/amp/berita/815211/@ANTARAJatim_";
    String selalu = "Selalukabar, 2025: BPS deciles; bansos generally target desil 1-4";
    String selaluUrl = "https://selalukabar.com/bps-jelaskan-metode-pengelompokan-kesejahteraan-melalui-sistem-desil-145417.html";

    LocalDate putriJawaraReported = LocalDate.of(2025, 10, 27);
    BenefitSchedule putriJawaraCapital = BenefitSchedule.paid(Text.of("Modal usaha Putri Jawara",
            "Putri Jawara business capital"), BenefitForm.BUSINESS_CAPITAL,
        Rupiah.of(3_000_000), PaymentFrequency.ONCE, 1, Optional.of("Bank Jatim"),
        Funder.APBD_PROVINSI);
    Text goodsLabel = Text.of("Bantuan barang usaha WRSE", "WRSE business goods");
    BenefitSchedule goods = BenefitSchedule.paid(goodsLabel, BenefitForm.GOODS,
        Rupiah.of(2_500_000), PaymentFrequency.ONCE, 1, Optional.empty(), Funder.APBD_PROVINSI);
    return List.of(
        Parameter.builder(IN_FORCE, "Whether WRSE / Putri Jawara is in force")
            .from(start).to(LocalDate.of(2018, 12, 31)).value(true)
            .source(kranggan, kranagganUrl)
            .note("The provincial WRSE grant is first reported in 2018.")
            .add()
            .from(LocalDate.of(2019, 1, 1)).to(LocalDate.of(2021, 12, 31)).value(true)
            .confidence(Confidence.INFERRED)
            .source(kranggan, kranagganUrl).source(tribun, tribunUrl)
            .note("No source reports WRSE in 2019-2021; it is reported in 2018 and again from 2022,"
                + " so it is taken to have run in between.")
            .add()
            .from(LocalDate.of(2022, 1, 1)).to(LocalDate.of(2025, 12, 31)).value(true)
            .source(tribun, tribunUrl).source(antara, antaraUrl).source(suara, suaraUrl)
            .note("Reported in 2022 and 2023; Putri Jawara continues it in 2025.")
            .add()
            .from(LocalDate.of(2026, 1, 1)).value(true).confidence(Confidence.ASSUMED)
            .source(suara, suaraUrl)
            .note("No source reports WRSE or Putri Jawara after 2025; the program is assumed to"
                + " continue until a source is found.")
            .add().build(),
        Parameter.builder(AGE_BAND, "Ages in years of the woman (inclusive)")
            .from(start).value(new AgeBand(18, 59)).confidence(Confidence.INFERRED)
            .source(kepmensos, kepmensosUrl).source(kaltim, kaltimUrl)
            .note("No provincial age rule was found; the national definition is applied. Kota"
                + " Batu's municipal WRSE (2025) is reported as \"at least 60\", a local rule and"
                + " possibly a misquote.")
            .add().build(),
        Parameter.builder(REGISTRY, "What the national register must say of the family")
            .from(start).to(LocalDate.of(2024, 12, 31)).value(RegistryRule.registered())
            .confidence(Confidence.INFERRED).source(kepmensos, kepmensosUrl)
            .note("WRSE requires income below fakir-miskin criteria; registration in DTKS is the"
                + " inferred test.")
            .add()
            .from(putriJawara).value(RegistryRule.desilAtMost(4)).confidence(Confidence.INFERRED)
            .source(selalu, selaluUrl)
            .note("No decile bound was found for WRSE or Putri Jawara; desil 1-4 is the general"
                + " bansos target.")
            .add().build(),
        Parameter.builder(COVERED_REGIONS, "Regions where WRSE is given")
            .from(start).value(CoveredRegions.exactly("35")).confidence(Confidence.INFERRED)
            .source(kranggan, kranagganUrl).source(antara, antaraUrl)
            .note("A provincial program across Jawa Timur; yearly target regions were not found.")
            .add().build(),
        Parameter.builder(BENEFIT, "WRSE / Putri Jawara benefit per woman")
            .from(start).to(LocalDate.of(2018, 12, 31)).value(goods)
            .source(kranggan, kranagganUrl).add()
            .from(LocalDate.of(2019, 1, 1)).to(LocalDate.of(2024, 12, 31)).value(goods)
            .confidence(Confidence.ASSUMED)
            .source(tribun, tribunUrl).source(antara, antaraUrl)
            .note("WRSE ran in 2022 and 2023 (540 PM) but the amount per woman for 2019-2024 was"
                + " not found; the 2018 amount is carried forward until a source is found.")
            .add()
            .from(putriJawara).to(putriJawaraReported.minusDays(1)).value(putriJawaraCapital)
            .confidence(Confidence.ASSUMED)
            .source(suara, suaraUrl).source(mon, monUrl)
            .note("Putri Jawara is first reported on 27 Oct 2025; no source gives its start. That"
                + " the 2025 round follows its rule from 1 Jan 2025, the start of the budget year,"
                + " is assumed.")
            .add()
            .from(putriJawaraReported).to(LocalDate.of(2025, 12, 31)).value(putriJawaraCapital)
            .source(suara, suaraUrl).source(mon, monUrl)
            .note("Reported on 27 Oct 2025: Rp3 juta business capital to a Bank Jatim account.")
            .add()
            .from(LocalDate.of(2026, 1, 1)).value(putriJawaraCapital)
            .confidence(Confidence.ASSUMED)
            .source(suara, suaraUrl).source(mon, monUrl)
            .note("No source reports Putri Jawara after 2025; the 2025 amount is assumed to"
                + " continue until a source is found.")
            .add().build(),
        Parameter.builder(RSBKW_GRADUATE_BENEFIT,
                "Business capital for a woman who graduated from UPT RSBKW Kediri")
            .from(start)
            .value(BenefitSchedule.paid(Text.of("Modal usaha lulusan UPT RSBKW Kediri",
                    "UPT RSBKW Kediri graduate business capital"), BenefitForm.BUSINESS_CAPITAL,
                Rupiah.of(5_000_000), PaymentFrequency.ONCE, 1, Optional.empty(),
                Funder.APBD_PROVINSI))
            .confidence(Confidence.INFERRED).source(rsbkw, rsbkwUrl)
            .note("The amount is stated by Antara Jatim; the article's date is unknown, so the"
                + " period is inferred to match the program's.")
            .add().build(),
        Parameter.builder(MAX_BENEFICIARIES, "Women paid per family")
            .from(start).value(1).confidence(Confidence.INFERRED)
            .source(kranggan, kranagganUrl).source(suara, suaraUrl)
            .note("Both the 2018 grant and Putri Jawara are described per woman head of family.")
            .add().build());
  }
}
