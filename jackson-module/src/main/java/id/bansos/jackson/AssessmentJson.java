package id.bansos.jackson;

import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.rules.Assessment;
import id.bansos.rules.Benefit;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.BenefitSchedule;
import id.bansos.rules.Beneficiary;
import id.bansos.rules.CriterionResult;
import id.bansos.rules.Determination;
import id.bansos.rules.Fact;
import id.bansos.rules.Funder;
import id.bansos.rules.Language;
import id.bansos.rules.MemberResult;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Priority;
import id.bansos.rules.ServiceRecord;
import id.bansos.rules.StackingConflict;
import id.bansos.rules.Text;
import id.bansos.rules.YearlyTotals;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Assessments and determinations, written completely: status, beneficiaries, benefits with the
 * parameter value they come from, and every criterion result with its facts, parameters and
 * message in the caller's language. Write-only: an assessment is an output, recomputed from the
 * household whenever needed.
 */
final class AssessmentJson {

  /** The context attribute that carries the language of messages and labels. */
  static final Object LANGUAGE = Language.class;

  private AssessmentJson() {}

  static Language language(SerializationContext ctxt) {
    Object l = ctxt.getAttribute(LANGUAGE);
    return l instanceof Language language ? language : Language.ID;
  }

  static void write(Assessment a, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("kkNumber", a.kkNumber().value());
    g.writeStringProperty("date", a.date().toString());
    g.writeStringProperty("language", lang.name());
    writeStamp(a.stamp(), g);
    writeTotals(a.yearlyTotals(), g);
    g.writeArrayPropertyStart("determinations");
    for (Determination d : a.determinations()) {
      write(d, g, lang);
    }
    g.writeEndArray();
    if (!a.serviceRecords().isEmpty()) {
      g.writeArrayPropertyStart("serviceRecords");
      for (ServiceRecord r : a.serviceRecords()) {
        write(r, g, lang);
      }
      g.writeEndArray();
    }
    if (!a.conflicts().isEmpty()) {
      g.writeArrayPropertyStart("conflicts");
      for (StackingConflict c : a.conflicts()) {
        g.writeStartObject();
        g.writeStringProperty("first", c.first());
        g.writeStringProperty("second", c.second());
        g.writeStringProperty("basis", c.basis());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * {@code catalog}: the name and fingerprint of the catalog that decided, and the library
   * version, so a decision can be traced to its exact rules and replayed.
   */
  static void writeStamp(CatalogStamp stamp, JsonGenerator g) {
    g.writeObjectPropertyStart("catalog");
    g.writeStringProperty("name", stamp.catalog());
    g.writeStringProperty("fingerprint", stamp.fingerprint().toString());
    g.writeStringProperty("libraryVersion", stamp.libraryVersion());
    g.writeEndObject();
  }

  static void write(Determination d, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("program", d.programCode());
    g.writeStringProperty("programName", d.program().name().in(lang));
    g.writeStringProperty("unit", d.program().unit().name());
    g.writeStringProperty("basis", d.program().basis());
    g.writeStringProperty("status", d.status().name());
    writeTotals(d.yearlyTotals(), g);
    g.writeStringProperty("weakestConfidence", d.weakestConfidence().name());
    List<ParameterValue<?>> uncertain = d.uncertainValues();
    if (!uncertain.isEmpty()) {
      g.writeArrayPropertyStart("uncertainValues");
      for (ParameterValue<?> v : uncertain) {
        g.writeStartObject();
        g.writeStringProperty("key", v.key().name());
        g.writeStringProperty("period", v.period());
        g.writeStringProperty("confidence", v.confidence().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectPropertyStart("priority");
    g.writeNumberProperty("score", d.priority().score());
    g.writeArrayPropertyStart("reasons");
    for (Priority.Reason r : d.priority().reasons()) {
      g.writeStartObject();
      g.writeStringProperty("code", r.code());
      g.writeNumberProperty("points", r.points());
      g.writeStringProperty("text", r.text().in(lang));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    if (!d.missingFacts().isEmpty()) {
      missingFacts(g, d.missingFacts(), lang);
    }
    if (!d.beneficiaries().isEmpty()) {
      g.writeArrayPropertyStart("beneficiaries");
      for (Beneficiary b : d.beneficiaries()) {
        g.writeStartObject();
        if (b.member().isPresent()) {
          g.writeStringProperty("nik", b.member().get().value());
        } else {
          g.writeBooleanProperty("household", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!d.benefits().isEmpty()) {
      g.writeArrayPropertyStart("benefits");
      for (Benefit b : d.benefits()) {
        write(b, g, lang);
      }
      g.writeEndArray();
    }
    g.writeArrayPropertyStart("criteria");
    for (CriterionResult r : d.criteria()) {
      write(r, g, lang);
    }
    g.writeEndArray();
    List<MemberResult> members = d.members();
    if (!members.isEmpty()) {
      g.writeArrayPropertyStart("members");
      for (MemberResult m : members) {
        g.writeStartObject();
        g.writeStringProperty("nik", m.member().value());
        g.writeStringProperty("status", m.status().name());
        g.writeArrayPropertyStart("criteria");
        for (CriterionResult r : m.criteria()) {
          write(r, g, lang);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A service record: the program, who receives the service, the service and the facts. */
  static void write(ServiceRecord r, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("program", r.programCode());
    g.writeStringProperty("programName", r.program().name().in(lang));
    g.writeStringProperty("unit", r.program().unit().name());
    g.writeStringProperty("basis", r.program().basis());
    g.writeObjectPropertyStart("beneficiary");
    if (r.beneficiary().member().isPresent()) {
      g.writeStringProperty("nik", r.beneficiary().member().get().value());
    } else {
      g.writeBooleanProperty("household", true);
    }
    g.writeEndObject();
    g.writeArrayPropertyStart("services");
    for (Benefit b : r.services()) {
      write(b, g, lang);
    }
    g.writeEndArray();
    facts(r.facts(), g, lang);
    g.writeEndObject();
  }

  private static void facts(List<Fact> facts, JsonGenerator g, Language lang) {
    g.writeArrayPropertyStart("facts");
    for (Fact f : facts) {
      g.writeStartObject();
      g.writeStringProperty("name", f.name());
      g.writeName("value");
      value(f.value(), g, lang);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void write(Benefit b, JsonGenerator g, Language lang) {
    BenefitSchedule s = b.schedule();
    g.writeStartObject();
    b.recipient().ifPresent(n -> g.writeStringProperty("recipient", n.value()));
    g.writeStringProperty("label", s.label().in(lang));
    g.writeStringProperty("form", s.form().name());
    s.amountPerPayment().ifPresent(a -> g.writeNumberProperty("amountPerPayment", a.amount()));
    if (s.isAmountUnknown()) {
      g.writeBooleanProperty("amountKnown", false);
    }
    g.writeStringProperty("frequency", s.frequency().name());
    g.writeNumberProperty("paymentsPerYear", s.paymentsPerYear());
    s.channel().ifPresent(c -> g.writeStringProperty("channel", c));
    g.writeStringProperty("funder", s.funder().name());
    s.yearlyTotal().ifPresent(t -> g.writeNumberProperty("yearlyTotal", t.amount()));
    g.writeName("source");
    writeParameter(b.source(), g, lang, false);
    g.writeEndObject();
  }

  /**
   * {@code yearlyTotal} (all funders), {@code yearlyTotals} (one property per funder, in funder
   * order) and, when an amount is not known, {@code unknownAmounts}: the funders whose totals
   * are lower bounds.
   */
  private static void writeTotals(YearlyTotals t, JsonGenerator g) {
    g.writeNumberProperty("yearlyTotal", t.total().amount());
    g.writeObjectPropertyStart("yearlyTotals");
    for (Funder f : Funder.values()) {
      g.writeNumberProperty(f.name(), t.amount(f).amount());
    }
    g.writeEndObject();
    writeUnknownAmounts(t, g);
  }

  /** {@code unknownAmounts}, only when an amount is not known. */
  static void writeUnknownAmounts(YearlyTotals t, JsonGenerator g) {
    if (t.hasUnknownAmounts()) {
      g.writeArrayPropertyStart("unknownAmounts");
      for (Funder f : t.unknownAmounts()) {
        g.writeString(f.name());
      }
      g.writeEndArray();
    }
  }

  static void write(CriterionResult r, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("code", r.code());
    g.writeStringProperty("title", r.title(lang));
    g.writeStringProperty("outcome", r.outcome().name());
    r.member().ifPresent(n -> g.writeStringProperty("member", n.value()));
    g.writeStringProperty("message", r.message(lang));
    g.writeStringProperty("basis", r.criterion().basis());
    if (!r.facts().isEmpty()) {
      facts(r.facts(), g, lang);
    }
    if (!r.parameters().isEmpty()) {
      g.writeArrayPropertyStart("parameters");
      for (ParameterValue<?> p : r.parameters()) {
        writeParameter(p, g, lang, true);
      }
      g.writeEndArray();
    }
    if (!r.missingFacts().isEmpty()) {
      missingFacts(g, r.missingFacts(), lang);
    }
    g.writeEndObject();
  }

  /** A parameter value with its provenance; the value itself is left out where already shown. */
  private static void writeParameter(ParameterValue<?> p, JsonGenerator g, Language lang,
      boolean withValue) {
    g.writeStartObject();
    g.writeStringProperty("key", p.key().name());
    writeProvenance(p, g, lang, withValue);
    g.writeEndObject();
  }

  /**
   * The properties of a parameter value inside an object the caller opened and closes: the value
   * (when asked), the period it holds for, its confidence, sources and note.
   */
  static void writeProvenance(ParameterValue<?> p, JsonGenerator g, Language lang,
      boolean withValue) {
    if (withValue) {
      g.writeName("value");
      value(p.value(), g, lang);
    }
    g.writeStringProperty("validFrom", p.validFrom().toString());
    p.validTo().ifPresent(d -> g.writeStringProperty("validTo", d.toString()));
    g.writeStringProperty("period", p.period());
    g.writeStringProperty("confidence", p.confidence().name());
    g.writeArrayPropertyStart("sources");
    for (Source s : p.sources()) {
      g.writePOJO(s);
    }
    g.writeEndArray();
    if (!p.note().isEmpty()) {
      g.writeStringProperty("note", p.note());
    }
  }

  /**
   * The facts still needed: each with its path (the field to fill in), its label in the
   * document's language, and the member or family it concerns, in full as elsewhere in the
   * document.
   */
  static void missingFacts(JsonGenerator g, List<MissingFact> facts, Language lang) {
    g.writeArrayPropertyStart("missingFacts");
    for (MissingFact f : facts) {
      g.writeStartObject();
      g.writeStringProperty("path", f.path());
      g.writeStringProperty("label", f.label(lang));
      f.member().ifPresent(n -> g.writeStringProperty("member", n.value()));
      f.household().ifPresent(k -> g.writeStringProperty("household", k.value()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes a fact or parameter value of any type the rules use, deterministically: sets are
   * sorted, maps by key, records field by field in declaration order.
   */
  static void value(Object v, JsonGenerator g, Language lang) {
    if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigInteger bi) {
      g.writeNumber(bi);
    } else if (v instanceof BigDecimal bd) {
      g.writeNumber(bd);
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof CharSequence s) {
      g.writeString(s.toString());
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Rupiah r) {
      g.writeNumber(r.amount());
    } else if (v instanceof Desil d) {
      g.writeNumber(d.value());
    } else if (v instanceof Nik n) {
      g.writeString(n.value());
    } else if (v instanceof KkNumber k) {
      g.writeString(k.value());
    } else if (v instanceof RegionCode c) {
      g.writeString(c.toString());
    } else if (v instanceof Text t) {
      g.writeString(t.in(lang));
    } else if (v instanceof Optional<?> o) {
      if (o.isPresent()) {
        value(o.get(), g, lang);
      } else {
        g.writeNull();
      }
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object e : v instanceof Set<?> ? sorted(c) : c) {
        value(e, g, lang);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
      entries.sort(Comparator.comparing(e -> key(e.getKey())));
      for (Map.Entry<?, ?> e : entries) {
        g.writeName(key(e.getKey()));
        value(e.getValue(), g, lang);
      }
      g.writeEndObject();
    } else if (v instanceof Record r) {
      record(r, g, lang);
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  private static String key(Object k) {
    return k instanceof Enum<?> e ? e.name() : String.valueOf(k);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> sorted(Collection<?> c) {
    List<Object> list = new ArrayList<>(c);
    boolean comparable = list.stream().allMatch(e -> e instanceof Comparable);
    if (comparable) {
      list.sort((a, b) -> ((Comparable) a).compareTo(b));
    } else {
      list.sort(Comparator.comparing(String::valueOf));
    }
    return list;
  }

  private static void record(Record r, JsonGenerator g, Language lang) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    List<Object> values = new ArrayList<>(components.length);
    try {
      for (RecordComponent c : components) {
        values.add(c.getAccessor().invoke(r));
      }
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      // A record from a module that does not open itself to us: its own text is the best we have.
      g.writeString(String.valueOf(r));
      return;
    }
    g.writeStartObject();
    for (int i = 0; i < components.length; i++) {
      Object value = values.get(i);
      if (value == null || (value instanceof Optional<?> o && o.isEmpty())) {
        continue;
      }
      g.writeName(components[i].getName());
      value(value, g, lang);
    }
    g.writeEndObject();
  }

  /** Jackson entry point for assessments. */
  static final class AssessmentSerializer extends ValueSerializer<Assessment> {
    @Override
    public void serialize(Assessment value, JsonGenerator g, SerializationContext ctxt) {
      if (AssessmentSummaryJson.detail(ctxt) == Detail.SUMMARY) {
        AssessmentSummaryJson.write(value, g, language(ctxt));
      } else {
        write(value, g, language(ctxt));
      }
    }
  }

  /** Jackson entry point for single determinations. */
  static final class DeterminationSerializer extends ValueSerializer<Determination> {
    @Override
    public void serialize(Determination value, JsonGenerator g, SerializationContext ctxt) {
      write(value, g, language(ctxt));
    }
  }
}
