package id.bansos.jackson;

import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.Catalog;
import id.bansos.rules.Criterion;
import id.bansos.rules.Language;
import id.bansos.rules.Outcome;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterValue;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The catalog, written completely: every program with its code, name, description, unit, kind,
 * basis and the extension facts it reads; its criteria with their messages; its parameters, then
 * the catalog's shared ones, each with its whole dated timeline of values, sources, confidence
 * and notes. Names, titles, messages and text values are in the caller's language. The same
 * catalog always gives the same bytes: programs, criteria and parameters in catalog order, sets
 * sorted. Write-only.
 */
final class CatalogJson {

  private CatalogJson() {}

  static void write(Catalog catalog, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("catalog", catalog.name());
    g.writeStringProperty("language", lang.name());
    Set<String> owned = new HashSet<>();
    g.writeArrayPropertyStart("programs");
    for (Program p : catalog.programs()) {
      ProgramInfo info = p.info();
      g.writeStartObject();
      g.writeStringProperty("code", info.code());
      g.writeStringProperty("name", info.name().in(lang));
      g.writeStringProperty("description", info.description().in(lang));
      g.writeStringProperty("unit", info.unit().name());
      g.writeStringProperty("kind", info.kind().name());
      g.writeStringProperty("basis", info.basis());
      g.writeStringProperty("inForceParameter", info.inForce().name());
      g.writeArrayPropertyStart("extensionFacts");
      for (ExtensionKey<?> k : p.extensionFacts()) {
        g.writeString(k.name());
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("criteria");
      for (Criterion c : p.criteria()) {
        write(c, g, lang);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("parameters");
      for (Parameter<?> declared : p.parameters()) {
        owned.add(declared.key().name());
        // The catalog's timeline rather than the program's default: a derived catalog shows its
        // overrides.
        write(catalog.parameter(declared.key()).<Parameter<?>>map(x -> x).orElse(declared), g,
            lang);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("sharedParameters");
    for (Parameter<?> param : catalog.parameters()) {
      if (!owned.contains(param.key().name())) {
        write(param, g, lang);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(Criterion c, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("code", c.code());
    g.writeStringProperty("title", c.title().in(lang));
    g.writeStringProperty("basis", c.basis());
    g.writeObjectPropertyStart("messages");
    for (Outcome o : Outcome.values()) {
      g.writeStringProperty(o.name(), c.message(o).in(lang));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void write(Parameter<?> param, JsonGenerator g, Language lang) {
    g.writeStartObject();
    g.writeStringProperty("key", param.key().name());
    g.writeStringProperty("type", param.key().type().getSimpleName());
    g.writeBooleanProperty("required", param.key().isRequired());
    g.writeStringProperty("description", param.description());
    g.writeArrayPropertyStart("timeline");
    for (ParameterValue<?> v : param.timeline()) {
      g.writeStartObject();
      AssessmentJson.writeProvenance(v, g, lang, true);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Jackson entry point for catalogs. */
  static final class CatalogSerializer extends ValueSerializer<Catalog> {
    @Override
    public void serialize(Catalog value, JsonGenerator g, SerializationContext ctxt) {
      write(value, g, AssessmentJson.language(ctxt));
    }
  }
}
