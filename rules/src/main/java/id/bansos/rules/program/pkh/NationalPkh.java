package id.bansos.rules.program.pkh;

import id.bansos.core.household.Disability;
import id.bansos.core.household.Person;
import id.bansos.core.household.PkhComponent;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Nik;
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
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Status;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.AgeBand;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;

/**
 * The national PKH (Program Keluarga Harapan, Permensos 1/2018): the components a family is
 * entitled to, so that a user sees the family's national entitlement beside the provincial
 * top-ups. See {@code programs.md} §10, §11, §12 and §15.
 *
 * <p>The rule: the family is registered in the national register (DTKS; DTSEN desil 1–4 from
 * 2025, inferred), no member holds an excluded occupation, and at least one living member
 * qualifies for a component: pregnant or postpartum; early childhood (age 0–6); pupil at SD, SMP or
 * SMA aged 6–21; severe disability; elderly (age {@link #ELDERLY_MIN_AGE}, default 70: sources
 * disagree between 70 and 60). A six-year-old lies in both age bands: enrolled at SD/SMP/SMA they
 * count as a pupil, otherwise as early childhood. A member may qualify for more than one component.
 *
 * <p>Limits: at most 2 pregnancies, 2 early-childhood children, 1 severe disability and 1 elderly
 * member per family (members taken in NIK order); then at most {@link #MAX_COMPONENTS} components
 * per family, the highest-value ones. That cap (default 4) comes only from a secondary compiled
 * note and is marked ASSUMED. The informational criterion {@code PKH.COMPONENT_CAP} (always PASS)
 * lists what was granted and what the limits dropped.
 *
 * <p>A member whose data cannot decide any component is UNDETERMINED in {@link
 * Determination#members()}; the family is still ELIGIBLE when another member qualifies, and the
 * benefits then list only the components known so far.
 *
 * <p><b>Beneficiaries.</b> Each member with a granted component is a beneficiary, and each granted
 * component is one {@link Benefit} addressed to that member (PKH itself is paid to the family's
 * registered carer). {@link Determination#yearlyTotal()} is then the family's yearly entitlement.
 */
public final class NationalPkh implements Program {

  /** Program code. */
  public static final String CODE = "PKH";

  /** Whether the program is in force. */
  public static final ParameterKey<Boolean> IN_FORCE =
      ParameterKey.required("PKH.IN_FORCE", Boolean.class);
  /** What the national register must say of the family. */
  public static final ParameterKey<RegistryRule> REGISTRY =
      ParameterKey.required("PKH.REGISTRY", RegistryRule.class);
  /** Minimum age of the elderly component, inclusive. */
  public static final ParameterKey<Integer> ELDERLY_MIN_AGE =
      ParameterKey.required("PKH.ELDERLY_MIN_AGE", Integer.class);
  /** Ages of the early-childhood component. */
  public static final ParameterKey<AgeBand> EARLY_CHILDHOOD_AGE =
      ParameterKey.required("PKH.EARLY_CHILDHOOD_AGE", AgeBand.class);
  /** Ages of the SD, SMP and SMA components. */
  public static final ParameterKey<AgeBand> PUPIL_AGE =
      ParameterKey.required("PKH.PUPIL_AGE", AgeBand.class);
  /** Most pregnancies counted per family. */
  public static final ParameterKey<Integer> MAX_PREGNANT =
      ParameterKey.required("PKH.MAX_PREGNANT", Integer.class);
  /** Most early-childhood children counted per family. */
  public static final ParameterKey<Integer> MAX_EARLY_CHILDHOOD =
      ParameterKey.required("PKH.MAX_EARLY_CHILDHOOD", Integer.class);
  /** Most members with a severe disability counted per family. */
  public static final ParameterKey<Integer> MAX_SEVERE_DISABILITY =
      ParameterKey.required("PKH.MAX_SEVERE_DISABILITY", Integer.class);
  /** Most elderly members counted per family. */
  public static final ParameterKey<Integer> MAX_ELDERLY =
      ParameterKey.required("PKH.MAX_ELDERLY", Integer.class);
  /** Most components paid per family (ASSUMED). */
  public static final ParameterKey<Integer> MAX_COMPONENTS =
      ParameterKey.required("PKH.MAX_COMPONENTS", Integer.class);
  /** Component amount: pregnant or postpartum. */
  public static final ParameterKey<BenefitSchedule> PREGNANT_BENEFIT =
      ParameterKey.required("PKH.PREGNANT_BENEFIT", BenefitSchedule.class);
  /** Component amount: early childhood. */
  public static final ParameterKey<BenefitSchedule> EARLY_CHILDHOOD_BENEFIT =
      ParameterKey.required("PKH.EARLY_CHILDHOOD_BENEFIT", BenefitSchedule.class);
  /** Component amount: SD pupil. */
  public static final ParameterKey<BenefitSchedule> SD_BENEFIT =
      ParameterKey.required("PKH.SD_BENEFIT", BenefitSchedule.class);
  /** Component amount: SMP pupil. */
  public static final ParameterKey<BenefitSchedule> SMP_BENEFIT =
      ParameterKey.required("PKH.SMP_BENEFIT", BenefitSchedule.class);
  /** Component amount: SMA pupil. */
  public static final ParameterKey<BenefitSchedule> SMA_BENEFIT =
      ParameterKey.required("PKH.SMA_BENEFIT", BenefitSchedule.class);
  /** Component amount: severe disability. */
  public static final ParameterKey<BenefitSchedule> SEVERE_DISABILITY_BENEFIT =
      ParameterKey.required("PKH.SEVERE_DISABILITY_BENEFIT", BenefitSchedule.class);
  /** Component amount: elderly. */
  public static final ParameterKey<BenefitSchedule> ELDERLY_BENEFIT =
      ParameterKey.required("PKH.ELDERLY_BENEFIT", BenefitSchedule.class);

  private static final Map<PkhComponent, ParameterKey<BenefitSchedule>> AMOUNT =
      new EnumMap<>(Map.of(
          PkhComponent.PREGNANT_OR_POSTPARTUM, PREGNANT_BENEFIT,
          PkhComponent.EARLY_CHILDHOOD, EARLY_CHILDHOOD_BENEFIT,
          PkhComponent.SD, SD_BENEFIT,
          PkhComponent.SMP, SMP_BENEFIT,
          PkhComponent.SMA, SMA_BENEFIT,
          PkhComponent.SEVERE_DISABILITY, SEVERE_DISABILITY_BENEFIT,
          PkhComponent.ELDERLY, ELDERLY_BENEFIT));
  private static final Map<PkhComponent, ParameterKey<Integer>> LIMIT = new EnumMap<>(Map.of(
      PkhComponent.PREGNANT_OR_POSTPARTUM, MAX_PREGNANT,
      PkhComponent.EARLY_CHILDHOOD, MAX_EARLY_CHILDHOOD,
      PkhComponent.SEVERE_DISABILITY, MAX_SEVERE_DISABILITY,
      PkhComponent.ELDERLY, MAX_ELDERLY));

  static final Criterion POOR_FAMILY = CommonCriteria.registry(CODE);
  static final Criterion NO_EXCLUDED_OCCUPATION = CommonCriteria.noExcludedOccupation(CODE);
  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota yang memenuhi komponen PKH", "A member qualifies for a PKH component"),
      "Permensos 1/2018; Kemensos component rules as reported 2022 (programs.md §12)",
      Text.of("{qualifying} anggota memenuhi komponen PKH.",
          "{qualifying} member(s) qualify for a PKH component."),
      Text.of("Tidak ada anggota yang memenuhi komponen PKH.",
          "No member qualifies for a PKH component."),
      Text.of("Belum dapat dipastikan apakah ada anggota yang memenuhi komponen PKH.",
          "Cannot yet tell whether a member qualifies for a PKH component."));
  static final Criterion COMPONENT = new Criterion(CODE + ".COMPONENT",
      Text.of("Memenuhi komponen PKH", "Qualifies for a PKH component"),
      "Permensos 1/2018; Tribunnews, Jan-Feb 2022; Poskota, 2025",
      Text.of("Memenuhi komponen {components}.", "Qualifies for {components}."),
      Text.of("Tidak memenuhi komponen PKH mana pun.", "Qualifies for no PKH component."),
      Text.of("Data belum cukup untuk menentukan komponen PKH.",
          "The data cannot yet decide a PKH component."));
  static final Criterion MEMBER_ALIVE = CommonCriteria.memberAlive(CODE);
  static final Criterion COMPONENT_CAP = new Criterion(CODE + ".COMPONENT_CAP",
      Text.of("Batas komponen per keluarga", "Component limits per family"),
      "Kemensos per-component limits (Tribunnews 2022); family cap of {MAX_COMPONENTS}"
          + " from a secondary note (ASSUMED)",
      Text.of("{granted} komponen diberikan; tidak diberikan karena batas: {dropped}.",
          "{granted} component(s) granted; left out by the limits: {dropped}."),
      Text.of("Tidak dipakai.", "Not used."),
      Text.of("Tidak dipakai.", "Not used."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Program Keluarga Harapan (nasional)", "Program Keluarga Harapan (national)"),
      Text.of("Bantuan tunai bersyarat nasional per komponen keluarga, dibayar 4 tahap setahun.",
          "The national conditional cash transfer per family component, paid in 4 tahap a year."),
      BeneficiaryUnit.MEMBER,
      "Permensos 1/2018 on PKH (programs.md §12)",
      IN_FORCE);

  private static final List<Criterion> CRITERIA = List.of(POOR_FAMILY, NO_EXCLUDED_OCCUPATION,
      QUALIFYING_MEMBER, COMPONENT_CAP, COMPONENT, MEMBER_ALIVE);

  /** Creates the program; it holds no state. */
  public NationalPkh() {}

  @Override
  public ProgramInfo info() {
    return INFO;
  }

  @Override
  public List<Criterion> criteria() {
    return CRITERIA;
  }

  /** One component of one member, with its yearly value. */
  private record Grant(Nik member, PkhComponent component, ParameterValue<BenefitSchedule> amount) {
    long yearly() {
      return amount.value().yearlyTotal().amount();
    }

    Text describe() {
      return Text.of(component + " " + member, component + " " + member);
    }
  }

  @Override
  public Determination assess(Evaluation ev) {
    ParameterValue<Integer> elderlyAge = ev.param(ELDERLY_MIN_AGE);
    ParameterValue<AgeBand> early = ev.param(EARLY_CHILDHOOD_AGE);
    ParameterValue<AgeBand> pupil = ev.param(PUPIL_AGE);
    ParameterValue<Integer> cap = ev.param(MAX_COMPONENTS);
    Map<PkhComponent, ParameterValue<BenefitSchedule>> amounts = new EnumMap<>(PkhComponent.class);
    for (Map.Entry<PkhComponent, ParameterKey<BenefitSchedule>> e : AMOUNT.entrySet()) {
      amounts.put(e.getKey(), ev.param(e.getValue()));
    }

    List<MemberResult> members = new ArrayList<>();
    List<Grant> candidates = new ArrayList<>();
    for (Person p : ev.membersByNik()) {
      List<PkhComponent> components = new ArrayList<>(2);
      List<String> missing = new ArrayList<>(2);
      components(p, ev.date(), elderlyAge.value(), early.value(), pupil.value(), components,
          missing);
      Evaluation.ResultBuilder b = ev.result(COMPONENT, p.nik()).param(elderlyAge).param(early)
          .param(pupil);
      CriterionResult component = !components.isEmpty()
          ? b.fact("components", components).pass()
          : missing.isEmpty() ? b.fail() : b.unknown(missing);
      MemberResult m = MemberResult.of(p.nik(),
          List.of(component, CommonCriteria.memberAlive(ev, MEMBER_ALIVE, p)));
      members.add(m);
      if (m.status() == Status.ELIGIBLE) {
        for (PkhComponent c : components) {
          candidates.add(new Grant(p.nik(), c, amounts.get(c)));
        }
      }
    }

    // Per-component limits first (members in NIK order), then the family cap by value.
    List<Grant> limited = new ArrayList<>();
    List<Text> dropped = new ArrayList<>();
    Evaluation.ResultBuilder capResult = ev.result(COMPONENT_CAP).param(cap);
    Map<PkhComponent, Integer> counted = new EnumMap<>(PkhComponent.class);
    for (Grant g : candidates) {
      ParameterKey<Integer> limitKey = LIMIT.get(g.component());
      int n = counted.merge(g.component(), 1, Integer::sum);
      if (limitKey != null) {
        ParameterValue<Integer> limit = ev.param(limitKey);
        capResult.param(limit);
        if (n > limit.value()) {
          dropped.add(g.describe());
          continue;
        }
      }
      limited.add(g);
    }
    limited.sort(Comparator.comparingLong(Grant::yearly).reversed()
        .thenComparing(Grant::component).thenComparing(Grant::member));
    List<Benefit> benefits = new ArrayList<>();
    Set<Nik> recipients = new TreeSet<>();
    for (int i = 0; i < limited.size(); i++) {
      Grant g = limited.get(i);
      if (i < cap.value()) {
        benefits.add(Benefit.forMember(g.amount(), g.member()));
        recipients.add(g.member());
      } else {
        dropped.add(g.describe());
      }
    }

    List<CriterionResult> criteria = List.of(
        CommonCriteria.registry(ev, POOR_FAMILY, REGISTRY),
        CommonCriteria.noExcludedOccupation(ev, NO_EXCLUDED_OCCUPATION),
        ev.summary(QUALIFYING_MEMBER, members),
        capResult.fact("granted", benefits.size())
            .fact("dropped", dropped.isEmpty() ? List.of(Text.of("tidak ada", "none")) : dropped)
            .pass());
    return ev.decide(criteria, members,
        recipients.stream().map(Beneficiary::member).toList(), benefits);
  }

  private static boolean isPupilLevel(SchoolLevel level) {
    return level == SchoolLevel.SD || level == SchoolLevel.SMP || level == SchoolLevel.SMA;
  }

  /** Fills {@code components} with what {@code p} qualifies for and {@code missing} with what
   *  would decide more. */
  private static void components(Person p, LocalDate date, int elderlyAge, AgeBand early,
      AgeBand pupil, List<PkhComponent> components, List<String> missing) {
    Optional<Integer> age = p.ageOn(date);
    Optional<SchoolLevel> school = p.schoolLevel();

    Optional<Boolean> pregnant = p.pregnantOrPostpartum();
    if (pregnant.orElse(false)) {
      components.add(PkhComponent.PREGNANT_OR_POSTPARTUM);
    } else if (pregnant.isEmpty() && p.sex().orElse(Sex.FEMALE) == Sex.FEMALE
        && age.map(a -> a > early.max()).orElse(true)) {
      missing.add("pregnantOrPostpartum");
    }

    if (age.isEmpty()) {
      missing.add("birthDate");
    } else {
      int a = age.get();
      boolean inEarly = early.contains(a);
      boolean inPupil = pupil.contains(a);
      if (inPupil && school.isPresent() && isPupilLevel(school.get())) {
        components.add(PkhComponent.valueOf(school.get().name()));
      } else if (inEarly && (!inPupil || school.isPresent())) {
        components.add(PkhComponent.EARLY_CHILDHOOD);
      } else if (inPupil && school.isEmpty()) {
        missing.add("schoolLevel");
      }
      if (a >= elderlyAge) {
        components.add(PkhComponent.ELDERLY);
      }
    }

    if (p.hasSevereDisabilityRecorded()) {
      components.add(PkhComponent.SEVERE_DISABILITY);
    } else if (p.disabilities().isEmpty() && p.hasDisability().isEmpty()) {
      missing.add("hasDisability");
    } else {
      for (Disability d : p.disabilities()) {
        if (d.severity().isEmpty()) {
          missing.add("disabilities.severity");
          break;
        }
      }
    }
  }

  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final LocalDate CONFIRMED_FROM = LocalDate.of(2021, 1, 1);
  private static final String TRIBUN = "Tribunnews, 10 Jan 2022: PKH components, amounts and"
      + " member limits";
  private static final String TRIBUN_URL = "https://m.tribunnews.com/amp/nasional/2022/01/10/cek-penerima-bansos-pkh-di-cekbansoskemensosgoid-berikut-besaran-bantuan-dan-kriteria-penerima?page=2";
  private static final String TEMPO = "Tempo, Jan 2025: PKH amounts 2025";
  private static final String TEMPO_URL = "https://www.tempo.co/politik/mudah-cara-cek-bansos-2025-bisa-lewat-hp-1199675";
  private static final String POSKOTA = "Poskota, 16 Feb 2025: PKH tahap amounts";
  private static final String POSKOTA_URL = "https://poskota.co.id/2025/02/16/dana-bansos-pkh-rp750000-dari-pemerintah-segera-cair-simak-informasi-selengkapnya?halaman=2";
  private static final String EARLIER = "Values before 2021 are not in the sources; the 2021-2025"
      + " value is assumed to hold since 2019 (inferred).";

  /** A timeline inferred for 2019-2020 and confirmed from 2021 on. */
  private static <T> Parameter<T> sinceStart(ParameterKey<T> key, String description, T value,
      String note) {
    return Parameter.builder(key, description)
        .from(START).to(CONFIRMED_FROM.minusDays(1)).value(value).confidence(Confidence.INFERRED)
        .source(TRIBUN, TRIBUN_URL).note(EARLIER + (note.isEmpty() ? "" : " " + note)).add()
        .from(CONFIRMED_FROM).value(value)
        .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).source(POSKOTA, POSKOTA_URL)
        .note(note).add()
        .build();
  }

  private static BenefitSchedule perTahap(String id, String en, long amount) {
    return BenefitSchedule.paid(Text.of("PKH komponen " + id, "PKH component " + en),
        BenefitForm.CASH, Rupiah.of(amount), PaymentFrequency.PER_TAHAP, 4, Optional.empty());
  }

  @Override
  public List<Parameter<?>> parameters() {
    String elderlyConflict = "Sources disagree: \"70 tahun ke atas\" (Tribunnews Feb/Mar 2022;"
        + " Poskota Mar 2025) vs \"minimal 60 tahun\" (Palpres/Disway, about 2023, on the 2022"
        + " intake); a secondary note says Permensos 1/2018 reads 60 (legal text not seen). 70 is"
        + " the default.";
    String rupiah3m = "A few portals say Rp3 juta a year; most and the official-looking lists say"
        + " Rp2.4 juta.";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the national PKH is modelled as in force")
            .from(START).to(CONFIRMED_FROM.minusDays(1)).value(true)
            .confidence(Confidence.INFERRED).source("Permensos 1/2018 on PKH", "Permensos 1/2018")
            .source(TRIBUN, TRIBUN_URL)
            .note("PKH ran long before 2019; the catalog starts in 2019 with the component amounts"
                + " assumed unchanged.")
            .add()
            .from(CONFIRMED_FROM).value(true)
            .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).add()
            .build(),
        Parameter.builder(REGISTRY, "What the national register must say of the family")
            .from(START).to(LocalDate.of(2024, 12, 31)).value(RegistryRule.registered())
            .confidence(Confidence.INFERRED).source("Permensos 1/2018 on PKH", "Permensos 1/2018")
            .note("PKH families are drawn from DT-PFM/DTKS; registration is the test.").add()
            .from(LocalDate.of(2025, 1, 1)).value(RegistryRule.desilAtMost(4))
            .confidence(Confidence.INFERRED)
            .source("Selalukabar, 2025: bansos generally target desil 1-4",
                "https://selalukabar.com/bps-jelaskan-metode-pengelompokan-kesejahteraan-melalui-sistem-desil-145417.html")
            .note("No PKH-specific decile bound was found; desil 1-4 is the general bansos target.")
            .add().build(),
        Parameter.builder(ELDERLY_MIN_AGE, "Minimum age in years of the elderly component")
            .from(START).value(70).confidence(Confidence.INFERRED)
            .source("Tribunnews, 27 Feb 2022: lansia 70 tahun ke atas",
                "https://m.tribunnews.com/amp/nasional/2022/02/27/bansos-pkh-tahap-i-cair-februari-2022-cek-status-penerimanya-via-cekbansoskemensosgoid?page=2")
            .source("Palpres/Disway, about 2023: lansia minimal 60 tahun",
                "https://palpres.disway.id/amp/712919/lansia-bisa-dapat-3-bansos-juni-ini-simak-daftarnya/16")
            .note(elderlyConflict).add().build(),
        sinceStart(EARLY_CHILDHOOD_AGE, "Ages of the early-childhood component (inclusive)",
            new AgeBand(0, 6), ""),
        sinceStart(PUPIL_AGE, "Ages of the SD/SMP/SMA components (inclusive)", new AgeBand(6, 21),
            "The pupil must not have completed 12 years of schooling; enrolment at SD/SMP/SMA"
                + " stands for that."),
        sinceStart(MAX_PREGNANT, "Most pregnancies counted per family", 2, ""),
        sinceStart(MAX_EARLY_CHILDHOOD, "Most early-childhood children counted per family", 2, ""),
        sinceStart(MAX_SEVERE_DISABILITY, "Most severely disabled members counted per family", 1,
            ""),
        sinceStart(MAX_ELDERLY, "Most elderly members counted per family", 1, ""),
        Parameter.builder(MAX_COMPONENTS, "Most components paid per family")
            .from(START).value(4).confidence(Confidence.ASSUMED)
            .source(TRIBUN, TRIBUN_URL)
            .note("Unconfirmed: the four-component cap (highest-value components chosen) appears"
                + " only in a secondary compiled note, not in a primary source.")
            .add().build(),
        sinceStart(PREGNANT_BENEFIT, "PKH component: pregnant or postpartum (per tahap)",
            perTahap("ibu hamil/nifas", "pregnant or postpartum", 750_000), ""),
        sinceStart(EARLY_CHILDHOOD_BENEFIT, "PKH component: early childhood (per tahap)",
            perTahap("anak usia dini", "early childhood", 750_000), ""),
        sinceStart(SD_BENEFIT, "PKH component: SD/MI pupil (per tahap)",
            perTahap("SD/MI", "SD/MI pupil", 225_000), ""),
        sinceStart(SMP_BENEFIT, "PKH component: SMP/MTs pupil (per tahap)",
            perTahap("SMP/MTs", "SMP/MTs pupil", 375_000), ""),
        sinceStart(SMA_BENEFIT, "PKH component: SMA/MA pupil (per tahap)",
            perTahap("SMA/MA", "SMA/MA pupil", 500_000), ""),
        sinceStart(SEVERE_DISABILITY_BENEFIT, "PKH component: severe disability (per tahap)",
            perTahap("disabilitas berat", "severe disability", 600_000), rupiah3m),
        sinceStart(ELDERLY_BENEFIT, "PKH component: elderly (per tahap)",
            perTahap("lanjut usia", "elderly", 600_000), rupiah3m));
  }
}
