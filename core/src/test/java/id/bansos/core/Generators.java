package id.bansos.core;

import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.DisabilityKind;
import id.bansos.core.household.Household;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.PastGrant;
import id.bansos.core.household.GrantType;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for core's value types, built constructively from valid parts (never
 * by filtering).
 *
 * <p>Why this is not the testkit's {@code BansosGen}: {@code bansos-testkit} depends on {@code
 * bansos-core} (and {@code bansos-rules}), so core's own tests cannot depend on it; Maven refuses
 * a cycle in the reactor whatever the scope. These generators also aim elsewhere: NIKs and No. KK
 * of any province (11-94) and households whose facts need not hang together (any relationship,
 * any ages), the inputs core's parsing and invariants must take, where the testkit makes coherent
 * Jawa Timur families for rules. See docs/testing.md, "Household generators".
 */
public final class Generators {

  private Generators() {}

  /** The parts of a NIK, each in its valid range; {@link #digits()} lays them out. */
  public record NikParts(
      int province, int regency, int district, int day, boolean female, int month, int yy,
      int serial) {

    /** The day field as written: day, plus 40 for women. */
    public int dayField() {
      return female ? day + 40 : day;
    }

    /** The 16 digits. */
    public String digits() {
      return String.format(Locale.ROOT, "%02d%02d%02d%02d%02d%02d%04d",
          province, regency, district, dayField(), month, yy, serial);
    }

    /** The same parts with another serial. */
    public NikParts withSerial(int newSerial) {
      return new NikParts(province, regency, district, day, female, month, yy, newSerial);
    }
  }

  /** Valid NIK parts: province 11-94, codes 01-99, day 1-28 (+40 for women), serial 1-9999. */
  public static Gen<NikParts> nikParts() {
    Gen<Integer> province = integers().between(11, 94);
    Gen<Integer> code = integers().between(1, 99);
    Gen<Integer> day = integers().between(1, 28);
    Gen<Boolean> female = Generate.booleans();
    Gen<Integer> month = integers().between(1, 12);
    Gen<Integer> yy = integers().between(0, 99);
    Gen<Integer> serial = integers().between(1, 9999);
    return rs -> new NikParts(province.generate(rs), code.generate(rs), code.generate(rs),
        day.generate(rs), female.generate(rs), month.generate(rs), yy.generate(rs),
        serial.generate(rs));
  }

  /** Valid NIKs. */
  public static Gen<Nik> niks() {
    return nikParts().map(p -> Nik.parse(p.digits()));
  }

  /** Valid No. KK: a valid issuing kecamatan followed by ten arbitrary digits. */
  public static Gen<KkNumber> kkNumbers() {
    Gen<Integer> province = integers().between(11, 94);
    Gen<Integer> code = integers().between(1, 99);
    Gen<Integer> fiveDigits = integers().between(0, 99_999);
    return rs -> KkNumber.parse(String.format(Locale.ROOT, "%02d%02d%02d%05d%05d",
        province.generate(rs), code.generate(rs), code.generate(rs), fiveDigits.generate(rs),
        fiveDigits.generate(rs)));
  }

  private static final List<String> SYLLABLES = List.of(
      "su", "war", "ni", "yan", "to", "ti", "ah", "mad", "sri", "wa", "hyu", "ri", "an", "di",
      "ka", "da", "lin", "tum", "bo", "ra");

  /** Indonesian-looking two-word names (capitalised syllables), never blank. */
  public static Gen<String> names() {
    Gen<String> syllable = Generate.pick(SYLLABLES);
    Gen<Integer> count = integers().between(2, 3);
    Gen<String> word = rs -> {
      StringBuilder sb = new StringBuilder();
      int n = count.generate(rs);
      for (int i = 0; i < n; i++) {
        sb.append(syllable.generate(rs));
      }
      return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    };
    return word.zip(word, (a, b) -> a + " " + b);
  }

  /**
   * A consistent person with the given NIK and relationship and random optional facts.
   *
   * @param nik the NIK
   * @param relationship the relationship, or null for "not recorded"
   */
  public static Gen<Person> persons(Nik nik, Relationship relationship) {
    Gen<Boolean> coin = Generate.booleans();
    Gen<String> name = names();
    Gen<Integer> birthEpochDay = integers().between(
        (int) LocalDate.of(1920, 1, 1).toEpochDay(), (int) LocalDate.of(2026, 11, 1).toEpochDay());
    Gen<Integer> daysLater = integers().between(0, 20_000);
    Gen<Sex> sex = Generate.enumValues(Sex.class);
    Gen<MaritalStatus> marital = Generate.enumValues(MaritalStatus.class);
    Gen<DisabilityKind> disabilityKind = Generate.enumValues(DisabilityKind.class);
    Gen<LabourShock> shock = Generate.enumValues(LabourShock.class);
    Gen<Long> income = Generate.longRange(0, 20_000_000);
    return rs -> {
      var b = Person.builder().nik(nik);
      if (relationship != null) {
        b.relationship(relationship);
      }
      if (coin.generate(rs)) {
        b.name(name.generate(rs));
      }
      if (coin.generate(rs)) {
        LocalDate birth = LocalDate.ofEpochDay(birthEpochDay.generate(rs));
        b.birthDate(birth);
        if (coin.generate(rs) && coin.generate(rs)) {
          b.deathDate(birth.plusDays(daysLater.generate(rs)));
        }
      }
      if (coin.generate(rs)) {
        b.sex(sex.generate(rs));
      }
      if (coin.generate(rs)) {
        b.maritalStatus(marital.generate(rs));
      }
      if (coin.generate(rs)) {
        boolean has = coin.generate(rs);
        b.hasDisability(has);
        if (has && coin.generate(rs)) {
          b.addDisabilities(coin.generate(rs)
              ? Disability.severe(disabilityKind.generate(rs))
              : Disability.of(disabilityKind.generate(rs)));
        }
      }
      if (coin.generate(rs)) {
        LabourShock s = shock.generate(rs);
        b.labourShock(s);
        if (s != LabourShock.NONE && coin.generate(rs)) {
          b.labourShockDate(LocalDate.of(2020, 4, 1).plusDays(daysLater.generate(rs) % 365));
        }
      }
      if (coin.generate(rs)) {
        b.monthlyIncome(Rupiah.of(income.generate(rs)));
      }
      return b.build();
    };
  }

  /**
   * Valid households: 1 to 6 members with unique NIKs (distinct serials on one base), exactly one
   * head, and random optional facts.
   */
  public static Gen<Household> households() {
    Gen<KkNumber> kk = kkNumbers();
    Gen<NikParts> base = nikParts();
    Gen<Integer> size = integers().between(1, 6);
    Gen<Integer> serialStart = integers().between(1, 9000);
    Gen<Relationship> nonHead = Generate.pick(EnumSet.complementOf(EnumSet.of(Relationship.HEAD))
        .stream().toList());
    Gen<Boolean> coin = Generate.booleans();
    Gen<AidProgram> program = Generate.enumValues(AidProgram.class);
    Gen<GrantType> grant = Generate.enumValues(GrantType.class);
    Gen<Integer> grantYear = integers().between(2015, 2026);
    return rs -> {
      int n = size.generate(rs);
      int headIndex = integers().between(0, n - 1).generate(rs);
      NikParts parts = base.generate(rs);
      int start = serialStart.generate(rs);
      List<Person> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Nik nik = Nik.parse(parts.withSerial(start + i).digits());
        Relationship r = i == headIndex ? Relationship.HEAD
            : coin.generate(rs) ? nonHead.generate(rs) : null;
        members.add(persons(nik, r).generate(rs));
      }
      var b = Household.builder().kkNumber(kk.generate(rs)).members(members);
      if (coin.generate(rs)) {
        b.livesOnSmallIsland(coin.generate(rs));
      }
      boolean pkh = coin.generate(rs);
      if (coin.generate(rs)) {
        b.putAid(AidProgram.PKH, pkh);
      }
      AidProgram other = program.generate(rs);
      if (other != AidProgram.PKH && coin.generate(rs)) {
        b.putAid(other, coin.generate(rs));
      }
      if (coin.generate(rs)) {
        b.addPastGrants(new PastGrant(grant.generate(rs), grantYear.generate(rs)));
        b.pastGrantsChecked(coin.generate(rs));
      }
      return b.build();
    };
  }
}
