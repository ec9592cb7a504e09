package id.bansos.rules.program.kube;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.Benefit;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Outcome;
import id.bansos.rules.Status;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decision of KUBE for one group as of one date: the group's status and criteria, one
 * determination per member family, the benefit each qualifying participant brings to the group,
 * and the total paid to the group's account.
 *
 * <p>The status always follows from {@link #criteria()}, as for a {@link Determination}.
 *
 * @param groupName the group's name; never null
 * @param date the date of the assessment; never null
 * @param status the group's status; never null
 * @param criteria the group-level criterion results; never null
 * @param members one result per member family, in the order of the group; never null
 * @param benefitPerBeneficiary what each qualifying participant brings; empty unless ELIGIBLE
 * @param groupTotal the amount paid to the group: qualifying participants × the amount; zero
 *     unless ELIGIBLE
 */
public record KubeAssessment(
    String groupName,
    LocalDate date,
    Status status,
    List<CriterionResult> criteria,
    List<Member> members,
    Optional<Benefit> benefitPerBeneficiary,
    Rupiah groupTotal) {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException when the status does not follow from the criteria, or an
   *     ineligible group has a benefit or a total
   */
  public KubeAssessment {
    Objects.requireNonNull(groupName, "groupName");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(benefitPerBeneficiary, "benefitPerBeneficiary");
    Objects.requireNonNull(groupTotal, "groupTotal");
    criteria = List.copyOf(criteria);
    members = List.copyOf(members);
    if (status != Status.of(criteria.stream().map(CriterionResult::outcome).toList())) {
      throw new IllegalArgumentException("KUBE: status " + status
          + " does not follow from the criteria");
    }
    if (status != Status.ELIGIBLE && (benefitPerBeneficiary.isPresent() || !groupTotal.isZero())) {
      throw new IllegalArgumentException("KUBE: only an eligible group is paid");
    }
  }

  /**
   * Whether the group is ELIGIBLE.
   *
   * @return true when eligible
   */
  public boolean isEligible() {
    return status == Status.ELIGIBLE;
  }

  /**
   * The result of the group-level criterion with {@code code}.
   *
   * @param code the reason code, for example {@code KUBE.GROUP_SIZE}; never null
   * @return the result, if evaluated
   */
  public Optional<CriterionResult> result(String code) {
    return criteria.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * How many member families qualify.
   *
   * @return the count of ELIGIBLE member determinations
   */
  public int qualifyingMembers() {
    return (int) members.stream().filter(m -> m.determination().isEligible()).count();
  }

  /**
   * The facts still needed to decide, in the order found; empty unless UNDETERMINED.
   *
   * @return the fact names, those of a family prefixed with its masked No. KK
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
   * The result of one member family.
   *
   * @param kkNumber the family's card number (masked in {@code toString}); never null
   * @param participant the participating member (masked in {@code toString}); never null
   * @param determination the family's KUBE membership determination; never null
   */
  public record Member(KkNumber kkNumber, Nik participant, Determination determination) {

    /** Checks that no component is null. */
    public Member {
      Objects.requireNonNull(kkNumber, "kkNumber");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(determination, "determination");
    }
  }
}
