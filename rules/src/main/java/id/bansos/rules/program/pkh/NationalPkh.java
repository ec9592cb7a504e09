package id.bansos.rules.program.pkh;

import id.bansos.rules.EngineParameters;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.FactKey;
import id.bansos.rules.Facts;
import id.bansos.rules.Member;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Benefit;
import id.bansos.rules.BenefitForm;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Funder;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Criterion;
import id.bansos.rules.Determination;
import id.bansos.rules.Param;
import id.bansos.rules.PaymentFrequency;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.criteria.AgeBand;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.RegistryRule;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national PKH (Program Keluarga Harapan, Permensos 1/2018): the components a PKH family is
 * entitled to, so that a user sees the family's national entitlement beside the provincial
 * top-ups. See {@code programs.md} §10, §11, §12 and §15.
 *
 * <p>PKH membership is decided by Kemensos within its quota, so this is the entitlement of a PKH
 * family, not a test of whether a family would be admitted: the family is recorded as a PKH
 * family (one known not to be is NOT_ELIGIBLE; unknown membership leaves it UNDETERMINED); it is
 * registered in the national register (DTKS; DTSEN desil 1–4 from 2025, inferred); no member
 * holds an excluded occupation; and a member holds a component. PKH is national, not
 * provincial: it has no region criterion, so a PKH family domiciled in another province is decided
 * like any other.
 *
 * <p><b>Which components.</b> When the household records the components Kemensos assigned
 * ({@link #COMPONENTS}), those decide: a recorded set names neither the member nor how many
 * hold a component, so each recorded component goes to the members whose facts match its
 * description, and a component Kemensos did not record goes to no one (see {@link
 * ComponentRules}). Otherwise the components are derived from the member facts: pregnant or
 * postpartum; early childhood (age 0–6); pupil at SD, SMP or SMA aged 6–21; severe disability;
 * elderly (age {@link #ELDERLY_MIN_AGE}, default 70: sources disagree between 70 and 60). A
 * six-year-old lies in both age bands: enrolled at SD/SMP/SMA they count as a pupil, otherwise as
 * early childhood. A member may hold more than one component. A disability recorded without its
 * details leaves the severe-disability component unknown (fact {@code disabilities}). The
 * person-level criterion {@code PKH.COMPONENT} and the report {@code PKH.COMPONENT_CAP} show which
 * source decided ({@code componentSource}).
 *
 * <p>Limits: at most 2 pregnancies, 2 early-childhood children, 1 severe disability and 1 elderly
 * member per family (members taken in NIK order); then at most {@link #MAX_COMPONENTS} components
 * per family, the highest-value ones. That cap (default 4) comes only from a secondary compiled
 * note and is marked ASSUMED. The informational criterion {@code PKH.COMPONENT_CAP} (always PASS)
 * shows the source, what was granted, and what was left out and why.
 *
 * <p>A member whose data cannot decide any component is UNDETERMINED in {@link
 * Determination#members()}; the family is still ELIGIBLE when another member holds a component,
 * and the benefits then list only the components known so far.
 *
 * <p><b>Beneficiaries.</b> Each member with a granted component is a beneficiary, and each granted
 * component is one {@link Benefit} addressed to that member (PKH itself is paid to the family's
 * registered carer). {@link Determination#yearlyTotal()} is then the family's yearly entitlement.
 *
 * <p><b>Who pays.</b> The national budget ({@link Funder#APBN}): PKH is the Ministry of Social
 * Affairs' program (Permensos 1/2018; programs.md §12), so its amounts stay apart from the
 * province's in every total ({@link Determination#yearlyTotals()}).
 */
public final class NationalPkh {

  /** Program code. */
  public static final String CODE = "PKH";

  /**
   * Member fact: whether the person is pregnant or within the postpartum (nifas) period. Recorded
   * with {@code Person.builder().putExtensions(PREGNANT_OR_POSTPARTUM, true)}; in JSON, {@code
   * "extensions": {"pregnantOrPostpartum": true}} on the person.
   */
  public static final ExtensionKey<Boolean> PREGNANT_OR_POSTPARTUM =
      ExtensionKey.ofBoolean("pregnantOrPostpartum").labelled(
          "hamil atau nifas", "pregnant or postpartum");
  /**
   * Household fact: the components Kemensos registered the family for. Recorded with {@code
   * Household.builder().putExtensions(COMPONENTS, Set.of(PkhComponent.SD))}; in JSON, {@code
   * "extensions": {"pkhComponents": ["SD"]}} on the household. Absent or empty, the components
   * are derived from the member facts. (The core model used to reject components listed for a
   * family recorded as not in PKH; the program does not read them then, as it decides no such
   * family.)
   */
  public static final ExtensionKey<Set<PkhComponent>> COMPONENTS =
      ExtensionKey.ofEnumSet("pkhComponents", PkhComponent.class).labelled(
          "komponen PKH yang dicatat Kemensos", "PKH components Kemensos recorded");

  static final FactKey<Member, Boolean> PREGNANT_FACT = Facts.member(PREGNANT_OR_POSTPARTUM);

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

  static final Criterion QUALIFYING_MEMBER = new Criterion(CODE + ".QUALIFYING_MEMBER",
      Text.of("Ada anggota yang memenuhi komponen PKH", "A member qualifies for a PKH component"),
      "Permensos 1/2018; Kemensos component rules as reported 2022 (programs.md §12)",
      Text.of("{qualifying} anggota memenuhi komponen PKH.",
          "Members who qualify for a PKH component: {qualifying}."),
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
  static final Criterion COMPONENT_CAP = new Criterion(CODE + ".COMPONENT_CAP",
      Text.of("Batas komponen per keluarga", "Component limits per family"),
      "Kemensos per-component limits (Tribunnews 2022); family cap of {MAX_COMPONENTS}"
          + " from a secondary note (ASSUMED)",
      Text.of("{granted} komponen diberikan (komponen {componentSource}); tidak diberikan:"
              + " {dropped}.",
          "Components granted: {granted} (components {componentSource}); left out: {dropped}."),
      Text.of("Tidak dipakai.", "Not used."),
      Text.of("Tidak dipakai.", "Not used."));

  private static final ProgramInfo INFO = new ProgramInfo(CODE,
      Text.of("Program Keluarga Harapan (nasional)", "Program Keluarga Harapan (national)"),
      Text.of("Bantuan tunai bersyarat nasional per komponen keluarga, dibayar 4 tahap setahun.",
          "The national conditional cash transfer per family component, paid in 4 tahap a year."),
      BeneficiaryUnit.MEMBER,
      "Permensos 1/2018 on PKH (programs.md §12)",
      IN_FORCE);

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
  // The last day the member rules are reported for, and the first day no source reports PKH.
  private static final LocalDate RULES_REPORTED_TO = LocalDate.of(2022, 12, 31);
  private static final LocalDate UNREPORTED_FROM = LocalDate.of(2026, 1, 1);
  private static final String LATER = "No source reports PKH after 2025; the 2021-2025 value is"
      + " assumed to continue until one does.";

  private static final Program PROGRAM = declare();

  private NationalPkh() {}

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
        .extensionFacts(PREGNANT_OR_POSTPARTUM, COMPONENTS);
    Param<Integer> elderlyAge = b.param(ELDERLY_MIN_AGE);
    Param<AgeBand> early = b.param(EARLY_CHILDHOOD_AGE);
    Param<AgeBand> pupil = b.param(PUPIL_AGE);
    Param<Integer> lansia = b.param(EngineParameters.ELDERLY_AGE);
    Param<Integer> cap = b.param(MAX_COMPONENTS);
    Map<PkhComponent, Param<BenefitSchedule>> amounts = new EnumMap<>(PkhComponent.class);
    amounts.put(PkhComponent.PREGNANT_OR_POSTPARTUM, b.param(PREGNANT_BENEFIT));
    amounts.put(PkhComponent.EARLY_CHILDHOOD, b.param(EARLY_CHILDHOOD_BENEFIT));
    amounts.put(PkhComponent.SD, b.param(SD_BENEFIT));
    amounts.put(PkhComponent.SMP, b.param(SMP_BENEFIT));
    amounts.put(PkhComponent.SMA, b.param(SMA_BENEFIT));
    amounts.put(PkhComponent.SEVERE_DISABILITY, b.param(SEVERE_DISABILITY_BENEFIT));
    amounts.put(PkhComponent.ELDERLY, b.param(ELDERLY_BENEFIT));
    Map<PkhComponent, Param<Integer>> limits = new EnumMap<>(PkhComponent.class);
    limits.put(PkhComponent.PREGNANT_OR_POSTPARTUM, b.param(MAX_PREGNANT));
    limits.put(PkhComponent.EARLY_CHILDHOOD, b.param(MAX_EARLY_CHILDHOOD));
    limits.put(PkhComponent.SEVERE_DISABILITY, b.param(MAX_SEVERE_DISABILITY));
    limits.put(PkhComponent.ELDERLY, b.param(MAX_ELDERLY));

    ComponentSources sources =
        new ComponentSources(new ComponentRules.Ages(elderlyAge, lansia, early, pupil));
    b.member(COMPONENT, sources.check(), elderlyAge, early, pupil, lansia);
    CommonCriteria.aid(b, AidProgram.PKH, true);
    CommonCriteria.registry(b, REGISTRY);
    CommonCriteria.noExcludedOccupation(b);
    b.qualifying(QUALIFYING_MEMBER);
    b.reports(COMPONENT_CAP, List.of("granted", "dropped", "componentSource"), cap,
        limits.get(PkhComponent.PREGNANT_OR_POSTPARTUM),
        limits.get(PkhComponent.EARLY_CHILDHOOD), limits.get(PkhComponent.SEVERE_DISABILITY),
        limits.get(PkhComponent.ELDERLY));
    return b.award(new ComponentAward(sources, amounts, limits, cap, COMPONENT_CAP)).build();
  }

  /** An amount the 2021-2025 sources agree on, confirmed for those years. */
  private static <T> Parameter<T> amount(ParameterKey<T> key, String description, T value,
      String note) {
    return amount(key, description, value, note, Confidence.CONFIRMED);
  }

  /**
   * An amount: inferred for 2019-2020, {@code reported} for 2021-2025 (Tribunnews 2022, Tempo and
   * Poskota 2025 give the same amounts), assumed from 2026, which no source reports yet. A value
   * the sources dispute from 2021 is disputed before 2021 too.
   */
  private static <T> Parameter<T> amount(ParameterKey<T> key, String description, T value,
      String note, Confidence reported) {
    Confidence before = reported == Confidence.DISPUTED ? reported : Confidence.INFERRED;
    return Parameter.builder(key, description)
        .from(START).to(CONFIRMED_FROM.minusDays(1)).value(value).confidence(before)
        .source(TRIBUN, TRIBUN_URL).note(joined(EARLIER, note)).add()
        .from(CONFIRMED_FROM).to(UNREPORTED_FROM.minusDays(1)).value(value).confidence(reported)
        .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).source(POSKOTA, POSKOTA_URL)
        .note(note).add()
        .from(UNREPORTED_FROM).value(value).confidence(Confidence.ASSUMED)
        .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).source(POSKOTA, POSKOTA_URL)
        .note(joined(LATER, note)).add()
        .build();
  }

  /**
   * A member rule (an age band, a count per family): inferred for 2019-2020, confirmed for
   * 2021-2022 by Tribunnews's report of January 2022 (the only source that states the member
   * rules), inferred for 2023-2025 (the amounts stayed the same, so the rules are taken to have
   * stayed too), assumed from 2026.
   */
  private static <T> Parameter<T> memberRule(ParameterKey<T> key, String description, T value,
      String note) {
    return Parameter.builder(key, description)
        .from(START).to(CONFIRMED_FROM.minusDays(1)).value(value).confidence(Confidence.INFERRED)
        .source(TRIBUN, TRIBUN_URL).note(joined(EARLIER, note)).add()
        .from(CONFIRMED_FROM).to(RULES_REPORTED_TO).value(value)
        .source(TRIBUN, TRIBUN_URL).note(note).add()
        .from(RULES_REPORTED_TO.plusDays(1)).to(UNREPORTED_FROM.minusDays(1)).value(value)
        .confidence(Confidence.INFERRED)
        .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).source(POSKOTA, POSKOTA_URL)
        .note(joined("The member rules are reported in January 2022 only; Tempo and Poskota give"
            + " the same amounts in 2025, so the rules are taken to be unchanged to 2025.", note))
        .add()
        .from(UNREPORTED_FROM).value(value).confidence(Confidence.ASSUMED)
        .source(TRIBUN, TRIBUN_URL).note(joined(LATER, note)).add()
        .build();
  }

  private static String joined(String first, String then) {
    return then.isEmpty() ? first : first + " " + then;
  }

  private static BenefitSchedule perTahap(String id, String en, long amount) {
    return BenefitSchedule.paid(Text.of("PKH komponen " + id, "PKH component " + en),
        BenefitForm.CASH, Rupiah.of(amount), PaymentFrequency.PER_TAHAP, 4, Optional.empty(),
        Funder.APBN);
  }

  private static List<Parameter<?>> parameters() {
    String elderlyConflict = "Sources disagree: \"70 tahun ke atas\" (Tribunnews Feb/Mar 2022;"
        + " Poskota Mar 2025) vs \"minimal 60 tahun\" (Palpres/Disway, about 2023, on the 2022"
        + " intake); a secondary note says Permensos 1/2018 reads 60 (legal text not seen). 70 is"
        + " the default.";
    String rupiah3m = "Sources disagree: a few portals say Rp3 juta a year; most and the"
        + " official-looking lists say Rp2.4 juta, which is used.";
    return List.of(
        Parameter.builder(IN_FORCE, "Whether the national PKH is modelled as in force")
            .from(START).to(CONFIRMED_FROM.minusDays(1)).value(true)
            .confidence(Confidence.INFERRED).source("Permensos 1/2018 on PKH", "Permensos 1/2018")
            .source(TRIBUN, TRIBUN_URL)
            .note("PKH ran long before 2019; the catalog starts in 2019 with the component amounts"
                + " assumed unchanged.")
            .add()
            .from(CONFIRMED_FROM).to(UNREPORTED_FROM.minusDays(1)).value(true)
            .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).add()
            .from(UNREPORTED_FROM).value(true).confidence(Confidence.ASSUMED)
            .source(TRIBUN, TRIBUN_URL).source(TEMPO, TEMPO_URL).note(LATER).add()
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
            .from(START).value(70).confidence(Confidence.DISPUTED)
            .source("Tribunnews, 27 Feb 2022: lansia 70 tahun ke atas",
                "https://m.tribunnews.com/amp/nasional/2022/02/27/bansos-pkh-tahap-i-cair-februari-2022-cek-status-penerimanya-via-cekbansoskemensosgoid?page=2")
            .source("Palpres/Disway, about 2023: lansia minimal 60 tahun",
                "https://palpres.disway.id/amp/712919/lansia-bisa-dapat-3-bansos-juni-ini-simak-daftarnya/16")
            .note(elderlyConflict).add().build(),
        memberRule(EARLY_CHILDHOOD_AGE, "Ages of the early-childhood component (inclusive)",
            new AgeBand(0, 6), ""),
        memberRule(PUPIL_AGE, "Ages of the SD/SMP/SMA components (inclusive)", new AgeBand(6, 21),
            "The pupil must not have completed 12 years of schooling; enrolment at SD/SMP/SMA"
                + " stands for that."),
        memberRule(MAX_PREGNANT, "Most pregnancies counted per family", 2, ""),
        memberRule(MAX_EARLY_CHILDHOOD, "Most early-childhood children counted per family", 2, ""),
        memberRule(MAX_SEVERE_DISABILITY, "Most severely disabled members counted per family", 1,
            ""),
        memberRule(MAX_ELDERLY, "Most elderly members counted per family", 1, ""),
        Parameter.builder(MAX_COMPONENTS, "Most components paid per family")
            .from(START).value(4).confidence(Confidence.ASSUMED)
            .source(TRIBUN, TRIBUN_URL)
            .note("Unconfirmed: the four-component cap (highest-value components chosen) appears"
                + " only in a secondary compiled note, not in a primary source.")
            .add().build(),
        amount(PREGNANT_BENEFIT, "PKH component: pregnant or postpartum (per tahap)",
            perTahap("ibu hamil/nifas", "pregnant or postpartum", 750_000), ""),
        amount(EARLY_CHILDHOOD_BENEFIT, "PKH component: early childhood (per tahap)",
            perTahap("anak usia dini", "early childhood", 750_000), ""),
        amount(SD_BENEFIT, "PKH component: SD/MI pupil (per tahap)",
            perTahap("SD/MI", "SD/MI pupil", 225_000), ""),
        amount(SMP_BENEFIT, "PKH component: SMP/MTs pupil (per tahap)",
            perTahap("SMP/MTs", "SMP/MTs pupil", 375_000), ""),
        amount(SMA_BENEFIT, "PKH component: SMA/MA pupil (per tahap)",
            perTahap("SMA/MA", "SMA/MA pupil", 500_000), ""),
        amount(SEVERE_DISABILITY_BENEFIT, "PKH component: severe disability (per tahap)",
            perTahap("disabilitas berat", "severe disability", 600_000), rupiah3m,
            Confidence.DISPUTED),
        amount(ELDERLY_BENEFIT, "PKH component: elderly (per tahap)",
            perTahap("lanjut usia", "elderly", 600_000), rupiah3m, Confidence.DISPUTED));
  }
}
