package id.bansos.rules.criteria;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Criterion;
import id.bansos.rules.EngineParameters;
import id.bansos.rules.Check;
import id.bansos.rules.Facts;
import id.bansos.rules.Labels;
import id.bansos.rules.Member;
import id.bansos.rules.Outcome;
import id.bansos.rules.Param;
import id.bansos.rules.Program;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The criteria every program shares, written once: family-wide occupational exclusions, the
 * occupational exclusions of the recipient, registration and decile in the national register,
 * residence in the covered regions, membership of another program, and being alive on the date.
 * Each program makes its own {@link Criterion} (so the reason code carries the program's name)
 * with the factories here, and evaluates it with the matching method.
 *
 * <p>The household-level checks made here (region, register, family-wide occupations,
 * membership of another program, earlier grants) are {@linkplain Check#shared shared}: in one
 * assessment, the programs that declare one with equal parameter values evaluate it once, and
 * each records the outcome and facts under its own criterion.
 *
 * <h2>Two kinds of occupational exclusion</h2>
 *
 * <p><b>Family-wide</b> ({@link #EXCLUDED_OCCUPATIONS}, criterion {@code
 * <PROGRAM>.NO_EXCLUDED_OCCUPATION}): a member who is ASN, TNI, Polri, a state official or a
 * BUMN/BUMD employee excludes the whole family. From 2023 that is exactly what the Minister of
 * Social Affairs stated (programs.md §11, confirmed by two sources); before 2023 the same set is
 * applied by inference.
 *
 * <p><b>Recipient only</b> ({@link #RECIPIENT_EXCLUDED_OCCUPATIONS}, criterion {@code
 * <PROGRAM>.RECIPIENT_OCCUPATION}): the other occupations of the 2023 drop list (ASN/TNI/Polri
 * pensioners, village officials, certified teachers, health workers, company owners or officers)
 * are about the person who receives the aid, and come from a secondary list that is not a legal
 * text. They never exclude the family. The parameter is optional and has <em>no value</em> in the
 * provincial catalog, so no program applies it: PKH Plus, ASPD, WRSE and KUBE declare the
 * criterion with {@link #recipientNotExcluded}, but the engine neither evaluates nor reports it
 * on a date without a value. A regency that applies the list turns it on by giving the parameter
 * a value in its derived catalog, for example the list as published ({@link
 * #recipientExclusions2023()}, marked INFERRED) or its own sourced value:
 *
 * <pre>{@code
 * Catalog kediri = JawaTimur.catalog().derive("Kabupaten Kediri")
 *     .override(CommonCriteria.recipientExclusions2023())
 *     .build();
 * }</pre>
 *
 * <p>From the value's first day, each of those programs evaluates {@code
 * <PROGRAM>.RECIPIENT_OCCUPATION} for every member it considers: a member recorded in one of the
 * occupations fails it, so does not qualify and is never named a beneficiary; a member whose
 * occupation is not recorded is UNKNOWN, except a child; everyone else passes. The rest of the
 * family is unaffected: another member (a second elderly member for PKH Plus, say) may still
 * qualify and be paid. Programs paid to the household as a whole, and the national PKH (whose
 * recipient is the family's registered carer, not a recorded fact), do not declare it.
 *
 * <p><b>Children.</b> Both criteria take a member below {@link
 * EngineParameters#CHILD_AGE_LIMIT} (18) to hold none of these posts when no occupation is
 * recorded. programs.md cites no recruitment rule for a minimum age of ASN, TNI, Polri or
 * BUMN/BUMD posts, so using the child age as that minimum is an inference.
 */
public final class CommonCriteria {

  /**
   * Occupations of any family member that exclude the whole family from social assistance:
   * ASN, TNI, Polri, state officials and BUMN/BUMD employees (confirmed from 2023, inferred
   * before).
   */
  public static final ParameterKey<OccupationSet> EXCLUDED_OCCUPATIONS =
      ParameterKey.required("COMMON.EXCLUDED_OCCUPATIONS", OccupationSet.class);

  /**
   * Occupations that exclude the member a program names as its beneficiary, not the family;
   * optional, with no value by default, so applied to no program until a regency gives it one
   * (see the class description and {@link #recipientExclusions2023()}).
   */
  public static final ParameterKey<OccupationSet> RECIPIENT_EXCLUDED_OCCUPATIONS =
      ParameterKey.optional("COMMON.RECIPIENT_EXCLUDED_OCCUPATIONS", OccupationSet.class);

  /** The first program year of the catalog (WRSE, 2018); the exclusions must reach back to it. */
  private static final LocalDate EARLIEST_PROGRAM = LocalDate.of(2018, 1, 1);

  private static final Text REGISTER_NOT_CHECKED =
      Text.of("register belum dicek", "the register was not checked");
  private static final Text NOT_REGISTERED = Text.of("tidak terdaftar", "not registered");
  private static final Text DESIL_UNKNOWN =
      Text.of("desil belum diketahui", "the desil is not known");
  // The reason "desil d is above the bound b", made once per pair on first use (racy but safe:
  // a Text is immutable and equal however often it is made), not once per household.
  private static final Text[][] DESIL_ABOVE = new Text[11][11];
  private static final Text DOMICILE_NOT_RECORDED =
      Text.of("domisili belum tercatat", "the domicile is not recorded");
  private static final Text VILLAGE_UNKNOWN = Text.of("kode desa/kelurahan tidak dikenal",
      "the village code is not in the Kemendagri list");
  private static final Text OUTSIDE_PROVINCE = Text.of(
      "domisili di luar Provinsi Jawa Timur, dan program provinsi hanya untuk penduduk Jawa Timur",
      "the domicile is outside the province of Jawa Timur, and provincial programs serve only its"
          + " residents");
  private static final Text NOT_LISTED = Text.of("kabupaten/kota tidak ada dalam daftar",
      "the kabupaten/kota is not on the list");
  private static final Text KNOWN_NOT_COVERED = Text.of(
      "kabupaten/kota diketahui tidak termasuk sasaran pada periode ini",
      "the kabupaten/kota is known not to be covered in this period");
  private static final Text LIST_INCOMPLETE = Text.of(
      "daftar wilayah sasaran tahun ini belum lengkap",
      "the list of covered regions for this period is incomplete");

  /**
   * The province whose programs these are: Jawa Timur (Kemendagri code 35). Provincial programs
   * are paid from the province's budget to people who live in it; what counts is the domicile,
   * not where the NIK or KTP was issued (programs.md §1: the 2020 safety net even kept a quota for
   * Jawa Timur residents holding a KTP of another province; §13: the NIK's region digits never
   * say where a person lives now).
   */
  public static final RegionCode PROVINCE = RegionCode.parse("35");

  private CommonCriteria() {}

  private static final String AYOBOGOR = "Ayobogor, 2023: 15-item drop list for PKH/BPNT/PBI"
      + " (secondary source, not a legal text)";
  private static final String AYOBOGOR_URL = "https://www.ayobogor.com/umum/amp/3113115687/pemerintah-akan-gunakan-data-regsosek-untuk-pengganti-dtks-cek-juga-15-daftar-yang-dicoret-sebagai-penerima-bansos?page=2";
  private static final String CHILDREN = " A member below COMMON.CHILD_AGE_LIMIT with no recorded"
      + " occupation is taken to hold no such post: programs.md cites no recruitment rule for a"
      + " minimum age of these posts, so that is an inference.";

  /** The default timeline of {@link #EXCLUDED_OCCUPATIONS}, shared by the programs that read it. */
  private static final Parameter<OccupationSet> EXCLUDED_DEFAULT = excludedOccupations();

  /** {@link #RECIPIENT_EXCLUDED_OCCUPATIONS} as the provincial catalog holds it: no value. */
  private static final Parameter<OccupationSet> RECIPIENT_EXCLUDED_DEFAULT = Parameter.of(
      RECIPIENT_EXCLUDED_OCCUPATIONS,
      "Occupations that exclude the member a program names as beneficiary, not the family. No"
          + " value by default, so no program applies it; a regency turns it on by overriding it"
          + " in a derived catalog, for example with CommonCriteria.recipientExclusions2023()"
          + " (ASN/TNI/Polri pensioners, village officials, certified teachers, health workers,"
          + " company owners or officers: the 2023 secondary drop list, INFERRED)",
      List.of());

  private static Parameter<OccupationSet> excludedOccupations() {
    OccupationSet stated = OccupationSet.of(Occupation.ASN, Occupation.TNI, Occupation.POLRI,
        Occupation.BUMN_BUMD_EMPLOYEE, Occupation.STATE_OFFICIAL);
    return Parameter.builder(EXCLUDED_OCCUPATIONS,
            "Occupations of any family member that exclude the whole family from bansos")
        .from(EARLIEST_PROGRAM).to(LocalDate.of(2022, 12, 31))
        .value(stated)
        .confidence(Confidence.INFERRED)
        .source("Penajurnalis: ASN found among bansos recipients, 2021",
            "https://penajurnalis.co.id/?p=7111")
        .note("The exclusion of ASN/TNI/Polri and their families is stated for 2023-2025; applied"
            + " to earlier years by inference." + CHILDREN)
        .add()
        .from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2025, 9, 14))
        .value(stated)
        .confidence(Confidence.INFERRED)
        .source(AYOBOGOR, AYOBOGOR_URL)
        .source("Cirebon Insider, 17 Sep 2025: Mensos, ASN, TNI, Polri and BUMN/BUMD staff and"
            + " their families are not entitled to bansos",
            "https://cireboninsider.com/2025/09/17/mensos-asn-tni-dan-polri-tak-berhak-lagi-terima-bansos-data-penerima-diperbarui")
        .note("The 2023 drop list removes recipients with an ASN/TNI/Polri member on the same KK;"
            + " state officials and BUMN/BUMD employees are stated to exclude their families only"
            + " on 15 Sep 2025 (\"tak berhak lagi\") and are excluded from 2023 by inference."
            + " A regency that applies only the 2023 list overrides this value with ASN, TNI"
            + " and Polri." + CHILDREN)
        .add()
        .from(LocalDate.of(2025, 9, 15))
        .value(stated)
        .source("Cirebon Insider, 17 Sep 2025: Mensos, ASN, TNI, Polri and BUMN/BUMD staff and"
            + " their families are not entitled to bansos",
            "https://cireboninsider.com/2025/09/17/mensos-asn-tni-dan-polri-tak-berhak-lagi-terima-bansos-data-penerima-diperbarui")
        .source("SmartRT News, 2025: Kemensos cuts 55 thousand ineligible recipients, ASN, BUMN and"
            + " TNI/Polri among them",
            "https://smartrt.news/kemensos-coret-55-ribu-penerima-bansos-tidak-layak-termasuk-asn-bumn-dan-tni-polri")
        .source(AYOBOGOR, AYOBOGOR_URL)
        .note("Only what the Minister stated reaches the whole family: ASN, TNI, Polri, state"
            + " officials and BUMN/BUMD employees (two sources, 2025); the 2023 drop list already"
            + " removed recipients with an ASN/TNI/Polri member on the same KK. The list's other"
            + " occupations concern the recipient: see COMMON.RECIPIENT_EXCLUDED_OCCUPATIONS."
            + CHILDREN)
        .add()
        .build();
  }

  /**
   * The recipient items of the 2023 drop list as a value of {@link
   * #RECIPIENT_EXCLUDED_OCCUPATIONS} from 1 Jan 2023 on, marked INFERRED: ASN/TNI/Polri
   * pensioners, village officials, certified teachers, health workers, and company owners or
   * officers. A regency that applies the list passes it to {@code Catalog.Builder#override}; the
   * provincial catalog does not.
   *
   * @return the value; never null
   */
  public static ParameterValue<OccupationSet> recipientExclusions2023() {
    return new ParameterValue<>(RECIPIENT_EXCLUDED_OCCUPATIONS,
        OccupationSet.of(Occupation.STATE_PENSIONER, Occupation.VILLAGE_OFFICIAL,
            Occupation.CERTIFIED_TEACHER, Occupation.HEALTH_WORKER,
            Occupation.COMPANY_OWNER_OR_OFFICER),
        LocalDate.of(2023, 1, 1), Optional.empty(), Confidence.INFERRED,
        List.of(Source.of(AYOBOGOR, AYOBOGOR_URL)),
        "Items 6 and 8-11 of a secondary 2023 drop list, which is not a legal text; they remove"
            + " the recipient, and nothing states that they exclude the family." + CHILDREN);
  }

  /**
   * Adds the household-level criterion {@code <PROGRAM>.NO_EXCLUDED_OCCUPATION} against {@link
   * #EXCLUDED_OCCUPATIONS}: FAIL when a member on the date holds an occupation that excludes the
   * family; UNKNOWN when none does but the occupation of an adult (or of a member of unknown age)
   * is not recorded; PASS otherwise. A child (below {@link EngineParameters#CHILD_AGE_LIMIT}) is
   * taken to hold no post, so needs no recorded occupation (an inference: see the class
   * description).
   *
   * @param b the program being declared; never null
   * @return the criterion added
   */
  public static Criterion noExcludedOccupation(Program.Builder b) {
    Criterion criterion = new Criterion(b.info().code() + ".NO_EXCLUDED_OCCUPATION",
        Text.of("Tidak ada anggota keluarga ASN/TNI/Polri, pejabat negara atau pegawai BUMN/BUMD",
            "No family member is ASN, TNI, Polri, a state official or a BUMN/BUMD employee"),
        "Mensos statement, Sep 2025 (two sources); drop list 2023, items 4-5 (programs.md §11)",
        Text.of("Tidak ada anggota keluarga dengan pekerjaan yang dikecualikan.",
            "No family member holds an excluded occupation."),
        Text.of("Anggota {excludedMember} bekerja sebagai {occupation}; seluruh keluarga"
                + " dikecualikan dari bansos.",
            "Member {excludedMember} works as {occupation}; the whole family is excluded from"
                + " social assistance."),
        Text.of("Pekerjaan sebagian anggota dewasa belum tercatat.",
            "The occupation of some adult members is not recorded."));
    b.shared(EXCLUDED_DEFAULT);
    Param<OccupationSet> excluded = b.param(EXCLUDED_OCCUPATIONS);
    Param<Integer> childLimit = b.param(EngineParameters.CHILD_AGE_LIMIT);
    Check<Member> holds = Check.outcome((m, r) -> {
      Optional<Occupation> occupation = r.find(m, Facts.OCCUPATION);
      if (occupation.isPresent()) {
        return r.value(excluded).contains(occupation.get()) ? Outcome.PASS : Outcome.FAIL;
      }
      Optional<Integer> age = m.age();
      if (age.isPresent() && age.get() < r.value(childLimit)) {
        return Outcome.FAIL;
      }
      // Not recorded for an adult, or for a member of unknown age: not known.
      return r.absent(m, Facts.OCCUPATION);
    }, Facts.OCCUPATION.name());
    b.household(criterion,
        Check.shared("COMMON.NO_EXCLUDED_OCCUPATION", Check.noMember("excludedMember", holds)),
        excluded, childLimit);
    return criterion;
  }

  /**
   * Declares the person-level criterion {@code <PROGRAM>.RECIPIENT_OCCUPATION} against {@link
   * #RECIPIENT_EXCLUDED_OCCUPATIONS}, which applies only on dates when that parameter has a value
   * (none by default; see the class description): FAIL when the member's recorded occupation is
   * in the set, so that the member does not qualify; UNKNOWN when the occupation of an adult (or
   * of a member of unknown age) is not recorded; PASS otherwise. It never excludes the family.
   * Declare it after the program's other person-level criteria.
   *
   * @param b the program being declared; never null
   * @return the criterion added
   */
  public static Criterion recipientNotExcluded(Program.Builder b) {
    Criterion criterion = new Criterion(b.info().code() + ".RECIPIENT_OCCUPATION",
        Text.of("Penerima tidak bekerja pada pekerjaan yang dikecualikan bagi penerima",
            "The recipient holds no occupation excluded for recipients"),
        "Drop list 2023, items 6 and 8-11, a secondary source (programs.md §11); applies only"
            + " while COMMON.RECIPIENT_EXCLUDED_OCCUPATIONS has a value (none by default)",
        Text.of("Bukan {RECIPIENT_EXCLUDED_OCCUPATIONS}.",
            "Not one of {RECIPIENT_EXCLUDED_OCCUPATIONS}."),
        Text.of("Bekerja sebagai {occupation}; tidak dapat menjadi penerima. Anggota keluarga lain"
                + " tidak terpengaruh.",
            "Works as {occupation}, so cannot be the recipient. Other members are not affected."),
        Text.of("Pekerjaan belum tercatat.", "The occupation is not recorded."));
    b.shared(RECIPIENT_EXCLUDED_DEFAULT);
    Param<OccupationSet> excluded = b.param(RECIPIENT_EXCLUDED_OCCUPATIONS);
    Param<Integer> childLimit = b.param(EngineParameters.CHILD_AGE_LIMIT);
    b.memberWhileSet(criterion, excluded, Check.outcome((m, r) -> {
      Optional<Occupation> occupation = r.find(m, Facts.OCCUPATION);
      if (occupation.isPresent()) {
        return r.value(excluded).contains(occupation.get()) ? Outcome.FAIL : Outcome.PASS;
      }
      Optional<Integer> age = m.age();
      if (age.isPresent() && age.get() < r.value(childLimit)) {
        return Outcome.PASS;
      }
      // Not recorded for an adult, or for a member of unknown age: not known.
      return r.absent(m, Facts.OCCUPATION);
    }, Facts.OCCUPATION.name()), childLimit);
    return criterion;
  }

  /**
   * Adds the household-level criterion {@code <PROGRAM>.REGISTRY} against the rule in {@code
   * key}: UNKNOWN without a register check (or without a decile where a bound applies), FAIL
   * when not registered or above the bound, PASS otherwise.
   *
   * @param b the program being declared; never null
   * @param key the program's register rule parameter; never null
   * @return the criterion added
   */
  public static Criterion registry(Program.Builder b, ParameterKey<RegistryRule> key) {
    Criterion criterion = new Criterion(b.info().code() + ".REGISTRY",
        Text.of("Terdaftar di DTKS/DTSEN dalam batas desil", "Registered in DTKS/DTSEN within the decile bound"),
        "Permensos 3/2021 (DTKS); Inpres 4/2025 and Permensos 3/2025 (DTSEN)",
        Text.of("Keluarga terdaftar di {register} ({rule}).",
            "The family is registered in {register} ({rule})."),
        Text.of("Keluarga tidak memenuhi syarat register: {reason}.",
            "The family does not meet the register rule: {reason}."),
        Text.of("Status register keluarga belum diketahui: {reason}.",
            "The family's register status is not known: {reason}."));
    Param<RegistryRule> rule = b.param(key);
    b.household(criterion, Check.shared("COMMON.REGISTRY", Check.outcome((h, r) -> {
      RegistryRule value = r.value(rule);
      r.show("rule", value);
      Optional<RegistryStatus> status = h.registry();
      if (status.isEmpty()) {
        r.show("reason", REGISTER_NOT_CHECKED);
        return r.absent(h, Facts.REGISTRY);
      }
      RegistryStatus s = status.get();
      r.show("register", s.register());
      r.show("checkedOn", s.checkedOn());
      if (!s.registered()) {
        r.show("reason", NOT_REGISTERED);
        return Outcome.FAIL;
      }
      if (value.maxDesil().isPresent()) {
        int bound = value.maxDesil().get();
        if (s.desil().isEmpty()) {
          r.show("reason", DESIL_UNKNOWN);
          return r.absent(h, "registry.desil");
        }
        int desil = s.desil().get().value();
        r.show("desil", desil);
        if (!s.desil().get().isAtMost(bound)) {
          r.show("reason", desilAbove(desil, bound));
          return Outcome.FAIL;
        }
      }
      return Outcome.PASS;
    }, "rule", "reason", "register", "checkedOn", "desil")), rule);
    return criterion;
  }

  private static Text desilAbove(int desil, int bound) {
    // A desil (Desil) and a bound (RegistryRule) are both 1 to 10: every pair has its slot.
    Text reason = DESIL_ABOVE[desil][bound];
    if (reason == null) {
      reason = Text.of("desil " + desil + " di atas batas " + bound,
          "desil " + desil + " is above the bound " + bound);
      DESIL_ABOVE[desil][bound] = reason;
    }
    return reason;
  }

  /**
   * Adds the household-level criterion {@code <PROGRAM>.COVERED_REGION}: UNKNOWN without a
   * domicile; PASS inside a covered region; FAIL with the reason "outside Jawa Timur" for a
   * domicile in another province (outside {@link #PROVINCE}) that no listed region contains, even
   * when the list is incomplete, since an incomplete list of the province's regions can still
   * say that another province is not among them; UNKNOWN for a Jawa Timur code the Kemendagri
   * registry does not know, or a Jawa Timur region outside the known part of an incomplete list;
   * FAIL otherwise, with the reason (not on the list, or known not to be covered). Provincial
   * programs declare this criterion; the national PKH does not.
   *
   * @param b the program being declared; never null
   * @param key the program's covered-regions parameter; never null
   * @return the criterion added
   */
  public static Criterion coveredRegion(Program.Builder b, ParameterKey<CoveredRegions> key) {
    Criterion criterion = new Criterion(b.info().code() + ".COVERED_REGION",
        Text.of("Berdomisili di kabupaten/kota sasaran", "Lives in a covered kabupaten/kota"),
        "Program region lists by year (programs.md)",
        Text.of("Domisili {regency} termasuk wilayah sasaran.",
            "Domicile {regency} is in a covered region."),
        Text.of("Domisili {regency} tidak termasuk wilayah sasaran ({COVERED_REGIONS}): {reason}.",
            "Domicile {regency} is not in a covered region ({COVERED_REGIONS}): {reason}."),
        Text.of("Belum dapat dipastikan apakah domisili termasuk wilayah sasaran: {reason}.",
            "Cannot tell whether the domicile is covered: {reason}."));
    Param<CoveredRegions> covered = b.param(key);
    b.household(criterion, Check.shared("COMMON.COVERED_REGION", Check.outcome((h, r) -> {
      Optional<RegionCode> domicile = h.domicile();
      if (domicile.isEmpty()) {
        r.show("reason", DOMICILE_NOT_RECORDED);
        return r.absent(h, "domicile");
      }
      RegionCode village = domicile.get();
      r.show("domicile", village);
      RegionCode regency = h.domicileRegency().orElseThrow();
      r.show("regency", regency);
      CoveredRegions regions = r.value(covered);
      if (!village.isWithin(PROVINCE)) {
        if (regions.covers(village)) {
          return Outcome.PASS;
        }
        r.show("reason", OUTSIDE_PROVINCE);
        return Outcome.FAIL;
      }
      if (!h.domicileKnown()) {
        r.show("reason", VILLAGE_UNKNOWN);
        return r.absent(h, "domicile");
      }
      if (regions.covers(village)) {
        return Outcome.PASS;
      }
      if (regions.isExcluded(village)) {
        r.show("reason", KNOWN_NOT_COVERED);
        return Outcome.FAIL;
      }
      if (!regions.complete()) {
        r.show("reason", LIST_INCOMPLETE);
        return r.absent(h, "covered-region list for " + regency, Text.of(
            "daftar wilayah sasaran untuk " + Labels.region(regency),
            "list of covered regions for " + Labels.region(regency)));
      }
      r.show("reason", NOT_LISTED);
      return Outcome.FAIL;
    }, "reason", "domicile", "regency")), covered);
    return criterion;
  }

  /**
   * Adds the household-level criterion "the family receives (or does not receive) {@code aid}":
   * {@code <PROGRAM>.RECEIVES_<AID>} or {@code <PROGRAM>.NOT_RECEIVING_<AID>}, UNKNOWN when
   * membership is not recorded.
   *
   * @param b the program being declared; never null
   * @param aid the other program; never null
   * @param mustReceive true when the family must receive it, false when it must not
   * @return the criterion added
   */
  public static Criterion aid(Program.Builder b, AidProgram aid, boolean mustReceive) {
    String program = b.info().code();
    String name = aid.name();
    Criterion criterion = mustReceive
        ? new Criterion(program + ".RECEIVES_" + name,
            Text.of("Keluarga penerima " + name, "Family receives " + name),
            "Program rule (programs.md)",
            Text.of("Keluarga tercatat sebagai penerima " + name + ".",
                "The family is recorded as receiving " + name + "."),
            Text.of("Keluarga bukan penerima " + name + ".", "The family does not receive " + name + "."),
            Text.of("Belum diketahui apakah keluarga menerima " + name + ".",
                "Not known whether the family receives " + name + "."))
        : new Criterion(program + ".NOT_RECEIVING_" + name,
            Text.of("Keluarga tidak menerima " + name, "Family does not receive " + name),
            "Program rule (programs.md)",
            Text.of("Keluarga tidak menerima " + name + ".", "The family does not receive " + name + "."),
            Text.of("Keluarga sudah menerima " + name + ".", "The family already receives " + name + "."),
            Text.of("Belum diketahui apakah keluarga menerima " + name + ".",
                "Not known whether the family receives " + name + "."));
    b.household(criterion, Check.shared("COMMON.RECEIVES_" + name + (mustReceive ? "" : ".NOT"),
        Check.fact(Facts.aid(aid), v -> v == mustReceive)));
    return criterion;
  }

  /**
   * A person-level age check: age on the date within the band in force.
   *
   * @param band the age band; never null
   * @return the check, reading the fact {@code age}
   */
  public static Check<Member> ageInBand(Param<AgeBand> band) {
    return Check.fact(Facts.AGE, (age, r) -> r.value(band).contains(age));
  }

  /**
   * A person-level age check: age on the date at least the minimum in force.
   *
   * @param min the minimum age, inclusive; never null
   * @return the check, reading the fact {@code age}
   */
  public static Check<Member> ageAtLeast(Param<Integer> min) {
    return Check.fact(Facts.AGE, (age, r) -> age >= r.value(min));
  }

  /**
   * A person-level age check: age on the date below the limit in force (a child under {@link
   * EngineParameters#CHILD_AGE_LIMIT}, for example).
   *
   * @param limit the first age excluded; never null
   * @return the check, reading the fact {@code age}
   */
  public static Check<Member> ageBelow(Param<Integer> limit) {
    return Check.fact(Facts.AGE, (age, r) -> age < r.value(limit));
  }

  /**
   * Adds the household-level criterion {@code <PROGRAM>.NO_EARLIER_GRANT} for a program whose
   * grant is given once: FAIL when a {@code grant} grant is listed in the household's past
   * grants; PASS when none is listed and the history was checked; UNKNOWN (fact {@code
   * pastGrants}) otherwise.
   *
   * @param b the program being declared; never null
   * @param grant the grant given once; never null
   * @return the criterion added
   */
  public static Criterion noEarlierGrant(Program.Builder b, GrantType grant) {
    String name = grant.name();
    Criterion criterion = new Criterion(b.info().code() + ".NO_EARLIER_GRANT",
        Text.of("Belum pernah menerima bantuan " + name, "Never received a " + name + " grant before"),
        "One-off grant (programs.md §6, §7)",
        Text.of("Riwayat bantuan sudah dicek; belum pernah menerima " + name + ".",
            "The grant history was checked; no earlier " + name + " grant."),
        Text.of("Keluarga sudah menerima " + name + " pada tahun {grantYear}.",
            "The family already received " + name + " in {grantYear}."),
        Text.of("Riwayat bantuan " + name + " belum dicek.",
            "The " + name + " grant history has not been checked."));
    b.household(criterion, Check.shared("COMMON.NO_EARLIER_GRANT_" + name, Check.outcome((h, r) -> {
      for (PastGrant g : h.household().pastGrants()) {
        if (g.type() == grant) {
          r.show("grantYear", g.year());
          return Outcome.FAIL;
        }
      }
      if (!h.household().pastGrantsChecked()) {
        return r.absent(h, Facts.PAST_GRANTS_CHECKED);
      }
      r.show("pastGrantsChecked", true);
      return Outcome.PASS;
    }, "grantYear", "pastGrantsChecked")));
    return criterion;
  }
}
