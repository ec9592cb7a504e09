package id.bansos.jsonfixtures;

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
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.Register;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.ldp.CovidOrphanSupport;
import id.bansos.rules.program.pkh.NationalPkh;
import id.bansos.rules.program.pkh.PkhComponent;
import id.bansos.rules.program.upt.UptClientProtection;
import id.bansos.rules.program.wrse.Wrse;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.StringsDSL;

/**
 * Valid households built constructively through the domain builders: every fact is either left
 * out or drawn so that it agrees with the others, so no generated value is filtered away.
 */
public final class HouseholdGen {

  private static final String[] NAMES = {"Siti", "Slamet", "Dewi Lestari", "Agus", "Ni'mah",
      "Çağlar", "Bu Ratna \"Ina\"", "Wayan\tSudirta", "Ahmad Ḍiyā'", "İbrahim"};
  private static final String[] VILLAGES = {"35.26.01.2008", "35.78.01.1001", "35.09.02.2003",
      "35.73.05.1004"};

  private HouseholdGen() {}

  public static Gen<Household> households() {
    return households(List.of());
  }

  /**
   * Households whose household and members each carry a random value of about half of {@code
   * keys}; with no keys, the same households as {@link #households()} for the same seed.
   */
  public static Gen<Household> households(List<ExtensionKey<?>> keys) {
    return in -> household(in, keys);
  }

  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(WireExamples.LandTenure.class, Occupation.class, Sex.class);
  private static final String NAME_TAIL =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /**
   * Registrations of up to eight extension facts of random names and kinds, in name order; a
   * name drawn twice is registered once.
   */
  public static Gen<List<ExtensionKey<?>>> extensionKeys() {
    return in -> {
      TreeMap<String, ExtensionKey<?>> keys = new TreeMap<>();
      int n = between(in, 0, 8);
      for (int i = 0; i < n; i++) {
        StringBuilder name = new StringBuilder().append((char) ('a' + between(in, 0, 25)));
        int tail = between(in, 0, 6);
        for (int j = 0; j < tail; j++) {
          name.append(NAME_TAIL.charAt(between(in, 0, NAME_TAIL.length() - 1)));
        }
        keys.putIfAbsent(name.toString(), key(in, name.toString()));
      }
      return List.copyOf(keys.values());
    };
  }

  private static ExtensionKey<?> key(RandomnessSource in, String name) {
    return switch (pick(in, ExtensionKey.Kind.class)) {
      case BOOLEAN -> ExtensionKey.ofBoolean(name);
      case INTEGER -> ExtensionKey.ofInteger(name);
      case TEXT -> ExtensionKey.ofText(name);
      case DATE -> ExtensionKey.ofDate(name);
      case RUPIAH -> ExtensionKey.ofRupiah(name);
      case ENUM -> enumKey(name, ENUMS.get(between(in, 0, ENUMS.size() - 1)));
      case ENUM_SET -> enumSetKey(name, ENUMS.get(between(in, 0, ENUMS.size() - 1)));
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ExtensionKey<?> enumSetKey(String name, Class<? extends Enum<?>> type) {
    return ExtensionKey.ofEnumSet(name, (Class) type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ExtensionKey<?> enumKey(String name, Class<? extends Enum<?>> type) {
    return ExtensionKey.ofEnum(name, (Class) type);
  }

  private static int between(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  private static boolean coin(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  /** Present about half the time. */
  private static boolean some(RandomnessSource in) {
    return coin(in);
  }

  private static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[between(in, 0, all.length - 1)];
  }

  private static LocalDate date(RandomnessSource in, int fromYear, int toYear) {
    return LocalDate.ofEpochDay(between(in,
        (int) LocalDate.of(fromYear, 1, 1).toEpochDay(),
        (int) LocalDate.of(toYear, 12, 31).toEpochDay()));
  }

  private static Household household(RandomnessSource in, List<ExtensionKey<?>> keys) {
    ImmutableHousehold.Builder b = Household.builder()
        .kkNumber(KkNumber.parse(String.format(Locale.ROOT, "352601%06d%04d",
            between(in, 10100, 311299), between(in, 1, 9999))));
    if (some(in)) {
      b.domicile(RegionCode.parse(VILLAGES[between(in, 0, VILLAGES.length - 1)]));
    }
    if (some(in)) {
      b.livesOnSmallIsland(coin(in));
    }
    if (some(in)) {
      LocalDate checked = date(in, 2020, 2026);
      Register register = pick(in, Register.class);
      boolean registered = coin(in);
      Optional<Desil> desil = registered && coin(in)
          ? Optional.of(Desil.of(between(in, 1, 10))) : Optional.empty();
      b.registry(new RegistryStatus(register, registered, desil, checked));
    }
    Optional<Boolean> pkh = Optional.empty();
    for (AidProgram p : AidProgram.values()) {
      if (between(in, 0, 2) == 0) {
        boolean receives = coin(in);
        b.putAid(p, receives);
        if (p == AidProgram.PKH) {
          pkh = Optional.of(receives);
        }
      }
    }
    if (!pkh.equals(Optional.of(false))) {
      Set<PkhComponent> components = EnumSet.noneOf(PkhComponent.class);
      for (PkhComponent c : PkhComponent.values()) {
        if (between(in, 0, 3) == 0) {
          components.add(c);
        }
      }
      if (!components.isEmpty()) {
        b.putExtensions(NationalPkh.COMPONENTS, Collections.unmodifiableSet(components));
      }
    }
    int grants = between(in, 0, 2);
    for (int i = 0; i < grants; i++) {
      b.addPastGrants(new PastGrant(pick(in, GrantType.class), between(in, 1945, 2200)));
    }
    if (some(in)) {
      b.pastGrantsChecked(coin(in));
    }
    extensions(in, keys, b::putExtensions);
    int members = between(in, 1, 6);
    boolean headTaken = false;
    for (int i = 0; i < members; i++) {
      Relationship rel = pick(in, Relationship.class);
      if (rel == Relationship.HEAD && headTaken) {
        rel = Relationship.CHILD;
      }
      headTaken |= rel == Relationship.HEAD;
      b.addMembers(person(in, i + 1, some(in) ? Optional.of(rel) : Optional.empty(), keys));
    }
    return b.build();
  }

  private static Person person(RandomnessSource in, int serial, Optional<Relationship> rel,
      List<ExtensionKey<?>> keys) {
    LocalDate birth = date(in, 1930, 2025);
    Sex sex = pick(in, Sex.class);
    // The serial makes every NIK of the household distinct.
    Nik nik = Nik.parse(String.format(Locale.ROOT, "352601%02d%02d%02d%04d",
        birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0), birth.getMonthValue(),
        birth.getYear() % 100, serial));
    ImmutablePerson.Builder p = Person.builder().nik(nik);
    rel.ifPresent(p::relationship);
    if (some(in)) {
      p.name(NAMES[between(in, 0, NAMES.length - 1)]);
    }
    if (some(in)) {
      p.birthDate(birth);
      if (between(in, 0, 4) == 0) {
        p.deathDate(birth.plusDays(between(in, 0, 30000)));
      }
    }
    if (some(in)) {
      p.sex(sex);
    }
    if (some(in)) {
      p.maritalStatus(pick(in, MaritalStatus.class));
    }
    if (some(in)) {
      p.abandonedBySpouse(coin(in));
    }
    if (some(in)) {
      p.mainBreadwinner(coin(in));
    }
    Optional<Boolean> hasDisability = some(in) ? Optional.of(coin(in)) : Optional.empty();
    hasDisability.ifPresent(p::hasDisability);
    if (!hasDisability.equals(Optional.of(false))) {
      int n = between(in, 0, 2);
      for (int i = 0; i < n; i++) {
        p.addDisabilities(new Disability(pick(in, DisabilityKind.class),
            some(in) ? Optional.of(pick(in, DisabilitySeverity.class)) : Optional.empty(),
            some(in) ? Optional.of(coin(in)) : Optional.empty(),
            some(in) ? Optional.of(coin(in)) : Optional.empty()));
      }
    }
    if (some(in)) {
      p.chronicallyIll(coin(in));
    }
    if (some(in)) {
      p.putExtensions(NationalPkh.PREGNANT_OR_POSTPARTUM, coin(in));
    }
    if (some(in)) {
      p.schoolLevel(pick(in, SchoolLevel.class));
    }
    if (some(in)) {
      p.occupation(pick(in, Occupation.class));
    }
    if (some(in)) {
      LabourShock shock = pick(in, LabourShock.class);
      p.labourShock(shock);
      if (shock != LabourShock.NONE && coin(in)) {
        p.labourShockDate(date(in, 2019, 2026));
      }
    }
    if (some(in)) {
      p.monthlyIncome(Rupiah.of(between(in, 0, 20_000_000)));
    }
    Optional<Boolean> upt = some(in) ? Optional.of(coin(in)) : Optional.empty();
    upt.ifPresent(v -> p.putExtensions(UptClientProtection.LIVES_IN_PROVINCIAL_UPT, v));
    if (!upt.equals(Optional.of(false)) && some(in)) {
      p.putExtensions(UptClientProtection.UPT_NAME, "UPT RSBL Pasuruan");
    }
    if (some(in)) {
      p.putExtensions(Aspd.NEEDS_WHEELCHAIR, coin(in));
    }
    if (some(in)) {
      p.putExtensions(Wrse.GRADUATE_OF_UPT_RSBKW, coin(in));
    }
    if (some(in)) {
      p.father(parent(in));
    }
    if (some(in)) {
      p.mother(parent(in));
    }
    if (some(in)) {
      p.putExtensions(CovidOrphanSupport.HAS_CAPABLE_CARER, coin(in));
    }
    extensions(in, keys, p::putExtensions);
    return p.build();
  }

  // Texts from any plane, with control characters, quotes and backslashes, but no lone surrogate:
  // a String holding one is not text that any JSON writer can carry.
  private static final Gen<String> BMP_TEXT =
      new StringsDSL().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12);
  private static final Gen<String> UPPER_TEXT =
      new StringsDSL().betweenCodePoints(0xE000, 0x10FFFF).ofLengthBetween(0, 4);

  private static void extensions(RandomnessSource in, List<ExtensionKey<?>> keys,
      BiConsumer<ExtensionKey<?>, Object> put) {
    for (ExtensionKey<?> key : keys) {
      if (some(in)) {
        put.accept(key, value(in, key));
      }
    }
  }

  private static Object value(RandomnessSource in, ExtensionKey<?> key) {
    return switch (key.kind()) {
      case BOOLEAN -> coin(in);
      case INTEGER -> Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in);
      case RUPIAH -> Rupiah.of(Generate.longRange(0, Long.MAX_VALUE).generate(in));
      case TEXT -> BMP_TEXT.generate(in) + UPPER_TEXT.generate(in);
      // The wire format's dates have four-digit years.
      case DATE -> date(in, 1, 9999);
      case ENUM -> {
        Object[] constants = key.type().getEnumConstants();
        yield constants[between(in, 0, constants.length - 1)];
      }
      case ENUM_SET -> {
        Set<Object> chosen = new LinkedHashSet<>();
        for (Object c : key.elementType().getEnumConstants()) {
          if (coin(in)) {
            chosen.add(c);
          }
        }
        yield Collections.unmodifiableSet(chosen);
      }
    };
  }

  private static ParentStatus parent(RandomnessSource in) {
    if (coin(in)) {
      return ParentStatus.living();
    }
    return ParentStatus.deceased(
        some(in) ? Optional.of(date(in, 2000, 2025)) : Optional.empty(),
        some(in) ? Optional.of(pick(in, DeathCause.class)) : Optional.empty());
  }
}
