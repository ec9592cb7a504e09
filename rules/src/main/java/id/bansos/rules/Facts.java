package id.bansos.rules;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Disability;
import id.bansos.core.household.ExtensionKey;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.RegistryStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts every program shares, as {@link FactKey}s over the core model ({@link Person} and
 * {@link id.bansos.core.household.Household}). Names follow the JSON format's field paths, so a
 * missing fact names the field to fill in.
 */
public final class Facts {

  private static final Optional<Boolean> LISTED = Optional.of(true);

  private Facts() {}

  /** Age in whole years on the date; missing as {@code birthDate}. */
  public static final FactKey<Member, Integer> AGE =
      FactKey.member("age", Integer.class, Member::age).derivedFrom("birthDate");
  /** Sex. */
  public static final FactKey<Member, Sex> SEX =
      FactKey.member("sex", Sex.class, m -> m.person().sex());
  /** Relationship to the head of the family. */
  public static final FactKey<Member, Relationship> RELATIONSHIP =
      FactKey.member("relationship", Relationship.class, m -> m.person().relationship());
  /** Marital status. */
  public static final FactKey<Member, MaritalStatus> MARITAL_STATUS =
      FactKey.member("maritalStatus", MaritalStatus.class, m -> m.person().maritalStatus());
  /** Whether her husband left her without support. */
  public static final FactKey<Member, Boolean> ABANDONED_BY_SPOUSE =
      FactKey.member("abandonedBySpouse", Boolean.class, m -> m.person().abandonedBySpouse());
  /** Whether the member is the family's main breadwinner. */
  public static final FactKey<Member, Boolean> MAIN_BREADWINNER =
      FactKey.member("mainBreadwinner", Boolean.class, m -> m.person().mainBreadwinner());
  /** Whether the member has any disability: true when one is listed, else as recorded. */
  public static final FactKey<Member, Boolean> HAS_DISABILITY = FactKey.member("hasDisability",
      Boolean.class, m -> m.person().disabilities().isEmpty() ? m.person().hasDisability()
          : LISTED);
  /** The disabilities listed (empty when none is listed). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final FactKey<Member, List<Disability>> DISABILITIES =
      FactKey.member("disabilities", (Class<List<Disability>>) (Class) List.class,
          m -> Optional.of(m.person().disabilities()));
  /** Whether the member is chronically ill. */
  public static final FactKey<Member, Boolean> CHRONICALLY_ILL =
      FactKey.member("chronicallyIll", Boolean.class, m -> m.person().chronicallyIll());
  /** School level. */
  public static final FactKey<Member, SchoolLevel> SCHOOL_LEVEL =
      FactKey.member("schoolLevel", SchoolLevel.class, m -> m.person().schoolLevel());
  /** Occupation. */
  public static final FactKey<Member, Occupation> OCCUPATION =
      FactKey.member("occupation", Occupation.class, m -> m.person().occupation());
  /** Labour shock (laid off, lost income). */
  public static final FactKey<Member, LabourShock> LABOUR_SHOCK =
      FactKey.member("labourShock", LabourShock.class, m -> m.person().labourShock());
  /** The father's status. */
  public static final FactKey<Member, ParentStatus> FATHER =
      FactKey.member("father", ParentStatus.class, m -> m.person().father());
  /** The mother's status. */
  public static final FactKey<Member, ParentStatus> MOTHER =
      FactKey.member("mother", ParentStatus.class, m -> m.person().mother());

  /** The village (desa/kelurahan) of domicile. */
  public static final FactKey<Snapshot, RegionCode> DOMICILE =
      FactKey.household("domicile", RegionCode.class, s -> s.household().domicile());
  /** Whether the family lives on a small island. */
  public static final FactKey<Snapshot, Boolean> LIVES_ON_SMALL_ISLAND = FactKey.household(
      "livesOnSmallIsland", Boolean.class, s -> s.household().livesOnSmallIsland());
  /** The family's status in the national register. */
  public static final FactKey<Snapshot, RegistryStatus> REGISTRY =
      FactKey.household("registry", RegistryStatus.class, s -> s.household().registry());
  /** Whether the grant history was checked. */
  public static final FactKey<Snapshot, Boolean> PAST_GRANTS_CHECKED = FactKey.household(
      "pastGrants", Boolean.class, s -> Optional.of(s.household().pastGrantsChecked()));

  private static final Map<AidProgram, FactKey<Snapshot, Boolean>> AID = aidKeys();

  private static Map<AidProgram, FactKey<Snapshot, Boolean>> aidKeys() {
    Map<AidProgram, FactKey<Snapshot, Boolean>> keys = new EnumMap<>(AidProgram.class);
    for (AidProgram a : AidProgram.values()) {
      keys.put(a, FactKey.household("aid." + a.name(), Boolean.class, s -> s.household().receives(a)));
    }
    return keys;
  }

  /**
   * A member's extension fact, as a key criteria read.
   *
   * @param key the extension fact; never null
   * @param <T> its type
   * @return the fact key, named and labelled as the extension
   */
  public static <T> FactKey<Member, T> member(ExtensionKey<T> key) {
    return FactKey.member(key.name(), key.type(), m -> m.person().extension(key))
        .labelled(Labels.of(key));
  }

  /**
   * A household's extension fact, as a key criteria read.
   *
   * @param key the extension fact; never null
   * @param <T> its type
   * @return the fact key, named and labelled as the extension
   */
  public static <T> FactKey<Snapshot, T> household(ExtensionKey<T> key) {
    return FactKey.household(key.name(), key.type(), s -> s.household().extension(key))
        .labelled(Labels.of(key));
  }

  /**
   * Whether the family receives another program's aid.
   *
   * @param aid the other program; never null
   * @return the fact
   */
  public static FactKey<Snapshot, Boolean> aid(AidProgram aid) {
    return AID.get(aid);
  }
}
