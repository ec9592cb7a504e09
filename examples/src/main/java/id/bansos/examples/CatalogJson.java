package id.bansos.examples;

import id.bansos.core.money.Rupiah;
import id.bansos.rules.Catalog;
import id.bansos.rules.Criterion;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as a JSON tree: every program with its codes, names, criteria and parameters, and
 * the shared parameters, each parameter with its whole dated timeline, sources, confidence and
 * note. The same catalog always gives the same tree: programs and parameters in catalog order,
 * sets sorted.
 */
final class CatalogJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CatalogJson() {}

  static ObjectNode of(Catalog catalog) {
    ObjectNode root = NODES.objectNode();
    root.put("catalog", catalog.name());
    Set<String> owned = new HashSet<>();
    ArrayNode programs = root.putArray("programs");
    for (Program p : catalog.programs()) {
      ProgramInfo info = p.info();
      ObjectNode program = programs.addObject();
      program.put("code", info.code());
      program.set("name", text(info.name()));
      program.set("description", text(info.description()));
      program.put("unit", info.unit().name());
      program.put("kind", info.kind().name());
      program.put("basis", info.basis());
      program.put("inForceParameter", info.inForce().name());
      ArrayNode criteria = program.putArray("criteria");
      for (Criterion c : p.criteria()) {
        ObjectNode criterion = criteria.addObject();
        criterion.put("code", c.code());
        criterion.set("title", text(c.title()));
        criterion.put("basis", c.basis());
      }
      ArrayNode parameters = program.putArray("parameters");
      for (Parameter<?> declared : p.parameters()) {
        owned.add(declared.key().name());
        // The catalog's timeline rather than the program's default: a derived catalog shows its
        // overrides.
        parameters.add(parameter(catalog.parameter(declared.key())
            .<Parameter<?>>map(x -> x).orElse(declared)));
      }
    }
    ArrayNode shared = root.putArray("sharedParameters");
    for (Parameter<?> param : catalog.parameters()) {
      if (!owned.contains(param.key().name())) {
        shared.add(parameter(param));
      }
    }
    return root;
  }

  private static ObjectNode parameter(Parameter<?> param) {
    ObjectNode node = NODES.objectNode();
    node.put("key", param.key().name());
    node.put("type", param.key().type().getSimpleName());
    node.put("required", param.key().isRequired());
    node.put("description", param.description());
    ArrayNode timeline = node.putArray("timeline");
    for (ParameterValue<?> v : param.timeline()) {
      ObjectNode value = timeline.addObject();
      value.put("validFrom", v.validFrom().toString());
      if (v.validTo().isPresent()) {
        value.put("validTo", v.validTo().get().toString());
      } else {
        value.putNull("validTo");
      }
      value.set("value", value(v.value()));
      value.put("confidence", v.confidence().name());
      ArrayNode sources = value.putArray("sources");
      for (Source s : v.sources()) {
        sources.addObject().put("title", s.title()).put("address", s.address());
      }
      value.put("note", v.note());
    }
    return node;
  }

  private static ObjectNode text(Text text) {
    ObjectNode node = NODES.objectNode();
    node.put("id", text.id());
    node.put("en", text.en());
    return node;
  }

  /**
   * A parameter value as JSON: scalars as themselves, amounts in whole rupiah, records field by
   * field, collections as arrays; any other type by its {@code toString}.
   */
  static JsonNode value(Object value) {
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof String s) {
      return NODES.stringNode(s);
    }
    if (value instanceof LocalDate || value instanceof id.bansos.core.region.RegionCode) {
      return NODES.stringNode(value.toString());
    }
    if (value instanceof Enum<?> e) {
      return NODES.stringNode(e.name());
    }
    if (value instanceof Rupiah r) {
      return NODES.numberNode(r.amount());
    }
    if (value instanceof Text t) {
      return text(t);
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? value(o.get()) : NODES.nullNode();
    }
    if (value instanceof Collection<?> c) {
      List<JsonNode> items = new ArrayList<>();
      for (Object item : c) {
        items.add(value(item));
      }
      if (c instanceof Set<?>) {
        // A set has no order of its own; sorting keeps the document the same from run to run.
        items.sort(Comparator.comparing(JsonNode::toString));
      }
      ArrayNode array = NODES.arrayNode();
      items.forEach(array::add);
      return array;
    }
    if (value instanceof Map<?, ?> m) {
      ObjectNode node = NODES.objectNode();
      m.entrySet().stream()
          .sorted(Comparator.comparing(e -> String.valueOf(e.getKey())))
          .forEach(e -> node.set(String.valueOf(e.getKey()), value(e.getValue())));
      return node;
    }
    if (value.getClass().isRecord()) {
      ObjectNode node = NODES.objectNode();
      try {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
          node.set(c.getName(), value(c.getAccessor().invoke(value)));
        }
        return node;
      } catch (ReflectiveOperationException | RuntimeException e) {
        // A record we may not read (not public): its text form still says what it is.
        return NODES.stringNode(value.toString());
      }
    }
    return NODES.stringNode(String.valueOf(value));
  }
}
