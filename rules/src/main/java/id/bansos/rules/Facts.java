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
import id.bansos.core.internal.Recorded;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.RegistryStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The facts every program shares, as {@link FactKey}s over the core model ({@link Person} and
 * {@link id.bansos.core.household.Household}). Names follow the JSON format's field paths, so a
 * missing fact names the field to fill in.
 */
public final class Facts {

  private Facts() {}

  /** Age in whole years on the date; missing as {@code birthDate}. */
  public static final FactKey<Member, Integer> AGE =
      FactKey.memberOrNull("age", Integer.class, m -> m.age().orElse(null))
          .derivedFrom("birthDate");
  /** Sex. */
  public static final FactKey<Member, Sex> SEX =
      FactKey.memberOrNull("sex", Sex.class, Member::sex);
  /** Relationship to the head of the family. */
  public static final FactKey<Member, Relationship> RELATIONSHIP =
      FactKey.memberOrNull("relationship", Relationship.class, Member::relationship);
  /** Marital status. */
  public static final FactKey<Member, MaritalStatus> MARITAL_STATUS =
      FactKey.memberOrNull("maritalStatus", MaritalStatus.class, Member::maritalStatus);
  /** Whether her husband left her without support. */
  public static final FactKey<Member, Boolean> ABANDONED_BY_SPOUSE =
      FactKey.memberOrNull("abandonedBySpouse", Boolean.class,
          m -> Recorded.abandonedBySpouse(m.person()));
  /** Whether the member is the family's main breadwinner. */
  public static final FactKey<Member, Boolean> MAIN_BREADWINNER =
      FactKey.memberOrNull("mainBreadwinner", Boolean.class,
          m -> Recorded.mainBreadwinner(m.person()));
  /** Whether the member has any disability: true when one is listed, else as recorded. */
  public static final FactKey<Member, Boolean> HAS_DISABILITY =
      FactKey.memberOrNull("hasDisability", Boolean.class, Member::hasDisability);
  /** The disabilities listed (empty when none is listed). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final FactKey<Member, List<Disability>> DISABILITIES =
      FactKey.memberOrNull("disabilities", (Class<List<Disability>>) (Class) List.class,
          m -> m.person().disabilities());
  /** Whether the member is chronically ill. */
  public static final FactKey<Member, Boolean> CHRONICALLY_ILL =
      FactKey.memberOrNull("chronicallyIll", Boolean.class,
          m -> Recorded.chronicallyIll(m.person()));
  /** School level. */
  public static final FactKey<Member, SchoolLevel> SCHOOL_LEVEL =
      FactKey.memberOrNull("schoolLevel", SchoolLevel.class,
          m -> Recorded.schoolLevel(m.person()));
  /** Occupation. */
  public static final FactKey<Member, Occupation> OCCUPATION =
      FactKey.memberOrNull("occupation", Occupation.class, Member::occupation);
  /** Labour shock (laid off, lost income). */
  public static final FactKey<Member, LabourShock> LABOUR_SHOCK =
      FactKey.memberOrNull("labourShock", LabourShock.class,
          m -> Recorded.labourShock(m.person()));
  /** The father's status. */
  public static final FactKey<Member, ParentStatus> FATHER =
      FactKey.memberOrNull("father", ParentStatus.class,
          m -> Recorded.father(m.person()));
  /** The mother's status. */
  public static final FactKey<Member, ParentStatus> MOTHER =
      FactKey.memberOrNull("mother", ParentStatus.class,
          m -> Recorded.mother(m.person()));

  /** The village (desa/kelurahan) of domicile. */
  public static final FactKey<Snapshot, RegionCode> DOMICILE =
      FactKey.householdOrNull("domicile", RegionCode.class,
          s -> s.domicile().orElse(null));
  /** Whether the family lives on a small island. */
  public static final FactKey<Snapshot, Boolean> LIVES_ON_SMALL_ISLAND = FactKey.householdOrNull(
      "livesOnSmallIsland", Boolean.class,
      s -> Recorded.livesOnSmallIsland(s.household()));
  /** The family's status in the national register. */
  public static final FactKey<Snapshot, RegistryStatus> REGISTRY =
      FactKey.householdOrNull("registry", RegistryStatus.class,
          s -> s.registry().orElse(null));
  /** Whether the grant history was checked. */
  public static final FactKey<Snapshot, Boolean> PAST_GRANTS_CHECKED = FactKey.householdOrNull(
      "pastGrants", Boolean.class, s -> s.household().pastGrantsChecked());

  private static final Map<AidProgram, FactKey<Snapshot, Boolean>> AID = aidKeys();

  private static Map<AidProgram, FactKey<Snapshot, Boolean>> aidKeys() {
    Map<AidProgram, FactKey<Snapshot, Boolean>> keys = new EnumMap<>(AidProgram.class);
    for (AidProgram a : AidProgram.values()) {
      keys.put(a, FactKey.householdOrNull("aid." + a.name(), Boolean.class,
          // As Household.receives reads it, without its Optional.
          s -> s.household().aid().get(a)));
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
    // From the map rather than through extension(key), which makes an Optional per read.
    return FactKey.memberOrNull(key.name(), key.type(),
        m -> key.type().cast(m.person().extensions().get(key))).labelled(Labels.of(key));
  }

  /**
   * A household's extension fact, as a key criteria read.
   *
   * @param key the extension fact; never null
   * @param <T> its type
   * @return the fact key, named and labelled as the extension
   */
  public static <T> FactKey<Snapshot, T> household(ExtensionKey<T> key) {
    return FactKey.householdOrNull(key.name(), key.type(),
        s -> key.type().cast(s.household().extensions().get(key))).labelled(Labels.of(key));
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
