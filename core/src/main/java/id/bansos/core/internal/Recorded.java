package id.bansos.core.internal;

import id.bansos.core.household.Household;
import id.bansos.core.household.ImmutableHousehold;
import id.bansos.core.household.ImmutablePerson;
import id.bansos.core.household.LabourShock;
import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.ParentStatus;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.household.SchoolLevel;
import id.bansos.core.identity.Sex;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The optional facts of a {@link Person} and a {@link Household} as recorded, null when absent,
 * for the engine in {@code rules} only (the module exports this package to it alone).
 *
 * <p>The generated accessors of the model wrap a fact in a new {@code Optional} at every read;
 * the engine reads a dozen facts of every member for every assessment, and on JDK 17 those
 * Optionals were a quarter of the bytes an assessment allocated. These accessors read the
 * generated classes' fields instead: every {@code Person} is an {@link ImmutablePerson} and every
 * {@code Household} an {@link ImmutableHousehold} (their constructors are package-private). A
 * field renamed by a new version of Immutables fails this class's initialisation, and {@code
 * RecordedTest} with it. The household's domicile and register status are not here: the engine
 * reads them once per assessment, through the accessors.
 */
public final class Recorded {

  private static final VarHandle BIRTH_DATE = person("birthDate", LocalDate.class);
  private static final VarHandle SEX = person("sex", Sex.class);
  private static final VarHandle RELATIONSHIP = person("relationship", Relationship.class);
  private static final VarHandle MARITAL_STATUS = person("maritalStatus", MaritalStatus.class);
  private static final VarHandle ABANDONED = person("abandonedBySpouse", Boolean.class);
  private static final VarHandle BREADWINNER = person("mainBreadwinner", Boolean.class);
  private static final VarHandle HAS_DISABILITY = person("hasDisability", Boolean.class);
  private static final VarHandle CHRONICALLY_ILL = person("chronicallyIll", Boolean.class);
  private static final VarHandle SCHOOL_LEVEL = person("schoolLevel", SchoolLevel.class);
  private static final VarHandle OCCUPATION = person("occupation", Occupation.class);
  private static final VarHandle LABOUR_SHOCK = person("labourShock", LabourShock.class);
  private static final VarHandle FATHER = person("father", ParentStatus.class);
  private static final VarHandle MOTHER = person("mother", ParentStatus.class);
  private static final VarHandle SMALL_ISLAND = household("livesOnSmallIsland", Boolean.class);

  private Recorded() {}

  private static VarHandle person(String field, Class<?> type) {
    return field(ImmutablePerson.class, field, type);
  }

  private static VarHandle household(String field, Class<?> type) {
    return field(ImmutableHousehold.class, field, type);
  }

  private static VarHandle field(Class<?> owner, String field, Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
          .findVarHandle(owner, field, type);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the generated " + owner.getSimpleName()
          + " has no field " + field + " of type " + type.getSimpleName(), e);
    }
  }

  private static ImmutablePerson of(Person p) {
    return (ImmutablePerson) p;
  }

  private static ImmutableHousehold of(Household h) {
    return (ImmutableHousehold) h;
  }

  /** {@link Person#birthDate()}, null when absent. */
  public static @Nullable LocalDate birthDate(Person p) {
    return (LocalDate) BIRTH_DATE.get(of(p));
  }

  /** {@link Person#sex()}, null when absent. */
  public static @Nullable Sex sex(Person p) {
    return (Sex) SEX.get(of(p));
  }

  /** {@link Person#relationship()}, null when absent. */
  public static @Nullable Relationship relationship(Person p) {
    return (Relationship) RELATIONSHIP.get(of(p));
  }

  /** {@link Person#maritalStatus()}, null when absent. */
  public static @Nullable MaritalStatus maritalStatus(Person p) {
    return (MaritalStatus) MARITAL_STATUS.get(of(p));
  }

  /** {@link Person#abandonedBySpouse()}, null when absent. */
  public static @Nullable Boolean abandonedBySpouse(Person p) {
    return (Boolean) ABANDONED.get(of(p));
  }

  /** {@link Person#mainBreadwinner()}, null when absent. */
  public static @Nullable Boolean mainBreadwinner(Person p) {
    return (Boolean) BREADWINNER.get(of(p));
  }

  /** {@link Person#hasDisability()} as recorded (not from the list), null when absent. */
  public static @Nullable Boolean hasDisability(Person p) {
    return (Boolean) HAS_DISABILITY.get(of(p));
  }

  /** {@link Person#chronicallyIll()}, null when absent. */
  public static @Nullable Boolean chronicallyIll(Person p) {
    return (Boolean) CHRONICALLY_ILL.get(of(p));
  }

  /** {@link Person#schoolLevel()}, null when absent. */
  public static @Nullable SchoolLevel schoolLevel(Person p) {
    return (SchoolLevel) SCHOOL_LEVEL.get(of(p));
  }

  /** {@link Person#occupation()}, null when absent. */
  public static @Nullable Occupation occupation(Person p) {
    return (Occupation) OCCUPATION.get(of(p));
  }

  /** {@link Person#labourShock()}, null when absent. */
  public static @Nullable LabourShock labourShock(Person p) {
    return (LabourShock) LABOUR_SHOCK.get(of(p));
  }

  /** {@link Person#father()}, null when absent. */
  public static @Nullable ParentStatus father(Person p) {
    return (ParentStatus) FATHER.get(of(p));
  }

  /** {@link Person#mother()}, null when absent. */
  public static @Nullable ParentStatus mother(Person p) {
    return (ParentStatus) MOTHER.get(of(p));
  }

  /** {@link Household#livesOnSmallIsland()}, null when absent. */
  public static @Nullable Boolean livesOnSmallIsland(Household h) {
    return (Boolean) SMALL_ISLAND.get(of(h));
  }
}
