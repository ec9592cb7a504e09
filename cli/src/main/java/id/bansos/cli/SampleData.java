package id.bansos.cli;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.DisabilitySeverity;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates synthetic but realistic households of Jawa Timur, for trying {@link Screen} on a
 * realistic volume. The same seed and reference date always give the same households, in the
 * same order; nothing reads the clock.
 *
 * <p>Households are spread over the 38 kabupaten/kota in proportion to their registered
 * population, each in a real desa or kelurahan. Families have plausible ages, sexes and
 * relationships; every NIK agrees with its holder's birth date and sex and names a real kecamatan
 * (usually that of the domicile, sometimes another: people move); NIKs and No. KK are unique.
 * Some members are elderly, some have a disability, a few families hold an excluded occupation,
 * and some facts are left unknown on purpose. Nobody is given a name. Against the provincial
 * catalog on the default reference date, national PKH, PKH Plus and ASPD each meet ELIGIBLE,
 * NOT_ELIGIBLE and UNDETERMINED households.
 *
 * <p>This is the project's one seeded generator of realistic households: {@code bansos sample}
 * writes it, and the benchmarks ({@code bench}, which depends on this module) assess a
 * fixed-seed stretch of it, so a figure of {@code docs/performance.md} is measured on the
 * households an officer tries the tool on. The property tests' generators ({@code
 * id.bansos.testkit.BansosGen}) stay apart: they draw from QuickTheories' randomness so that a
 * failing case shrinks, and they aim at every corner of the model, not at a realistic mix.
 *
 * <p>Not thread-safe; an instance generates one stream of households.
 */
public final class SampleData {

  /** The reference date used when none is given: ages and register dates are relative to it. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 7, 1);

  private static final Occupation[] EXCLUDED = {Occupation.ASN, Occupation.TNI, Occupation.POLRI,
      Occupation.VILLAGE_OFFICIAL, Occupation.CERTIFIED_TEACHER, Occupation.BUMN_BUMD_EMPLOYEE};
  private static final Occupation[] HEAD_WORK = {Occupation.FARMER, Occupation.FARMER,
      Occupation.FARMER, Occupation.LABOURER, Occupation.LABOURER, Occupation.LABOURER,
      Occupation.TRADER, Occupation.TRADER, Occupation.FISHER, Occupation.SELF_EMPLOYED,
      Occupation.PRIVATE_EMPLOYEE, Occupation.NOT_WORKING};
  private static final Occupation[] SPOUSE_WORK = {Occupation.HOMEMAKER, Occupation.HOMEMAKER,
      Occupation.HOMEMAKER, Occupation.HOMEMAKER, Occupation.TRADER, Occupation.LABOURER,
      Occupation.FARMER};
  private static final Occupation[] YOUNG_ADULT_WORK = {Occupation.LABOURER,
      Occupation.PRIVATE_EMPLOYEE, Occupation.STUDENT, Occupation.NOT_WORKING, Occupation.TRADER};
  /** Share of families per DTSEN desil 1–10 among those registered (applicants skew poor). */
  private static final int[] DESIL_WEIGHTS = {18, 17, 15, 13, 11, 9, 7, 5, 3, 2};

  private final SplittableRandom random;
  private final LocalDate referenceDate;
  private final List<Region> regencies;
  private final long[] cumulativePopulation;
  private final Map<RegionCode, List<Region>> villagesByRegency = new HashMap<>();
  private final List<Region> districts;
  private final Set<Long> niks = new HashSet<>();
  private final Set<Long> kks = new HashSet<>();

  /**
   * A generator.
   *
   * @param seed the seed; the same seed gives the same households
   * @param referenceDate the date the data describe (ages, register check dates); never null
   */
  public SampleData(long seed, LocalDate referenceDate) {
    this.random = new SplittableRandom(seed);
    this.referenceDate = java.util.Objects.requireNonNull(referenceDate, "referenceDate");
    RegionRegistry registry = RegionRegistry.jawaTimur();
    this.regencies = registry.regencies();
    this.cumulativePopulation = new long[regencies.size()];
    long sum = 0;
    for (int i = 0; i < regencies.size(); i++) {
      sum += regencies.get(i).population().orElseThrow().total();
      cumulativePopulation[i] = sum;
    }
    for (Region v : registry.villages()) {
      villagesByRegency.computeIfAbsent(v.code().at(RegionLevel.REGENCY), k -> new ArrayList<>())
          .add(v);
    }
    this.districts = registry.districts();
  }

  /** The file formats sample data can be written in. */
  enum Format {
    /** The table layout of {@code docs/csv-format.md} as CSV: a header, one row per person. */
    CSV,
    /** JSON Lines: one household per line in the wire format of {@code docs/json-format.md}. */
    JSON_LINES,
    /** The same table as CSV, as the first sheet of an XLSX workbook. */
    XLSX
  }

  /** The kinds of damage a bad household gets, in turn, so a demo shows several reject codes. */
  private static final int DAMAGE_KINDS = 4;

  /**
   * Writes {@code households} generated households to {@code file} in {@code format}, {@code
   * badHouseholds} of them damaged so that a reader must reject them (see {@link
   * #badPositions}). The good households are the same, in the same order, whatever the format
   * and the number of bad ones: damage replaces a household's text, never the random stream.
   *
   * <p>Damage rotates over four kinds. Tables (CSV, XLSX): a short NIK on the household's first
   * row ({@code NIK_LENGTH}), an impossible birth date ({@code CSV_DATE}), a cell beyond the
   * header ({@code CSV_COLUMNS}), an unknown sex code ({@code CSV_VALUE}). JSON Lines: a short
   * NIK of {@code members[0]} ({@code NIK_LENGTH}), an impossible birth date ({@code
   * JSON_DATE_INVALID}), an unknown field ({@code JSON_UNKNOWN_FIELD}), a line cut in half
   * ({@code JSON_TRUNCATED}). Each damaged household is exactly one rejected record.
   *
   * @param file where to write
   * @param format the file format
   * @param households how many; zero or more
   * @param seed the seed
   * @param referenceDate the reference date
   * @param badHouseholds how many to damage; from 0 to {@code households}
   * @param indonesian whether a table's header is in Indonesian
   * @return the number of person rows (tables) or lines (JSON Lines) written, the header excluded
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when {@code badHouseholds} is out of range
   */
  static long write(Path file, Format format, int households, long seed,
      LocalDate referenceDate, int badHouseholds, boolean indonesian) throws IOException {
    java.util.Objects.requireNonNull(format, "format");
    Set<Integer> bad = new HashSet<>(badPositions(households, badHouseholds, seed));
    SampleData data = new SampleData(seed, referenceDate);
    long written = 0;
    int damaged = 0;
    if (format == Format.JSON_LINES) {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < households; i++) {
          String line = BansosJson.write(data.next());
          out.write(bad.contains(i) ? damagedJson(line, damaged++ % DAMAGE_KINDS) : line);
          out.write('\n');
          written++;
        }
      }
      return written;
    }
    ExtensionFacts facts = ExtensionFacts.provincial();
    GroupProposals groups = new GroupProposals(seed, referenceDate);
    try (HouseholdTableWriter table = format == Format.CSV
        ? HouseholdTableWriter.csv(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
            facts, indonesian)
        : HouseholdTableWriter.xlsx(Files.newOutputStream(file), facts, indonesian)) {
      List<String> header = table.header(false);
      for (int i = 0; i < households; i++) {
        Household generated = data.next();
        Optional<HouseholdRecord.Kube> group = groups.propose(generated);
        Household h = group.isPresent() ? groups.checked(generated) : generated;
        if (bad.contains(i)) {
          int kind = damaged++ % DAMAGE_KINDS;
          table.damaged(h, group, cells -> damage(cells, header, kind));
        } else {
          table.write(h, group);
        }
        written += h.members().size();
      }
    }
    return written;
  }

  /**
   * Families proposed for a group program (the table's {@code kube_group} columns; JSON Lines
   * cannot name a group): one in ten poor families (desil 1-4) whose head or spouse is married
   * and of working age (18-60), one in a hundred of the others, join the group being formed in
   * their kabupaten/kota, which closes at 5 to 10 families (4 for one group in ten: too small,
   * as some proposals are). Groups of one kabupaten/kota are spread over the file, between other
   * families; a group still forming when the file ends is written as it is. The group knows
   * whether its members live near each other (mostly yes, sometimes no, sometimes not
   * recorded), given on every family's first row; the participant is the head or the spouse,
   * one who is married and of working age when there is one. A proposed family's grant history
   * has been checked, and one in twenty had a KUBE grant before. A stream of its own, so the
   * other households do not change.
   */
  static final class GroupProposals {
    /** A group still taking families: its name, proximity fact, size to reach and size. */
    private static final class Forming {
      final String name;
      final Optional<Boolean> near;
      final int target;
      int size;

      Forming(String name, Optional<Boolean> near, int target) {
        this.name = name;
        this.near = near;
        this.target = target;
      }
    }

    private final SplittableRandom random;
    private final LocalDate referenceDate;
    /** The group being formed in each kabupaten/kota, by its code. */
    private final Map<String, Forming> forming = new HashMap<>();
    /** How many groups each kabupaten/kota has had, for their names. */
    private final Map<String, Integer> numbered = new HashMap<>();

    GroupProposals(long seed, LocalDate referenceDate) {
      this.random = new SplittableRandom(seed ^ 0x4B55_4245_4752_4F55L);
      this.referenceDate = referenceDate;
    }

    /** {@code h} proposed: its grant history checked, sometimes with an earlier KUBE grant. */
    Household checked(Household h) {
      ImmutableHousehold.Builder b = Household.builder().from(h).pastGrantsChecked(true);
      if (random.nextInt(20) == 0) {
        b.addPastGrants(new PastGrant(GrantType.KUBE, 2020 + random.nextInt(3)));
      }
      return b.build();
    }

    /** The group {@code h} is proposed in, if any. */
    Optional<HouseholdRecord.Kube> propose(Household h) {
      boolean poor = h.registry().flatMap(RegistryStatus::desil)
          .map(d -> d.value() <= 4).orElse(false);
      List<Person> candidates = new ArrayList<>(2);
      for (Person p : h.members()) {
        Relationship r = p.relationship().orElse(Relationship.OTHER);
        int age = p.ageOn(referenceDate).orElse(40);
        if ((r == Relationship.HEAD || r == Relationship.SPOUSE)
            && p.maritalStatus().orElse(null) == MaritalStatus.MARRIED && age >= 18 && age <= 60) {
          candidates.add(p);
        }
      }
      int roll = random.nextInt(100);
      if (h.domicile().isEmpty() || roll >= (poor && !candidates.isEmpty() ? 10 : 1)) {
        return Optional.empty();
      }
      RegionCode regencyCode = h.domicile().get().at(RegionLevel.REGENCY);
      String regency = regencyCode.toString();
      Forming group = forming.get(regency);
      if (group == null) {
        int n = numbered.merge(regency, 1, Integer::sum);
        int r = random.nextInt(100);
        Optional<Boolean> near = r < 85 ? Optional.of(true)
            : r < 90 ? Optional.of(false) : Optional.empty();
        String name = RegionRegistry.jawaTimur().find(regencyCode).map(Region::name)
            .orElse(regency);
        group = new Forming("KUBE " + name + " " + n, near,
            random.nextInt(10) == 0 ? 4 : 5 + random.nextInt(6));
        forming.put(regency, group);
      }
      Person participant = candidates.isEmpty() ? h.members().get(0)
          : candidates.get(random.nextInt(candidates.size()));
      if (++group.size == group.target) {
        forming.remove(regency);
      }
      return Optional.of(new HouseholdRecord.Kube(group.name, group.near, participant.nik()));
    }
  }

  private static List<String> damage(List<String> cells, List<String> header, int kind) {
    List<String> out = new ArrayList<>(cells);
    switch (kind) {
      case 0 -> out.set(header.indexOf(TableLayout.NIK.english()), "12345");
      case 1 -> out.set(header.indexOf(TableLayout.BIRTH_DATE.english()), "1990-13-45");
      case 2 -> out.add("?");
      default -> out.set(header.indexOf(TableLayout.SEX.english()), "X");
    }
    return out;
  }

  /**
   * Which households {@link #write} damages: the same for the same arguments, spread over the
   * whole file.
   *
   * @param households how many households are written
   * @param badHouseholds how many are damaged; from 0 to {@code households}
   * @param seed the seed of the file
   * @return the 0-based indices of the damaged households, ascending; in JSON Lines the
   *     household at index {@code i} is on line {@code i + 1}
   * @throws IllegalArgumentException when {@code badHouseholds} is out of range
   */
  static List<Integer> badPositions(int households, int badHouseholds, long seed) {
    if (badHouseholds < 0 || badHouseholds > households) {
      throw new IllegalArgumentException("bad households must be between 0 and " + households);
    }
    // A stream of its own, so the households do not change with the number of bad ones.
    SplittableRandom positions = new SplittableRandom(seed ^ 0x5A4D_504C_4542_4144L);
    java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
    while (chosen.size() < badHouseholds) {
      chosen.add(positions.nextInt(households));
    }
    return List.copyOf(chosen);
  }

  private static String damagedJson(String line, int kind) {
    if (kind == 3) {
      return line.substring(0, line.length() / 2);
    }
    ObjectNode tree = (ObjectNode) BansosJson.mapper().readTree(line);
    ObjectNode first = (ObjectNode) tree.get("members").get(0);
    switch (kind) {
      case 0 -> first.put("nik", "12345");
      case 1 -> first.put("birthDate", "1990-02-30");
      default -> first.put("nickname", "x");
    }
    return BansosJson.mapper().writeValueAsString(tree);
  }

  /**
   * The next household.
   *
   * @return a valid household; never null
   */
  public Household next() {
    Region regency = regencies.get(pickRegency());
    List<Region> villages = villagesByRegency.get(regency.code());
    RegionCode village = villages.get(random.nextInt(villages.size())).code();
    RegionCode district = village.at(RegionLevel.DISTRICT);

    ImmutableHousehold.Builder h = Household.builder();
    h.kkNumber(kkNumber(chance(90) ? district : randomDistrict()));
    if (!chance(1)) {
      h.domicile(village);
    }

    List<Person> members = new ArrayList<>();
    boolean excluded = chance(3);
    int headAge = 22 + random.nextInt(54);
    boolean femaleHead = chance(18);
    Sex headSex = femaleHead ? Sex.FEMALE : Sex.MALE;
    MaritalStatus headStatus = femaleHead
        ? pick(MaritalStatus.WIDOWED, MaritalStatus.WIDOWED, MaritalStatus.WIDOWED,
            MaritalStatus.DIVORCED, MaritalStatus.DIVORCED, MaritalStatus.SINGLE)
        : chance(90) ? MaritalStatus.MARRIED : pick(MaritalStatus.WIDOWED, MaritalStatus.DIVORCED,
            MaritalStatus.SINGLE);
    Occupation headWork = excluded ? pick(EXCLUDED)
        : femaleHead ? pick(Occupation.TRADER, Occupation.LABOURER, Occupation.FARMER,
            Occupation.HOMEMAKER, Occupation.NOT_WORKING)
        : headAge >= 65 ? pick(Occupation.FARMER, Occupation.NOT_WORKING, Occupation.TRADER)
        : pick(HEAD_WORK);
    ImmutablePerson.Builder head = person(district, headAge, headSex, Relationship.HEAD,
        headStatus, headWork);
    if (!chance(10)) {
      head.monthlyIncome(Rupiah.of(50_000L * (8 + random.nextInt(72))));
    }
    members.add(head.build());

    if (headStatus == MaritalStatus.MARRIED) {
      int age = Math.max(18, headAge - random.nextInt(9));
      ImmutablePerson.Builder spouse = person(district, age, Sex.FEMALE, Relationship.SPOUSE,
          MaritalStatus.MARRIED, pick(SPOUSE_WORK));
      spouse.putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, age < 40 && chance(6));
      members.add(spouse.build());
    }

    int maxChildAge = Math.min(headAge - 18, 30);
    int children = maxChildAge < 0 ? 0 : random.nextInt(headAge < 30 ? 3 : 5);
    for (int c = 0; c < children; c++) {
      int age = random.nextInt(maxChildAge + 1);
      Sex sex = chance(50) ? Sex.MALE : Sex.FEMALE;
      Occupation work = age >= 18 ? pick(YOUNG_ADULT_WORK) : age >= 6 ? Occupation.STUDENT : null;
      ImmutablePerson.Builder child = person(district, age, sex, Relationship.CHILD,
          MaritalStatus.SINGLE, work);
      if (age < 19) {
        child.schoolLevel(school(age));
      }
      members.add(child.build());
    }

    if (headAge >= 55 && chance(25)) {
      int age = random.nextInt(13);
      members.add(person(district, age, chance(50) ? Sex.MALE : Sex.FEMALE,
          Relationship.GRANDCHILD, MaritalStatus.SINGLE, age >= 6 ? Occupation.STUDENT : null)
          .schoolLevel(school(age)).build());
    }

    if (headAge < 60 && chance(14)) {
      int age = Math.max(headAge + 18, 62 + random.nextInt(30));
      Sex sex = chance(65) ? Sex.FEMALE : Sex.MALE;
      ImmutablePerson.Builder elder = person(district, age, sex,
          chance(75) ? Relationship.PARENT : Relationship.PARENT_IN_LAW,
          chance(60) ? MaritalStatus.WIDOWED : MaritalStatus.MARRIED,
          chance(4) ? Occupation.STATE_PENSIONER : chance(75) ? Occupation.NOT_WORKING
              : Occupation.FARMER);
      if (chance(3)) {
        elder.deathDate(referenceDate.minusDays(1 + random.nextInt(700)));
      }
      elder.chronicallyIll(chance(20));
      members.add(elder.build());
    }

    registryAndAid(h, members);
    return h.addAllMembers(members).build();
  }

  private void registryAndAid(ImmutableHousehold.Builder h, List<Person> members) {
    int desil = 0;
    if (!chance(6)) {
      LocalDate checked = referenceDate.minusDays(random.nextInt(180));
      if (chance(10)) {
        h.registry(RegistryStatus.notRegistered(Register.DTSEN, checked));
      } else {
        desil = pickDesil();
        h.registry(RegistryStatus.dtsen(Desil.of(desil), checked));
      }
    }
    boolean needy = false;
    for (Person p : members) {
      int age = p.ageOn(referenceDate).orElse(30);
      needy |= age >= 60 || age < 18 || p.hasSevereDisabilityRecorded();
    }
    if (chance(5)) {
      return;
    }
    boolean pkh = desil >= 1 && desil <= 4 && needy ? chance(55) : chance(6);
    h.putAid(AidProgram.PKH, pkh);
    h.putAid(AidProgram.BPNT_SEMBAKO, pkh ? chance(85) : desil >= 1 && desil <= 4 && chance(30));
    if (chance(80)) {
      h.putAid(AidProgram.PBI_JK, desil >= 1 && desil <= 5 ? chance(80) : chance(10));
    }
    if (pkh) {
      Set<PkhComponent> components = EnumSet.noneOf(PkhComponent.class);
      for (Person p : members) {
        if (!p.isAliveOn(referenceDate)) {
          continue;
        }
        int age = p.ageOn(referenceDate).orElse(30);
        if (age >= 60) {
          components.add(PkhComponent.ELDERLY);
        }
        if (p.hasSevereDisabilityRecorded()) {
          components.add(PkhComponent.SEVERE_DISABILITY);
        }
        if (age <= 6) {
          components.add(PkhComponent.EARLY_CHILDHOOD);
        }
        p.schoolLevel().ifPresent(s -> {
          switch (s) {
            case SD -> components.add(PkhComponent.SD);
            case SMP -> components.add(PkhComponent.SMP);
            case SMA -> components.add(PkhComponent.SMA);
            default -> { }
          }
        });
        if (p.extension(NationalPkh.PREGNANT_OR_POSTPARTUM).orElse(false)) {
          components.add(PkhComponent.PREGNANT_OR_POSTPARTUM);
        }
      }
      if (!components.isEmpty()) {
        h.putExtensions(NationalPkh.COMPONENTS, Collections.unmodifiableSet(components));
      }
    }
  }

  /** A member with a consistent NIK; occupation {@code null} means "not applicable to a child". */
  private ImmutablePerson.Builder person(RegionCode householdDistrict, int age, Sex sex,
      Relationship relationship, MaritalStatus marital, Occupation occupation) {
    LocalDate birth = referenceDate.minusYears(age).minusDays(1 + random.nextInt(364));
    RegionCode nikDistrict = chance(85) ? householdDistrict : randomDistrict();
    ImmutablePerson.Builder p = Person.builder().nik(nik(nikDistrict, birth, sex))
        .relationship(relationship).maritalStatus(marital);
    if (!chance(2)) {
      p.birthDate(birth);
    }
    if (!chance(1)) {
      p.sex(sex);
    }
    if (occupation != null && !chance(4)) {
      p.occupation(occupation);
    }
    if (chance(3)) {
      p.hasDisability(true).addDisabilities(disability(age));
    } else if (!chance(15)) {
      p.hasDisability(false);
    }
    return p;
  }

  private Disability disability(int age) {
    DisabilityKind kind = DisabilityKind.values()[random.nextInt(DisabilityKind.values().length)];
    int roll = random.nextInt(100);
    if (roll < 10) {
      return Disability.of(kind);
    }
    DisabilitySeverity severity = roll < 45 ? DisabilitySeverity.SEVERE
        : roll < 75 ? DisabilitySeverity.MODERATE : DisabilitySeverity.MILD;
    boolean severe = severity == DisabilitySeverity.SEVERE;
    return new Disability(kind, java.util.Optional.of(severity),
        java.util.Optional.of(severe ? chance(80) : chance(10)),
        chance(8) ? java.util.Optional.empty()
            : java.util.Optional.of(severe ? chance(20) : chance(60) || age < 18));
  }

  private static SchoolLevel school(int age) {
    if (age < 4) {
      return SchoolLevel.NOT_IN_SCHOOL;
    }
    if (age < 7) {
      return SchoolLevel.EARLY_CHILDHOOD;
    }
    if (age < 13) {
      return SchoolLevel.SD;
    }
    if (age < 16) {
      return SchoolLevel.SMP;
    }
    return age < 19 ? SchoolLevel.SMA : SchoolLevel.NOT_IN_SCHOOL;
  }

  private Nik nik(RegionCode district, LocalDate birth, Sex sex) {
    String prefix = String.format(Locale.ROOT, "%s%02d%02d%02d", district.digits(),
        birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0), birth.getMonthValue(),
        birth.getYear() % 100);
    return Nik.parse(prefix + unusedSerial(niks, prefix));
  }

  private KkNumber kkNumber(RegionCode district) {
    LocalDate issued = referenceDate.minusDays(random.nextInt(365 * 20));
    String prefix = String.format(Locale.ROOT, "%s%02d%02d%02d", district.digits(),
        issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear() % 100);
    return KkNumber.parse(prefix + unusedSerial(kks, prefix));
  }

  /** A four-digit serial (0001–9999) that makes {@code prefix + serial} new in {@code used}. */
  private String unusedSerial(Set<Long> used, String prefix) {
    int serial = 1 + random.nextInt(9999);
    for (int tries = 0; tries < 9999; tries++) {
      String s = String.format(Locale.ROOT, "%04d", serial);
      if (used.add(Long.parseLong(prefix + s))) {
        return s;
      }
      serial = serial % 9999 + 1;
    }
    throw new IllegalStateException("every serial of a NIK or No. KK prefix is taken");
  }

  private int pickRegency() {
    long total = cumulativePopulation[cumulativePopulation.length - 1];
    long x = random.nextLong(total);
    int i = Arrays.binarySearch(cumulativePopulation, x + 1);
    return i >= 0 ? i : -i - 1;
  }

  private int pickDesil() {
    int x = random.nextInt(100);
    for (int i = 0; i < DESIL_WEIGHTS.length; i++) {
      x -= DESIL_WEIGHTS[i];
      if (x < 0) {
        return i + 1;
      }
    }
    return 10;
  }

  private RegionCode randomDistrict() {
    return districts.get(random.nextInt(districts.size())).code();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
