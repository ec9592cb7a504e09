package id.bansos.testkit;

import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Language;
import id.bansos.rules.MemberResult;
import id.bansos.rules.Outcome;
import java.util.stream.Collectors;

/**
 * The engine's reasons as text for failure messages: codes, outcomes and English messages. NIKs
 * appear masked (their own {@code toString}); names are never read.
 */
final class Reasons {

  private Reasons() {}

  static String of(Determination d) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(d.programCode()).append(": ").append(d.status());
    for (CriterionResult r : d.criteria()) {
      line(sb, "  ", r);
    }
    for (MemberResult m : d.members()) {
      sb.append("\n  member ").append(m.member()).append(": ").append(m.status());
      for (CriterionResult r : m.criteria()) {
        line(sb, "    ", r);
      }
    }
    if (!d.missingFacts().isEmpty()) {
      sb.append("\n  still needed: ").append(d.missingFacts().stream()
          .map(Object::toString).collect(Collectors.joining("; ")));
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String indent, CriterionResult r) {
    sb.append('\n').append(indent).append(mark(r.outcome())).append(' ').append(r.code())
        .append(": ").append(r.message(Language.EN));
  }

  private static String mark(Outcome o) {
    return switch (o) {
      case PASS -> "[v]";
      case FAIL -> "[x]";
      case UNKNOWN -> "[?]";
    };
  }
}
