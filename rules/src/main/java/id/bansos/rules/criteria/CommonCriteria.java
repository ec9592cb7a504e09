package id.bansos.rules.criteria;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Criterion;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Evaluation;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The criteria every program shares, written once: family-wide occupational exclusions,
 * registration and decile in the national register, residence in the covered regions, membership
 * of another program, and being alive on the date. Each program makes its own {@link Criterion}
 * (so the reason code carries the program's name) with the factories here, and evaluates it with
 * the matching method.
 */
public final class CommonCriteria {

  /** Occupations that exclude the whole family from social assistance. */
  public static final ParameterKey<OccupationSet> EXCLUDED_OCCUPATIONS =
      ParameterKey.required("COMMON.EXCLUDED_OCCUPATIONS", OccupationSet.class);

  /** Age below which a person is a child (anak): UU 23/2002 as amended by UU 35/2014. */
  public static final ParameterKey<Integer> CHILD_AGE_LIMIT =
      ParameterKey.required("COMMON.CHILD_AGE_LIMIT", Integer.class);

  /** Age from which a person is elderly (lansia): UU 13/1998 Pasal 1 angka 2. */
  public static final ParameterKey<Integer> ELDERLY_AGE =
      ParameterKey.required("COMMON.ELDERLY_AGE", Integer.class);

  /** Points of each priority reason, for ranking households within a quota. */
  public static final ParameterKey<PriorityWeights> PRIORITY_WEIGHTS =
      ParameterKey.optional("COMMON.PRIORITY_WEIGHTS", PriorityWeights.class);

  /** Pairs of programs that do not stack. */
  public static final ParameterKey<NonStackingRules> NON_STACKING =
      ParameterKey.optional("COMMON.NON_STACKING", NonStackingRules.class);

  /** The first program year of the catalog (WRSE, 2018); the exclusions must reach back to it. */
  private static final LocalDate EARLIEST_PROGRAM = LocalDate.of(2018, 1, 1);

  private CommonCriteria() {}

  /**
   * The shared parameters with their default, sourced timelines.
   *
   * @return the parameters
   */
  public static List<Parameter<?>> parameters() {
    Parameter<OccupationSet> excluded = Parameter.builder(EXCLUDED_OCCUPATIONS,
            "Occupations of any family member that exclude the family from bansos")
        .from(EARLIEST_PROGRAM).to(LocalDate.of(2022, 12, 31))
        .value(OccupationSet.of(Occupation.ASN, Occupation.TNI, Occupation.POLRI,
            Occupation.BUMN_BUMD_EMPLOYEE, Occupation.STATE_OFFICIAL))
        .confidence(Confidence.INFERRED)
        .source("Penajurnalis: ASN found among bansos recipients, 2021",
            "https://penajurnalis.co.id/?p=7111")
        .note("The exclusion of ASN/TNI/Polri and their families is stated for 2023-2025; applied"
            + " to earlier years by inference.")
        .add()
        .from(LocalDate.of(2023, 1, 1))
        .value(OccupationSet.of(Occupation.ASN, Occupation.TNI, Occupation.POLRI,
            Occupation.BUMN_BUMD_EMPLOYEE, Occupation.STATE_OFFICIAL, Occupation.STATE_PENSIONER,
            Occupation.VILLAGE_OFFICIAL, Occupation.CERTIFIED_TEACHER, Occupation.HEALTH_WORKER,
            Occupation.COMPANY_OWNER_OR_OFFICER))
        .confidence(Confidence.CONFIRMED)
        .source("Cirebon Insider, 17 Sep 2025: Mensos, ASN, TNI, Polri and BUMN/BUMD staff and"
            + " their families are not entitled to bansos",
            "https://cireboninsider.com/2025/09/17/mensos-asn-tni-dan-polri-tak-berhak-lagi-terima-bansos-data-penerima-diperbarui")
        .source("Ayobogor, 2023: 15-item drop list for PKH/BPNT/PBI",
            "https://www.ayobogor.com/umum/amp/3113115687/pemerintah-akan-gunakan-data-regsosek-untuk-pengganti-dtks-cek-juga-15-daftar-yang-dicoret-sebagai-penerima-bansos?page=2")
        .note("Pensioners, village officials, certified teachers, health workers and company"
            + " officers come from a secondary 2023 drop list, not a legal text.")
        .add()
        .build();
    Parameter<Integer> child = Parameter.builder(CHILD_AGE_LIMIT,
            "Age in years below which a person is a child (anak)")
        .from(LocalDate.of(2002, 10, 22)).value(18)
        .source("UU 23/2002 on child protection as amended by UU 35/2014, Pasal 1",
            "https://pkga.ipb.ac.id/?p=2708")
        .add()
        .build();
    Parameter<Integer> elderly = Parameter.builder(ELDERLY_AGE,
            "Age in years from which a person is elderly (lansia)")
        .from(LocalDate.of(1998, 11, 30)).value(60)
        .source("UU 13/1998 on the welfare of the elderly, Pasal 1 angka 2",
            "https://jdih.dpr.go.id/setjen/detail-dokumen/tipe/uu/id/471")
        .add()
        .build();
    Parameter<PriorityWeights> weights = Parameter.builder(PRIORITY_WEIGHTS,
            "Points of each priority reason (desil step, elderly, disabled, orphaned child,"
                + " single mother)")
        .from(EARLIEST_PROGRAM).value(new PriorityWeights(5, 30, 30, 20, 15))
        .confidence(Confidence.ASSUMED)
        .source("Jatim Newsroom, 19 Oct 2023: families with lansia and disabled members come first",
            "https://jatimprov.go.id/berita/dinsos-jatim-raih-jatim-bangkit-awards-2023_HPeR7306SGBang")
        .note("Only the order (elderly and disabled first) is sourced; the points are the"
            + " library's assumption for ranking within a quota. Override them for local policy.")
        .add()
        .build();
    Parameter<NonStackingRules> stacking = Parameter.builder(NON_STACKING,
            "Pairs of programs that sources say a household does not receive together")
        .from(LocalDate.of(2020, 1, 1)).to(LocalDate.of(2020, 12, 31))
        .value(new NonStackingRules(List.of(
            new NonStackingPair("JPS_PROVINSI_2020", "JPS_KELURAHAN_2020",
                "The 2020 provincial safety net excluded families already receiving BPNT/Sembako,"
                    + " the base of the kelurahan top-up"),
            new NonStackingPair("JPS_PROVINSI_2020", "PKH_PLUS",
                "The 2020 provincial safety net excluded families already receiving PKH"))))
        .source("Republika, 27 Apr 2020: JPS Provinsi excludes families covered by other schemes",
            "https://news.republika.co.id/berita/q9gay1396/pemprov-jatim-siapkan-bansos-untuk-daerah-psbb")
        .add()
        .build();
    return List.of(excluded, child, elderly, weights, stacking);
  }

  /**
   * The criterion "no member holds an excluded occupation" for a program.
   *
   * @param program the program code; never null
   * @return the criterion {@code <program>.NO_EXCLUDED_OCCUPATION}
   */
  public static Criterion noExcludedOccupation(String program) {
    return new Criterion(program + ".NO_EXCLUDED_OCCUPATION",
        Text.of("Tidak ada anggota keluarga ASN/TNI/Polri/BUMN/BUMD atau pekerjaan yang dikecualikan",
            "No family member in an excluded occupation (ASN/TNI/Polri/BUMN/BUMD...)"),
        "Kemensos exclusions, Sep 2025; drop list 2023 (programs.md §11)",
        Text.of("Tidak ada anggota keluarga dengan pekerjaan yang dikecualikan.",
            "No family member holds an excluded occupation."),
        Text.of("Anggota {excludedMember} bekerja sebagai {occupation}; seluruh keluarga"
                + " dikecualikan dari bansos.",
            "Member {excludedMember} works as {occupation}; the whole family is excluded from"
                + " social assistance."),
        Text.of("Pekerjaan sebagian anggota dewasa belum tercatat.",
            "The occupation of some adult members is not recorded."));
  }

  /**
   * Evaluates {@link #noExcludedOccupation(String)}: FAIL when any living member holds an
   * excluded occupation; UNKNOWN when none does but an adult's (or a member of unknown age's)
   * occupation is not recorded; PASS otherwise. Children (below {@link #CHILD_AGE_LIMIT}) need no
   * occupation.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @return the result
   */
  public static CriterionResult noExcludedOccupation(Evaluation ev, Criterion criterion) {
    ParameterValue<OccupationSet> excluded = ev.param(EXCLUDED_OCCUPATIONS);
    ParameterValue<Integer> childLimit = ev.param(CHILD_AGE_LIMIT);
    // Only an explaining evaluation spells out which members' occupations are missing.
    boolean explaining = ev.explaining();
    boolean anyMissing = false;
    List<String> missing = explaining ? new ArrayList<>(0) : List.of();
    for (Person p : ev.membersByNik()) {
      if (!p.isAliveOn(ev.date())) {
        continue;
      }
      Optional<Occupation> occupation = p.occupation();
      if (occupation.isPresent()) {
        if (excluded.value().contains(occupation.get())) {
          return ev.result(criterion).param(excluded).fact("excludedMember", p.nik())
              .fact("occupation", occupation.get()).fail();
        }
      } else {
        Optional<Integer> age = ev.ageOf(p);
        if (age.isEmpty() || age.get() >= childLimit.value()) {
          anyMissing = true;
          if (explaining) {
            missing.add(ev.memberFact(p, "occupation"));
          }
        }
      }
    }
    Evaluation.ResultBuilder b = ev.result(criterion).param(excluded).param(childLimit);
    return anyMissing ? b.unknown(missing) : b.pass();
  }

  /**
   * The criterion "registered in the national register within the decile bound" for a program.
   *
   * @param program the program code; never null
   * @return the criterion {@code <program>.REGISTRY}
   */
  public static Criterion registry(String program) {
    return new Criterion(program + ".REGISTRY",
        Text.of("Terdaftar di DTKS/DTSEN dalam batas desil", "Registered in DTKS/DTSEN within the decile bound"),
        "Permensos 3/2021 (DTKS); Inpres 4/2025 and Permensos 3/2025 (DTSEN)",
        Text.of("Keluarga terdaftar di {register} ({rule}).",
            "The family is registered in {register} ({rule})."),
        Text.of("Keluarga tidak memenuhi syarat register: {reason}.",
            "The family does not meet the register rule: {reason}."),
        Text.of("Status register keluarga belum diketahui: {reason}.",
            "The family's register status is not known: {reason}."));
  }

  /**
   * Evaluates {@link #registry(String)} against the rule in {@code key}: UNKNOWN without a
   * register check (or without a decile where a bound applies), FAIL when not registered or above
   * the bound, PASS otherwise.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param key the program's register rule parameter; never null
   * @return the result
   */
  public static CriterionResult registry(Evaluation ev, Criterion criterion,
      ParameterKey<RegistryRule> key) {
    ParameterValue<RegistryRule> rule = ev.param(key);
    Evaluation.ResultBuilder b = ev.result(criterion).param(rule).fact("rule", rule.value());
    Optional<RegistryStatus> status = ev.household().registry();
    if (status.isEmpty()) {
      return b.fact("reason", Text.of("register belum dicek", "the register was not checked"))
          .unknown("registry");
    }
    RegistryStatus s = status.get();
    b.fact("register", s.register()).fact("checkedOn", s.checkedOn());
    if (!s.registered()) {
      return b.fact("reason", Text.of("tidak terdaftar", "not registered")).fail();
    }
    if (rule.value().maxDesil().isPresent()) {
      int bound = rule.value().maxDesil().get();
      if (s.desil().isEmpty()) {
        return b.fact("reason", Text.of("desil belum diketahui", "the desil is not known"))
            .unknown("registry.desil");
      }
      b.fact("desil", s.desil().get().value());
      if (!s.desil().get().isAtMost(bound)) {
        return b.fact("reason", Text.of("desil " + s.desil().get().value() + " di atas batas " + bound,
            "desil " + s.desil().get().value() + " is above the bound " + bound)).fail();
      }
    }
    return b.pass();
  }

  /**
   * The criterion "lives in a covered kabupaten/kota" for a program.
   *
   * @param program the program code; never null
   * @return the criterion {@code <program>.COVERED_REGION}
   */
  public static Criterion coveredRegion(String program) {
    return new Criterion(program + ".COVERED_REGION",
        Text.of("Berdomisili di kabupaten/kota sasaran", "Lives in a covered kabupaten/kota"),
        "Program region lists by year (programs.md)",
        Text.of("Domisili {regency} termasuk wilayah sasaran.",
            "Domicile {regency} is in a covered region."),
        Text.of("Domisili {regency} tidak termasuk wilayah sasaran ({COVERED_REGIONS}).",
            "Domicile {regency} is not in a covered region ({COVERED_REGIONS})."),
        Text.of("Belum dapat dipastikan apakah domisili termasuk wilayah sasaran: {reason}.",
            "Cannot tell whether the domicile is covered: {reason}."));
  }

  /**
   * Evaluates {@link #coveredRegion(String)}: UNKNOWN without a domicile, with a code the
   * Kemendagri registry does not know, or outside the known part of an incomplete list; PASS
   * inside a covered region; FAIL otherwise.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param key the program's covered-regions parameter; never null
   * @return the result
   */
  public static CriterionResult coveredRegion(Evaluation ev, Criterion criterion,
      ParameterKey<CoveredRegions> key) {
    ParameterValue<CoveredRegions> covered = ev.param(key);
    Evaluation.ResultBuilder b = ev.result(criterion).param(covered);
    Household h = ev.household();
    if (h.domicile().isEmpty()) {
      return b.fact("reason", Text.of("domisili belum tercatat", "the domicile is not recorded"))
          .unknown("domicile");
    }
    RegionCode village = h.domicile().get();
    b.fact("domicile", village);
    RegionCode regency = village.at(RegionLevel.REGENCY);
    b.fact("regency", regency);
    if (village.provinceDigits().equals("35") && !RegionRegistry.jawaTimur().contains(village)) {
      return b.fact("reason", Text.of("kode desa/kelurahan tidak dikenal",
          "the village code is not in the Kemendagri list")).unknown("domicile");
    }
    if (covered.value().covers(village)) {
      return b.pass();
    }
    if (!covered.value().complete() && !covered.value().isExcluded(village)) {
      return b.fact("reason", Text.of("daftar wilayah sasaran tahun ini belum lengkap",
          "the list of covered regions for this period is incomplete"))
          .unknown("covered-region list for " + regency);
    }
    return b.fail();
  }

  /**
   * The criterion "the family receives (or does not receive) {@code aid}" for a program.
   *
   * @param program the program code; never null
   * @param aid the other program; never null
   * @param mustReceive true when the family must receive it, false when it must not
   * @return the criterion {@code <program>.RECEIVES_<AID>} or {@code <program>.NOT_RECEIVING_<AID>}
   */
  public static Criterion aid(String program, AidProgram aid, boolean mustReceive) {
    String name = aid.name();
    return mustReceive
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
  }

  /**
   * Evaluates {@link #aid(String, AidProgram, boolean)}.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param aid the other program; never null
   * @param mustReceive as in the factory
   * @return PASS or FAIL when membership is recorded, UNKNOWN otherwise
   */
  public static CriterionResult aid(Evaluation ev, Criterion criterion, AidProgram aid,
      boolean mustReceive) {
    Optional<Boolean> receives = ev.household().receives(aid);
    Evaluation.ResultBuilder b = ev.result(criterion);
    if (!ev.explaining()) {
      return receives.isEmpty() ? b.unknown(List.of())
          : b.passIf(receives.get() == mustReceive);
    }
    if (receives.isEmpty()) {
      return b.unknown("aid." + aid.name());
    }
    return b.fact("aid." + aid.name(), receives.get()).passIf(receives.get() == mustReceive);
  }

  /**
   * Evaluates a person-level age criterion: age on the date within {@code band}; UNKNOWN (missing
   * {@code birthDate}) without a birth date. The result reads the fact {@code age}, so a
   * criterion's messages may say {@code {age}} and {@code {<PARAMETER>}}.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param person the member; never null
   * @param band the age band in force; never null
   * @return the result
   */
  public static CriterionResult ageInBand(Evaluation ev, Criterion criterion, Person person,
      ParameterValue<AgeBand> band) {
    Optional<Integer> age = ev.ageOf(person);
    Evaluation.ResultBuilder b = ev.result(criterion, person.nik()).param(band);
    return age.isEmpty() ? b.unknown("birthDate")
        : b.fact("age", age.get()).passIf(band.value().contains(age.get()));
  }

  /**
   * Evaluates a person-level age criterion: age on the date at least {@code min}; UNKNOWN
   * (missing {@code birthDate}) without a birth date.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param person the member; never null
   * @param min the youngest age included, in force; never null
   * @return the result
   */
  public static CriterionResult ageAtLeast(Evaluation ev, Criterion criterion, Person person,
      ParameterValue<Integer> min) {
    Optional<Integer> age = ev.ageOf(person);
    Evaluation.ResultBuilder b = ev.result(criterion, person.nik()).param(min);
    return age.isEmpty() ? b.unknown("birthDate")
        : b.fact("age", age.get()).passIf(age.get() >= min.value());
  }

  /**
   * Evaluates a person-level age criterion: age on the date below {@code limit} (a child under
   * {@link #CHILD_AGE_LIMIT}, for example); UNKNOWN (missing {@code birthDate}) without a birth
   * date.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param person the member; never null
   * @param limit the first age excluded, in force; never null
   * @return the result
   */
  public static CriterionResult ageBelow(Evaluation ev, Criterion criterion, Person person,
      ParameterValue<Integer> limit) {
    Optional<Integer> age = ev.ageOf(person);
    Evaluation.ResultBuilder b = ev.result(criterion, person.nik()).param(limit);
    return age.isEmpty() ? b.unknown("birthDate")
        : b.fact("age", age.get()).passIf(age.get() < limit.value());
  }

  /**
   * The person-level criterion "alive on the date" for a program.
   *
   * @param program the program code; never null
   * @return the criterion {@code <program>.MEMBER_ALIVE}
   */
  public static Criterion memberAlive(String program) {
    return new Criterion(program + ".MEMBER_ALIVE",
        Text.of("Penerima masih hidup", "The beneficiary is alive"),
        "Benefits are tied to the named person and lapse at death (Malang Posco; BangsaOnline 2022)",
        Text.of("Masih hidup pada tanggal penilaian.", "Alive on the assessment date."),
        Text.of("Meninggal pada {deathDate}; bantuan tidak dapat dialihkan.",
            "Died on {deathDate}; the benefit cannot pass to someone else."),
        Text.of("Status hidup belum diketahui.", "Not known whether alive."));
  }

  /**
   * Evaluates {@link #memberAlive(String)} for {@code person}.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param person the member; never null
   * @return PASS when no death date on or before the date is recorded, FAIL otherwise
   */
  public static CriterionResult memberAlive(Evaluation ev, Criterion criterion, Person person) {
    Evaluation.ResultBuilder b = ev.result(criterion, person.nik());
    if (person.isAliveOn(ev.date())) {
      return b.pass();
    }
    return b.fact("deathDate", person.deathDate().orElseThrow()).fail();
  }

  /**
   * The criterion "the family never received a {@code grant} grant before" for a program whose
   * grant is given once.
   *
   * @param program the program code; never null
   * @param grant the grant given once; never null
   * @return the criterion {@code <program>.NO_EARLIER_GRANT}
   */
  public static Criterion noEarlierGrant(String program, GrantType grant) {
    String name = grant.name();
    return new Criterion(program + ".NO_EARLIER_GRANT",
        Text.of("Belum pernah menerima bantuan " + name, "Never received a " + name + " grant before"),
        "One-off grant (programs.md §6, §7)",
        Text.of("Riwayat bantuan sudah dicek; belum pernah menerima " + name + ".",
            "The grant history was checked; no earlier " + name + " grant."),
        Text.of("Keluarga sudah menerima " + name + " pada tahun {grantYear}.",
            "The family already received " + name + " in {grantYear}."),
        Text.of("Riwayat bantuan " + name + " belum dicek.",
            "The " + name + " grant history has not been checked."));
  }

  /**
   * Evaluates {@link #noEarlierGrant(String, GrantType)}: FAIL when a {@code grant} grant is
   * listed in {@link id.bansos.core.household.Household#pastGrants()}; PASS when none is listed
   * and the history was checked; UNKNOWN (fact {@code pastGrants}) otherwise.
   *
   * @param ev the evaluation; never null
   * @param criterion the program's criterion; never null
   * @param grant the grant given once; never null
   * @return the result
   */
  public static CriterionResult noEarlierGrant(Evaluation ev, Criterion criterion,
      GrantType grant) {
    Evaluation.ResultBuilder b = ev.result(criterion);
    for (PastGrant g : ev.household().pastGrants()) {
      if (g.type() == grant) {
        return b.fact("grantYear", g.year()).fail();
      }
    }
    if (ev.household().pastGrantsChecked()) {
      return b.fact("pastGrantsChecked", true).pass();
    }
    return b.unknown("pastGrants");
  }
}
