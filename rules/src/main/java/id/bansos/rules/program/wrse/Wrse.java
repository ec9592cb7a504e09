package id.bansos.rules.program.wrse;

import id.bansos.core.household.GrantType;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Benefit;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Criterion;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Evaluation;
import id.bansos.rules.MemberResult;
import id.bansos.rules.Outcome;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Status;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.AgeBand;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * WRSE (Wanita Rawan Sosial Ekonomi, economically vulnerable women) and its 2025 successor
 * Putri Jawara (Perempuan Tangguh Mandiri Menuju Jawa Timur Sejahtera): one-off business support
 * for a woman who carries her family alone. See {@code programs.md} §7.
 *
 * <p>The rule: a woman aged within {@link #AGE_BAND} (18–59) who is widowed or divorced, left by
 * her husband, or the main breadwinner because her husband is chronically ill or laid off; her
 * family is poor by the register rule {@link #REGISTRY}, lives in Jawa Timur, has no member in an
 * excluded occupation, and never had a WRSE grant. One woman per family is paid ({@link
 * #MAX_BENEFICIARIES}): the head of family when she qualifies, else the first by NIK.
 *
 * <p><b>The UPT RSBKW Kediri route.</b> A woman trained at the province's residential UPT RSBKW
 * (Bina Karya Wanita) Kediri receives {@link #RSBKW_GRADUATE_BENEFIT} (Rp5 juta) instead of the
 * regular benefit when she returns home. The graduate fact only chooses the benefit: eligibility is
 * decided the same way on both routes, so an unrecorded fact cannot turn a "yes" into a "no"; the
 * determination then shows the regular benefit, and recording the fact shows the graduate one with
 * its own reason code {@code WRSE.RSBKW_GRADUATE}.
 */
public final class Wrse implements Program {

  /** Program code. */
  public static final String CODE = "WRSE";

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

  static final Criterion COVERED_REGION = CommonCriteria.coveredRegion(CODE);
  static final Criterion POOR_FAMILY = CommonCriteria.registry(CODE);
  static final Criterion NO_EXCLUDED_OCCUPATION = CommonCriteria.noExcludedOccupation(CODE);
  static final Criterion NO_EARLIER_GRANT = CommonCriteria.noEarlierGrant(CODE, GrantType.WRSE);
  static final Criterion QUALIFYING_WOMAN = new Criterion(CODE + ".QUALIFYING_WOMAN",
      Text.of("Ada perempuan rawan sosial ekonomi dalam keluarga",
          "A socially and economically vulnerable woman is in the family"),
      "Kepmensos 24/HUK/1996; Suara Surabaya, 27 Oct 2025 (Putri Jawara)",
      Text.of("{qualifying} perempuan memenuhi syarat.", "{qualifying} woman/women qualify."),
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
  static final Criterion VULNERABLE = new Criterion(CODE + ".VULNERABLE",
      Text.of("Janda/cerai, ditinggal suami, atau pencari nafkah utama karena suami sakit/PHK",
          "Widowed or divorced, abandoned, or main breadwinner as her husband is ill or laid off"),
      "Kepmensos 24/HUK/1996; Suara Surabaya, 27 Oct 2025 (Putri Jawara target group)",
      Text.of("Memenuhi syarat rawan sosial ekonomi: {path}.",
          "Socially and economically vulnerable: {path}."),
      Text.of("Tidak janda/cerai, tidak ditinggal suami, dan bukan pencari nafkah utama karena"
              + " suami sakit atau PHK.",
          "Neither widowed nor divorced, not abandoned, and not the main breadwinner because of"
              + " an ill or laid-off husband."),
      Text.of("Belum dapat dipastikan: data status perkawinan, ditinggal suami, atau pencari"
              + " nafkah belum lengkap.",
          "Cannot tell yet: marital status, abandonment or breadwinner facts are incomplete."));
  static final Criterion MEMBER_ALIVE = CommonCriteria.memberAlive(CODE);
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

  private static final List<Criterion> CRITERIA = List.of(COVERED_REGION, POOR_FAMILY,
      NO_EXCLUDED_OCCUPATION, NO_EARLIER_GRANT, QUALIFYING_WOMAN, FEMALE, AGE, VULNERABLE,
      MEMBER_ALIVE, RSBKW_GRADUATE);

  /** Creates the program; it holds no state. */
  public Wrse() {}

  @Override
  public ProgramInfo info() {
    return INFO;
  }

  @Override
  public List<Criterion> criteria() {
    return CRITERIA;
  }

  @Override
  public Determination assess(Evaluation ev) {
    ParameterValue<AgeBand> band = ev.param(AGE_BAND);
    ParameterValue<BenefitSchedule> regular = ev.param(BENEFIT);
    ParameterValue<Integer> max = ev.param(MAX_BENEFICIARIES);

    List<MemberResult> members = new ArrayList<>();
    List<Person> qualifying = new ArrayList<>();
    for (Person p : ev.membersByNik()) {
      MemberResult m = MemberResult.of(p.nik(), memberCriteria(ev, p, band));
      members.add(m);
      if (m.status() == Status.ELIGIBLE) {
        qualifying.add(p);
      }
    }
    List<CriterionResult> criteria = new ArrayList<>(List.of(
        CommonCriteria.coveredRegion(ev, COVERED_REGION, COVERED_REGIONS),
        CommonCriteria.registry(ev, POOR_FAMILY, REGISTRY),
        CommonCriteria.noExcludedOccupation(ev, NO_EXCLUDED_OCCUPATION),
        CommonCriteria.noEarlierGrant(ev, NO_EARLIER_GRANT, GrantType.WRSE),
        ev.summary(QUALIFYING_WOMAN, members)));

    // The head of family first: the 2018 grant and Putri Jawara both name the woman who heads it.
    qualifying.sort(Comparator.comparing(
        (Person p) -> p.relationship().orElse(null) != Relationship.HEAD).thenComparing(Person::nik));
    List<Person> paid = qualifying.subList(0, Math.min(max.value(), qualifying.size()));
    ParameterValue<BenefitSchedule> benefit = regular;
    Optional<ParameterValue<BenefitSchedule>> graduate = ev.optionalParam(RSBKW_GRADUATE_BENEFIT);
    if (paid.size() == 1 && graduate.isPresent()
        && paid.get(0).graduateOfUptRsbkw().orElse(false)) {
      benefit = graduate.get();
      criteria.add(ev.result(RSBKW_GRADUATE).fact("member", paid.get(0).nik())
          .param(graduate.get()).pass());
    }
    List<Beneficiary> beneficiaries = paid.stream().map(p -> Beneficiary.member(p.nik())).toList();
    return ev.decide(criteria, members, beneficiaries, List.of(new Benefit(benefit)));
  }

  private static List<CriterionResult> memberCriteria(Evaluation ev, Person p,
      ParameterValue<AgeBand> band) {
    CriterionResult female = p.sex().isEmpty()
        ? ev.result(FEMALE, p.nik()).unknown("sex")
        : ev.result(FEMALE, p.nik()).fact("sex", p.sex().get()).passIf(p.sex().get() == Sex.FEMALE);
    if (female.outcome() == Outcome.FAIL) {
      return List.of(female);
    }
    CriterionResult ageResult = CommonCriteria.ageInBand(ev, AGE, p, band);
    return List.of(female, ageResult, vulnerable(ev, p),
        CommonCriteria.memberAlive(ev, MEMBER_ALIVE, p));
  }

  /**
   * Three-valued "or" over the three routes into WRSE; a route that cannot apply to her (an
   * unmarried woman has no husband to be left by) counts as not taken rather than unknown.
   */
  private static CriterionResult vulnerable(Evaluation ev, Person p) {
    Evaluation.ResultBuilder b = ev.result(VULNERABLE, p.nik());
    List<String> missing = new ArrayList<>();
    Optional<MaritalStatus> marital = p.maritalStatus();
    marital.ifPresent(s -> b.fact("maritalStatus", s));
    if (marital.isPresent()
        && (marital.get() == MaritalStatus.WIDOWED || marital.get() == MaritalStatus.DIVORCED)) {
      return b.fact("path", marital.get()).pass();
    }
    if (marital.isEmpty()) {
      missing.add("maritalStatus");
    }
    boolean mayHaveHusband = marital.isEmpty() || marital.get() == MaritalStatus.MARRIED;
    if (!mayHaveHusband) {
      return missing.isEmpty() ? b.fail() : b.unknown(missing);
    }

    Optional<Boolean> abandoned = p.abandonedBySpouse();
    if (abandoned.isPresent()) {
      b.fact("abandonedBySpouse", abandoned.get());
      if (abandoned.get()) {
        return b.fact("path", "ABANDONED_BY_SPOUSE").pass();
      }
    } else {
      missing.add("abandonedBySpouse");
    }

    // Route three: main breadwinner AND (husband ill OR husband laid off), each part three-valued.
    Optional<Boolean> breadwinner = p.mainBreadwinner();
    breadwinner.ifPresent(v -> b.fact("mainBreadwinner", v));
    if (breadwinner.equals(Optional.of(false))) {
      return missing.isEmpty() ? b.fail() : b.unknown(missing);
    }
    Optional<Person> husband = husbandOf(ev, p);
    List<String> husbandMissing = new ArrayList<>(2);
    Optional<String> struck = Optional.empty();
    if (husband.isEmpty()) {
      husbandMissing.add("husband");
    } else {
      Person h = husband.get();
      if (h.chronicallyIll().orElse(false)) {
        struck = Optional.of("BREADWINNER_HUSBAND_ILL");
      } else if (h.labourShock().orElse(LabourShock.NONE) == LabourShock.LAID_OFF) {
        struck = Optional.of("BREADWINNER_HUSBAND_LAID_OFF");
      } else {
        if (h.chronicallyIll().isEmpty()) {
          husbandMissing.add("husband.chronicallyIll");
        }
        if (h.labourShock().isEmpty()) {
          husbandMissing.add("husband.labourShock");
        }
      }
    }
    if (struck.isPresent() && breadwinner.isPresent()) {
      return b.fact("path", struck.get()).pass();
    }
    if (struck.isPresent() || !husbandMissing.isEmpty()) {
      if (breadwinner.isEmpty()) {
        missing.add("mainBreadwinner");
      }
      missing.addAll(husbandMissing);
    }
    return missing.isEmpty() ? b.fail() : b.unknown(missing);
  }

  /** Her husband on the card: the spouse when she heads the family, the head when she is spouse. */
  private static Optional<Person> husbandOf(Evaluation ev, Person wife) {
    Optional<Relationship> rel = wife.relationship();
    if (rel.isEmpty()) {
      return Optional.empty();
    }
    Relationship wanted = switch (rel.get()) {
      case HEAD -> Relationship.SPOUSE;
      case SPOUSE -> Relationship.HEAD;
      default -> null;
    };
    if (wanted == null) {
      return Optional.empty();
    }
    for (Person m : ev.membersByNik()) {
      if (!m.nik().equals(wife.nik()) && m.relationship().orElse(null) == wanted
          && m.sex().orElse(Sex.MALE) == Sex.MALE) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Parameter<?>> parameters() {
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

    Text goodsLabel = Text.of("Bantuan barang usaha WRSE", "WRSE business goods");
    BenefitSchedule goods = BenefitSchedule.paid(goodsLabel, BenefitForm.GOODS,
        Rupiah.of(2_500_000), PaymentFrequency.ONCE, 1, Optional.empty());
    return List.of(
        Parameter.builder(IN_FORCE, "Whether WRSE / Putri Jawara is in force")
            .from(start).value(true).source(kranggan, kranagganUrl).source(suara, suaraUrl)
            .note("The provincial WRSE grant is first reported in 2018; Putri Jawara continues it"
                + " from 2025.")
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
            .from(putriJawara)
            .value(BenefitSchedule.paid(Text.of("Modal usaha Putri Jawara",
                    "Putri Jawara business capital"), BenefitForm.BUSINESS_CAPITAL,
                Rupiah.of(3_000_000), PaymentFrequency.ONCE, 1, Optional.of("Bank Jatim")))
            .source(suara, suaraUrl).source(mon, monUrl)
            .note("Announced in Oct 2025; that the 2025 round follows the Putri Jawara rule from"
                + " 1 Jan 2025 is an assumption of the start date.")
            .add().build(),
        Parameter.builder(RSBKW_GRADUATE_BENEFIT,
                "Business capital for a woman who graduated from UPT RSBKW Kediri")
            .from(start)
            .value(BenefitSchedule.paid(Text.of("Modal usaha lulusan UPT RSBKW Kediri",
                    "UPT RSBKW Kediri graduate business capital"), BenefitForm.BUSINESS_CAPITAL,
                Rupiah.of(5_000_000), PaymentFrequency.ONCE, 1, Optional.empty()))
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
