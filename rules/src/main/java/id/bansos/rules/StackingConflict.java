package id.bansos.rules;

import java.util.Objects;

/**
 * Two programs a household is eligible for that sources say do not stack: the household should
 * receive only one of them. The engine flags the pair; choosing is the caller's decision.
 *
 * @param first the code of the first program (catalog order); never null
 * @param second the code of the second program; never null
 * @param basis why they do not stack, with its source; never null
 */
public record StackingConflict(String first, String second, String basis) {

  /** Checks that no component is null. */
  public StackingConflict {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(basis, "basis");
  }
}
