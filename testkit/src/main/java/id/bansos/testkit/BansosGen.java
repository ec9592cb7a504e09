package id.bansos.testkit;

import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.Region;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid Bansos Jatim data, built constructively from valid parts and
 * the domain's own builders: every value they produce passes validation, so no example is thrown
 * away. Use them with {@code org.quicktheories.QuickTheory.qt()}:
 *
 * <pre>{@code
 * LocalDate date = LocalDate.of(2025, 7, 1);
 * qt().withFixedSeed(42).withExamples(100)
 *     .forAll(BansosGen.households().withMemberAged(70, date).receivingPkh()
 *         .inPkhPlusCoveredRegency(date).build())
 *     .checkAssert(h -> assertThat(engine.assess(h, date)).program("PKH_PLUS").isEligible());
 * }</pre>
 *
 * <p>Region codes come from {@link RegionRegistry#jawaTimur()}, so every kecamatan in a NIK and
 * every domicile is a real Jawa Timur code. All generators are immutable and thread-safe.
 */
public final class BansosGen {

  /** The earliest birth date {@link #niks()} produces. */
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  /** The latest birth date {@link #niks()} produces. */
  static final LocalDate LATEST_BIRTH = LocalDate.of(2099, 12, 31);

  private BansosGen() {}

  /**
   * Real Jawa Timur kecamatan codes ({@code 35.KK.CC}).
   *
   * @return the generator
   */
  public static Gen<RegionCode> districts() {
    return Generate.pick(codes(RegionRegistry.jawaTimur().districts()));
  }

  /**
   * Real Jawa Timur desa and kelurahan codes ({@code 35.KK.CC.DDDD}).
   *
   * @return the generator
   */
  public static Gen<RegionCode> villages() {
    return Generate.pick(codes(RegionRegistry.jawaTimur().villages()));
  }

  /**
   * Real Jawa Timur kelurahan codes (village part starting with {@code 1}).
   *
   * @return the generator
   */
  public static Gen<RegionCode> kelurahan() {
    return Generate.pick(codes(RegionRegistry.jawaTimur().villages().stream()
        .filter(Region::isKelurahan).toList()));
  }

  /**
   * Real Jawa Timur desa codes (village part starting with {@code 2}).
   *
   * @return the generator
   */
  public static Gen<RegionCode> desa() {
    return Generate.pick(codes(RegionRegistry.jawaTimur().villages().stream()
        .filter(Region::isDesa).toList()));
  }

  /**
   * Valid NIKs of either sex, born on any date from 1900 to 2099, first registered in a real
   * Jawa Timur kecamatan, with any serial.
   *
   * @return the generator
   */
  public static Gen<Nik> niks() {
    Gen<Sex> sex = Generate.enumValues(Sex.class);
    Gen<LocalDate> birth = dates(EARLIEST_BIRTH, LATEST_BIRTH);
    return rs -> niks(sex.generate(rs), birth.generate(rs)).generate(rs);
  }

  /**
   * Valid NIKs of a person of {@code sex} born on {@code birthDate}, in a real Jawa Timur
   * kecamatan, with any serial.
   *
   * @param sex the sex encoded in the day field; never null
   * @param birthDate the birth date encoded; never null
   * @return the generator
   */
  public static Gen<Nik> niks(Sex sex, LocalDate birthDate) {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    Gen<RegionCode> district = districts();
    Gen<Integer> serial = Generate.range(1, 9999);
    return rs -> nik(district.generate(rs), sex, birthDate, serial.generate(rs));
  }

  /**
   * Persons aged exactly {@code age} on {@code date}: NIK, birth date and sex agree; nothing else
   * is recorded.
   *
   * @param age completed years on {@code date}, 0 or more
   * @param date the date; never null
   * @return the generator
   * @throws IllegalArgumentException when {@code age} is negative
   */
  public static Gen<Person> personsAged(int age, LocalDate date) {
    Gen<LocalDate> birth = birthDatesForAge(age, date);
    Gen<Sex> sex = Generate.enumValues(Sex.class);
    Gen<RegionCode> district = districts();
    Gen<Integer> serial = Generate.range(1, 9999);
    return rs -> {
      LocalDate b = birth.generate(rs);
      Sex s = sex.generate(rs);
      return Person.builder().nik(nik(district.generate(rs), s, b, serial.generate(rs)))
          .birthDate(b).sex(s).build();
    };
  }

  /**
   * Birth dates that make a person exactly {@code age} years old on {@code date}, in the sense
   * of {@link Person#ageOn(LocalDate)}: from the day after the {@code age + 1}th birthday
   * before {@code date} back to the {@code age}th, both included.
   *
   * @param age completed years, 0 or more
   * @param date the date; never null
   * @return the generator
   * @throws IllegalArgumentException when {@code age} is negative
   */
  public static Gen<LocalDate> birthDatesForAge(int age, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (age < 0) {
      throw new IllegalArgumentException("an age is 0 or more");
    }
    return dates(date.minusYears(age + 1L).plusDays(1), date.minusYears(age));
  }

  /**
   * A household generator with every knob at its default: see {@link HouseholdGen}.
   *
   * @return a new, independent builder
   */
  public static HouseholdGen households() {
    return new HouseholdGen();
  }

  /**
   * Registrations of up to eight extension facts of random names (a lower-case letter and up to
   * six letters or digits) and of every kind, in name order; a name drawn twice is registered
   * once. Give them to {@link HouseholdGen#withExtensions(List)}.
   *
   * @param enumTypes the enum types an {@code ENUM} or {@code ENUM_SET} key holds, such as a
   *     regency's own enum; not empty
   * @return the generator
   * @throws IllegalArgumentException when {@code enumTypes} is empty
   */
  public static Gen<List<ExtensionKey<?>>> extensionKeys(
      List<Class<? extends Enum<?>>> enumTypes) {
    List<Class<? extends Enum<?>>> types = List.copyOf(enumTypes);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("at least one enum type");
    }
    return in -> {
      TreeMap<String, ExtensionKey<?>> keys = new TreeMap<>();
      int n = between(in, 0, 8);
      for (int i = 0; i < n; i++) {
        StringBuilder name = new StringBuilder().append((char) ('a' + between(in, 0, 25)));
        int tail = between(in, 0, 6);
        for (int j = 0; j < tail; j++) {
          name.append(NAME_TAIL.charAt(between(in, 0, NAME_TAIL.length() - 1)));
        }
        keys.putIfAbsent(name.toString(), key(in, name.toString(), types));
      }
      return List.copyOf(keys.values());
    };
  }

  private static final String NAME_TAIL =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private static ExtensionKey<?> key(RandomnessSource in, String name,
      List<Class<? extends Enum<?>>> types) {
    ExtensionKey.Kind[] kinds = ExtensionKey.Kind.values();
    return switch (kinds[between(in, 0, kinds.length - 1)]) {
      case BOOLEAN -> ExtensionKey.ofBoolean(name);
      case INTEGER -> ExtensionKey.ofInteger(name);
      case TEXT -> ExtensionKey.ofText(name);
      case DATE -> ExtensionKey.ofDate(name);
      case RUPIAH -> ExtensionKey.ofRupiah(name);
      case ENUM -> enumKey(name, types.get(between(in, 0, types.size() - 1)));
      case ENUM_SET -> enumSetKey(name, types.get(between(in, 0, types.size() - 1)));
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ExtensionKey<?> enumKey(String name, Class<? extends Enum<?>> type) {
    return ExtensionKey.ofEnum(name, (Class) type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ExtensionKey<?> enumSetKey(String name, Class<? extends Enum<?>> type) {
    return ExtensionKey.ofEnumSet(name, (Class) type);
  }

  private static int between(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  /**
   * Dates from {@code from} to {@code to}, both included.
   *
   * @param from first date; never null
   * @param to last date, not before {@code from}; never null
   * @return the generator
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range of dates is empty: " + from + ".." + to);
    }
    return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  static Nik nik(RegionCode district, Sex sex, LocalDate birth, int serial) {
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
    return Nik.parse(district.digits() + String.format(Locale.ROOT, "%02d%02d%02d%04d", day,
        birth.getMonthValue(), Math.floorMod(birth.getYear(), 100), serial));
  }

  private static List<RegionCode> codes(List<Region> regions) {
    return regions.stream().map(Region::code).toList();
  }
}
