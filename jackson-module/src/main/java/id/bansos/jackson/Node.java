package id.bansos.jackson;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/**
 * One JSON object being read field by field, with its path, collecting every problem instead of
 * stopping at the first. Messages name paths and expectations only, never the values read, so no
 * personal data can leak into an exception.
 *
 * <p>Opening an object reads its fields once, into a slot per name it may have; a field is then
 * read as its value, or null when it is absent, JSON null or has a problem (which is then added).
 * A path is made only for a problem.
 */
final class Node {

  /**
   * Field names shaped as the format's own are safe to show: lowerCamelCase (a field, an
   * extension fact) with no run of five digits. Anything else might be data: a NIK or No. KK
   * used as a key, or a name ({@code Siti_Aminah}, or {@code SITI_AMINAH} as ID cards print it).
   */
  private static final Pattern SAFE_NAME = Pattern.compile("(?!.*[0-9]{5})[a-z][A-Za-z0-9]{0,63}");
  /** The same for the keys that name a constant, as those of {@code aid} do: UPPER_SNAKE_CASE. */
  private static final Pattern SAFE_CONSTANT =
      Pattern.compile("(?!.*[0-9]{5})[A-Z][A-Z0-9_]{0,63}");
  /** The same for a parameter's key: {@code PROGRAM.NAME}, in capitals, with a dot. */
  private static final Pattern SAFE_KEY =
      Pattern.compile("(?!.*[0-9]{5})[A-Z][A-Z0-9_]*\\.[A-Z0-9_.]{1,127}");

  /** The message of {@code JSON_UNKNOWN_FIELD} where the caller gives none. */
  private static final Function<FieldNames, String> ALLOWED_HERE =
      known -> "unknown field; allowed here: " + known.listed();

  private final JsonNode json;
  private final FieldNames known;
  // The value of each known field present, by its index in known; null when absent.
  private final @Nullable JsonNode[] values;
  // Where this object is: its path, or its place in its parent, made into a path on first use.
  private final @Nullable Node parent;
  private final String field;
  private final int index;
  private @Nullable String path;
  private final List<Problem> problems;
  private final int problemsBefore;

  private Node(JsonNode json, FieldNames known, @Nullable Node parent, String field, int index,
      @Nullable String path, List<Problem> problems) {
    this.json = json;
    this.known = known;
    this.values = new JsonNode[known.size()];
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.path = path;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  /**
   * Starts reading an object at {@code path}; reports the fields not in {@code known} at once.
   *
   * @return the reader, or null (with a problem added) when {@code json} is not an object
   */
  static @Nullable Node object(JsonNode json, String path, FieldNames known,
      List<Problem> problems) {
    return open(new Node(json, known, null, "", -1, path, problems), ALLOWED_HERE);
  }

  /**
   * Starts reading the object {@code json} of this object's field {@code field}, as {@link
   * #object(JsonNode, String, FieldNames, List)}.
   *
   * @return the reader, or null (with a problem added) when {@code json} is not an object
   */
  @Nullable Node object(String field, JsonNode json, FieldNames known) {
    return object(field, json, known, ALLOWED_HERE);
  }

  /**
   * Starts reading the object {@code json} of this object's field {@code field}; reports each
   * field not in {@code known} at once, with the message {@code unknownMessage} makes of {@code
   * known} (made only then: most objects are read without one).
   *
   * @return the reader, or null (with a problem added) when {@code json} is not an object
   */
  @Nullable Node object(String field, JsonNode json, FieldNames known,
      Function<FieldNames, String> unknownMessage) {
    return open(new Node(json, known, this, field, -1, null, problems), unknownMessage);
  }

  /**
   * Starts reading the object {@code json} at {@code field[index]} of this object, as {@link
   * #object(JsonNode, String, FieldNames, List)}.
   *
   * @return the reader, or null (with a problem added) when {@code json} is not an object
   */
  @Nullable Node element(String field, int index, JsonNode json, FieldNames known) {
    return open(new Node(json, known, this, field, index, null, problems), ALLOWED_HERE);
  }

  private static @Nullable Node open(Node n, Function<FieldNames, String> unknownMessage) {
    if (!n.json.isObject()) {
      n.problems.add(new Problem(n.path(), "JSON_WRONG_TYPE",
          "expected an object, found " + kind(n.json)));
      return null;
    }
    for (Map.Entry<String, JsonNode> e : n.json.properties()) {
      int i = n.known.indexOf(e.getKey());
      if (i >= 0) {
        n.values[i] = e.getValue();
      } else {
        n.problems.add(new Problem(child(n.path(), safeName(e.getKey())), "JSON_UNKNOWN_FIELD",
            unknownMessage.apply(n.known)));
      }
    }
    return n;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String safeName(String name) {
    return SAFE_NAME.matcher(name).matches() ? name : "<unnamed>";
  }

  /**
   * A key that names a constant, shown when it is shaped as one (UPPER_SNAKE_CASE, no run of five
   * digits); a name written in capitals is that shape too, so use it only where the keys are
   * constants and any other shape is refused anyway.
   */
  static String safeConstant(String name) {
    return SAFE_CONSTANT.matcher(name).matches() ? name : "<unnamed>";
  }

  /** Whether {@code name} is shaped as a parameter's key and so safe to show. */
  static boolean keyShaped(String name) {
    return SAFE_KEY.matcher(name).matches();
  }

  /** A parameter's key, shown when shaped as one ({@link #keyShaped}), else {@code <unnamed>}. */
  static String safeKey(String name) {
    return keyShaped(name) ? name : "<unnamed>";
  }

  static String kind(JsonNode json) {
    return json.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** This object's path, made on first use: most objects are read without a problem. */
  String path() {
    String p = path;
    if (p == null) {
      p = child(Objects.requireNonNull(parent).path(), field);
      if (index >= 0) {
        p = index(p, index);
      }
      path = p;
    }
    return p;
  }

  String pathOf(String field) {
    return child(path(), field);
  }

  void problem(String field, String code, String message) {
    problems.add(new Problem(field.isEmpty() ? path() : pathOf(field), code, message));
  }

  /** Adds a domain failure under {@code path} (relative to this object; empty for itself). */
  void domain(String field, InvalidDataException e) {
    String at = field.isEmpty() ? path() : pathOf(field);
    for (Problem p : e.problems()) {
      problems.add(p.under(at));
    }
  }

  /**
   * The field's node when present and not JSON null; null counts as absent, and so does a field
   * not among the known ones (reported when the object was opened).
   */
  @Nullable JsonNode raw(String field) {
    JsonNode v = value(field);
    return v == null || v.isNull() ? null : v;
  }

  private @Nullable JsonNode value(String field) {
    int i = known.indexOf(field);
    return i < 0 ? null : values[i];
  }

  /**
   * Whether a required field is present; reports {@code JSON_MISSING} when it is absent or null.
   */
  boolean required(String field) {
    if (raw(field) == null) {
      problem(field, "JSON_MISSING", "required field is missing");
      return false;
    }
    return true;
  }

  /** Reports {@code JSON_WRONG_TYPE} at the field: {@code expected}, and what was found. */
  void wrongType(String field, String expected, JsonNode found) {
    problem(field, "JSON_WRONG_TYPE", "expected " + expected + ", found " + kind(found));
  }

  /**
   * The field's value when present and of JSON type {@code type}; otherwise null, with {@code
   * JSON_WRONG_TYPE} naming {@code expected} when it is present but of another type.
   */
  private @Nullable JsonNode typed(String field, JsonNodeType type, String expected) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    // One call: the node's type says both whether it is null and whether it is of the type.
    JsonNodeType found = v.getNodeType();
    if (found == type) {
      return v;
    }
    if (found != JsonNodeType.NULL) {
      wrongType(field, expected, v);
    }
    return null;
  }

  @Nullable String string(String field) {
    JsonNode v = typed(field, JsonNodeType.STRING, "a string");
    return v == null ? null : v.stringValue();
  }

  @Nullable Boolean bool(String field) {
    JsonNode v = typed(field, JsonNodeType.BOOLEAN, "true or false");
    return v == null ? null : v.booleanValue();
  }

  @Nullable Long integer(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber()) {
      wrongType(field, "a whole number", v);
      return null;
    }
    return longValue(field, v);
  }

  /** The whole number {@code v} of the field, or {@code JSON_NUMBER_RANGE}. */
  @Nullable Long longValue(String field, JsonNode v) {
    if (!v.canConvertToLong()) {
      problem(field, "JSON_NUMBER_RANGE", "the number is out of range");
      return null;
    }
    return v.longValue();
  }

  @Nullable Integer intValue(String field) {
    Long v = integer(field);
    if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
      problem(field, "JSON_NUMBER_RANGE", "the number is out of range");
      return null;
    }
    return v == null ? null : v.intValue();
  }

  @Nullable LocalDate date(String field) {
    String s = string(field);
    return s == null ? null : dateValue(field, s);
  }

  /** The date written {@code text} in the field, or {@code JSON_DATE_FORMAT}/{@code _INVALID}. */
  @Nullable LocalDate dateValue(String field, String text) {
    return date(text, field.isEmpty() ? path() : pathOf(field), problems);
  }

  /**
   * The date written {@code text}, or null with {@code JSON_DATE_FORMAT} or {@code
   * JSON_DATE_INVALID} at {@code path} added to {@code problems}.
   */
  static @Nullable LocalDate date(String text, String path, List<Problem> problems) {
    // Written dddd-dd-dd in ASCII digits.
    boolean shaped = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    int year = shaped ? number(text, 0, 4) : -1;
    int month = shaped ? number(text, 5, 7) : -1;
    int day = shaped ? number(text, 8, 10) : -1;
    if (year < 0 || month < 0 || day < 0) {
      problems.add(new Problem(path, "JSON_DATE_FORMAT", "expected an ISO-8601 date yyyy-MM-dd"));
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      problems.add(new Problem(path, "JSON_DATE_INVALID",
          "the date does not exist in the calendar"));
      return null;
    }
  }

  /** The number the ASCII digits of text[from, to) write, or -1 when one is not a digit. */
  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type) {
    String s = string(field);
    if (s == null) {
      return null;
    }
    E e = constant(s, type);
    if (e == null) {
      problem(field, "JSON_ENUM", oneOf(type));
    }
    return e;
  }

  /** The constant of exactly this name, or null. */
  static <E extends Enum<E>> @Nullable E constant(String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether {@code text} is the name of a constant of the enum {@code type}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static boolean isConstant(String text, Class<?> type) {
    return constant(text, (Class) type) != null;
  }

  /** The message of {@code JSON_ENUM}: the names of {@code type}'s constants. */
  static String oneOf(Class<?> type) {
    return "expected one of "
        + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  /** A value parsed by a domain factory; its problems are re-rooted under the field. */
  <T> @Nullable T parsed(String field, Function<String, T> parser) {
    String s = string(field);
    if (s == null) {
      return null;
    }
    try {
      return parser.apply(s);
    } catch (InvalidDataException e) {
      domain(field, e);
      return null;
    }
  }

  /** The elements of an array field, absent or null giving an empty list. */
  List<JsonNode> array(String field) {
    JsonNode v = raw(field);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      wrongType(field, "an array", v);
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(v.get(i));
    }
    return out;
  }

  List<Problem> problems() {
    return problems;
  }

  /**
   * Whether a problem was added since this object was opened, an unknown field included, in
   * this object or in one within it.
   */
  boolean failed() {
    return problems.size() > problemsBefore;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
