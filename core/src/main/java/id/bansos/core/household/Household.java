package id.bansos.core.household;

import id.bansos.core.Problems;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.internal.DomainStyle;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.registry.RegistryStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One family as listed on one Kartu Keluarga: the unit of assessment.
 *
 * <p>Only the No. KK and at least one member are required. Every other fact may be absent, and
 * absent means unknown, never "no". Membership of other programs is a map: a program missing from
 * {@link #aid()} is unknown, mapped to {@code false} is known not received.
 *
 * <p>Building fails with {@link id.bansos.core.InvalidDataException} listing every problem with
 * its path: no member, more than one head, duplicate NIKs ({@code members[3].nik}), a domicile
 * that is not a village code, PKH components on a family known not to be in PKH. {@link
 * #toString()} shows neither the full No. KK nor any NIK or name.
 */
@Value.Immutable
@DomainStyle
public abstract class Household {

  Household() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableHousehold.Builder builder() {
    return ImmutableHousehold.builder();
  }

  /**
   * The family card number.
   *
   * @return the No. KK
   */
  public abstract KkNumber kkNumber();

  /**
   * The members, in the order of the card.
   *
   * @return the members, never empty
   */
  public abstract List<Person> members();

  /**
   * Where the family lives: a desa or kelurahan code (which may differ from the region digits of
   * the KK or of any NIK).
   *
   * @return the village code, if recorded
   */
  public abstract Optional<RegionCode> domicile();

  /**
   * Whether the family lives on a small island (kepulauan), which raised the 2020 safety-net
   * amount.
   *
   * @return the fact, if recorded
   */
  public abstract Optional<Boolean> livesOnSmallIsland();

  /**
   * What the national register said about this family.
   *
   * @return the status, if the register was checked
   */
  public abstract Optional<RegistryStatus> registry();

  /**
   * Programs the family currently receives ({@code true}) or is known not to ({@code false}).
   *
   * @return the map; a missing program is unknown
   */
  public abstract Map<AidProgram, Boolean> aid();

  /**
   * One-off grants the family received in earlier years.
   *
   * @return the grants, empty when none is recorded
   */
  public abstract List<PastGrant> pastGrants();

  /**
   * Facts the core model does not name, by key (see {@link ExtensionKey}); an absent key is
   * unknown.
   *
   * @return the extension facts; never null
   */
  public abstract Map<ExtensionKey<?>, Object> extensions();

  /**
   * The value of an extension fact.
   *
   * @param key the fact; never null
   * @param <T> its type
   * @return the value, empty when not recorded
   */
  public final <T> Optional<T> extension(ExtensionKey<T> key) {
    Object value = extensions().get(Objects.requireNonNull(key, "key"));
    return value == null ? Optional.empty() : Optional.of(key.type().cast(value));
  }

  /**
   * Whether {@link #pastGrants()} is known to be complete. When false, an empty list means
   * "unknown", not "never received".
   *
   * @return true when the grant history was checked
   */
  @Value.Default
  public boolean pastGrantsChecked() {
    return false;
  }

  /**
   * Whether the family receives {@code program}.
   *
   * @param program the program; never null
   * @return true or false when known, empty when unknown
   */
  public final Optional<Boolean> receives(AidProgram program) {
    Objects.requireNonNull(program, "program");
    return Optional.ofNullable(aid().get(program));
  }

  /**
   * The member with the given NIK.
   *
   * @param nik the NIK; never null
   * @return the member, if on this card
   */
  public final Optional<Person> member(Nik nik) {
    Objects.requireNonNull(nik, "nik");
    for (Person p : members()) {
      if (p.nik().equals(nik)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The head of the family, when exactly one member is recorded as head.
   *
   * @return the head, if recorded
   */
  public final Optional<Person> head() {
    for (Person p : members()) {
      if (p.relationship().orElse(null) == Relationship.HEAD) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Problems problems = new Problems();
    List<Person> members = members();
    if (members.isEmpty()) {
      problems.add("members", "HOUSEHOLD_NO_MEMBERS", "a household has at least one member");
    }
    int heads = 0;
    Map<Nik, Integer> seen = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Person p = members.get(i);
      if (p.relationship().orElse(null) == Relationship.HEAD) {
        heads++;
        if (heads >= 2) {
          problems.add("members[" + i + "].relationship", "HOUSEHOLD_SECOND_HEAD",
              "a Kartu Keluarga has one head of family; this is head number " + heads);
        }
      }
      Integer first = seen.putIfAbsent(p.nik(), i);
      if (first != null) {
        problems.add("members[" + i + "].nik", "HOUSEHOLD_DUPLICATE_NIK",
            "the same NIK as members[" + first + "]");
      }
    }
    if (domicile().isPresent() && domicile().get().level() != RegionLevel.VILLAGE) {
      problems.add("domicile", "HOUSEHOLD_DOMICILE_LEVEL",
          "the domicile is a desa or kelurahan code (PP.KK.CC.DDDD)");
    }
    for (int i = 0; i < pastGrants().size(); i++) {
      int year = pastGrants().get(i).year();
      if (year < 1945 || year > 2200) {
        problems.add("pastGrants[" + i + "].year", "HOUSEHOLD_GRANT_YEAR",
            "the grant year is not a plausible calendar year");
      }
    }
    for (Map.Entry<ExtensionKey<?>, Object> e : extensions().entrySet()) {
      if (!e.getKey().accepts(e.getValue())) {
        problems.add("extensions." + e.getKey().name(), "EXTENSION_TYPE",
            "expects " + e.getKey().expected());
      }
    }
    problems.throwIfAny();
  }

  /**
   * A summary without personal data.
   *
   * @return for example {@code Household{kk=3578**********01, members=4, domicile=35.78.01.1001}}
   */
  @Override
  public String toString() {
    return "Household{kk=" + kkNumber() + ", members=" + members().size()
        + domicile().map(d -> ", domicile=" + d).orElse("") + "}";
  }
}
