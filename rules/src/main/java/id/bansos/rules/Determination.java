package id.bansos.rules;

import id.bansos.core.money.Rupiah;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The decision of one program for one household on one date: status, beneficiaries, benefits,
 * every criterion result, and for UNDETERMINED the facts still needed.
 *
 * <p>The status always follows from {@link #criteria()}: ELIGIBLE exactly when every criterion
 * passes, NOT_ELIGIBLE exactly when one fails. Person-level criteria are in {@link #members()};
 * a program that names beneficiaries summarises them in one household-level criterion.
 *
 * <p>The engine decides without recording explanations: the criterion and member results of a
 * determination from {@link Engine} are worked out on first reading of {@link #criteria()},
 * {@link #members()}, {@link #missingFacts()} or {@link #result(String)} by running the
 * program again for the same household and date, then kept. Programs are pure, so both runs
 * agree; a run that disagrees on the status, beneficiaries or benefits is reported with an
 * {@link IllegalStateException}. Instances are immutable in what they show and safe to share
 * between threads.
 */
public final class Determination {

  private final ProgramInfo program;
  private final Status status;
  private final List<Beneficiary> beneficiaries;
  private final List<Benefit> benefits;
  private final Priority priority;
  // Final, so that even a determination handed between threads without synchronisation shows
  // either its explanation or the means to work it out.
  private final Explained eager;
  private final Supplier<Determination> explainer;
  // Null until explained; threads racing on the first reading may each explain, to equal results.
  private volatile Explained explained;

  private record Explained(List<CriterionResult> criteria, List<MemberResult> members) {
  }

  /**
   * A determination with its explanation. Checks that the status agrees with the criteria and
   * copies the lists.
   *
   * @param program the program; never null
   * @param status the status; never null
   * @param criteria the household-level criterion results; never null
   * @param members the person-level results, one per member considered; never null
   * @param beneficiaries who benefits; empty unless ELIGIBLE
   * @param benefits what the beneficiaries receive: each benefit without a recipient goes to
   *     every beneficiary, one with a recipient to that member; empty unless ELIGIBLE
   * @param priority the household's priority for a limited quota, with its reasons; never null
   * @throws IllegalArgumentException when the status does not follow from the criteria, or an
   *     ineligible determination names beneficiaries or benefits
   */
  public Determination(ProgramInfo program, Status status, List<CriterionResult> criteria,
      List<MemberResult> members, List<Beneficiary> beneficiaries, List<Benefit> benefits,
      Priority priority) {
    this(program, status, beneficiaries, benefits, priority,
        new Explained(List.copyOf(criteria), List.copyOf(members)), null);
    if (status != Status.ofResults(eager.criteria())) {
      throw new IllegalArgumentException(program.code() + ": status " + status
          + " does not follow from the criteria");
    }
  }

  /** A determination whose explanation {@code explainer} gives on first reading. */
  Determination(ProgramInfo program, Status status, List<Beneficiary> beneficiaries,
      List<Benefit> benefits, Priority priority, Supplier<Determination> explainer) {
    this(program, status, beneficiaries, benefits, priority, null,
        Objects.requireNonNull(explainer, "explainer"));
  }

  private Determination(ProgramInfo program, Status status, List<Beneficiary> beneficiaries,
      List<Benefit> benefits, Priority priority, Explained eager,
      Supplier<Determination> explainer) {
    this.eager = eager;
    this.explainer = explainer;
    this.program = Objects.requireNonNull(program, "program");
    this.status = Objects.requireNonNull(status, "status");
    this.priority = Objects.requireNonNull(priority, "priority");
    this.beneficiaries = List.copyOf(beneficiaries);
    this.benefits = List.copyOf(benefits);
    if (status != Status.ELIGIBLE && (!this.beneficiaries.isEmpty() || !this.benefits.isEmpty())) {
      throw new IllegalArgumentException(program.code()
          + ": only an eligible determination has beneficiaries and benefits");
    }
    for (Benefit b : this.benefits) {
      if (b.recipient().isPresent()
          && !this.beneficiaries.contains(Beneficiary.member(b.recipient().get()))) {
        throw new IllegalArgumentException(program.code()
            + ": a benefit's recipient must be one of the beneficiaries");
      }
    }
  }

  private Explained explained() {
    if (eager != null) {
      return eager;
    }
    Explained e = explained;
    if (e != null) {
      return e;
    }
    Determination full = explainer.get();
    if (full.status != status || !full.beneficiaries.equals(beneficiaries)
        || !full.benefits.equals(benefits)) {
      throw new IllegalStateException(program.code() + ": the program decided " + status
          + " but explained " + full.status + "; a program must be pure");
    }
    e = full.explained();
    explained = e;
    return e;
  }

  /**
   * The program.
   *
   * @return the program; never null
   */
  public ProgramInfo program() {
    return program;
  }

  /**
   * The status.
   *
   * @return the status; never null
   */
  public Status status() {
    return status;
  }

  /**
   * The household-level criterion results, worked out on first call when the engine decided
   * without them.
   *
   * @return the results; never null
   */
  public List<CriterionResult> criteria() {
    return explained().criteria();
  }

  /**
   * The person-level results, one per member considered, worked out on first call when the
   * engine decided without them.
   *
   * @return the results; never null
   */
  public List<MemberResult> members() {
    return explained().members();
  }

  /**
   * Who benefits.
   *
   * @return the beneficiaries; empty unless ELIGIBLE
   */
  public List<Beneficiary> beneficiaries() {
    return beneficiaries;
  }

  /**
   * What the beneficiaries receive: each benefit without a recipient goes to every beneficiary,
   * one with a recipient to that member.
   *
   * @return the benefits; empty unless ELIGIBLE
   */
  public List<Benefit> benefits() {
    return benefits;
  }

  /**
   * The household's priority for a limited quota, with its reasons.
   *
   * @return the priority; never null
   */
  public Priority priority() {
    return priority;
  }

  /**
   * Equal when program code, status, criteria, members, beneficiaries, benefits and priority are
   * equal; compares the explanations, working them out if needed.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Determination d)) {
      return false;
    }
    return program.equals(d.program) && status == d.status
        && beneficiaries.equals(d.beneficiaries) && benefits.equals(d.benefits)
        && priority.equals(d.priority) && criteria().equals(d.criteria())
        && members().equals(d.members());
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(program, status, criteria(), members(), beneficiaries, benefits,
        priority);
  }

  /**
   * The components, as a record would show them (NIKs masked).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Determination[program=" + program + ", status=" + status + ", criteria="
        + criteria() + ", members=" + members() + ", beneficiaries=" + beneficiaries
        + ", benefits=" + benefits + ", priority=" + priority + "]";
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
    for (CriterionResult r : criteria()) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    for (MemberResult m : members()) {
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
    for (CriterionResult r : criteria()) {
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
