package id.bansos.rules;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One group program's decision for a group of families on one date: the group-level
 * determination (status, group criteria, the participants who benefit and what each receives)
 * and each member family's own determination.
 *
 * @param groupName the group's name; never null
 * @param date the date of the assessment; never null
 * @param determination the group-level determination; its beneficiaries are the participants of
 *     the qualifying families; never null
 * @param families each member family's determination, in the order proposed; never null
 * @param stamp which rules decided: the catalog's name and fingerprint and the library version;
 *     never null
 */
public record GroupAssessment(String groupName, LocalDate date, Determination determination,
    List<Family> families, CatalogStamp stamp) {

  /** Checks and copies the components. */
  public GroupAssessment {
    Objects.requireNonNull(groupName, "groupName");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(determination, "determination");
    families = List.copyOf(families);
    Objects.requireNonNull(stamp, "stamp");
  }

  /**
   * The group-level status.
   *
   * @return the status
   */
  public Status status() {
    return determination.status();
  }

  /**
   * Whether the group is ELIGIBLE.
   *
   * @return true when eligible
   */
  public boolean isEligible() {
    return determination.isEligible();
  }

  /**
   * The group-level criterion results.
   *
   * @return the results; never null
   */
  public List<CriterionResult> criteria() {
    return determination.criteria();
  }

  /**
   * The group-level result of the criterion with {@code code}.
   *
   * @param code the reason code; never null
   * @return the result, if evaluated
   */
  public Optional<CriterionResult> result(String code) {
    return determination.result(code);
  }

  /**
   * The facts still needed to decide the group, those of one family with its card number ({@link
   * MissingFact#household()}); empty unless UNDETERMINED.
   *
   * @return the facts
   */
  public List<MissingFact> missingFacts() {
    return determination.missingFacts();
  }

  /**
   * What the group receives for each qualifying family's participant.
   *
   * @return the benefit; empty unless ELIGIBLE
   */
  public Optional<Benefit> benefitPerBeneficiary() {
    List<Benefit> benefits = determination.benefits();
    return benefits.isEmpty() ? Optional.empty() : Optional.of(benefits.get(0));
  }

  /**
   * The yearly total of the known amounts the group receives: {@code
   * determination().yearlyTotal()}; per funder, and whether an amount is not known, in {@code
   * determination().yearlyTotals()}.
   *
   * @return the total; zero unless ELIGIBLE; a lower bound when an amount is not known
   */
  public Rupiah groupTotal() {
    return determination.yearlyTotal();
  }

  /**
   * How many member families qualify.
   *
   * @return the count
   */
  public int qualifyingFamilies() {
    return (int) families.stream().filter(f -> f.determination().isEligible()).count();
  }

  /**
   * One member family's decision.
   *
   * @param kkNumber the family's card number (masked in {@code toString}); never null
   * @param participant the member who takes part (masked in {@code toString}); never null
   * @param determination the family's determination; never null
   */
  public record Family(KkNumber kkNumber, Nik participant, Determination determination) {

    /** Checks the components. */
    public Family {
      Objects.requireNonNull(kkNumber, "kkNumber");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(determination, "determination");
    }
  }
}
