package id.bansos.jackson2;

import id.bansos.core.Problem;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.rules.Catalog;
import id.bansos.rules.Program;
import id.bansos.rules.Text;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import id.bansos.rules.param.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Catalog files: a regency's catalog as data, in YAML or JSON, derived from a catalog given in
 * code. A file names the catalog it derives from, the local programs whose code that catalog must
 * already hold, the programs it removes and the parameter values it sets from a date, each with
 * its period, confidence, sources and note, exactly as a {@link ParameterValue} in code. Every
 * key and value is checked against the base catalog; {@link CatalogFileException} names every
 * problem at once, each with the file and its path in the document. The format is described in
 * {@code docs/catalog-format.md}; its JSON Schema is {@link BansosJson#catalogFileSchema()}.
 *
 * <pre>{@code
 * Catalog sidoarjo = CatalogFiles.load(Path.of("sidoarjo.catalog.yaml"), JawaTimur.catalog());
 * Engine engine = Engine.of(sidoarjo);
 * }</pre>
 */
public final class CatalogFiles {

  /** The value of {@code format} in every file of this version of the format. */
  public static final String FORMAT = "bansos-catalog/1";

  private static final FieldNames ROOT = FieldNames.of("format", "name", "derivesFrom",
      "localPrograms", "removePrograms", "parameters");
  private static final FieldNames VALUE = FieldNames.of("value", "validFrom", "validTo",
      "confidence", "sources", "note");
  private static final FieldNames SOURCE = FieldNames.of("title", "address");
  private static final Pattern KEY_NAME = Pattern.compile("[A-Z][A-Z0-9_.]{0,127}");

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private CatalogFiles() {}

  /**
   * Loads a catalog file: YAML, or JSON when its name ends in {@code .json}.
   *
   * @param path the file; never null
   * @param base the catalog the file derives from, holding the code of any local program the file
   *     names; never null
   * @return the derived catalog
   * @throws CatalogFileException naming the file and every problem, each with its path
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Catalog load(Path path, Catalog base) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(base, "base");
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path name = path.getFileName();
    return read(text, name == null ? path.toString() : name.toString(), base);
  }

  /**
   * Reads a catalog file's text: YAML, or JSON when {@code file} ends in {@code .json}.
   *
   * @param text the document; never null
   * @param file the file's name, for messages and to tell JSON from YAML; never null
   * @param base the catalog the file derives from; never null
   * @return the derived catalog
   * @throws CatalogFileException naming the file and every problem, each with its path
   */
  public static Catalog read(String text, String file, Catalog base) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(base, "base");
    JsonNode tree;
    try {
      tree = file.toLowerCase(Locale.ROOT).endsWith(".json") ? BansosJson.mapper().readTree(text)
          : YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CatalogFileException(file, List.of(syntax(e)));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new CatalogFileException(file,
          List.of(new Problem("", "CATALOG_EMPTY", "the document is empty")));
    }
    List<Problem> problems = new ArrayList<>();
    Optional<Catalog> catalog = read(tree, base, problems);
    if (!problems.isEmpty() || catalog.isEmpty()) {
      throw new CatalogFileException(file, problems);
    }
    return catalog.get();
  }

  private static Problem syntax(JsonProcessingException e) {
    // The message of Jackson's exception may quote the input: only the place is kept.
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String text = String.valueOf(e.getOriginalMessage());
    if (text.startsWith("Duplicate")) {
      return new Problem("", "CATALOG_DUPLICATE_KEY", "a key appears twice in one mapping" + where);
    }
    return new Problem("", "CATALOG_SYNTAX", "malformed YAML or JSON" + where);
  }

  private static Optional<Catalog> read(JsonNode tree, Catalog base, List<Problem> problems) {
    Node n = Node.object(tree, "", ROOT, problems);
    if (n == null) {
      return Optional.empty();
    }
    n.required("format");
    String format = n.string("format");
    if (format != null && !format.equals(FORMAT)) {
      n.problem("format", "CATALOG_FORMAT", "this library reads format " + FORMAT);
    }
    n.required("name");
    String name = n.string("name");
    if (name != null && name.isBlank()) {
      n.problem("name", "CATALOG_NAME_BLANK", "the catalog needs a name");
    }
    n.required("derivesFrom");
    String from = n.string("derivesFrom");
    if (from != null && !from.equals(base.name())) {
      n.problem("derivesFrom", "CATALOG_OTHER_BASE",
          "the file derives from another catalog than the one it is loaded on: "
              + base.name());
    }
    Set<String> local = codes(n, "localPrograms", problems);
    for (String code : local) {
      if (base.program(code).isEmpty()) {
        problems.add(new Problem(n.pathOf("localPrograms"), "CATALOG_LOCAL_PROGRAM_MISSING",
            "the base catalog has no program " + code + ": its code must be added to the base"
                + " catalog before the file is loaded"));
      }
    }
    Set<String> removed = codes(n, "removePrograms", problems);
    for (String code : removed) {
      if (base.program(code).isEmpty()) {
        problems.add(new Problem(n.pathOf("removePrograms"), "CATALOG_UNKNOWN_PROGRAM",
            "the base catalog has no program " + code + " to remove"));
      } else if (local.contains(code)) {
        problems.add(new Problem(n.pathOf("removePrograms"), "CATALOG_PROGRAM_CONFLICT",
            "the program " + code + " is both required as a local program and removed"));
      }
    }
    List<ParameterValue<?>> values = new ArrayList<>();
    JsonNode parameters = n.raw("parameters");
    if (parameters != null) {
      parameters(parameters, n.pathOf("parameters"), base, values, problems);
    }
    if (!problems.isEmpty() || name == null) {
      return Optional.empty();
    }
    Catalog.Builder b = base.derive(name);
    for (String code : removed) {
      b.remove(code);
    }
    // Each value holds over its own period and no two of one key overlap: the order in which
    // they are applied cannot change the result.
    values.sort(Comparator.comparing((ParameterValue<?> v) -> v.key().name())
        .thenComparing(ParameterValue::validFrom));
    for (ParameterValue<?> v : values) {
      b.override(v);
    }
    return Optional.of(b.build());
  }

  /** A list of program codes, each once. */
  private static Set<String> codes(Node n, String field, List<Problem> problems) {
    Set<String> out = new LinkedHashSet<>();
    List<JsonNode> items = n.array(field);
    for (int i = 0; i < items.size(); i++) {
      String at = Node.index(n.pathOf(field), i);
      JsonNode item = items.get(i);
      if (!item.isTextual()) {
        problems.add(new Problem(at, "JSON_WRONG_TYPE",
            "expected a program code, found " + Node.kind(item)));
      } else if (!out.add(item.textValue())) {
        problems.add(new Problem(at, "CATALOG_LISTED_TWICE", "the program is listed twice"));
      }
    }
    return out;
  }

  private static void parameters(JsonNode json, String path, Catalog base,
      List<ParameterValue<?>> out, List<Problem> problems) {
    if (!json.isObject()) {
      problems.add(new Problem(path, "JSON_WRONG_TYPE",
          "expected a mapping of parameter keys, found " + Node.kind(json)));
      return;
    }
    TreeMap<String, Parameter<?>> known = new TreeMap<>();
    for (Parameter<?> p : base.parameters()) {
      known.put(p.key().name(), p);
    }
    for (String name : (Iterable<String>) json::fieldNames) {
      String at = path + "[" + (KEY_NAME.matcher(name).matches() ? name : "<unnamed>") + "]";
      Parameter<?> parameter = known.get(name);
      if (parameter == null) {
        problems.add(new Problem(at, "CATALOG_UNKNOWN_PARAMETER",
            "the base catalog has no such parameter"));
        continue;
      }
      timeline(json.get(name), at, parameter.key(), out, problems);
    }
  }

  private static <T> void timeline(JsonNode json, String path, ParameterKey<T> key,
      List<ParameterValue<?>> out, List<Problem> problems) {
    if (!json.isArray() || json.isEmpty()) {
      problems.add(new Problem(path, json.isArray() ? "CATALOG_NO_VALUES" : "JSON_WRONG_TYPE",
          "expected a list of one or more dated values, found " + Node.kind(json)));
      return;
    }
    List<ParameterValue<T>> values = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      String at = Node.index(path, i);
      value(json.get(i), at, key, problems).ifPresent(v -> {
        values.add(v);
        paths.add(at);
      });
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (overlap(values.get(i), values.get(j))) {
          problems.add(new Problem(paths.get(j), "CATALOG_OVERLAP",
              "its period overlaps that of " + paths.get(i)));
        }
      }
    }
    out.addAll(values);
  }

  private static boolean overlap(ParameterValue<?> a, ParameterValue<?> b) {
    return !(a.validTo().isPresent() && a.validTo().get().isBefore(b.validFrom())
        || b.validTo().isPresent() && b.validTo().get().isBefore(a.validFrom()));
  }

  private static <T> Optional<ParameterValue<T>> value(JsonNode json, String path,
      ParameterKey<T> key, List<Problem> problems) {
    Node n = Node.object(json, path, VALUE, problems);
    if (n == null) {
      return Optional.empty();
    }
    int before = problems.size();
    n.required("value");
    JsonNode raw = n.raw("value");
    Optional<Object> value = raw == null ? Optional.empty()
        : read(raw, key.type(), n.pathOf("value"), problems);
    n.required("validFrom");
    LocalDate from = n.date("validFrom");
    LocalDate to = n.date("validTo");
    n.required("confidence");
    Confidence confidence = n.enumValue("confidence", Confidence.class);
    List<Source> sources = sources(n, problems);
    String note = n.string("note");
    if (from != null && to != null && to.isBefore(from)) {
      n.problem("validTo", "CATALOG_PERIOD_INVERTED", "validTo is before validFrom");
    }
    if (problems.size() > before || value.isEmpty() || from == null || confidence == null) {
      return Optional.empty();
    }
    return Optional.of(new ParameterValue<>(key, key.type().cast(value.get()), from,
        Optional.ofNullable(to), confidence, sources, note == null ? "" : note));
  }

  private static List<Source> sources(Node n, List<Problem> problems) {
    List<JsonNode> items = n.array("sources");
    if (items.isEmpty()) {
      JsonNode raw = n.raw("sources");
      if (raw == null || raw.isArray()) {
        n.problem("sources", "CATALOG_NO_SOURCE", "every value needs at least one source");
      }
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node s = n.element("sources", i, items.get(i), SOURCE);
      if (s == null) {
        continue;
      }
      s.required("title");
      String title = s.string("title");
      String address = s.string("address");
      if (title != null && title.isBlank()) {
        s.problem("title", "CATALOG_SOURCE_TITLE", "a source needs a title");
      } else if (title != null) {
        out.add(Source.of(title, address == null ? "" : address));
      }
    }
    return out;
  }

  /**
   * Reads a value of {@code type}: the scalar types of the rules and records of them, field by
   * field, with every problem at its path.
   */
  static Optional<Object> read(JsonNode json, Type type, String path, List<Problem> problems) {
    if (type instanceof ParameterizedType pt) {
      Type raw = pt.getRawType();
      Type arg = pt.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return json.isNull() ? Optional.of(Optional.empty())
            : read(json, arg, path, problems).map(Optional::of);
      }
      if (raw == Set.class || raw == List.class) {
        if (!json.isArray()) {
          return wrong(path, "a list", json, problems);
        }
        Collection<Object> items = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < json.size(); i++) {
          Optional<Object> item = read(json.get(i), arg, Node.index(path, i), problems);
          if (item.isEmpty()) {
            ok = false;
          } else if (!items.add(item.get())) {
            problems.add(new Problem(Node.index(path, i), "CATALOG_LISTED_TWICE",
                "the item is listed twice"));
            ok = false;
          }
        }
        return ok ? Optional.of(raw == Set.class ? Set.copyOf(items) : List.copyOf(items))
            : Optional.empty();
      }
      return unsupported(path, type, problems);
    }
    if (!(type instanceof Class<?> c)) {
      return unsupported(path, type, problems);
    }
    if (c == Boolean.class || c == boolean.class) {
      return json.isBoolean() ? Optional.of(json.booleanValue())
          : wrong(path, "true or false", json, problems);
    }
    if (c == Integer.class || c == int.class) {
      return json.isIntegralNumber() && json.canConvertToInt() ? Optional.of(json.intValue())
          : wrong(path, "a whole number", json, problems);
    }
    if (c == Long.class || c == long.class) {
      return json.isIntegralNumber() && json.canConvertToLong() ? Optional.of(json.longValue())
          : wrong(path, "a whole number", json, problems);
    }
    if (c == String.class) {
      return json.isTextual() ? Optional.of(json.textValue())
          : wrong(path, "a string", json, problems);
    }
    if (c == Character.class || c == char.class) {
      return json.isTextual() && json.textValue().length() == 1
          ? Optional.of(json.textValue().charAt(0)) : wrong(path, "one character", json,
          problems);
    }
    if (c.isEnum()) {
      if (!json.isTextual()) {
        return wrong(path, "one of " + List.of(c.getEnumConstants()), json, problems);
      }
      for (Object e : c.getEnumConstants()) {
        if (((Enum<?>) e).name().equals(json.textValue())) {
          return Optional.of(e);
        }
      }
      problems.add(new Problem(path, "JSON_ENUM", "expected one of "
          + List.of(c.getEnumConstants())));
      return Optional.empty();
    }
    if (c == LocalDate.class || c == RegionCode.class) {
      if (!json.isTextual()) {
        return wrong(path, c == LocalDate.class ? "a date yyyy-MM-dd" : "a dotted region code",
            json, problems);
      }
      return domain(path, problems, () -> c == LocalDate.class
          ? LocalDate.parse(json.textValue()) : HouseholdJson.regionCode(json.textValue()));
    }
    if (c == Rupiah.class || c == Desil.class) {
      if (!json.isIntegralNumber() || !json.canConvertToInt() && c == Desil.class
          || !json.canConvertToLong()) {
        return wrong(path, "a whole number", json, problems);
      }
      return domain(path, problems, () -> c == Rupiah.class ? Rupiah.of(json.longValue())
          : Desil.of(json.intValue()));
    }
    if (c.isRecord()) {
      return record(json, c, path, problems);
    }
    return unsupported(path, type, problems);
  }

  private static Optional<Object> record(JsonNode json, Class<?> c, String path,
      List<Problem> problems) {
    RecordComponent[] components = c.getRecordComponents();
    List<String> names = new ArrayList<>();
    for (RecordComponent rc : components) {
      names.add(rc.getName());
    }
    Node n = Node.object(json, path, FieldNames.of(names), problems);
    if (n == null) {
      return Optional.empty();
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean ok = true;
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      types[i] = rc.getType();
      JsonNode raw = n.raw(rc.getName());
      if (raw == null) {
        if (rc.getType() == Optional.class) {
          args[i] = Optional.empty();
        } else {
          n.problem(rc.getName(), "JSON_MISSING", "required field is missing");
          ok = false;
        }
        continue;
      }
      Optional<Object> v = read(raw, rc.getGenericType(), n.pathOf(rc.getName()), problems);
      ok &= v.isPresent();
      args[i] = v.orElse(null);
    }
    if (!ok) {
      return Optional.empty();
    }
    return domain(path, problems, () -> {
      try {
        Constructor<?> k = c.getDeclaredConstructor(types);
        return k.newInstance(args);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (ReflectiveOperationException e) {
        throw new UnsupportedOperationException(e);
      }
    });
  }

  private interface Maker {
    Object make();
  }

  /** A value made by the domain; what it rejects becomes a problem at {@code path}. */
  private static Optional<Object> domain(String path, List<Problem> problems, Maker maker) {
    try {
      return Optional.of(maker.make());
    } catch (UnsupportedOperationException e) {
      problems.add(new Problem(path, "CATALOG_UNSUPPORTED_TYPE",
          "values of this type cannot be read from a file"));
    } catch (RuntimeException e) {
      problems.add(new Problem(path, "CATALOG_INVALID_VALUE",
          "the value is not valid: " + String.valueOf(e.getMessage())));
    }
    return Optional.empty();
  }

  private static Optional<Object> wrong(String path, String expected, JsonNode json,
      List<Problem> problems) {
    problems.add(new Problem(path, "JSON_WRONG_TYPE",
        "expected " + expected + ", found " + Node.kind(json)));
    return Optional.empty();
  }

  private static Optional<Object> unsupported(String path, Type type, List<Problem> problems) {
    problems.add(new Problem(path, "CATALOG_UNSUPPORTED_TYPE",
        "values of type " + type.getTypeName() + " cannot be read from a file"));
    return Optional.empty();
  }

  /**
   * Writes {@code derived} as a catalog file in YAML that derives it from {@code base}: the
   * programs it lacks are removed, and every value of its timelines that the base does not hold
   * is set. {@link #read} of the text on {@code base} gives a catalog with the same {@link
   * Catalog#fingerprint() fingerprint}.
   *
   * @param derived the catalog to write; never null
   * @param base the catalog it derives from; never null
   * @return the YAML text
   * @throws IllegalArgumentException when {@code derived} has a program or a parameter that
   *     {@code base} lacks (a file cannot carry code), or a value of a type the format cannot
   *     write
   */
  public static String write(Catalog derived, Catalog base) {
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(base, "base");
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("name", derived.name());
    root.put("derivesFrom", base.name());
    Set<String> kept = new HashSet<>();
    for (Program p : derived.programs()) {
      if (base.program(p.info().code()).isEmpty()) {
        throw new IllegalArgumentException("the program " + p.info().code()
            + " is not in the base catalog: a catalog file cannot carry a program's code");
      }
      kept.add(p.info().code());
    }
    ArrayNode removed = f.arrayNode();
    for (Program p : base.programs()) {
      if (!kept.contains(p.info().code())) {
        removed.add(p.info().code());
      }
    }
    if (!removed.isEmpty()) {
      root.set("removePrograms", removed);
    }
    ObjectNode parameters = f.objectNode();
    for (Parameter<?> p : derived.parameters()) {
      Parameter<?> original = base.parameter(p.key()).orElseThrow(() ->
          new IllegalArgumentException("the parameter " + p.key()
              + " is not in the base catalog"));
      ArrayNode values = f.arrayNode();
      for (ParameterValue<?> v : changes(original, p)) {
        values.add(write(v, f));
      }
      if (!values.isEmpty()) {
        parameters.set(p.key().name(), values);
      }
    }
    if (!parameters.isEmpty()) {
      root.set("parameters", parameters);
    }
    return string(YAML, root);
  }

  // Jackson 2 only: its writers throw checked exceptions.
  private static String string(ObjectMapper mapper, Object value) {
    return BansosJson.string(mapper, value);
  }
  // End of Jackson 2 only.

  /**
   * The fewest values that, set over {@code original}, give {@code derived}'s timeline: those
   * the base lacks, less the pieces of a base value that setting the others leaves in place
   * anyway (a provincial value cut short by a regency's).
   */
  @SuppressWarnings("unchecked")
  private static <T> List<ParameterValue<T>> changes(Parameter<T> original, Parameter<?> derived) {
    List<ParameterValue<T>> timeline = (List<ParameterValue<T>>) (List<?>) derived.timeline();
    Set<ParameterValue<T>> inBase = new HashSet<>(original.timeline());
    List<ParameterValue<T>> written = new ArrayList<>();
    for (ParameterValue<T> v : timeline) {
      if (!inBase.contains(v)) {
        written.add(v);
      }
    }
    for (ParameterValue<T> v : List.copyOf(written)) {
      if (pieceOfBase(v, original)) {
        List<ParameterValue<T>> without = new ArrayList<>(written);
        without.remove(v);
        if (overlay(original, without).equals(timeline)) {
          written = without;
        }
      }
    }
    return written;
  }

  /** Whether {@code v} is a base value's content over part of its period. */
  private static <T> boolean pieceOfBase(ParameterValue<T> v, Parameter<T> original) {
    for (ParameterValue<T> b : original.timeline()) {
      if (b.value().equals(v.value()) && b.confidence() == v.confidence()
          && b.sources().equals(v.sources()) && b.note().equals(v.note())
          && b.holdsOn(v.validFrom())
          && (b.validTo().isEmpty() || v.validTo().isPresent()
              && !v.validTo().get().isAfter(b.validTo().get()))) {
        return true;
      }
    }
    return false;
  }

  /** {@code original}'s timeline with {@code values} set over it, as loading does. */
  private static <T> List<ParameterValue<T>> overlay(Parameter<T> original,
      List<ParameterValue<T>> values) {
    Parameter<T> p = original;
    for (ParameterValue<T> v : values) {
      p = p.replacedFrom(v);
    }
    return p.timeline();
  }

  private static ObjectNode write(ParameterValue<?> v, JsonNodeFactory f) {
    ObjectNode o = f.objectNode();
    ArrayNode holder = f.arrayNode();
    write(v.value(), holder, f);
    o.set("value", holder.get(0));
    o.put("validFrom", v.validFrom().toString());
    v.validTo().ifPresent(to -> o.put("validTo", to.toString()));
    o.put("confidence", v.confidence().name());
    ArrayNode sources = o.putArray("sources");
    for (Source s : v.sources()) {
      ObjectNode so = sources.addObject();
      so.put("title", s.title());
      if (!s.address().isEmpty()) {
        so.put("address", s.address());
      }
    }
    if (!v.note().isEmpty()) {
      o.put("note", v.note());
    }
    return o;
  }

  /** Appends {@code v} to {@code out}, as {@link #read} reads it back. */
  private static void write(Object v, ArrayNode out, JsonNodeFactory f) {
    if (v instanceof Boolean b) {
      out.add(b);
    } else if (v instanceof Integer i) {
      out.add(i);
    } else if (v instanceof Long l) {
      out.add(l);
    } else if (v instanceof String || v instanceof Character) {
      out.add(v.toString());
    } else if (v instanceof Enum<?> e) {
      out.add(e.name());
    } else if (v instanceof LocalDate || v instanceof RegionCode) {
      out.add(v.toString());
    } else if (v instanceof Rupiah r) {
      out.add(r.amount());
    } else if (v instanceof Desil d) {
      out.add(d.value());
    } else if (v instanceof Text t) {
      ObjectNode o = out.addObject();
      o.put("id", t.id());
      o.put("en", t.en());
    } else if (v instanceof Optional<?> o) {
      if (o.isPresent()) {
        write(o.get(), out, f);
      } else {
        out.addNull();
      }
    } else if (v instanceof Collection<?> c) {
      ArrayNode a = out.addArray();
      List<Object> items = new ArrayList<>(c);
      if (v instanceof Set<?>) {
        // Sets in a stable order: the same catalog always writes the same text.
        items.sort(Comparator.comparing(CatalogFiles::sortKey));
      }
      for (Object item : items) {
        write(item, a, f);
      }
    } else if (v instanceof Record r) {
      ObjectNode o = out.addObject();
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        Object value;
        try {
          value = rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalArgumentException("cannot write a value of "
              + r.getClass().getName() + ": its record is not open to bansos", e);
        }
        if (value instanceof Optional<?> opt && opt.isEmpty()) {
          continue;
        }
        ArrayNode holder = f.arrayNode();
        write(value, holder, f);
        o.set(rc.getName(), holder.get(0));
      }
    } else {
      throw new IllegalArgumentException("a catalog file cannot hold a value of "
          + v.getClass().getName());
    }
  }

  private static String sortKey(Object v) {
    return v instanceof Enum<?> e ? e.name() : String.valueOf(v);
  }
}
