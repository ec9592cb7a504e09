package id.bansos.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A service that the household's data shows one of its members already receives, from a program
 * of kind {@link ProgramInfo.Kind#SERVICE_RECORD} (residential care in a provincial UPT, say).
 * It is not an eligibility decision: it restates what the record says, with the service and its
 * sources, so that a reader of the assessment sees it next to the determinations. Immutable;
 * {@code toString} shows the NIK masked.
 *
 * @param program the program; never null
 * @param beneficiary who receives the service (a member, or the household as a whole); never null
 * @param services what the beneficiary receives, each with the dated, sourced parameter value it
 *     comes from; never null
 * @param facts the recorded facts the record rests on (for UPT care: {@code
 *     livesInProvincialUpt} and, when recorded, {@code uptName}); never null
 */
public record ServiceRecord(ProgramInfo program, Beneficiary beneficiary, List<Benefit> services,
    List<Fact> facts) {

  /** Checks and copies the components. */
  public ServiceRecord {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(beneficiary, "beneficiary");
    services = List.copyOf(services);
    facts = List.copyOf(facts);
  }

  /**
   * The program's code.
   *
   * @return for example {@code UPT_PROTECTION}
   */
  public String programCode() {
    return program.code();
  }

  /**
   * One record per beneficiary of an eligible determination of a service-record program: its
   * services, and the facts of the criteria that found the service recorded (the member's own
   * person-level criteria for a member, the household-level ones for the household).
   */
  static List<ServiceRecord> of(Determination d) {
    List<ServiceRecord> out = new ArrayList<>(d.beneficiaries().size());
    // Built from the record at each reading: once, and only when a member benefits.
    List<MemberResult> members = null;
    for (Beneficiary b : d.beneficiaries()) {
      List<Fact> facts = new ArrayList<>(4);
      if (b.member().isPresent()) {
        if (members == null) {
          members = d.members();
        }
        for (MemberResult m : members) {
          if (m.member().equals(b.member().get())) {
            m.criteria().forEach(r -> facts.addAll(r.facts()));
          }
        }
      } else {
        d.criteria().forEach(r -> facts.addAll(r.facts()));
      }
      out.add(new ServiceRecord(d.program(), b, d.benefitsOf(b), facts));
    }
    return out;
  }
}
