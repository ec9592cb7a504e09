package id.bansos.rules;

import id.bansos.core.identity.Nik;
import id.bansos.rules.param.ParameterValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one criterion for one household (or one member of it): the outcome, the facts
 * read, the parameter values used (each with its period, sources and confidence), and, when the
 * outcome is UNKNOWN, the facts still needed. The message is produced only when asked for.
 *
 * @param criterion the criterion; never null
 * @param outcome the outcome; never null
 * @param member the member it is about, empty for a household-level criterion
 * @param facts the facts read; never null
 * @param parameters the parameter values used; never null
 * @param missingFacts the facts that would decide an UNKNOWN outcome, a member's with the member
 *     it concerns; never null
 */
public record CriterionResult(
    Criterion criterion,
    Outcome outcome,
    Optional<Nik> member,
    List<Fact> facts,
    List<ParameterValue<?>> parameters,
    List<MissingFact> missingFacts) {

  /** Checks the components and copies every list but the engine's own (kept as it is). */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(member, "member");
    // The engine's own lists are unmodifiable and their arrays never change: kept, not copied.
    facts = ArrayView.keptOrCopied(facts);
    parameters = List.copyOf(parameters);
    missingFacts = ArrayView.keptOrCopied(missingFacts);
  }

  /**
   * The stable reason code, for example {@code PKH_PLUS.AGE_AT_LEAST}.
   *
   * @return the code
   */
  public String code() {
    return criterion.code();
  }

  /**
   * What the criterion checks, in {@code language}, with parameter values filled in (for example
   * "Aged at least 70").
   *
   * @param language the language; never null
   * @return the title
   */
  public String title(Language language) {
    return Messages.fill(criterion.title().in(language), this, language);
  }

  /**
   * The explanation in {@code language}, with facts and parameter values filled in.
   *
   * @param language the language; never null
   * @return the message
   */
  public String message(Language language) {
    return Messages.fill(criterion.message(outcome).in(language), this, language);
  }
}
