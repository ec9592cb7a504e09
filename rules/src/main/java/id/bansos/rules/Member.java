package id.bansos.rules;

import id.bansos.core.household.MaritalStatus;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member of the household on the date of an assessment: a person on the card who is born by
 * then and not yet dead. Criteria read a member's facts through {@link FactKey}s; the age on the
 * date is worked out once per assessment and shared by every program, and so are the recorded
 * facts that several programs read (sex, relationship, marital status, disability, occupation),
 * each read from the card once, when first needed.
 *
 * <p>Valid only while its assessment runs; {@code toString} shows the masked NIK only.
 */
public final class Member {

  private final Snapshot household;
  private final Person person;
  // Its place in NIK order, set once by the snapshot that made it, before anyone reads it.
  private int index = -1;
  private final Optional<Integer> age;
  // The facts several programs read, each read from the person on first use (null until then)
  // and kept: the core model makes a new Optional on every read of a recorded fact. Racy but
  // safe, should a check hand the member to another thread: an Optional is immutable, and a
  // thread that sees null reads the same value from the card again.
  private @Nullable Optional<Sex> sex;
  private @Nullable Optional<Relationship> relationship;
  private @Nullable Optional<MaritalStatus> maritalStatus;
  private @Nullable Optional<Boolean> hasDisability;
  private @Nullable Optional<Occupation> occupation;

  private static final Optional<Boolean> DISABILITY_LISTED = Optional.of(Boolean.TRUE);

  Member(Snapshot household, Person person, Optional<Integer> age) {
    this.household = household;
    this.person = person;
    this.age = age;
  }

  void placeAt(int index) {
    this.index = index;
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

  /** The recorded sex, read once per assessment. */
  Optional<Sex> sex() {
    Optional<Sex> v = sex;
    if (v == null) {
      v = person.sex();
      sex = v;
    }
    return v;
  }

  /** The recorded relationship to the head, read once per assessment. */
  Optional<Relationship> relationship() {
    Optional<Relationship> v = relationship;
    if (v == null) {
      v = person.relationship();
      relationship = v;
    }
    return v;
  }

  /** The recorded marital status, read once per assessment. */
  Optional<MaritalStatus> maritalStatus() {
    Optional<MaritalStatus> v = maritalStatus;
    if (v == null) {
      v = person.maritalStatus();
      maritalStatus = v;
    }
    return v;
  }

  /** Whether the member has a disability: true when one is listed, else as recorded. */
  Optional<Boolean> hasDisability() {
    Optional<Boolean> v = hasDisability;
    if (v == null) {
      v = person.disabilities().isEmpty() ? person.hasDisability() : DISABILITY_LISTED;
      hasDisability = v;
    }
    return v;
  }

  /** The recorded occupation, read once per assessment. */
  Optional<Occupation> occupation() {
    Optional<Occupation> v = occupation;
    if (v == null) {
      v = person.occupation();
      occupation = v;
    }
    return v;
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
