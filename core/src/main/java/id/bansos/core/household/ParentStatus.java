package id.bansos.core.household;

import id.bansos.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a person's father or mother is alive and, if not, when and of what they died: the facts a
 * Covid-19 orphan determination needs (yatim: father died; piatu: mother died; yatim piatu: both).
 *
 * @param alive whether the parent is alive
 * @param deathDate date of death, if known; only for a parent who died
 * @param cause cause of death, if known; only for a parent who died
 */
public record ParentStatus(boolean alive, Optional<LocalDate> deathDate, Optional<DeathCause> cause) {

  private static final ParentStatus ALIVE = new ParentStatus(true, Optional.empty(), Optional.empty());

  /**
   * Checks the components.
   *
   * @throws InvalidDataException with code {@code PARENT_ALIVE_WITH_DEATH} when a living parent
   *     has a death date or cause
   */
  public ParentStatus {
    Objects.requireNonNull(deathDate, "deathDate");
    Objects.requireNonNull(cause, "cause");
    if (alive && (deathDate.isPresent() || cause.isPresent())) {
      throw new InvalidDataException("", "PARENT_ALIVE_WITH_DEATH",
          "a living parent cannot have a death date or cause");
    }
  }

  /**
   * A living parent.
   *
   * @return the status
   */
  public static ParentStatus living() {
    return ALIVE;
  }

  /**
   * A parent who died.
   *
   * @param deathDate the date, if known; never null
   * @param cause the cause, if known; never null
   * @return the status
   */
  public static ParentStatus deceased(Optional<LocalDate> deathDate, Optional<DeathCause> cause) {
    return new ParentStatus(false, deathDate, cause);
  }

  /**
   * A parent who died on a known date of a known cause.
   *
   * @param deathDate the date; never null
   * @param cause the cause; never null
   * @return the status
   */
  public static ParentStatus deceased(LocalDate deathDate, DeathCause cause) {
    return new ParentStatus(false, Optional.of(deathDate), Optional.of(cause));
  }
}
