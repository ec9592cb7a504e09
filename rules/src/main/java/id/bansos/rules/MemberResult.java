package id.bansos.rules;

import id.bansos.core.identity.Nik;
import java.util.List;
import java.util.Objects;

/**
 * The person-level criteria of a program for one member of the household.
 *
 * @param member the member; never null
 * @param status the member's status from these criteria; never null
 * @param criteria the results; never null
 */
public record MemberResult(Nik member, Status status, List<CriterionResult> criteria) {

  /** Checks the components and copies every list but the engine's own (kept as it is). */
  public MemberResult {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(status, "status");
    // The engine's own list is unmodifiable and its array never changes: kept, not copied.
    criteria = ArrayView.keptOrCopied(criteria);
  }

  /**
   * The result of a member whose status follows from its criteria.
   *
   * @param member the member; never null
   * @param criteria the results; never null
   * @return the result
   */
  public static MemberResult of(Nik member, List<CriterionResult> criteria) {
    return new MemberResult(member, Status.ofResults(criteria), criteria);
  }
}
