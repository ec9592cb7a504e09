package id.bansos.rules.program.aspd;

import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Outcome;
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
 * ASPD (Asistensi Sosial Penyandang Disabilitas): the province's cash aid for people with a
 * severe disability, since 2019. See {@code programs.md} §5.
 *
 * <p>The provincial criteria were not found; the defaults follow the national ASPDB and are
 * marked inferred: a severe disability that needs help with daily living and cannot be
 * rehabilitated, age 2–59, from a poor family (registered in DTKS before 2025, DTSEN desil 1–4
 * from 2025), no member in an excluded occupation, living in Jawa Timur. Each qualifying member
 * benefits. The ASPDB's "cannot support themselves and has no fixed income" is not a criterion of
 * its own: no fact records a fixed income, and the register test (a poor family) stands for it.
 * Cash: Rp300,000 a month (2019–2021 inferred from the national ASPDB, paid as it was in three
 * tahap of Rp1.2 juta; 2022 monthly, with a Rp150,000 fuel top-up Sep–Dec 2022), then Rp900,000
 * per tahap four times a year; from 2026 also a wheelchair for those recorded as needing one.
 *
 * <p><b>Who pays.</b> The provincial budget ({@link Funder#APBD_PROVINSI}), cash and wheelchair
 * alike: ASPD is Dinsos Jatim's program, Rp14.4 bn for 4,000 PM up to 2024 and Rp16.7 bn in 2026,
 * and the Kabid Rehsos of Dinsos Jatim announced the wheelchair (programs.md §5).
 */
public final class Aspd {

  /** Program code. */
  public static final String CODE = "ASPD";

  /**
   * Member fact: whether the kabupaten/kota data record that the person needs a wheelchair (kursi
   * roda). Recorded with {@code Person.builder().putExtensions(NEEDS_WHEELCHAIR, true)}; in JSON,
   * {@code "extensions": {"needsWheelchair": true}} on the person.
   */
  public static final ExtensionKey<Boolean> NEEDS_WHEELCHAIR =
      ExtensionKey.ofBoolean("needsWheelchair").labelled(
          "perlu kursi roda", "needs a wheelchair");

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("ASPD.IN_FORCE", Boolean.class);
  /** Age band of the beneficiary. */
  public static final ParameterKey<AgeBand> AGE_BAND =
      ParameterKey.required("ASPD.AGE_BAND", AgeBand.class);
  /** What the register must say of the family. */
  public static final ParameterKey<RegistryRule> REGISTRY =
      ParameterKey.required("ASPD.REGISTRY", RegistryRule.class);
  /** Regions covered. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("ASPD.COVERED_REGIONS", CoveredRegions.class);
  /** The cash benefit. */
  public static final ParameterKey<BenefitSchedule> CASH =
      ParameterKey.required("ASPD.CASH", BenefitSchedule.class);
  /** The Sep–Dec 2022 fuel-price top-up; not applicable outside its period. */
  public static final ParameterKey<BenefitSchedule> FUEL_TOP_UP =
      ParameterKey.optional("ASPD.FUEL_TOP_UP", BenefitSchedule.class);
  /** The wheelchair in kind; not applicable outside its period. */
  public static final ParameterKey<BenefitSchedule> WHEELCHAIR =
      ParameterKey.optional("ASPD.WHEELCHAIR", BenefitSchedule.class);

  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota penyandang disabilitas berat yang memenuhi syarat",
          "A member with a severe disability qualifies"),
      "Antara, 15 Dec 2023; Suara Surabaya, 9 Feb 2026",
      Text.of("{qualifying} anggota memenuhi syarat.", "Members who qualify: {qualifying}."),
      Text.of("Tidak ada anggota dengan disabilitas berat yang memenuhi syarat.",
          "No member with a severe disability qualifies."),
      Text.of("Belum dapat dipastikan apakah ada anggota yang memenuhi syarat.",
          "Cannot yet tell whether a member qualifies."));
  static final Criterion SEVERE_DISABILITY = new Criterion(CODE + ".SEVERE_DISABILITY",
      Text.of("Penyandang disabilitas berat", "Has a severe disability"),
      "Kemensos ASPDB criteria (Kemenko PMK, 23 Sep 2019); UU 8/2016",
      Text.of("Tercatat disabilitas berat ({kind}).", "A severe disability is recorded ({kind})."),
      Text.of("Tidak tercatat disabilitas berat.", "No severe disability is recorded."),
      Text.of("Disabilitas, rinciannya, atau tingkat keparahannya belum tercatat.",
          "The disability, its details or its severity are not recorded."));
  static final Criterion NEEDS_DAILY_HELP = new Criterion(CODE + ".NEEDS_DAILY_HELP",
      Text.of("Membutuhkan bantuan untuk kegiatan sehari-hari", "Needs help with daily living"),
      "Kemensos ASPDB criteria (Kemenko PMK, 23 Sep 2019)",
      Text.of("Tidak dapat makan, minum, atau mandi tanpa bantuan.",
          "Cannot eat, drink or bathe without help."),
      Text.of("Dapat melakukan kegiatan sehari-hari sendiri.", "Manages daily living unaided."),
      Text.of("Belum tercatat apakah membutuhkan bantuan sehari-hari.",
          "Not recorded whether help with daily living is needed."));
  static final Criterion NOT_REHABILITABLE = new Criterion(CODE + ".NOT_REHABILITABLE",
      Text.of("Disabilitas tidak dapat direhabilitasi", "The disability cannot be rehabilitated"),
      "Kemensos ASPDB criteria (Kemenko PMK, 23 Sep 2019)",
      Text.of("Disabilitas tidak dapat direhabilitasi.", "The disability cannot be rehabilitated."),
      Text.of("Disabilitas dapat direhabilitasi; rujukan rehabilitasi lebih tepat.",
          "The disability can be rehabilitated; a rehabilitation referral fits better."),
      Text.of("Belum tercatat apakah disabilitas dapat direhabilitasi.",
          "Not recorded whether the disability can be rehabilitated."));
  static final Criterion AGE_IN_BAND = new Criterion(CODE + ".AGE_IN_BAND",
      Text.of("Usia dalam rentang {AGE_BAND} tahun", "Aged {AGE_BAND}"),
      "National ASPDB age band (Kemenko PMK, 23 Sep 2019), inferred for the province",
      Text.of("Berusia {age} tahun, dalam rentang {AGE_BAND}.", "Aged {age}, within {AGE_BAND}."),
      Text.of("Berusia {age} tahun, di luar rentang {AGE_BAND}.", "Aged {age}, outside {AGE_BAND}."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Asistensi Sosial Penyandang Disabilitas (ASPD)",
          "Social assistance for persons with severe disabilities (ASPD)"),
      Text.of("Bantuan tunai provinsi bagi penyandang disabilitas berat.",
          "The province's cash aid for people with a severe disability."),
      BeneficiaryUnit.MEMBER,
      "Provincial basis not found; national UU 8/2016, PP 52/2019 (programs.md §5)",
      IN_FORCE);

  private static final Program PROGRAM = declare();

  private Aspd() {}

  /**
   * The program.
   *
   * @return the shared, immutable program
   */
  public static Program program() {
    return PROGRAM;
  }

  private static Optional<Disability> candidate(List<Disability> disabilities) {
    Disability unknown = null;
    for (Disability d : disabilities) {
      if (d.severity().isEmpty()) {
        unknown = unknown == null ? d : unknown;
      } else if (d.severity().get() == DisabilitySeverity.SEVERE) {
        return Optional.of(d);
      }
    }
    return Optional.ofNullable(unknown);
  }

  private static Program declare() {
    Program.Builder b = Program.builder(INFO).parameters(parameters())
        .extensionFacts(NEEDS_WHEELCHAIR);
    Param<AgeBand> band = b.param(AGE_BAND);
    Param<BenefitSchedule> cash = b.param(CASH);
    Param<BenefitSchedule> fuel = b.param(FUEL_TOP_UP);
    Param<BenefitSchedule> wheelchair = b.param(WHEELCHAIR);
    b.member(AGE_IN_BAND, CommonCriteria.ageInBand(band), band);
    // Severe when a severe disability is recorded; not severe when every recorded disability
    // has a lesser severity or none is recorded; unknown when a disability is recorded without
    // its details or severity.
    b.memberGate(SEVERE_DISABILITY, Check.outcome((m, r) -> {
      List<Disability> recorded = m.person().disabilities();
      if (recorded.isEmpty()) {
        Optional<Boolean> has = r.find(m, Facts.HAS_DISABILITY);
        if (has.isEmpty()) {
          return r.absent(m, Facts.HAS_DISABILITY);
        }
        if (!has.get()) {
          return Outcome.FAIL;
        }
      }
      Optional<Disability> d = candidate(recorded);
      if (d.isEmpty()) {
        if (recorded.isEmpty()) {
          return r.absent(m, Facts.DISABILITIES);
        }
        return Outcome.FAIL;
      }
      r.show("kind", d.get().kind());
      if (d.get().severity().isEmpty()) {
        return r.absent(m, "disabilities.severity");
      }
      return Outcome.PASS;
    }, "kind"));
    b.member(NEEDS_DAILY_HELP, Check.outcome((m, r) -> {
      Optional<Disability> d = candidate(m.person().disabilities());
      if (d.isEmpty()) {
        return r.absent(m, Facts.DISABILITIES);
      }
      Optional<Boolean> v = d.get().needsHelpWithDailyLiving();
      if (v.isEmpty()) {
        return r.absent(m, "disabilities.needsHelpWithDailyLiving");
      }
      r.show("needsHelpWithDailyLiving", v.get());
      return v.get() ? Outcome.PASS : Outcome.FAIL;
    }, "needsHelpWithDailyLiving"));
    b.member(NOT_REHABILITABLE, Check.outcome((m, r) -> {
      Optional<Disability> d = candidate(m.person().disabilities());
      if (d.isEmpty()) {
        return r.absent(m, Facts.DISABILITIES);
      }
      Optional<Boolean> v = d.get().rehabilitable();
      if (v.isEmpty()) {
        return r.absent(m, "disabilities.rehabilitable");
      }
      r.show("rehabilitable", v.get());
      return v.get() ? Outcome.FAIL : Outcome.PASS;
    }, "rehabilitable"));
    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    CommonCriteria.registry(b, REGISTRY);
    CommonCriteria.noExcludedOccupation(b);
    CommonCriteria.recipientNotExcluded(b);
    b.qualifying(QUALIFYING_MEMBER);
    return b.award((h, qualifying, r, g) -> {
      for (Member m : qualifying) {
        g.member(m);
      }
      g.benefit(cash).benefit(fuel);
      for (Member m : qualifying) {
        if (m.person().extension(NEEDS_WHEELCHAIR).orElse(false)) {
          g.benefitFor(m, wheelchair);
        }
      }
    }).build();
  }

  private static List<Parameter<?>> parameters() {
    LocalDate start = LocalDate.of(2019, 1, 1);
    String aspdb = "Kemenko PMK rakor, 23 Sep 2019: national ASPDB criteria (age 2-59,"
        + " Rp300,000 a month)";
    String aspdbUrl = "https://seputarbirokrasi.com/664/";
    String dinsos2022 = "Dinsos Jatim, 23 Sep 2022: ASPD Rp300,000 a month plus Rp150,000 fuel"
        + " top-up Sep-Dec 2022";
    String dinsos2022Url = "https://dinsos.jatimprov.go.id/web/public/berita/5658/show";
    String suara = "Suara Surabaya, 9 Feb 2026: 4,640 recipients, Rp900,000 per tahap, wheelchair";
    String suaraUrl = "https://www.suarasurabaya.net/kelanakota/2026/kuota-bansos-disabilitas-di-jatim-bertambah-jadi-4-640-orang-senilai-16-miliar-per-tahun";
    String kredo = "Kredonews Jombang, Oct 2025: Rp900,000 per three months";
    String kredoUrl = "https://kredonews.com/sebanyak-106-dari-866-disabilitas-jombang-terima-bantuan-rp-900-000-tiga-bulan";
    Text cashLabel = Text.of("Bantuan tunai ASPD", "ASPD cash assistance");
    Optional<String> bankJatim = Optional.of("Bank Jatim");
    BenefitSchedule wheelchair = BenefitSchedule.inKind(Text.of("Kursi roda", "Wheelchair"),
        BenefitForm.IN_KIND, Funder.APBD_PROVINSI);
    return List.of(
        Parameter.builder(IN_FORCE, "Whether ASPD is in force")
            .from(start).to(LocalDate.of(2026, 12, 31)).value(true)
            .source("Dinsos Jatim, 9 Jul 2025: ASPD running since 2019",
                "http://www.dinsos.jatimprov.go.id/detail-berita-publik/buka-langsung-capacity-building-pendamping-disabilitas-kepala-dinsos-jatim-perkuat-komitmen-perlindungan-terhadap-disabilitas")
            .source(suara, suaraUrl)
            .note("Reported running since 2019; the 2026 quota is the last report.")
            .add()
            .from(LocalDate.of(2027, 1, 1)).value(true).confidence(Confidence.ASSUMED)
            .source(suara, suaraUrl)
            .note("No source reports ASPD after 2026; it is assumed to continue until one does.")
            .add().build(),
        Parameter.builder(AGE_BAND, "Age band in years of the beneficiary (inclusive)")
            .from(start).value(new AgeBand(2, 59)).confidence(Confidence.INFERRED)
            .source(aspdb, aspdbUrl)
            .note("The provincial age band was not found; the national ASPDB band is used.")
            .add().build(),
        Parameter.builder(REGISTRY, "What the national register must say of the family")
            .from(start).to(LocalDate.of(2024, 12, 31)).value(RegistryRule.registered())
            .confidence(Confidence.INFERRED)
            .source(aspdb, aspdbUrl)
            .note("ASPDB requires a poor family and a person who cannot support themselves, with no"
                + " fixed income; registration in DTKS is the inferred test of both, since no"
                + " fact records a fixed income.")
            .add()
            .from(LocalDate.of(2025, 1, 1)).value(RegistryRule.desilAtMost(4))
            .confidence(Confidence.INFERRED)
            .source("Selalukabar, 2025: BPS deciles; bansos generally target desil 1-4",
                "https://selalukabar.com/bps-jelaskan-metode-pengelompokan-kesejahteraan-melalui-sistem-desil-145417.html")
            .note("No decile bound was found for ASPD; desil 1-4 is the general bansos target. It"
                + " also stands for the ASPDB's \"no fixed income\", which no fact records.")
            .add().build(),
        Parameter.builder(COVERED_REGIONS, "Regions where ASPD is paid")
            .from(start).value(CoveredRegions.exactly("35")).confidence(Confidence.INFERRED)
            .source(suara, suaraUrl)
            .note("Recipients are proposed by the kab/kota governments and quotas are allocated per"
                + " kab/kota (the 2025 addition went to 26 of them); no source lists them, so the"
                + " whole province is covered by inference.")
            .add().build(),
        Parameter.builder(CASH, "ASPD cash benefit per beneficiary")
            .from(start).to(LocalDate.of(2021, 12, 31))
            .value(BenefitSchedule.paid(cashLabel, BenefitForm.CASH, Rupiah.of(1_200_000),
                PaymentFrequency.PER_TAHAP, 3, Optional.empty(), Funder.APBD_PROVINSI))
            .confidence(Confidence.INFERRED).source(aspdb, aspdbUrl)
            .note("The 2019-2021 provincial amount was not found; the national ASPDB is used:"
                + " Rp300,000 a month for a year, equal to the 2022 provincial rate, paid in three"
                + " tahap of Rp1.2 juta as the ASPDB paid it.")
            .add()
            .from(LocalDate.of(2022, 1, 1)).to(LocalDate.of(2022, 12, 31))
            .value(BenefitSchedule.paid(cashLabel, BenefitForm.CASH, Rupiah.of(300_000),
                PaymentFrequency.MONTHLY, 12, Optional.empty(), Funder.APBD_PROVINSI))
            .source(dinsos2022, dinsos2022Url).add()
            .from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2024, 12, 31))
            .value(BenefitSchedule.paid(cashLabel, BenefitForm.CASH, Rupiah.of(900_000),
                PaymentFrequency.PER_TAHAP, 4, bankJatim, Funder.APBD_PROVINSI))
            .confidence(Confidence.INFERRED).source(suara, suaraUrl)
            .note("Up to 2024: 4,000 recipients, Rp14.4 bn = Rp3.6 juta each; the quarterly"
                + " cadence is inferred from 2025.")
            .add()
            .from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2026, 12, 31))
            .value(BenefitSchedule.paid(cashLabel, BenefitForm.CASH, Rupiah.of(900_000),
                PaymentFrequency.PER_TAHAP, 4, bankJatim, Funder.APBD_PROVINSI))
            .source(suara, suaraUrl).source(kredo, kredoUrl)
            .note("Confirmed for 2025-2026 only; later years have no value until one is published.")
            .add().build(),
        Parameter.builder(FUEL_TOP_UP, "Fuel-price top-up per beneficiary")
            .from(LocalDate.of(2022, 9, 1)).to(LocalDate.of(2022, 12, 31))
            .value(BenefitSchedule.paid(Text.of("Tambahan BBM", "Fuel-price top-up"),
                BenefitForm.CASH, Rupiah.of(150_000), PaymentFrequency.MONTHLY, 4, Optional.empty(),
                Funder.APBD_PROVINSI))
            .source(dinsos2022, dinsos2022Url).add().build(),
        Parameter.builder(WHEELCHAIR, "Wheelchair in kind for beneficiaries recorded as needing one")
            .from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 12, 31))
            .value(wheelchair).source(suara, suaraUrl)
            .note("Given from kab/kota data to each beneficiary recorded as needing one.")
            .add()
            .from(LocalDate.of(2027, 1, 1)).value(wheelchair).confidence(Confidence.ASSUMED)
            .source(suara, suaraUrl)
            .note("Announced for 2026; assumed to continue until a later source says otherwise.")
            .add().build());
  }
}
