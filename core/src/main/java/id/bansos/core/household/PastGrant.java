package id.bansos.core.household;

import java.util.Objects;

/**
 * A grant a household received in a given year.
 *
 * @param type the grant; never null
 * @param year the calendar year it was received
 */
public record PastGrant(GrantType type, int year) {

  /** Checks that the type is not null. */
  public PastGrant {
    Objects.requireNonNull(type, "type");
  }
}
