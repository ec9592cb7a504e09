package id.bansos.rules;

import id.bansos.core.identity.Nik;
import java.util.Objects;
import java.util.Optional;

/**
 * Who benefits: one member of the household, or the household as a whole.
 *
 * @param member the member; empty for the household as a whole
 */
public record Beneficiary(Optional<Nik> member) {

  private static final Beneficiary HOUSEHOLD = new Beneficiary(Optional.empty());

  /** Checks that the component is not null. */
  public Beneficiary {
    Objects.requireNonNull(member, "member");
  }

  /**
   * The household as a whole.
   *
   * @return the beneficiary
   */
  public static Beneficiary household() {
    return HOUSEHOLD;
  }

  /**
   * One member.
   *
   * @param nik the member's NIK; never null
   * @return the beneficiary
   */
  public static Beneficiary member(Nik nik) {
    return new Beneficiary(Optional.of(nik));
  }

  // Written out rather than generated: a record's generated equals and hashCode build method
  // handles on their first call, tens of milliseconds of a process's start, and reading a
  // determination's benefits compares beneficiaries (docs/performance.md §3n).
  @Override
  public boolean equals(Object o) {
    return o instanceof Beneficiary other && member.equals(other.member);
  }

  @Override
  public int hashCode() {
    return member.hashCode();
  }
}
