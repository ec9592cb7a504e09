package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decision of one program for one household on one date: status, beneficiaries, benefits,
 * every criterion result, and for UNDETERMINED the facts still needed.
 *
 * <p>The status always follows from {@link #criteria()}: ELIGIBLE exactly when every criterion
 * passes, NOT_ELIGIBLE exactly when one fails. Person-level criteria are in {@link #members()};
 * a program that names beneficiaries summarises them in one household-level criterion.
 *
 * @param program the program; never null
 * @param status the status; never null
 * @param criteria the household-level criterion results; never null
 * @param members the person-level results, one per member considered; never null
 * @param beneficiaries who benefits; empty unless ELIGIBLE
 * @param benefits what the beneficiaries receive: each benefit without a recipient goes to every
 *     beneficiary, one with a recipient to that member; empty unless ELIGIBLE
 * @param priority the household's priority for a limited quota, with its reasons; never null
 */
public record Determination(
    ProgramInfo program,
    Status status,
    List<CriterionResult> criteria,
    List<MemberResult> members,
    List<Beneficiary> beneficiaries,
    List<Benefit> benefits,
    Priority priority) {

  /**
   * Checks that the status agrees with the criteria and copies the lists.
   *
   * @throws IllegalArgumentException when the status does not follow from the criteria, or an
   *     ineligible determination names beneficiaries or benefits
   */
  public Determination {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
    criteria = List.copyOf(criteria);
    members = List.copyOf(members);
    beneficiaries = List.copyOf(beneficiaries);
    benefits = List.copyOf(benefits);
    if (status != Status.ofResults(criteria)) {
      throw new IllegalArgumentException(program.code() + ": status " + status
          + " does not follow from the criteria");
    }
    if (status != Status.ELIGIBLE && (!beneficiaries.isEmpty() || !benefits.isEmpty())) {
      throw new IllegalArgumentException(program.code()
          + ": only an eligible determination has beneficiaries and benefits");
    }
    for (Benefit b : benefits) {
      if (b.recipient().isPresent()
          && !beneficiaries.contains(Beneficiary.member(b.recipient().get()))) {
        throw new IllegalArgumentException(program.code()
            + ": a benefit's recipient must be one of the beneficiaries");
      }
    }
  }

  /**
   * The program's code.
   *
   * @return for example {@code PKH_PLUS}
   */
  public String programCode() {
    return program.code();
  }

  /**
   * Whether the status is ELIGIBLE.
   *
   * @return true when eligible
   */
  public boolean isEligible() {
    return status == Status.ELIGIBLE;
  }

  /**
   * The result of the criterion with {@code code}, household-level first, then the first
   * member-level one.
   *
   * @param code the reason code; never null
   * @return the result, if the criterion was evaluated
   */
  public Optional<CriterionResult> result(String code) {
    for (CriterionResult r : criteria) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    for (MemberResult m : members) {
      for (CriterionResult r : m.criteria()) {
        if (r.code().equals(code)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The facts still needed to decide, in the order found; empty unless UNDETERMINED.
   *
   * @return the fact names
   */
  public List<String> missingFacts() {
    if (status != Status.UNDETERMINED) {
      return List.of();
    }
    Set<String> missing = new LinkedHashSet<>();
    for (CriterionResult r : criteria) {
      if (r.outcome() == Outcome.UNKNOWN) {
        missing.addAll(r.missingFacts());
      }
    }
    return List.copyOf(missing);
  }

  /**
   * The yearly total of all benefits for all beneficiaries (items in kind count zero): each
   * benefit without a recipient once per beneficiary, each with a recipient once.
   *
   * @return the total; zero unless ELIGIBLE
   */
  public Rupiah yearlyTotal() {
    Rupiah total = Rupiah.ZERO;
    for (Benefit b : benefits) {
      total = total.plus(b.recipient().isPresent() ? b.yearlyTotal()
          : b.yearlyTotal().times(beneficiaries.size()));
    }
    return total;
  }

  /**
   * What one beneficiary receives: the benefits without a recipient and those addressed to it.
   *
   * @param beneficiary one of {@link #beneficiaries()}; never null
   * @return its benefits, empty when it is not a beneficiary
   */
  public List<Benefit> benefitsOf(Beneficiary beneficiary) {
    if (!beneficiaries.contains(beneficiary)) {
      return List.of();
    }
    return benefits.stream().filter(b -> b.recipient().isEmpty()
        || b.recipient().equals(beneficiary.member())).toList();
  }
}
