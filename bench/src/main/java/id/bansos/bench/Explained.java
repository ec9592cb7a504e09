package id.bansos.bench;

import id.bansos.rules.Assessment;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.MemberResult;

/** Reads every criterion result of an assessment, as a caller showing the reasons would. */
final class Explained {

  private Explained() {}

  /**
   * Reads every household-level and person-level result, with its facts, parameters and missing
   * facts.
   *
   * @param a the assessment
   * @return how many facts, parameters and missing facts were read
   */
  static int read(Assessment a) {
    int n = 0;
    for (Determination d : a.determinations()) {
      for (CriterionResult r : d.criteria()) {
        n += count(r);
      }
      for (MemberResult m : d.members()) {
        for (CriterionResult r : m.criteria()) {
          n += count(r);
        }
      }
    }
    return n;
  }

  private static int count(CriterionResult r) {
    return 1 + r.facts().size() + r.parameters().size() + r.missingFacts().size();
  }
}
