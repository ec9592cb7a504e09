package id.bansos.rules;

import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import java.util.Optional;

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
  private final int index;
  private final Optional<Integer> age;

  Member(Snapshot household, Person person, int index, Optional<Integer> age) {
    this.household = household;
    this.person = person;
    this.index = index;
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

  /** The member's position among the household's members on the date, in NIK order. */
  int index() {
    return index;
  }

  @Override
  public String toString() {
    return "Member[" + person.nik() + "]";
  }
}
