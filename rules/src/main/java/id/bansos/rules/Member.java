package id.bansos.rules;

import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.internal.Recorded;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member of the household on the date of an assessment: a person on the card who is born by
 * then and not yet dead. Criteria read a member's facts through {@link FactKey}s; the age on the
 * date is worked out once per assessment and shared by every program.
 *
 * <p>Valid only while its assessment runs; {@code toString} shows the masked NIK only.
 */
public final class Member {

  private final Snapshot household;
  private final Person person;
  // Shared, made once per age (Person.ageOn). No index: a member's place in NIK order is looked
  // up in the record only when a fact of it is missing, which keeps a member at 24 bytes.
  private final Optional<Integer> age;

  Member(Snapshot household, Person person, Optional<Integer> age) {
    this.household = household;
    this.person = person;
    this.age = age;
  }

  /**
   * The person as recorded on the card, for readers of {@link FactKey}s.
   *
   * @return the person; never null
   */
  public Person person() {
    return person;
  }

  /**
   * The household the member belongs to on the date, for checks that read a family fact.
   *
   * @return the household; never null
   */
  public Snapshot household() {
    return household;
  }

  /**
   * The member's NIK.
   *
   * @return the NIK; never null
   */
  public Nik nik() {
    return person.nik();
  }

  /**
   * The age in whole years on the date of the assessment.
   *
   * @return the age, empty when the birth date is not recorded
   */
  public Optional<Integer> age() {
    return age;
  }

  // The facts several programs read, as recorded (null when not): read from the person's fields
  // rather than through the core model's accessors, which make a new Optional at every read.

  @Nullable Sex sex() {
    return Recorded.sex(person);
  }

  @Nullable Relationship relationship() {
    return Recorded.relationship(person);
  }

  @Nullable MaritalStatus maritalStatus() {
    return Recorded.maritalStatus(person);
  }

  /** Whether the member has a disability: true when one is listed, else as recorded. */
  @Nullable Boolean hasDisability() {
    return person.disabilities().isEmpty() ? Recorded.hasDisability(person) : Boolean.TRUE;
  }

  @Nullable Occupation occupation() {
    return Recorded.occupation(person);
  }

  @Override
  public String toString() {
    return "Member[" + person.nik() + "]";
  }
}
