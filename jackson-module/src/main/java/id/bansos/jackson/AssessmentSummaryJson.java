package id.bansos.jackson;

import id.bansos.rules.Assessment;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.Benefit;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Funder;
import id.bansos.rules.Language;
import id.bansos.rules.MemberResult;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Outcome;
import id.bansos.rules.Priority;
import id.bansos.rules.ServiceRecord;
import id.bansos.rules.StackingConflict;
import id.bansos.rules.Status;
import id.bansos.rules.YearlyTotals;
import id.bansos.rules.param.ParameterValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The {@link Detail#SUMMARY} form of an assessment: per determination the program, status,
 * totals, beneficiaries, missing facts and the reasons that decide the status, with the parameter
 * values behind them referenced by key and period; the household's priority once.
 */
final class AssessmentSummaryJson {

  /** The context attribute that carries the detail level. */
  static final Object DETAIL = Detail.class;

  private AssessmentSummaryJson() {}

  static Detail detail(SerializationContext ctxt) {
    Object d = ctxt.getAttribute(DETAIL);
    return d instanceof Detail detail ? detail : Detail.FULL;
  }

  static void write(Assessment a, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("kkNumber", a.kkNumber().value());
    g.writeStringProperty("date", a.date().toString());
    g.writeStringProperty("language", lang.name());
    g.writeStringProperty("detail", Detail.SUMMARY.name());
    AssessmentJson.writeStamp(a.stamp(), g);
    writeTotals(a.yearlyTotals(), g);
    Priority priority =
        a.determinations().isEmpty() ? Priority.NONE : a.determinations().get(0).priority();
    g.writeObjectPropertyStart("priority");
    g.writeNumberProperty("score", priority.score());
    g.writeArrayPropertyStart("reasons");
    for (Priority.Reason r : priority.reasons()) {
      g.writeStartObject();
      g.writeStringProperty("code", r.code());
      g.writeNumberProperty("points", r.points());
      g.writeStringProperty("text", r.text().in(lang));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    Map<String, ParameterValue<?>> parameters = new LinkedHashMap<>();
    g.writeArrayPropertyStart("determinations");
    for (Determination d : a.determinations()) {
      write(d, g, lang, parameters);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("parameters");
    for (ParameterValue<?> p : parameters.values()) {
      g.writeStringProperty(p.key().name(), p.period());
    }
    g.writeEndObject();
    if (!a.serviceRecords().isEmpty()) {
      g.writeArrayPropertyStart("serviceRecords");
      for (ServiceRecord r : a.serviceRecords()) {
        g.writeStartObject();
        g.writeStringProperty("program", r.programCode());
        beneficiary(r.beneficiary(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!a.conflicts().isEmpty()) {
      g.writeArrayPropertyStart("conflicts");
      for (StackingConflict c : a.conflicts()) {
        g.writeStartObject();
        g.writeStringProperty("first", c.first());
        g.writeStringProperty("second", c.second());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void write(Determination d, JsonGenerator g, Language lang,
      Map<String, ParameterValue<?>> parameters) {
    g.writeStartObject();
    g.writeStringProperty("program", d.programCode());
    g.writeStringProperty("status", d.status().name());
    if (d.status() == Status.ELIGIBLE) {
      // A program that is not granted pays nothing: its zero totals are left out.
      writeTotals(d.yearlyTotals(), g);
    }
    g.writeStringProperty("weakestConfidence", d.weakestConfidence().name());
    if (!d.beneficiaries().isEmpty()) {
      g.writeArrayPropertyStart("beneficiaries");
      for (Beneficiary b : d.beneficiaries()) {
        g.writeString(b.member().map(n -> n.value()).orElse("household"));
      }
      g.writeEndArray();
    }
    if (!d.missingFacts().isEmpty()) {
      g.writeArrayPropertyStart("missingFacts");
      // Short: the path, a member's prefixed with the masked NIK (the full form adds labels).
      for (MissingFact f : d.missingFacts()) {
        g.writeString(f.toString());
      }
      g.writeEndArray();
    }
    List<CriterionResult> reasons = reasons(d);
    g.writeArrayPropertyStart("reasons");
    for (CriterionResult r : reasons) {
      g.writeStartObject();
      g.writeStringProperty("code", r.code());
      r.member().ifPresent(n -> g.writeStringProperty("member", n.value()));
      g.writeStringProperty("message", r.message(lang));
      g.writeEndObject();
    }
    g.writeEndArray();
    for (CriterionResult r : reasons) {
      for (ParameterValue<?> p : r.parameters()) {
        parameters.putIfAbsent(p.key().name(), p);
      }
    }
    for (Benefit b : d.benefits()) {
      parameters.putIfAbsent(b.source().key().name(), b.source());
    }
    g.writeEndObject();
  }

  /**
   * The criteria that decide the status: every failed household-level one of a NOT_ELIGIBLE
   * determination and every undecided one of an UNDETERMINED one, or, when none is at household
   * level, the members' results with that outcome; for an ELIGIBLE one, the results of each
   * beneficiary, or the household-level ones when the household as a whole benefits. A member's
   * result whose code and message repeat one already listed is left out.
   */
  static List<CriterionResult> reasons(Determination d) {
    Outcome deciding = d.status() == Status.ELIGIBLE ? Outcome.PASS
        : d.status() == Status.NOT_ELIGIBLE ? Outcome.FAIL : Outcome.UNKNOWN;
    Set<String> beneficiaries = new HashSet<>();
    for (Beneficiary b : d.beneficiaries()) {
      b.member().ifPresent(n -> beneficiaries.add(n.value()));
    }
    List<CriterionResult> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MemberResult m : d.members()) {
      if (deciding == Outcome.PASS && !beneficiaries.contains(m.member().value())) {
        continue;
      }
      for (CriterionResult r : m.criteria()) {
        if (r.outcome() == deciding && seen.add(r.code() + '\n' + r.message(Language.EN))) {
          out.add(r);
        }
      }
    }
    List<CriterionResult> household = new ArrayList<>();
    for (CriterionResult r : d.criteria()) {
      if (r.outcome() == deciding) {
        household.add(r);
      }
    }
    if (deciding == Outcome.PASS ? out.isEmpty() : !household.isEmpty()) {
      return household;
    }
    return out;
  }

  /**
   * {@code yearlyTotal} (all funders), {@code yearlyTotals} with only the funders that pay
   * something or an amount not known, and {@code unknownAmounts} when an amount is not known.
   */
  private static void writeTotals(YearlyTotals t, JsonGenerator g) {
    g.writeNumberProperty("yearlyTotal", t.total().amount());
    boolean none = true;
    for (Funder f : Funder.values()) {
      if (t.amount(f).amount() != 0 || t.unknownAmounts().contains(f)) {
        if (none) {
          g.writeObjectPropertyStart("yearlyTotals");
          none = false;
        }
        g.writeNumberProperty(f.name(), t.amount(f).amount());
      }
    }
    if (!none) {
      g.writeEndObject();
    }
    AssessmentJson.writeUnknownAmounts(t, g);
  }

  private static void beneficiary(Beneficiary b, JsonGenerator g) {
    g.writeStringProperty("beneficiary", b.member().map(n -> n.value()).orElse("household"));
  }

  /** Jackson entry point for an assessment with its own language and detail level. */
  static final class DocumentSerializer extends ValueSerializer<AssessmentDocument> {
    @Override
    public void serialize(AssessmentDocument value, JsonGenerator g, SerializationContext ctxt) {
      if (value.detail() == Detail.SUMMARY) {
        write(value.assessment(), g, value.language());
      } else {
        AssessmentJson.write(value.assessment(), g, value.language());
      }
    }
  }
}
