package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import id.bansos.core.household.AidProgram;
import id.bansos.core.household.DeathCause;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.Catalog;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import id.bansos.rules.program.upt.UptClientProtection;
import id.bansos.rules.program.wrse.Wrse;
import id.bansos.rules.criteria.CoveredRegions;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.StringsDSL;

/**
 * Builds a generator of whole, internally consistent households (one Kartu Keluarga): one head
 * aged 18 or more; perhaps a spouse of the other sex within ten years of the head's age; children
 * born at least 16 years after both parents; perhaps a parent of the head at least 16 years older;
 * unique NIKs that encode each member's birth date and sex; a domicile that is a real Jawa Timur
 * desa or kelurahan; a No. KK issued in the domicile's kecamatan. Every adult has an occupation
 * that no catalog period excludes, and no member has a disability, unless a knob says otherwise.
 *
 * <p>Knobs narrow what is generated, constructively (nothing is filtered away):
 *
 * <pre>{@code
 * Gen<Household> gen = BansosGen.households()
 *     .withMemberAged(70, date)          // a member aged exactly 70 on date
 *     .inPkhPlusCoveredRegency(date)     // domicile in a kab/kota PKH Plus covers on date
 *     .withDesilBetween(1, 4)            // DTSEN status with desil 1-4
 *     .receivingPkh()
 *     .build();
 * }</pre>
 *
 * <p>By default a household records what a screening needs (ages, sexes, relationships,
 * occupations, marital status, disability, domicile, register status, PKH membership) and every
 * fact is present. {@link #withFactsMissing()} leaves facts out at random, {@link
 * #withEveryFact()} records every other fact of the model and of the catalog's programs on some
 * households, and {@link #withExtensions(List)} adds a regency's own extension facts; together
 * they give what a reader or writer of the wire format must carry:
 *
 * <pre>{@code
 * Gen<Household> anything = BansosGen.extensionKeys(List.of(Sex.class)).flatMap(keys ->
 *     BansosGen.households().withEveryFact().withFactsMissing().withExtensions(keys).build());
 * }</pre>
 *
 * <p>All members are born on or before the reference date: {@link #asOf(LocalDate)} if set,
 * else the date of {@link #withMemberAged(int, LocalDate)}, else the date of a coverage knob,
 * else {@link #DEFAULT_AS_OF}. The register was checked within 90 days before it.
 *
 * <p>This builder is mutable and not thread-safe; {@link #build()} takes a snapshot and returns
 * an immutable, thread-safe generator. Knob conflicts (a coverage date with no value, a desil range
 * outside 1–10, no excluded occupation on the date) are reported by {@link #build()} with an
 * {@link IllegalArgumentException}.
 */
public final class HouseholdGen {

  /** The reference date when no knob gives one. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);

  private static final List<String> SYLLABLES = List.of("su", "war", "ni", "yan", "to", "ti",
      "ah", "mad", "sri", "wa", "hyu", "ri", "an", "di", "ka", "da", "lin", "tum", "bo", "ra");

  private static final Set<Occupation> EVERYDAY_WORK = EnumSet.of(Occupation.LABOURER,
      Occupation.FARMER, Occupation.FISHER, Occupation.TRADER, Occupation.SELF_EMPLOYED,
      Occupation.HOMEMAKER, Occupation.NOT_WORKING, Occupation.PRIVATE_EMPLOYEE, Occupation.OTHER);

  private static final List<Relationship> RELATIVES = List.of(Relationship.CHILD_IN_LAW,
      Relationship.GRANDCHILD, Relationship.PARENT_IN_LAW, Relationship.OTHER_RELATIVE,
      Relationship.HOUSEHOLD_HELPER, Relationship.OTHER);

  // Names as a wire format meets them: other scripts, an apostrophe, quotes, a tab.
  private static final List<String> UNUSUAL_NAMES = List.of("Siti", "Dewi Lestari", "Ni'mah",
      "\u00c7a\u011flar", "Bu Ratna \"Ina\"", "Wayan\tSudirta", "Ahmad \u1e0ciy\u0101'",
      "\u0130brahim");

  private enum VillageKind { ANY, KELURAHAN, DESA }

  private Catalog catalog = JawaTimur.catalog();
  private Optional<LocalDate> asOf = Optional.empty();
  private Optional<Integer> memberAge = Optional.empty();
  private Optional<LocalDate> memberAgeDate = Optional.empty();
  private Optional<ParameterKey<CoveredRegions>> coverageKey = Optional.empty();
  private Optional<LocalDate> coverageDate = Optional.empty();
  private Optional<RegionCode> region = Optional.empty();
  private VillageKind villageKind = VillageKind.ANY;
  private Optional<int[]> desilRange = Optional.empty();
  private boolean severelyDisabledMember;
  private boolean excludedOccupation;
  private boolean factsMissing;
  private boolean everyFact;
  private List<ExtensionKey<?>> extensionKeys = List.of();
  private final Map<AidProgram, Boolean> aid = new EnumMap<>(AidProgram.class);

  HouseholdGen() {}

  /**
   * The catalog whose parameters the knobs read (covered regions, excluded occupations); the
   * provincial {@link JawaTimur#catalog()} by default. Pass a regency's derived catalog to
   * generate households that fit its own parameters.
   *
   * @param catalog the catalog; never null
   * @return this
   */
  public HouseholdGen catalog(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    return this;
  }

  /**
   * The reference date: every member is born on or before it, and the register was checked
   * shortly before it.
   *
   * @param date the date; never null
   * @return this
   */
  public HouseholdGen asOf(LocalDate date) {
    this.asOf = Optional.of(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * One member aged exactly {@code age} in completed years on {@code date} (in the sense of
   * {@link Person#ageOn(LocalDate)}), with a relationship that fits the age: a child under 18, the
   * head or the spouse as an adult, the head or the head's parent from 60.
   *
   * @param age the age, 0 to 110
   * @param date the date; never null
   * @return this
   * @throws IllegalArgumentException when the age is outside 0–110
   */
  public HouseholdGen withMemberAged(int age, LocalDate date) {
    if (age < 0 || age > 110) {
      throw new IllegalArgumentException("an age from 0 to 110, not " + age);
    }
    this.memberAge = Optional.of(age);
    this.memberAgeDate = Optional.of(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * A domicile in a kabupaten/kota that PKH Plus covers on {@code date}: the value of
   * {@link PkhPlus#COVERED_REGIONS} in the catalog on that date.
   *
   * @param date the date; never null
   * @return this
   */
  public HouseholdGen inPkhPlusCoveredRegency(LocalDate date) {
    return inRegionCoveredBy(PkhPlus.COVERED_REGIONS, date);
  }

  /**
   * A domicile in a region listed by the covered-regions parameter {@code key} on {@code date}
   * (only the listed part of an incomplete list).
   *
   * @param key any program's covered-regions parameter; never null
   * @param date the date; never null
   * @return this
   */
  public HouseholdGen inRegionCoveredBy(ParameterKey<CoveredRegions> key, LocalDate date) {
    this.coverageKey = Optional.of(Objects.requireNonNull(key, "key"));
    this.coverageDate = Optional.of(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * A domicile within {@code region} (a kabupaten/kota, a kecamatan or one village).
   *
   * @param region a Jawa Timur region code; never null
   * @return this
   */
  public HouseholdGen inRegion(RegionCode region) {
    this.region = Optional.of(Objects.requireNonNull(region, "region"));
    return this;
  }

  /**
   * A domicile that is a kelurahan (urban village, code {@code 1xxx}).
   *
   * @return this
   */
  public HouseholdGen inKelurahan() {
    this.villageKind = VillageKind.KELURAHAN;
    return this;
  }

  /**
   * A domicile that is a desa (rural village, code {@code 2xxx}).
   *
   * @return this
   */
  public HouseholdGen inDesa() {
    this.villageKind = VillageKind.DESA;
    return this;
  }

  /**
   * A DTSEN register status with a desil from {@code min} to {@code max}, both included.
   *
   * @param min the poorest desil, 1 to 10
   * @param max the richest desil, {@code min} to 10
   * @return this
   * @throws IllegalArgumentException when the range is not within 1–10
   */
  public HouseholdGen withDesilBetween(int min, int max) {
    if (min < 1 || max > 10 || min > max) {
      throw new IllegalArgumentException("a desil range within 1-10, not " + min + "-" + max);
    }
    this.desilRange = Optional.of(new int[] {min, max});
    return this;
  }

  /**
   * One member with a severe disability that needs help with daily living and cannot be
   * rehabilitated ({@link Disability#severe}): the member of {@link #withMemberAged} when that
   * knob is set, otherwise any member.
   *
   * @return this
   */
  public HouseholdGen withSeverelyDisabledMember() {
    this.severelyDisabledMember = true;
    return this;
  }

  /**
   * One adult member (the head or the spouse) whose occupation the catalog's {@link
   * CommonCriteria#EXCLUDED_OCCUPATIONS} excludes on the reference date.
   *
   * @return this
   */
  public HouseholdGen withExcludedOccupation() {
    this.excludedOccupation = true;
    return this;
  }

  /**
   * Drops optional facts at random (birth dates, sexes, occupations, marital status, disability
   * facts, the domicile, the register status, PKH membership; names, and the relationships of
   * members other than the head), at least one per household. Facts another knob asks for are
   * kept.
   *
   * @return this
   */
  public HouseholdGen withFactsMissing() {
    this.factsMissing = true;
    return this;
  }

  /**
   * Records, besides the default facts, every other fact of the model and of the provincial
   * programs, each on some households or members and absent on the others: more relatives (any
   * relationship but the head's), a death date (never the head's nor a knob's member), any
   * occupation and marital status (an excluded occupation included, so this knob overrides the
   * default of ordinary occupations), disabilities of any severity with or without the need for
   * help and rehabilitation known, school level, chronic illness, main breadwinner, abandonment by
   * a spouse, monthly income, labour shock and its date, each parent's status, the other aid
   * programs, past grants and whether they were checked, life on a small island, national PKH's
   * components, pregnancy, life in a provincial UPT and its name, wheelchair need, graduation
   * from UPT RSBKW, a capable carer; and names in several scripts, with quotes and control
   * characters. Ages, NIKs, one head and the facts other knobs ask for stay consistent; nothing
   * else is kept plausible. For tests of readers, writers and schemas rather than of rules.
   *
   * @return this
   */
  public HouseholdGen withEveryFact() {
    this.everyFact = true;
    return this;
  }

  /**
   * The household and each member carry a random value of about half of {@code keys} (texts
   * in any Unicode plane with quotes and control characters, integers and amounts over their
   * whole range, dates of years 1 to 9999). See {@link BansosGen#extensionKeys(List)}.
   *
   * @param keys the registrations; never null
   * @return this
   */
  public HouseholdGen withExtensions(List<ExtensionKey<?>> keys) {
    this.extensionKeys = List.copyOf(keys);
    return this;
  }

  /**
   * The family is recorded as receiving national PKH.
   *
   * @return this
   */
  public HouseholdGen receivingPkh() {
    return withAid(AidProgram.PKH, true);
  }

  /**
   * The family is recorded as receiving {@code program} ({@code true}) or not ({@code false}).
   *
   * @param program the program; never null
   * @param receives whether it receives it
   * @return this
   */
  public HouseholdGen withAid(AidProgram program, boolean receives) {
    aid.put(Objects.requireNonNull(program, "program"), receives);
    return this;
  }

  /**
   * The generator: a snapshot of the knobs set so far.
   *
   * @return an immutable, thread-safe generator
   * @throws IllegalArgumentException when the knobs cannot be met together
   */
  public Gen<Household> build() {
    LocalDate ref = asOf.or(() -> memberAgeDate).or(() -> coverageDate).orElse(DEFAULT_AS_OF);
    List<RegionCode> villages = villages();
    Set<Occupation> ordinary = EnumSet.copyOf(EVERYDAY_WORK);
    catalog.parameter(CommonCriteria.EXCLUDED_OCCUPATIONS).ifPresent(p -> p.timeline()
        .forEach(v -> ordinary.removeAll(v.value().occupations())));
    if (ordinary.isEmpty()) {
      ordinary.add(Occupation.NOT_WORKING);
    }
    List<Occupation> excluded = List.of();
    if (excludedOccupation) {
      excluded = catalog.at(CommonCriteria.EXCLUDED_OCCUPATIONS, ref)
          .map(v -> List.copyOf(v.value().occupations())).orElse(List.of());
      if (excluded.isEmpty()) {
        throw new IllegalArgumentException("no occupation is excluded on " + ref + " in "
            + catalog.name());
      }
    }
    Spec spec = new Spec(ref, villages, List.copyOf(ordinary), excluded, memberAge,
        memberAgeDate, desilRange.map(int[]::clone), severelyDisabledMember, factsMissing,
        everyFact, extensionKeys, new EnumMap<>(aid),
        coverageKey.isPresent() || region.isPresent());
    return spec::generate;
  }

  private List<RegionCode> villages() {
    Optional<CoveredRegions> covered = Optional.empty();
    if (coverageKey.isPresent()) {
      Optional<ParameterValue<CoveredRegions>> v = catalog.at(coverageKey.get(), coverageDate.get());
      if (v.isEmpty()) {
        throw new IllegalArgumentException(coverageKey.get() + " has no value on "
            + coverageDate.get() + " in " + catalog.name());
      }
      covered = Optional.of(v.get().value());
    }
    List<RegionCode> result = new ArrayList<>();
    for (Region r : RegionRegistry.jawaTimur().villages()) {
      RegionCode c = r.code();
      boolean kindOk = switch (villageKind) {
        case ANY -> true;
        case KELURAHAN -> r.isKelurahan();
        case DESA -> r.isDesa();
      };
      if (kindOk && covered.map(cr -> cr.covers(c)).orElse(true)
          && region.map(c::isWithin).orElse(true)) {
        result.add(c);
      }
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException("no Jawa Timur village meets the domicile knobs");
    }
    return List.copyOf(result);
  }

  /** The knobs frozen by {@link #build()}; generates one household from a randomness source. */
  private record Spec(LocalDate ref, List<RegionCode> villages, List<Occupation> ordinary,
      List<Occupation> excluded, Optional<Integer> memberAge, Optional<LocalDate> memberAgeDate,
      Optional<int[]> desilRange, boolean severe, boolean factsMissing, boolean everyFact,
      List<ExtensionKey<?>> extensionKeys, Map<AidProgram, Boolean> aid, boolean pinDomicile) {

    Household generate(RandomnessSource rs) {
      R r = new R(rs);
      RegionCode domicile = r.pick(villages);
      RegionCode district = domicile.at(RegionLevel.DISTRICT);
      LocalDate adultLatest = ref.minusYears(18);

      List<Draft> members = new ArrayList<>();
      Draft anchor = null;
      LocalDate head;
      Optional<LocalDate> anchorBirth = memberAge.map(age -> r.date(
          memberAgeDate.get().minusYears(age + 1L).plusDays(1), memberAgeDate.get().minusYears(age)));
      Relationship anchorRole = null;
      if (anchorBirth.isPresent()) {
        LocalDate b = anchorBirth.get();
        if (b.isAfter(adultLatest)) {
          anchorRole = Relationship.CHILD;
        } else if (!b.plusYears(16).isAfter(adultLatest) && b.isBefore(ref.minusYears(60))
            && r.coin()) {
          anchorRole = Relationship.PARENT;
        } else if (b.isAfter(ref.minusYears(80)) && r.coin()) {
          anchorRole = Relationship.SPOUSE;
        } else {
          anchorRole = Relationship.HEAD;
        }
        anchor = new Draft(anchorRole, b);
        anchor.pinBirth = true;
      }
      if (anchorRole == Relationship.HEAD) {
        head = anchorBirth.get();
      } else if (anchorRole == Relationship.SPOUSE) {
        LocalDate b = anchorBirth.get();
        head = r.date(max(b.minusYears(10), ref.minusYears(95)), min(b.plusYears(10), adultLatest));
      } else if (anchorRole == Relationship.CHILD) {
        LocalDate b = anchorBirth.get();
        head = r.date(max(b.minusYears(45), ref.minusYears(90)), min(b.minusYears(16), adultLatest));
      } else if (anchorRole == Relationship.PARENT) {
        LocalDate b = anchorBirth.get();
        head = r.date(b.plusYears(16), min(b.plusYears(40), adultLatest));
      } else {
        head = r.date(ref.minusYears(85), adultLatest);
      }
      Draft headDraft = anchorRole == Relationship.HEAD ? anchor : new Draft(Relationship.HEAD, head);
      headDraft.sex = r.below(5) == 0 ? Sex.FEMALE : Sex.MALE;
      members.add(headDraft);

      Draft spouse = null;
      if (anchorRole == Relationship.SPOUSE) {
        spouse = anchor;
      } else if (r.below(10) < 7) {
        LocalDate lo = max(head.minusYears(10), ref.minusYears(95));
        LocalDate hi = min(head.plusYears(10), adultLatest);
        if (anchorRole == Relationship.CHILD) {
          lo = max(lo, anchorBirth.get().minusYears(50));
          hi = min(hi, anchorBirth.get().minusYears(16));
        }
        if (!hi.isBefore(lo)) {
          spouse = new Draft(Relationship.SPOUSE, r.date(lo, hi));
        }
      }
      if (spouse != null) {
        spouse.sex = headDraft.sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        spouse.marital = MaritalStatus.MARRIED;
        headDraft.marital = MaritalStatus.MARRIED;
        members.add(spouse);
      }

      LocalDate youngestParent = spouse != null && spouse.birth.isAfter(head) ? spouse.birth : head;
      LocalDate childLo = youngestParent.plusYears(16);
      LocalDate childHi = min(youngestParent.plusYears(45), ref);
      int children = childHi.isBefore(childLo) ? 0 : r.below(4);
      if (anchorRole == Relationship.CHILD) {
        members.add(anchor);
      }
      for (int i = 0; i < children; i++) {
        members.add(new Draft(Relationship.CHILD, r.date(childLo, childHi)));
      }
      boolean anyChild = members.stream().anyMatch(d -> d.rel == Relationship.CHILD);
      if (headDraft.marital == null) {
        headDraft.marital = anyChild
            ? (r.coin() ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED)
            : r.pick(List.of(MaritalStatus.SINGLE, MaritalStatus.WIDOWED, MaritalStatus.DIVORCED));
      }

      if (anchorRole == Relationship.PARENT) {
        members.add(anchor);
      } else if (r.below(4) == 0) {
        LocalDate lo = max(head.minusYears(40), ref.minusYears(100));
        LocalDate hi = head.minusYears(16);
        if (!hi.isBefore(lo)) {
          members.add(new Draft(Relationship.PARENT, r.date(lo, hi)));
        }
      }

      if (everyFact) {
        int relatives = r.below(3);
        for (int i = 0; i < relatives; i++) {
          members.add(new Draft(r.pick(RELATIVES), r.date(ref.minusYears(90), ref)));
        }
      }

      for (Draft d : members) {
        if (d.sex == null) {
          d.sex = r.coin() ? Sex.MALE : Sex.FEMALE;
        }
        boolean adult = !d.birth.isAfter(adultLatest);
        if (d.marital == null) {
          d.marital = d.rel == Relationship.PARENT ? MaritalStatus.WIDOWED : MaritalStatus.SINGLE;
        }
        if (adult) {
          d.occupation = r.pick(ordinary);
        } else if (!d.birth.isAfter(ref.minusYears(6))) {
          d.occupation = Occupation.STUDENT;
        } else {
          d.occupation = Occupation.NOT_WORKING;
        }
        d.name = everyFact && r.below(3) == 0 ? r.pick(UNUSUAL_NAMES) : r.name();
        boolean married = d.rel == Relationship.SPOUSE || d == headDraft && spouse != null;
        if (everyFact && !married && r.below(4) == 0) {
          d.marital = r.pick(List.of(MaritalStatus.values()));
        }
        if (everyFact && adult && r.below(4) == 0) {
          d.occupation = r.pick(List.of(Occupation.values()));
        }
      }
      if (!excluded.isEmpty()) {
        Draft worker = spouse != null && r.coin() ? spouse : headDraft;
        worker.occupation = r.pick(excluded);
        worker.pinOccupation = true;
      }
      if (severe) {
        Draft disabled = anchor != null ? anchor : r.pick(members);
        disabled.disability = Optional.of(Disability.severe(
            r.pick(List.of(DisabilityKind.values()))));
      }

      boolean dropped = false;
      int serial = 1 + r.below(9000);
      ImmutableHousehold.Builder hb = Household.builder();
      hb.kkNumber(KkNumber.parse(district.digits()
          + String.format(Locale.ROOT, "%05d%05d", r.below(100_000), r.below(100_000))));
      for (int i = 0; i < members.size(); i++) {
        Draft d = members.get(i);
        RegionCode nikDistrict = r.below(5) == 0 ? r.pick(RegistryDistricts.ALL) : district;
        ImmutablePerson.Builder pb = Person.builder()
            .nik(BansosGen.nik(nikDistrict, d.sex, d.birth, serial + i))
            .relationship(d.rel)
            .name(d.name);
        if (!(factsMissing && !d.pinBirth && r.coin())) {
          pb.birthDate(d.birth);
        } else {
          dropped = true;
        }
        if (!(factsMissing && r.below(3) == 0)) {
          pb.sex(d.sex);
        } else {
          dropped = true;
        }
        if (!(factsMissing && !d.pinOccupation && r.coin())) {
          pb.occupation(d.occupation);
        } else {
          dropped = true;
        }
        if (!(factsMissing && r.below(3) == 0)) {
          pb.maritalStatus(d.marital);
        } else {
          dropped = true;
        }
        if (d.disability.isPresent()) {
          pb.hasDisability(true).addDisabilities(d.disability.get())
              .putExtensions(Aspd.NEEDS_WHEELCHAIR, r.coin());
        } else if (everyFact && r.below(6) == 0) {
          pb.hasDisability(true);
          int n = r.below(3);
          for (int k = 0; k < n; k++) {
            pb.addDisabilities(new Disability(r.pick(List.of(DisabilityKind.values())),
                r.maybe(r.pick(List.of(DisabilitySeverity.values()))), r.maybe(r.coin()),
                r.maybe(r.coin())));
          }
        } else if (!(factsMissing && r.below(3) == 0)) {
          pb.hasDisability(false);
        } else {
          dropped = true;
        }
        if (factsMissing && r.below(4) == 0) {
          pb.name(Optional.empty());
          dropped = true;
        }
        if (factsMissing && d.rel != Relationship.HEAD && !d.pinBirth && r.below(4) == 0) {
          pb.relationship(Optional.empty());
          dropped = true;
        }
        if (everyFact) {
          everyOtherFact(r, pb, d, d == headDraft || d == anchor || d.disability.isPresent());
        }
        extensions(r, extensionKeys, pb::putExtensions);
        hb.addMembers(pb.build());
      }

      if (!(factsMissing && !pinDomicile && r.below(3) == 0)) {
        hb.domicile(domicile);
      } else {
        dropped = true;
      }
      LocalDate checkedOn = ref.minusDays(r.below(91));
      RegistryStatus registry;
      if (desilRange.isPresent()) {
        int[] range = desilRange.get();
        registry = RegistryStatus.dtsen(Desil.of(range[0] + r.below(range[1] - range[0] + 1)),
            checkedOn);
      } else {
        Register register = ref.getYear() >= 2025 ? Register.DTSEN : Register.DTKS;
        int roll = r.below(10);
        if (roll < 2) {
          registry = RegistryStatus.notRegistered(register, checkedOn);
        } else if (register == Register.DTKS) {
          registry = RegistryStatus.dtks(checkedOn);
        } else {
          registry = RegistryStatus.dtsen(Desil.of(1 + r.below(10)), checkedOn);
        }
      }
      if (!(factsMissing && desilRange.isEmpty() && r.below(3) == 0)) {
        hb.registry(registry);
      } else {
        dropped = true;
      }
      Map<AidProgram, Boolean> aidFacts = new EnumMap<>(AidProgram.class);
      aidFacts.put(AidProgram.PKH, r.coin());
      aidFacts.putAll(aid);
      for (Map.Entry<AidProgram, Boolean> e : aidFacts.entrySet()) {
        if (factsMissing && !aid.containsKey(e.getKey()) && r.coin()) {
          dropped = true;
        } else {
          hb.putAid(e.getKey(), e.getValue());
        }
      }
      if (everyFact) {
        for (AidProgram p : AidProgram.values()) {
          if (!aidFacts.containsKey(p) && r.coin()) {
            hb.putAid(p, r.coin());
          }
        }
        if (!aidFacts.get(AidProgram.PKH).equals(false)) {
          Set<PkhComponent> components = EnumSet.noneOf(PkhComponent.class);
          for (PkhComponent c : PkhComponent.values()) {
            if (r.below(4) == 0) {
              components.add(c);
            }
          }
          if (!components.isEmpty()) {
            hb.putExtensions(NationalPkh.COMPONENTS, Collections.unmodifiableSet(components));
          }
        }
        int grants = r.below(3);
        for (int i = 0; i < grants; i++) {
          hb.addPastGrants(new PastGrant(r.pick(List.of(GrantType.values())),
              ref.getYear() - r.below(15)));
        }
        if (r.coin()) {
          hb.pastGrantsChecked(r.coin());
        }
      }
      extensions(r, extensionKeys, hb::putExtensions);
      if (everyFact && (!factsMissing || dropped) && r.coin()) {
        hb.livesOnSmallIsland(r.below(5) == 0);
      } else if (!factsMissing || dropped) {
        hb.livesOnSmallIsland(false);
      }
      return hb.build();
    }

    /** The facts a household records only with {@link #withEveryFact()}, each sometimes. */
    private void everyOtherFact(R r, ImmutablePerson.Builder pb, Draft d, boolean keepAlive) {
      if (!keepAlive && r.below(8) == 0) {
        pb.deathDate(r.date(d.birth, ref));
      }
      if (r.coin()) {
        int age = d.birth.until(ref).getYears();
        pb.schoolLevel(age < 4 ? SchoolLevel.NOT_IN_SCHOOL : age < 7 ? SchoolLevel.EARLY_CHILDHOOD
            : age < 13 ? SchoolLevel.SD : age < 16 ? SchoolLevel.SMP : age < 19 ? SchoolLevel.SMA
            : r.pick(List.of(SchoolLevel.values())));
      }
      if (r.coin()) {
        pb.chronicallyIll(r.below(5) == 0);
      }
      if (r.coin()) {
        pb.mainBreadwinner(r.coin());
      }
      if (r.coin()) {
        pb.abandonedBySpouse(r.below(5) == 0);
      }
      if (r.coin()) {
        pb.monthlyIncome(Rupiah.of(50_000L * r.below(400)));
      }
      if (r.coin()) {
        LabourShock shock = r.pick(List.of(LabourShock.values()));
        pb.labourShock(shock);
        if (shock != LabourShock.NONE && r.coin()) {
          pb.labourShockDate(r.date(ref.minusYears(7), ref));
        }
      }
      if (r.coin()) {
        pb.father(parent(r));
      }
      if (r.coin()) {
        pb.mother(parent(r));
      }
      if (r.coin()) {
        pb.putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, r.below(5) == 0);
      }
      if (r.coin()) {
        boolean upt = r.below(5) == 0;
        pb.putExtensions(UptClientProtection.LIVES_IN_PROVINCIAL_UPT, upt);
        if (upt && r.coin()) {
          pb.putExtensions(UptClientProtection.UPT_NAME, "UPT RSBL Pasuruan");
        }
      }
      if (d.disability.isEmpty() && r.coin()) {
        pb.putExtensions(Aspd.NEEDS_WHEELCHAIR, r.below(5) == 0);
      }
      if (r.coin()) {
        pb.putExtensions(Wrse.GRADUATE_OF_UPT_RSBKW, r.below(5) == 0);
      }
      if (r.coin()) {
        pb.putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, r.coin());
      }
    }

    private ParentStatus parent(R r) {
      if (r.coin()) {
        return ParentStatus.living();
      }
      return ParentStatus.deceased(r.maybe(r.date(ref.minusYears(20), ref)),
          r.maybe(r.pick(List.of(DeathCause.values()))));
    }
  }

  private static void extensions(R r, List<ExtensionKey<?>> keys,
      BiConsumer<ExtensionKey<?>, Object> put) {
    for (ExtensionKey<?> key : keys) {
      if (r.coin()) {
        put.accept(key, extensionValue(r, key));
      }
    }
  }

  // Texts from any plane, with control characters, quotes and backslashes, but no lone surrogate:
  // a String holding one is not text that any JSON writer can carry.
  private static final Gen<String> BMP_TEXT =
      new StringsDSL().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12);
  private static final Gen<String> UPPER_TEXT =
      new StringsDSL().betweenCodePoints(0xE000, 0x10FFFF).ofLengthBetween(0, 4);

  private static Object extensionValue(R r, ExtensionKey<?> key) {
    return switch (key.kind()) {
      case BOOLEAN -> r.coin();
      case INTEGER -> Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(r.rs);
      case RUPIAH -> Rupiah.of(Generate.longRange(0, Long.MAX_VALUE).generate(r.rs));
      case TEXT -> BMP_TEXT.generate(r.rs) + UPPER_TEXT.generate(r.rs);
      // The wire format's dates have four-digit years.
      case DATE -> r.date(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
      case ENUM -> r.pick(List.of(key.type().getEnumConstants()));
      case ENUM_SET -> {
        Set<Object> chosen = new LinkedHashSet<>();
        for (Object c : key.elementType().getEnumConstants()) {
          if (r.coin()) {
            chosen.add(c);
          }
        }
        yield Collections.unmodifiableSet(chosen);
      }
    };
  }

  /** The kecamatan codes a NIK may have been first registered in. */
  private static final class RegistryDistricts {
    static final List<RegionCode> ALL = RegionRegistry.jawaTimur().districts().stream()
        .map(Region::code).toList();
  }

  /** One member before building, so knobs can adjust facts first. */
  private static final class Draft {
    final Relationship rel;
    final LocalDate birth;
    Sex sex;
    MaritalStatus marital;
    Occupation occupation;
    String name;
    Optional<Disability> disability = Optional.empty();
    boolean pinBirth;
    boolean pinOccupation;

    Draft(Relationship rel, LocalDate birth) {
      this.rel = rel;
      this.birth = birth;
    }
  }

  /** Draws from QuickTheories' randomness source, so shrinking still works. */
  private static final class R {
    final RandomnessSource rs;

    R(RandomnessSource rs) {
      this.rs = rs;
    }

    int below(int bound) {
      return Generate.range(0, bound - 1).generate(rs);
    }

    boolean coin() {
      return below(2) == 0;
    }

    <T> Optional<T> maybe(T value) {
      return coin() ? Optional.of(value) : Optional.empty();
    }

    <T> T pick(List<T> values) {
      return values.get(below(values.size()));
    }

    LocalDate date(LocalDate from, LocalDate to) {
      return BansosGen.dates(from, to).generate(rs);
    }

    String name() {
      return word() + " " + word();
    }

    private String word() {
      StringBuilder sb = new StringBuilder();
      int n = 2 + below(2);
      for (int i = 0; i < n; i++) {
        sb.append(pick(SYLLABLES));
      }
      return sb.substring(0, 1).toUpperCase(Locale.ROOT) + sb.substring(1);
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
