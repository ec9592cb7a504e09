package id.bansos.rules.program.ldp;

import id.bansos.core.household.DeathCause;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.registry.RegistryStatus;
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
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LDP (Layanan Dukungan Psikososial, "Gerakan LDP Anak dalam Keluarga Korban Covid-19"): support
 * for children who lost one or both parents to Covid-19. See {@code programs.md} §2 and §15.
 *
 * <p>The rule, per child: under {@link CommonCriteria#CHILD_AGE_LIMIT} (18) years old, alive, and
 * the father and/or the mother died of Covid-19 on a date within the Covid period (from {@link
 * #COVID_PERIOD_START}) and on or before the assessment date. The family lives in Jawa Timur. A
 * parent whose status, cause of death or date of death is not recorded makes the child UNKNOWN,
 * never NOT_ELIGIBLE: a Covid death needs a death certificate or hospital letter, and its absence
 * from the record is not evidence of another cause.
 *
 * <p>The result of {@code LDP_COVID_ORPHAN.PARENT_LOST_TO_COVID} reports, as facts, whether the
 * child is yatim, piatu or yatim piatu ({@link OrphanKind}, counting every parent recorded as
 * deceased), which parent(s) died of Covid-19, and the two priority facts the program names:
 * whether the family is registered as poor and whether the child has a capable carer. They are
 * priorities for the field workers, not conditions, so they never change the status.
 *
 * <p><b>Benefits.</b> Psychosocial support, a service, from the launch on. In October to December
 * 2021 the national Kemensos companion cash (ATENSI YAPI) was paid too: Rp200,000 a month for a
 * school child and Rp300,000 for a child not yet in school. This implementation reads "not yet in
 * school" as {@link SchoolLevel#NOT_IN_SCHOOL} or {@link SchoolLevel#EARLY_CHILDHOOD}; every other
 * level is "school". While the companion cash is paid, a child whose school level is not recorded
 * is UNKNOWN (criterion {@code LDP_COVID_ORPHAN.SCHOOL_LEVEL}), because the amount cannot be
 * decided. The Kemensos target speaks of poor families; the provincial LDP does not, so the
 * companion cash is not gated on poverty here (a regency that needs it can wrap the program).
 * The amount of the provincial "bantuan spesifik" was not found and is not modelled: no number is
 * invented for it.
 *
 * <p><b>Beneficiary.</b> Children of one family can receive different amounts, while a {@link
 * Determination} pays the same list of benefits to each beneficiary. The determination therefore
 * names the household as its beneficiary and lists the benefits per child, each label ending with
 * the child's masked NIK; the children themselves are the ELIGIBLE {@link MemberResult}s. This
 * keeps {@link Determination#yearlyTotal()} exact.
 */
public final class CovidOrphanSupport implements Program {

  /** Program code. */
  public static final String CODE = "LDP_COVID_ORPHAN";

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

  static final Criterion COVERED_REGION = CommonCriteria.coveredRegion(CODE);
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
  static final Criterion MEMBER_ALIVE = CommonCriteria.memberAlive(CODE);
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

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("LDP anak korban Covid-19", "Psychosocial support for Covid-19 orphans"),
      Text.of("Dukungan psikososial bagi anak yang kehilangan ayah dan/atau ibu karena Covid-19.",
          "Psychosocial support for children who lost a father and/or mother to Covid-19."),
      BeneficiaryUnit.MEMBER,
      "Pergub not found; launch of Gerakan LDP, 3 Aug 2021 (programs.md §2); UU 35/2014",
      IN_FORCE);

  private static final List<Criterion> CRITERIA = List.of(COVERED_REGION, QUALIFYING_CHILD, CHILD,
      MEMBER_ALIVE, PARENT_LOST_TO_COVID, SCHOOL_LEVEL);

  /** Creates the program; it holds no state. */
  public CovidOrphanSupport() {}

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
    ParameterValue<Integer> childLimit = ev.param(CommonCriteria.CHILD_AGE_LIMIT);
    ParameterValue<LocalDate> covidStart = ev.param(COVID_PERIOD_START);
    ParameterValue<BenefitSchedule> support = ev.param(PSYCHOSOCIAL_SUPPORT);
    Optional<ParameterValue<BenefitSchedule>> school = ev.optionalParam(COMPANION_SCHOOL);
    Optional<ParameterValue<BenefitSchedule>> preschool = ev.optionalParam(COMPANION_PRESCHOOL);
    boolean companionPaid = school.isPresent() && preschool.isPresent();

    List<MemberResult> members = new ArrayList<>();
    List<Beneficiary> children = new ArrayList<>();
    List<Benefit> benefits = new ArrayList<>();
    for (Person p : ev.membersByNik()) {
      List<CriterionResult> results = new ArrayList<>(4);
      CriterionResult childResult = CommonCriteria.ageBelow(ev, CHILD, p, childLimit);
      results.add(childResult);
      results.add(CommonCriteria.memberAlive(ev, MEMBER_ALIVE, p));
      // An adult's own parents are irrelevant; asking for them would only add noise.
      if (childResult.outcome() != Outcome.FAIL) {
        results.add(parentLost(ev, p, covidStart));
      }
      if (companionPaid && childResult.outcome() != Outcome.FAIL) {
        Evaluation.ResultBuilder level = ev.result(SCHOOL_LEVEL, p.nik());
        results.add(p.schoolLevel().isEmpty() ? level.unknown("schoolLevel")
            : level.fact("schoolLevel", p.schoolLevel().get()).pass());
      }
      MemberResult m = MemberResult.of(p.nik(), results);
      members.add(m);
      if (m.status() == Status.ELIGIBLE) {
        children.add(Beneficiary.member(p.nik()));
        benefits.add(Benefit.forMember(support, p.nik()));
        if (companionPaid) {
          benefits.add(Benefit.forMember(notYetInSchool(p.schoolLevel().orElseThrow())
              ? preschool.get() : school.get(), p.nik()));
        }
      }
    }
    List<CriterionResult> criteria = List.of(
        CommonCriteria.coveredRegion(ev, COVERED_REGION, COVERED_REGIONS),
        ev.summary(QUALIFYING_CHILD, members));
    return ev.decide(criteria, members, children, benefits);
  }

  private static boolean notYetInSchool(SchoolLevel level) {
    return level == SchoolLevel.NOT_IN_SCHOOL || level == SchoolLevel.EARLY_CHILDHOOD;
  }

  /** Whether a parent counts as lost to Covid-19 on the date. */
  private enum Loss { COVID, NOT_COVID, UNKNOWN }

  private static Loss loss(Optional<ParentStatus> status, String name, LocalDate covidStart,
      LocalDate date, List<String> missing) {
    if (status.isEmpty()) {
      missing.add(name);
      return Loss.UNKNOWN;
    }
    ParentStatus s = status.get();
    if (s.alive() || s.deathDate().map(d -> d.isAfter(date)).orElse(false)) {
      return Loss.NOT_COVID;
    }
    if (s.cause().isEmpty()) {
      missing.add(name + ".cause");
      return Loss.UNKNOWN;
    }
    if (s.cause().get() != DeathCause.COVID_19) {
      return Loss.NOT_COVID;
    }
    if (s.deathDate().isEmpty()) {
      missing.add(name + ".deathDate");
      return Loss.UNKNOWN;
    }
    return s.deathDate().get().isBefore(covidStart) ? Loss.NOT_COVID : Loss.COVID;
  }

  private static boolean deceasedBy(Optional<ParentStatus> status, LocalDate date) {
    return status.map(s -> !s.alive() && s.deathDate().map(d -> !d.isAfter(date)).orElse(true))
        .orElse(false);
  }

  private static CriterionResult parentLost(Evaluation ev, Person p,
      ParameterValue<LocalDate> covidStart) {
    List<String> missing = new ArrayList<>(2);
    LocalDate start = covidStart.value();
    Loss father = loss(p.father(), "father", start, ev.date(), missing);
    Loss mother = loss(p.mother(), "mother", start, ev.date(), missing);
    Evaluation.ResultBuilder b = ev.result(PARENT_LOST_TO_COVID, p.nik()).param(covidStart);
    if (father != Loss.COVID && mother != Loss.COVID) {
      return missing.isEmpty() ? b.fail() : b.unknown(missing);
    }
    boolean fatherDead = deceasedBy(p.father(), ev.date());
    boolean motherDead = deceasedBy(p.mother(), ev.date());
    OrphanKind kind = fatherDead && motherDead ? OrphanKind.YATIM_PIATU
        : fatherDead ? OrphanKind.YATIM : OrphanKind.PIATU;
    Text covidLoss = father == Loss.COVID && mother == Loss.COVID ? Text.of("ayah dan ibu", "father and mother")
        : father == Loss.COVID ? Text.of("ayah", "father") : Text.of("ibu", "mother");
    Text unknown = Text.of("belum diketahui", "unknown");
    Optional<RegistryStatus> registry = ev.household().registry();
    return b.fact("orphanKind", kind).fact("covidLoss", covidLoss)
        .fact("priority.poorFamily", registry.<Object>map(RegistryStatus::registered).orElse(unknown))
        .fact("priority.hasCapableCarer", p.hasCapableCarer().<Object>map(v -> v).orElse(unknown))
        .pass();
  }

  @Override
  public List<Parameter<?>> parameters() {
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
    LocalDate companionFrom = LocalDate.of(2021, 10, 1);
    LocalDate companionTo = LocalDate.of(2021, 12, 31);
    String companionNote = "Paid for about three months, Oct-Dec 2021; no later payment period was"
        + " found, so the parameter has no value outside it.";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether LDP for Covid-19 orphans is in force")
            .from(launch).value(true).source(times, timesUrl).source(kumparan, kumparanUrl)
            .note("Sources disagree on the launch: 3 Aug 2021 (TIMES Jatim, Kumparan) vs"
                + " \"Selasa (8/3/2021)\" (Suara Surabaya), most likely a date-format slip since"
                + " that article cites Covid deaths as of 11 Jul 2021. 3 Aug 2021 is used. The"
                + " provincial \"bantuan spesifik\" amount was not found and is not modelled.")
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
                "Psychosocial support"), BenefitForm.SERVICE))
            .source(times, timesUrl)
            .source("Surya/Tribun, 17 Aug 2021: food package and psychosocial activities at first"
                    + " contact; 927 children assessed",
                "https://surabaya.tribunnews.com/2021/08/17/dinsos-jatim-pastikan-anak-yatim-piatu-karena-covid-19-di-jatim-tidak-putus-sekolah")
            .add().build(),
        Parameter.builder(COMPANION_SCHOOL, "Kemensos ATENSI YAPI companion cash, school child")
            .from(companionFrom).to(companionTo)
            .value(BenefitSchedule.paid(Text.of("Pendampingan ATENSI YAPI (anak sekolah)",
                    "ATENSI YAPI companion cash (school child)"), BenefitForm.CASH,
                Rupiah.of(200_000), PaymentFrequency.MONTHLY, 3, Optional.empty()))
            .source(radar, radarUrl).source(kompas, kompasUrl).note(companionNote).add().build(),
        Parameter.builder(COMPANION_PRESCHOOL,
                "Kemensos ATENSI YAPI companion cash, child not yet in school")
            .from(companionFrom).to(companionTo)
            .value(BenefitSchedule.paid(Text.of("Pendampingan ATENSI YAPI (belum sekolah)",
                    "ATENSI YAPI companion cash (not yet in school)"), BenefitForm.CASH,
                Rupiah.of(300_000), PaymentFrequency.MONTHLY, 3, Optional.empty()))
            .source(radar, radarUrl).source(seru, seruUrl).note(companionNote).add().build());
  }
}
