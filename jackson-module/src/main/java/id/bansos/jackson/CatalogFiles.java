package id.bansos.jackson;

import id.bansos.core.Problem;
import id.bansos.core.money.Rupiah;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.rules.Catalog;
import id.bansos.rules.NonStackingPair;
import id.bansos.rules.NonStackingRules;
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
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

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
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /**
   * A plain YAML scalar is a number or a boolean only when written as JSON writes it and as YAML
   * 1.1 (Jackson 2's parser) and 1.2 (Jackson 3's) both read it; {@code 0x3C}, {@code 012},
   * {@code 1_000}, {@code 1e3}, {@code yes} and {@code On} are strings, so that a file means the
   * same to both modules (and to a reader who knows JSON).
   */
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+([eE][-+][0-9]+)?");
  /** Deeper than any file of the format (which nests six levels), and shallow for a stack. */
  private static final int MAX_DEPTH = 64;

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
    Path name = path.getFileName();
    String file = name == null ? path.toString() : name.toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CatalogFileException(file, List.of(new Problem("", "JSON_ENCODING",
          "the file is not UTF-8 text: save it as UTF-8")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text, file, base);
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
    String document = BansosJson.withoutBom(text);
    List<Problem> problems = new ArrayList<>();
    JsonNode tree;
    try {
      tree = file.toLowerCase(Locale.ROOT).endsWith(".json")
          ? BansosJson.mapper().readTree(document) : yaml(document, file, problems);
    } catch (JacksonException e) {
      throw new CatalogFileException(file, List.of(syntax(e)));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      problems.add(new Problem("", "CATALOG_EMPTY", "the document is empty"));
      throw new CatalogFileException(file, problems);
    }
    Optional<Catalog> catalog = read(tree, base, problems);
    if (!problems.isEmpty() || catalog.isEmpty()) {
      throw new CatalogFileException(file, problems);
    }
    return catalog.get();
  }

  private static Problem syntax(JacksonException e) {
    // The message of Jackson's exception may quote the input: only the place is kept.
    String where = where(e.getLocation());
    String text = String.valueOf(e.getOriginalMessage());
    if (text.startsWith("Duplicate")) {
      return new Problem("", "CATALOG_DUPLICATE_KEY", "a key appears twice in one mapping" + where);
    }
    return new Problem("", "CATALOG_SYNTAX", "malformed YAML or JSON" + where);
  }

  private static String where(@Nullable TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /**
   * One YAML document as a tree, its scalars read as {@link #WHOLE} and {@link #DECIMAL} say
   * rather than as the YAML library resolves them. An alias, a key twice in one mapping and a
   * second document are problems; null for a document with nothing in it.
   */
  private static @Nullable JsonNode yaml(String text, String file, List<Problem> problems) {
    try (JsonParser p = YAML.createParser(text)) {
      try {
        if (p.nextToken() == null) {
          return null;
        }
        JsonNode root = yamlValue(p, "", 0, file, problems);
        if (p.nextToken() != null) {
          problems.add(new Problem("", "CATALOG_SYNTAX", "a second document begins"
              + where(p.currentTokenLocation()) + ": a file holds one catalog"));
        }
        return root;
      } catch (JacksonException e) {
        // With the problems found before it, and where the parser stopped when the exception
        // does not say.
        Problem syntax = syntax(e);
        if (e.getLocation() == null) {
          syntax = new Problem("", syntax.code(), syntax.message() + where(p.currentLocation()));
        }
        problems.add(syntax);
        throw new CatalogFileException(file, problems);
      }
    }
  }

  private static JsonNode yamlValue(JsonParser p, String path, int depth, String file,
      List<Problem> problems) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (((YAMLParser) p).isCurrentAlias()) {
      problems.add(new Problem(path, "CATALOG_YAML_ALIAS", "an alias (*name) is not read"
          + where(p.currentTokenLocation()) + ": write the value out"));
      return f.nullNode();
    }
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (depth == MAX_DEPTH) {
        problems.add(new Problem(path, "CATALOG_SYNTAX", "nested deeper than " + MAX_DEPTH
            + " levels" + where(p.currentTokenLocation())));
        throw new CatalogFileException(file, problems);
      }
      if (token == JsonToken.START_ARRAY) {
        ArrayNode a = f.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(yamlValue(p, Node.index(path, a.size()), depth + 1, file, problems));
        }
        return a;
      }
      ObjectNode o = f.objectNode();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        TokenStreamLocation at = p.currentTokenLocation();
        p.nextToken();
        JsonNode value = yamlValue(p, key(path, name), depth + 1, file, problems);
        if (o.has(name)) {
          problems.add(new Problem(path, "CATALOG_DUPLICATE_KEY",
              "a key appears twice in one mapping" + where(at)));
        } else {
          o.set(name, value);
        }
      }
      return o;
    }
    String text = p.getString();
    if (token == JsonToken.VALUE_NUMBER_INT && WHOLE.matcher(text).matches()) {
      Number n = p.getNumberValue();
      return n instanceof BigInteger big ? f.numberNode(big) : f.numberNode(n.longValue());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT && DECIMAL.matcher(text).matches()) {
      return f.numberNode(p.getDecimalValue());
    }
    if ((token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)
        && (text.equals("true") || text.equals("false"))) {
      return f.booleanNode(token == JsonToken.VALUE_TRUE);
    }
    if (token == JsonToken.VALUE_NULL && (text.isEmpty() || text.equals("null"))) {
      // Not ~, Null or NULL, which one module's YAML parser reads as null and the other's as text.
      return f.nullNode();
    }
    if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      problems.add(new Problem(path, "CATALOG_SYNTAX", "a value of a YAML type the format does"
          + " not have" + where(p.currentTokenLocation())));
      return f.nullNode();
    }
    return f.stringNode(text);
  }

  /**
   * The path of the value under {@code name}, the name shown only when it cannot be data: a
   * parameter's key (under {@code parameters}, always in brackets) when shaped as one
   * (Node.keyShaped), as {@link #parameters} shows it; a field's name when shaped as the
   * format's own (Node.safeName).
   */
  private static String key(String path, String name) {
    if (path.equals("parameters") || Node.keyShaped(name)) {
      return path + "[" + (Node.keyShaped(name) ? name : "<unnamed>") + "]";
    }
    return Node.child(path, Node.safeName(name));
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
    // A code the base lacks is not quoted (it may be data typed into the wrong place): its
    // place in the list names it, and the message lists the codes the base has.
    Map<String, String> local = codes(n, "localPrograms", problems);
    local.forEach((code, at) -> {
      if (base.program(code).isEmpty()) {
        problems.add(new Problem(at, "CATALOG_LOCAL_PROGRAM_MISSING",
            "the base catalog has no program of this code: its code must be added to the base"
                + " catalog before the file is loaded (the base has " + programCodes(base) + ")"));
      }
    });
    Map<String, String> removed = codes(n, "removePrograms", problems);
    removed.forEach((code, at) -> {
      if (base.program(code).isEmpty()) {
        problems.add(new Problem(at, "CATALOG_UNKNOWN_PROGRAM",
            "the base catalog has no program of this code to remove (it has "
                + programCodes(base) + ")"));
      } else if (local.containsKey(code)) {
        problems.add(new Problem(at, "CATALOG_PROGRAM_CONFLICT",
            "the program " + code + " is both required as a local program and removed"));
      }
    });
    List<ParameterValue<?>> values = new ArrayList<>();
    List<String> valuePaths = new ArrayList<>();
    JsonNode parameters = n.raw("parameters");
    if (parameters != null) {
      parameters(parameters, n.pathOf("parameters"), base, values, valuePaths, problems);
    }
    programsNamed(values, valuePaths, base, problems);
    if (!problems.isEmpty() || name == null) {
      return Optional.empty();
    }
    Catalog.Builder b = base.derive(name);
    for (String code : removed.keySet()) {
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

  /** A list of program codes, each once, with the path of each in the document. */
  private static Map<String, String> codes(Node n, String field, List<Problem> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    List<JsonNode> items = n.array(field);
    for (int i = 0; i < items.size(); i++) {
      String at = Node.index(n.pathOf(field), i);
      JsonNode item = items.get(i);
      if (!item.isString()) {
        problems.add(new Problem(at, "JSON_WRONG_TYPE",
            "expected a program code, found " + Node.kind(item)));
      } else if (out.putIfAbsent(item.stringValue(), at) != null) {
        problems.add(new Problem(at, "CATALOG_LISTED_TWICE", "the program is listed twice"));
      }
    }
    return out;
  }

  private static String programCodes(Catalog base) {
    List<String> codes = new ArrayList<>();
    for (Program p : base.programs()) {
      codes.add(p.info().code());
    }
    return String.join(", ", codes);
  }

  /**
   * Checks the program codes that values name (the pairs of {@code COMMON.NON_STACKING}) against
   * the base catalog's programs: a code it lacks, a typing slip most likely, would make the rule
   * name no program, silently. A program the file removes may be named, as the base's own values
   * name it: the rule then does nothing, as it would for the base's values.
   */
  private static void programsNamed(List<ParameterValue<?>> values, List<String> paths,
      Catalog base, List<Problem> problems) {
    Set<String> programs = new HashSet<>();
    for (Program p : base.programs()) {
      programs.add(p.info().code());
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).value() instanceof NonStackingRules rules) {
        for (int j = 0; j < rules.pairs().size(); j++) {
          NonStackingPair pair = rules.pairs().get(j);
          String at = Node.index(Node.child(paths.get(i), "value.pairs"), j);
          for (String end : List.of("first", "second")) {
            if (!programs.contains(end.equals("first") ? pair.first() : pair.second())) {
              problems.add(new Problem(Node.child(at, end), "CATALOG_UNKNOWN_PROGRAM",
                  "the base catalog has no program of this code (it has "
                      + programCodes(base) + ")"));
            }
          }
        }
      }
    }
  }

  private static void parameters(JsonNode json, String path, Catalog base,
      List<ParameterValue<?>> out, List<String> paths, List<Problem> problems) {
    if (!json.isObject()) {
      problems.add(new Problem(path, "JSON_WRONG_TYPE",
          "expected a mapping of parameter keys, found " + Node.kind(json)));
      return;
    }
    TreeMap<String, Parameter<?>> known = new TreeMap<>();
    for (Parameter<?> p : base.parameters()) {
      known.put(p.key().name(), p);
    }
    for (String name : json.propertyNames()) {
      Parameter<?> parameter = known.get(name);
      // The base's own keys are shown whatever their shape: they are code, not data.
      String at = path + "["
          + (parameter != null || Node.keyShaped(name) ? name : "<unnamed>") + "]";
      if (parameter == null) {
        problems.add(new Problem(at, "CATALOG_UNKNOWN_PARAMETER",
            "the base catalog has no such parameter"));
        continue;
      }
      timeline(json.get(name), at, parameter.key(), out, paths, problems);
    }
  }

  private static <T> void timeline(JsonNode json, String path, ParameterKey<T> key,
      List<ParameterValue<?>> out, List<String> outPaths, List<Problem> problems) {
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
    outPaths.addAll(paths);
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
      return json.isString() ? Optional.of(json.stringValue())
          : wrong(path, "a string", json, problems);
    }
    if (c == Character.class || c == char.class) {
      return json.isString() && json.stringValue().length() == 1
          ? Optional.of(json.stringValue().charAt(0)) : wrong(path, "one character", json,
          problems);
    }
    if (c.isEnum()) {
      if (!json.isString()) {
        return wrong(path, "one of " + List.of(c.getEnumConstants()), json, problems);
      }
      for (Object e : c.getEnumConstants()) {
        if (((Enum<?>) e).name().equals(json.stringValue())) {
          return Optional.of(e);
        }
      }
      problems.add(new Problem(path, "JSON_ENUM", "expected one of "
          + List.of(c.getEnumConstants())));
      return Optional.empty();
    }
    if (c == LocalDate.class) {
      if (!json.isString()) {
        return wrong(path, "a date yyyy-MM-dd", json, problems);
      }
      return Optional.ofNullable(Node.date(json.stringValue(), path, problems));
    }
    if (c == RegionCode.class) {
      if (!json.isString()) {
        return wrong(path, "a dotted region code", json, problems);
      }
      return domain(path, problems, () -> HouseholdJson.regionCode(json.stringValue()));
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
      // The library's own messages never quote personal data; another's (the JDK's parsers,
      // say) may quote the input, so only the library's are shown.
      StackTraceElement[] thrownAt = e.getStackTrace();
      boolean ours = thrownAt.length > 0 && thrownAt[0].getClassName().startsWith("id.bansos.");
      problems.add(new Problem(path, "CATALOG_INVALID_VALUE", "the value is not valid"
          + (ours && e.getMessage() != null ? ": " + e.getMessage() : "")));
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
    return YAML.writeValueAsString(root);
  }

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
