package id.bansos.rules.program.ldp;

import id.bansos.rules.EngineParameters;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.money.Rupiah;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Check;
import id.bansos.rules.Criterion;
import id.bansos.rules.FactKey;
import id.bansos.rules.Funder;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.rules.Outcome;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Recorder;
import id.bansos.rules.Snapshot;
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
 * LDP (Layanan Dukungan Psikososial, "Gerakan LDP Anak dalam Keluarga Korban Covid-19"): support
 * for children who lost one or both parents to Covid-19. See {@code programs.md} §2 and §15.
 *
 * <p>The rule, per child: under {@link id.bansos.rules.EngineParameters#CHILD_AGE_LIMIT} (18) years old, and the
 * father and/or the mother died of Covid-19 on a date within the Covid period (from {@link
 * #COVID_PERIOD_START}) and on or before the assessment date. The family lives in Jawa Timur. A
 * parent whose status, cause of death or date of death is not recorded makes the child UNKNOWN,
 * never NOT_ELIGIBLE: a Covid death needs a death certificate or hospital letter, and its absence
 * from the record is not evidence of another cause.
 *
 * <p>The result of {@code LDP_COVID_ORPHAN.PARENT_LOST_TO_COVID} reports, as facts, whether the
 * child is yatim, piatu or yatim piatu ({@link OrphanKind}, counting every parent recorded as
 * deceased), which parent(s) died of Covid-19, and whether the child has a capable carer. The
 * other priority the program names, a poor family, is a fact of the household, so an eligible
 * determination reports it in {@code LDP_COVID_ORPHAN.POOR_FAMILY}. Priorities are for the field
 * workers, not conditions of the provincial support, so they never change the status.
 *
 * <p><b>Benefits.</b> Psychosocial support, a service, and a food package (sembako) given at first
 * contact, from the launch on. In October to December 2021 the national Kemensos companion cash
 * (ATENSI YAPI) was paid too: Rp200,000 a month for a school child and Rp300,000 for a child not
 * yet in school. This implementation reads "not yet in school" as {@link
 * SchoolLevel#NOT_IN_SCHOOL} or {@link SchoolLevel#EARLY_CHILDHOOD}; every other level is
 * "school". While the companion cash is paid, a child whose school level is not recorded is
 * UNKNOWN (criterion {@code LDP_COVID_ORPHAN.SCHOOL_LEVEL}), because the amount cannot be decided;
 * outside that period the criterion passes without reading anything.
 *
 * <p>The Kemensos companion cash targets poor families; the provincial support does not. The
 * companion cash is therefore granted only when the register shows the family as poor ({@link
 * #COMPANION_REGISTRY}: registered in DTKS, an inference), and {@code LDP_COVID_ORPHAN.POOR_FAMILY}
 * says whether it applied and why. A register that was not checked withholds the companion cash
 * but leaves the household ELIGIBLE for the psychosocial support.
 *
 * <p>The province also gave a "bantuan spesifik" ({@link #SPECIFIC_AID}) to the children it
 * reached; neither its amount nor its form was found, so it is a benefit whose amount is not known
 * ({@link BenefitSchedule#isAmountUnknown()}): every qualifying child receives it, and the totals
 * that include it are lower bounds that say so, never Rp0.
 *
 * <p><b>Who pays.</b> The psychosocial support, the food package and the bantuan spesifik are
 * Dinsos Jatim's, paid from the provincial budget ({@link Funder#APBD_PROVINSI}; programs.md §2:
 * "launched by Dinsos Jatim", Blitar's 85 children aided "from the province"); the companion cash
 * is Kemensos's ATENSI YAPI, paid from the national budget ({@link Funder#APBN}).
 *
 * <p><b>Beneficiary.</b> Each qualifying child is a beneficiary and receives each benefit as its
 * own recipient, since children of one family can receive different companion amounts; this keeps
 * the yearly total exact.
 */
public final class CovidOrphanSupport {

  /** Program code. */
  public static final String CODE = "LDP_COVID_ORPHAN";

  /**
   * Member fact: for a child, whether a capable relative cares for them (shown with a decision as
   * {@code priority.hasCapableCarer}). Recorded with {@code
   * Person.builder().putExtensions(HAS_CAPABLE_CARER, true)}; in JSON, {@code "extensions":
   * {"hasCapableCarer": true}} on the person.
   */
  public static final ExtensionKey<Boolean> HAS_CAPABLE_CARER =
      ExtensionKey.ofBoolean("hasCapableCarer").labelled(
          "ada pengasuh yang mampu", "has a capable carer");

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("LDP_COVID_ORPHAN.IN_FORCE", Boolean.class);
  /** The province whose children the program serves. */
  public static final ParameterKey<CoveredRegions> COVERED_REGIONS =
      ParameterKey.required("LDP_COVID_ORPHAN.COVERED_REGIONS", CoveredRegions.class);
  /** First day on which a parent's death can count as a Covid-19 death. */
  public static final ParameterKey<LocalDate> COVID_PERIOD_START =
      ParameterKey.required("LDP_COVID_ORPHAN.COVID_PERIOD_START", LocalDate.class);
  /** Psychosocial support, a service. */
  public static final ParameterKey<BenefitSchedule> PSYCHOSOCIAL_SUPPORT =
      ParameterKey.required("LDP_COVID_ORPHAN.PSYCHOSOCIAL_SUPPORT", BenefitSchedule.class);
  /** Kemensos companion cash for a school child; no value outside its payment period. */
  public static final ParameterKey<BenefitSchedule> COMPANION_SCHOOL =
      ParameterKey.optional("LDP_COVID_ORPHAN.COMPANION_SCHOOL", BenefitSchedule.class);
  /** Kemensos companion cash for a child not yet in school; no value outside its period. */
  public static final ParameterKey<BenefitSchedule> COMPANION_PRESCHOOL =
      ParameterKey.optional("LDP_COVID_ORPHAN.COMPANION_PRESCHOOL", BenefitSchedule.class);
  /**
   * Kemensos companion cash for a child recorded as not in school ({@code NOT_IN_SCHOOL}), who
   * may be too young for school or may have left it: the sources give one rate for a child not
   * yet in school and one for a school child, none for a child of school age out of school. By
   * default the not-yet-in-school rate, INFERRED; a catalog may give the school child's.
   */
  public static final ParameterKey<BenefitSchedule> COMPANION_NOT_ENROLLED =
      ParameterKey.optional("LDP_COVID_ORPHAN.COMPANION_NOT_ENROLLED", BenefitSchedule.class);
  /**
   * What the register must say of the family for the Kemensos companion cash; when it has no
   * value, the companion cash (where paid) has no poverty condition.
   */
  public static final ParameterKey<RegistryRule> COMPANION_REGISTRY =
      ParameterKey.optional("LDP_COVID_ORPHAN.COMPANION_REGISTRY", RegistryRule.class);
  /**
   * The provincial "bantuan spesifik" per child, of an amount not known; none when not in force.
   */
  public static final ParameterKey<BenefitSchedule> SPECIFIC_AID =
      ParameterKey.optional("LDP_COVID_ORPHAN.SPECIFIC_AID", BenefitSchedule.class);
  /** The food package (sembako) given in kind at first contact; none when not in force. */
  public static final ParameterKey<BenefitSchedule> FOOD_PACKAGE =
      ParameterKey.optional("LDP_COVID_ORPHAN.FOOD_PACKAGE", BenefitSchedule.class);

  static final Criterion QUALIFYING_CHILD = new Criterion(CODE + ".QUALIFYING_CHILD",
      Text.of("Ada anak yang kehilangan orang tua karena Covid-19",
          "A child lost a parent to Covid-19"),
      "TIMES Jatim; Kumparan, 4 Aug 2021 (programs.md §2)",
      Text.of("{qualifying} anak memenuhi syarat.", "{qualifying} child(ren) qualify."),
      Text.of("Tidak ada anak yang kehilangan orang tua karena Covid-19.",
          "No child lost a parent to Covid-19."),
      Text.of("Belum dapat dipastikan apakah ada anak yang kehilangan orang tua karena Covid-19.",
          "Cannot yet tell whether a child lost a parent to Covid-19."));
  static final Criterion CHILD = new Criterion(CODE + ".CHILD",
      Text.of("Berusia di bawah {CHILD_AGE_LIMIT} tahun", "Aged under {CHILD_AGE_LIMIT}"),
      "UU 23/2002 as amended by UU 35/2014, Pasal 1",
      Text.of("Berusia {age} tahun, di bawah {CHILD_AGE_LIMIT} tahun.",
          "Aged {age}, under {CHILD_AGE_LIMIT}."),
      Text.of("Berusia {age} tahun; bukan anak lagi.", "Aged {age}; no longer a child."),
      Text.of("Tanggal lahir belum tercatat.", "The birth date is not recorded."));
  static final Criterion PARENT_LOST_TO_COVID = new Criterion(CODE + ".PARENT_LOST_TO_COVID",
      Text.of("Ayah dan/atau ibu meninggal karena Covid-19",
          "Father and/or mother died of Covid-19"),
      "TIMES Jatim; Kumparan, 4 Aug 2021; hospital letter as evidence (Ihram)",
      Text.of("Anak {orphanKind}; meninggal karena Covid-19: {covidLoss}.",
          "The child is {orphanKind}; died of Covid-19: {covidLoss}."),
      Text.of("Tidak ada orang tua yang tercatat meninggal karena Covid-19 sejak"
              + " {COVID_PERIOD_START}.",
          "No parent is recorded as having died of Covid-19 since {COVID_PERIOD_START}."),
      Text.of("Status, sebab atau tanggal kematian orang tua belum tercatat.",
          "A parent's status, cause or date of death is not recorded."));
  static final Criterion SCHOOL_LEVEL = new Criterion(CODE + ".SCHOOL_LEVEL",
      Text.of("Jenjang sekolah tercatat (menentukan besaran pendampingan)",
          "School level recorded (decides the companion amount)"),
      "Radar Madiun, 20 Nov 2021; Seru.co.id, 25 Aug 2021",
      Text.of("Jenjang sekolah {schoolLevel}.", "School level {schoolLevel}."),
      Text.of("Tidak dipakai.", "Not used."),
      Text.of("Jenjang sekolah belum tercatat; besaran pendampingan belum dapat ditentukan.",
          "The school level is not recorded; the companion amount cannot be decided."));
  static final Criterion POOR_FAMILY = new Criterion(CODE + ".POOR_FAMILY",
      Text.of("Keluarga miskin (terdaftar di DTKS/DTSEN): prioritas LDP, syarat pendampingan"
              + " ATENSI YAPI",
          "Poor family (registered in DTKS/DTSEN): an LDP priority, a condition of the ATENSI"
              + " YAPI companion cash"),
      "Radar Madiun, 20 Nov 2021; Seru.co.id, 25 Aug 2021; TIMES Jatim (programs.md §2)",
      Text.of("Keluarga terdaftar sebagai miskin: {priority.poorFamily}. Pendampingan ATENSI"
              + " YAPI: {companion}.",
          "Family registered as poor: {priority.poorFamily}. ATENSI YAPI companion cash:"
              + " {companion}."),
      Text.of("Tidak dipakai.", "Not used."),
      Text.of("Tidak dipakai.", "Not used."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("LDP anak korban Covid-19", "Psychosocial support for Covid-19 orphans"),
      Text.of("Dukungan psikososial bagi anak yang kehilangan ayah dan/atau ibu karena Covid-19.",
          "Psychosocial support for children who lost a father and/or mother to Covid-19."),
      BeneficiaryUnit.MEMBER,
      "Pergub not found; launch of Gerakan LDP, 3 Aug 2021 (programs.md §2); UU 35/2014",
      IN_FORCE);

  private static final Text UNKNOWN = Text.of("belum diketahui", "unknown");
  private static final Text SCHOOL_LEVEL_NOT_NEEDED = Text.of(
      "tidak diperlukan karena pendampingan ATENSI YAPI tidak dibayarkan pada tanggal ini",
      "not needed, as no ATENSI YAPI companion cash is paid on the date");

  private static final Program PROGRAM = declare();

  private CovidOrphanSupport() {}

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
        .extensionFacts(HAS_CAPABLE_CARER);
    Param<Integer> childLimit = b.param(EngineParameters.CHILD_AGE_LIMIT);
    Param<LocalDate> covidStart = b.param(COVID_PERIOD_START);
    Param<BenefitSchedule> support = b.param(PSYCHOSOCIAL_SUPPORT);
    Param<BenefitSchedule> food = b.param(FOOD_PACKAGE);
    Param<BenefitSchedule> specific = b.param(SPECIFIC_AID);
    Param<BenefitSchedule> school = b.param(COMPANION_SCHOOL);
    Param<BenefitSchedule> preschool = b.param(COMPANION_PRESCHOOL);
    Param<BenefitSchedule> notEnrolled = b.param(COMPANION_NOT_ENROLLED);
    Param<RegistryRule> companionRegistry = b.param(COMPANION_REGISTRY);

    CommonCriteria.coveredRegion(b, COVERED_REGIONS);
    b.qualifying(QUALIFYING_CHILD);
    // An adult's own parents are irrelevant; asking for them would only add noise.
    b.memberGate(CHILD, CommonCriteria.ageBelow(childLimit), childLimit);
    // One parent lost to Covid decides; otherwise the child stays UNKNOWN while either
    // parent's status, cause or date of death is missing.
    b.member(PARENT_LOST_TO_COVID, Check.allOf(
        Check.anyOf(lostToCovid(Facts.FATHER, covidStart), lostToCovid(Facts.MOTHER, covidStart)),
        Check.test((m, r) -> {
          describeLoss(m, r, r.value(covidStart));
          return true;
        },
            "orphanKind", "covidLoss", "priority.hasCapableCarer")), covidStart);
    b.member(SCHOOL_LEVEL, Check.test((m, r) -> {
      if (!companionPaid(r, school, preschool)) {
        r.show("schoolLevel", SCHOOL_LEVEL_NOT_NEEDED);
        return true;
      }
      r.get(m, Facts.SCHOOL_LEVEL);
      return true;
    }, "schoolLevel"), school, preschool);
    b.reports(POOR_FAMILY, List.of("priority.poorFamily", "companion"), companionRegistry);

    return b.award((h, qualifying, r, g) -> {
      boolean companion = companionApplies(h, r, companionPaid(r, school, preschool),
          companionRegistry);
      g.report(POOR_FAMILY);
      for (Member m : qualifying) {
        g.member(m).benefitFor(m, support).benefitFor(m, food).benefitFor(m, specific);
        if (companion) {
          SchoolLevel level = m.person().schoolLevel().orElseThrow();
          g.benefitFor(m, level == SchoolLevel.EARLY_CHILDHOOD ? preschool
              : level != SchoolLevel.NOT_IN_SCHOOL ? school
              : r.parameter(notEnrolled).isPresent() ? notEnrolled : preschool);
        }
      }
    }).build();
  }

  /** The companion cash is paid only while both of its amounts are in force. */
  private static boolean companionPaid(Recorder r, Param<BenefitSchedule> school,
      Param<BenefitSchedule> preschool) {
    return r.parameter(school).isPresent() && r.parameter(preschool).isPresent();
  }

  /**
   * Whether the family receives the companion cash, shown with the reason and the poor-family
   * priority. Never UNKNOWN: an unchecked register withholds only the companion cash, not the
   * provincial support.
   */
  private static boolean companionApplies(Snapshot h, Recorder r, boolean paid,
      Param<RegistryRule> param) {
    Optional<RegistryStatus> status = h.registry();
    r.show("priority.poorFamily", status.<Object>map(RegistryStatus::registered).orElse(UNKNOWN));
    if (!paid) {
      r.show("companion", Text.of("tidak dibayarkan pada tanggal ini",
          "not paid on the date"));
      return false;
    }
    Optional<RegistryRule> rule = r.valueIfInForce(param);
    if (rule.isEmpty()) {
      r.show("companion", Text.of("diberikan; tidak ada syarat register yang berlaku",
          "granted; no register condition is in force"));
      return true;
    }
    if (status.isEmpty()) {
      r.show("companion", Text.of("tidak diberikan karena register belum dicek; diberikan bila"
              + " register menunjukkan keluarga miskin",
          "not granted, as the register was not checked; granted once it shows the family as"
              + " poor"));
      return false;
    }
    RegistryStatus s = status.get();
    if (!s.registered()) {
      r.show("companion", Text.of(
          "tidak diberikan karena keluarga tidak terdaftar di " + s.register(),
          "not granted, as the family is not registered in " + s.register()));
      return false;
    }
    Optional<Integer> bound = rule.get().maxDesil();
    if (bound.isPresent() && s.desil().isEmpty()) {
      r.show("companion", Text.of("tidak diberikan karena desil belum diketahui",
          "not granted, as the desil is not known"));
      return false;
    }
    if (bound.isPresent() && !s.desil().get().isAtMost(bound.get())) {
      r.show("companion", Text.of("tidak diberikan karena desil " + s.desil().get().value()
              + " di atas batas " + bound.get(),
          "not granted, as desil " + s.desil().get().value() + " is above the bound "
              + bound.get()));
      return false;
    }
    r.show("companion", Text.of("diberikan kepada setiap anak yang memenuhi syarat",
        "granted to each qualifying child"));
    return true;
  }

  /** How a parent's record bears on a Covid-19 loss on the date. */
  private enum Loss { COVID, NOT_COVID, CAUSE_MISSING, DEATH_DATE_MISSING }

  private static Loss loss(ParentStatus s, LocalDate date, LocalDate covidStart) {
    if (s.alive() || s.deathDate().map(d -> d.isAfter(date)).orElse(false)) {
      return Loss.NOT_COVID;
    }
    if (s.cause().isEmpty()) {
      return Loss.CAUSE_MISSING;
    }
    if (s.cause().get() != DeathCause.COVID_19) {
      return Loss.NOT_COVID;
    }
    if (s.deathDate().isEmpty()) {
      return Loss.DEATH_DATE_MISSING;
    }
    return s.deathDate().get().isBefore(covidStart) ? Loss.NOT_COVID : Loss.COVID;
  }

  /** Whether {@code parent} died of Covid-19 in the Covid period, by the date. */
  private static Check<Member> lostToCovid(FactKey<Member, ParentStatus> parent,
      Param<LocalDate> covidStart) {
    String name = parent.name();
    // The parent's status is recorded (read into the explanation), then decides.
    Check<Member> recorded = Check.fact(parent, status -> true);
    return Check.given(recorded, Check.outcome((m, r) ->
        switch (loss(parent.read(m).orElseThrow(), r.date(), r.value(covidStart))) {
          case COVID -> Outcome.PASS;
          case NOT_COVID -> Outcome.FAIL;
          case CAUSE_MISSING -> r.absent(m, name + ".cause");
          case DEATH_DATE_MISSING -> r.absent(m, name + ".deathDate");
        }));
  }

  private static boolean lost(Optional<ParentStatus> status, LocalDate date, LocalDate start) {
    return status.isPresent() && loss(status.get(), date, start) == Loss.COVID;
  }

  private static boolean deceasedBy(Optional<ParentStatus> status, LocalDate date) {
    return status.map(s -> !s.alive() && s.deathDate().map(d -> !d.isAfter(date)).orElse(true))
        .orElse(false);
  }

  /**
   * Shows the orphan kind, which parent(s) Covid-19 took, and the carer priority, when a parent
   * was lost to Covid-19; the parents' check alone decides the outcome. These
   * values only describe the child: a parent not recorded counts as not deceased here.
   */
  private static void describeLoss(Member m, Recorder r, LocalDate covidStart) {
    LocalDate date = r.date();
    boolean father = lost(m.person().father(), date, covidStart);
    boolean mother = lost(m.person().mother(), date, covidStart);
    if (!father && !mother) {
      return;
    }
    boolean fatherDead = deceasedBy(m.person().father(), date);
    boolean motherDead = deceasedBy(m.person().mother(), date);
    r.show("orphanKind", fatherDead && motherDead ? OrphanKind.YATIM_PIATU
        : fatherDead ? OrphanKind.YATIM : OrphanKind.PIATU);
    r.show("covidLoss", father && mother ? Text.of("ayah dan ibu", "father and mother")
        : father ? Text.of("ayah", "father") : Text.of("ibu", "mother"));
    r.show("priority.hasCapableCarer",
        m.person().extension(HAS_CAPABLE_CARER).<Object>map(v -> v).orElse(UNKNOWN));
  }

  private static List<Parameter<?>> parameters() {
    LocalDate launch = LocalDate.of(2021, 8, 3);
    String times = "TIMES Jatim: program LDP, Dinsos Jatim support for children who lost parents"
        + " to Covid-19";
    String timesUrl = "https://jatim.times.co.id/news/berita/c3pg5dyrhk/program-ldp-dukungan-dinsos-jatim-kepada-anak-yang-kehilangan-orang-tua-karena-covid19";
    String kumparan = "Kumparan, 4 Aug 2021: Dinsos Jatim launches LDP for Covid-19 orphans";
    String kumparanUrl = "https://kumparan.com/beritaanaksurabaya/aksi-dinsos-jatim-menyelamatkan-anak-yang-orang-tuanya-meninggal-karena-covid-19-1wGRKrNo8B1";
    String radar = "Radar Madiun, 20 Nov 2021: Kemensos Rp200,000 (school) / Rp300,000"
        + " (pre-school) a month for Covid-19 orphans";
    String radarUrl = "https://radarmadiun.jawapos.com/berita-daerah/ponorogo/20/11/2021/anak-korban-covid-19-dapat-bantuan-hidup-layak-plus-huni-panti-asuhan/";
    String kompas = "Kompas, 10 Nov 2021: Blitar orphans receive aid; provincial amount unstated";
    String kompasUrl = "https://regional.kompas.com/read/2021/11/10/182243078/baru-127-anak-yatim-akibat-covid-19-terima-bantuan-dinsos-blitar-perkiraan?page=all";
    String seru = "Seru.co.id, 25 Aug 2021: Kemensos prepares Rp300,000 for Covid-19 orphans";
    String seruUrl = "https://seru.co.id/49410-kemensos-siapkan-bansos-rp-300-ribu-untuk-anak-yatim-piatu";
    String award = "Jatim Newsroom, 19 Oct 2023: Dinsos Jatim wins the Jatim Bangkit Awards 2023;"
        + " LDP and bantuan spesifik for Covid-19 orphans";
    String awardUrl = "https://jatimprov.go.id/berita/dinsos-jatim-raih-jatim-bangkit-awards-2023_HPeR7306SGBang";
    LocalDate lastReported = LocalDate.of(2021, 12, 31);
    String surya = "Surya/Tribun, 17 Aug 2021: food package and psychosocial activities at first"
        + " contact; 927 children assessed";
    String suryaUrl = "https://surabaya.tribunnews.com/2021/08/17/dinsos-jatim-pastikan-anak-yatim-piatu-karena-covid-19-di-jatim-tidak-putus-sekolah";
    BenefitSchedule foodPackage = BenefitSchedule.inKind(Text.of(
        "Paket sembako saat penjangkauan pertama", "Food package (sembako) at first contact"),
        BenefitForm.IN_KIND, Funder.APBD_PROVINSI);
    BenefitSchedule specificAid = BenefitSchedule.amountUnknown(Text.of(
        "Bantuan spesifik Dinsos Jatim", "Dinsos Jatim specific aid (bantuan spesifik)"),
        BenefitForm.CASH, Funder.APBD_PROVINSI);
    LocalDate companionFrom = LocalDate.of(2021, 10, 1);
    LocalDate companionTo = LocalDate.of(2021, 12, 31);
    String companionNote = "Paid for about three months, Oct-Dec 2021; no later payment period was"
        + " found, so the parameter has no value outside it.";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether LDP for Covid-19 orphans is in force")
            .from(launch).to(lastReported).value(true).confidence(Confidence.DISPUTED)
            .source(times, timesUrl).source(kumparan, kumparanUrl)
            .source("Suara Surabaya, 2021: Dinsos Jatim launches LDP, \"Selasa (8/3/2021)\"",
                "https://www.suarasurabaya.net/kelanakota/2021/dinsos-jatim-luncurkan-ldp-untuk-anak-yatim-piatu-korban-covid-19/?amp")
            .note("Sources disagree on the launch: 3 Aug 2021 (TIMES Jatim, Kumparan) vs"
                + " \"Selasa (8/3/2021)\" (Suara Surabaya), most likely a date-format slip since"
                + " that article cites Covid deaths as of 11 Jul 2021. 3 Aug 2021 is used.")
            .add()
            .from(lastReported.plusDays(1)).value(true).confidence(Confidence.ASSUMED)
            .source(times, timesUrl).source(kompas, kompasUrl)
            .note("The dated reports of the program end in Nov 2021 (Blitar, Kompas); the Oct 2023"
                + " award article lists LDP only among past pandemic work. No source says whether"
                + " or when it ended, so it is assumed to continue, with no end set.")
            .add().build(),
        Parameter.builder(COVERED_REGIONS, "Province whose children the program serves")
            .from(launch).value(CoveredRegions.exactly("35")).source(times, timesUrl).add().build(),
        Parameter.builder(COVID_PERIOD_START,
                "First day on which a parent's death can count as a Covid-19 death")
            .from(launch).value(LocalDate.of(2020, 3, 2)).confidence(Confidence.ASSUMED)
            .source(kumparan, kumparanUrl)
            .note("No source states a period. 2 Mar 2020, the day Indonesia announced its first"
                + " confirmed Covid-19 cases, is assumed; no end is set.")
            .add().build(),
        Parameter.builder(PSYCHOSOCIAL_SUPPORT, "Psychosocial support per child")
            .from(launch)
            .value(BenefitSchedule.inKind(Text.of("Layanan dukungan psikososial",
                "Psychosocial support"), BenefitForm.SERVICE, Funder.APBD_PROVINSI))
            .source(times, timesUrl)
            .source("Surya/Tribun, 17 Aug 2021: food package and psychosocial activities at first"
                    + " contact; 927 children assessed",
                "https://surabaya.tribunnews.com/2021/08/17/dinsos-jatim-pastikan-anak-yatim-piatu-karena-covid-19-di-jatim-tidak-putus-sekolah")
            .add().build(),
        Parameter.builder(COMPANION_SCHOOL, "Kemensos ATENSI YAPI companion cash, school child")
            .from(companionFrom).to(companionTo)
            .value(BenefitSchedule.paid(Text.of("Pendampingan ATENSI YAPI (anak sekolah)",
                    "ATENSI YAPI companion cash (school child)"), BenefitForm.CASH,
                Rupiah.of(200_000), PaymentFrequency.MONTHLY, 3, Optional.empty(), Funder.APBN))
            .source(radar, radarUrl).source(kompas, kompasUrl).note(companionNote).add().build(),
        Parameter.builder(COMPANION_PRESCHOOL,
                "Kemensos ATENSI YAPI companion cash, child not yet in school")
            .from(companionFrom).to(companionTo)
            .value(BenefitSchedule.paid(Text.of("Pendampingan ATENSI YAPI (belum sekolah)",
                    "ATENSI YAPI companion cash (not yet in school)"), BenefitForm.CASH,
                Rupiah.of(300_000), PaymentFrequency.MONTHLY, 3, Optional.empty(), Funder.APBN))
            .source(radar, radarUrl).source(seru, seruUrl).note(companionNote).add().build(),
        Parameter.builder(COMPANION_NOT_ENROLLED,
                "Kemensos ATENSI YAPI companion cash, child recorded as not in school")
            .from(companionFrom).to(companionTo)
            .value(BenefitSchedule.paid(Text.of("Pendampingan ATENSI YAPI (tidak sekolah)",
                    "ATENSI YAPI companion cash (not in school)"), BenefitForm.CASH,
                Rupiah.of(300_000), PaymentFrequency.MONTHLY, 3, Optional.empty(), Funder.APBN))
            .confidence(Confidence.INFERRED)
            .source(radar, radarUrl).source(seru, seruUrl)
            .note("The sources give Rp300,000 a month for a child not yet in school and Rp200,000"
                + " for a school child; a child recorded as not in school may be either too young"
                + " for school or of school age and out of it, which no source settles. The"
                + " not-yet-in-school rate is used; a catalog that pays such a child of school age"
                + " the school child's rate overrides this value. " + companionNote)
            .add().build(),
        Parameter.builder(COMPANION_REGISTRY,
                "What the register must say of the family for the ATENSI YAPI companion cash")
            .from(companionFrom).to(companionTo).value(RegistryRule.registered())
            .confidence(Confidence.INFERRED)
            .source(radar, radarUrl).source(seru, seruUrl)
            .note("The Kemensos companion cash targets children from poor families (programs.md"
                + " §2, confirmed by two sources); reading \"poor\" as registered in DTKS, the"
                + " register of 2021, is an inference (programs.md §10). The provincial"
                + " psychosocial support has no such condition.")
            .add().build(),
        Parameter.builder(SPECIFIC_AID, "Provincial bantuan spesifik per child, amount not known")
            .from(launch).to(lastReported).value(specificAid).confidence(Confidence.INFERRED)
            .source(award, awardUrl).source(kompas, kompasUrl)
            .note("The province gave a \"bantuan spesifik\" to the children LDP reached (the"
                + " award article; Kompas: 85 Blitar children aided by the provincial"
                + " government). Neither its amount nor its form is stated (programs.md §2, §17:"
                + " amount unknown), so the amount is left unknown rather than guessed: totals"
                + " that include it are lower bounds. That it is one payment in cash to each"
                + " qualifying child is inferred from \"bantuan sosial\" counted per child.")
            .add()
            .from(lastReported.plusDays(1)).value(specificAid).confidence(Confidence.ASSUMED)
            .source(kompas, kompasUrl)
            .note("The dated reports end in Nov 2021; the aid is assumed to go on while the"
                + " program does.")
            .add().build(),
        Parameter.builder(FOOD_PACKAGE, "Food package (sembako) per child at first contact")
            .from(launch).to(lastReported).value(foodPackage)
            .source(surya, suryaUrl)
            .note("Given once, at first contact. Reported for the children reached by 17 Aug"
                + " 2021.")
            .add()
            .from(lastReported.plusDays(1)).value(foodPackage).confidence(Confidence.ASSUMED)
            .source(surya, suryaUrl)
            .note("No source says when the practice ended; it is assumed to go on while the"
                + " program does.")
            .add().build());
  }
}
