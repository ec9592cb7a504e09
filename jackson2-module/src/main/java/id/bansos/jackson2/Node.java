package id.bansos.jackson2;

import com.fasterxml.jackson.databind.JsonNode;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One JSON object being read field by field, with its path, collecting every problem instead of
 * stopping at the first. Messages name paths and expectations only, never the values read, so no
 * personal data can leak into an exception.
 */
final class Node {

  /** Field names that look like identifiers are safe to show; anything else might be data. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private final JsonNode json;
  private final String path;
  private final List<Problem> problems;

  private Node(JsonNode json, String path, List<Problem> problems) {
    this.json = json;
    this.path = path;
    this.problems = problems;
  }

  /**
   * Starts reading an object at {@code path}; reports unknown fields at once.
   *
   * @return the reader, or empty (with a problem added) when {@code json} is not an object
   */
  static Optional<Node> object(JsonNode json, String path, Set<String> known, List<Problem> problems) {
    return object(json, path, known,
        () -> "unknown field; allowed here: " + String.join(", ", known), problems);
  }

  /**
   * Starts reading an object at {@code path}; reports each field not in {@code known} at once,
   * with the message {@code unknownMessage} gives (made only then: most objects are read
   * without one).
   *
   * @return the reader, or empty (with a problem added) when {@code json} is not an object
   */
  static Optional<Node> object(JsonNode json, String path, Set<String> known,
      Supplier<String> unknownMessage, List<Problem> problems) {
    if (!json.isObject()) {
      problems.add(new Problem(path, "JSON_WRONG_TYPE", "expected an object, found " + kind(json)));
      return Optional.empty();
    }
    for (String name : (Iterable<String>) json::fieldNames) {
      if (!known.contains(name)) {
        problems.add(new Problem(child(path, safeName(name)), "JSON_UNKNOWN_FIELD",
            unknownMessage.get()));
      }
    }
    return Optional.of(new Node(json, path, problems));
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String safeName(String name) {
    return SAFE_NAME.matcher(name).matches() ? name : "<unnamed>";
  }

  static String kind(JsonNode json) {
    return json.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  String path() {
    return path;
  }

  String pathOf(String field) {
    return child(path, field);
  }

  void problem(String field, String code, String message) {
    problems.add(new Problem(field.isEmpty() ? path : pathOf(field), code, message));
  }

  /** Adds a domain failure under {@code path} (relative to this object; empty for itself). */
  void domain(String field, InvalidDataException e) {
    String at = field.isEmpty() ? path : pathOf(field);
    for (Problem p : e.problems()) {
      problems.add(p.under(at));
    }
  }

  /** The field's node when present and not JSON null; null counts as absent. */
  private Optional<JsonNode> present(String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  boolean has(String field) {
    return present(field).isPresent();
  }

  /** A required field: reports {@code JSON_MISSING} when absent or null. */
  <T> Optional<T> required(String field, Function<String, Optional<T>> reader) {
    if (!has(field)) {
      problem(field, "JSON_MISSING", "required field is missing");
      return Optional.empty();
    }
    return reader.apply(field);
  }

  /**
   * The field's value when present and of a JSON type {@code accepts} accepts; otherwise empty,
   * with {@code JSON_WRONG_TYPE} naming {@code expected} when it is present but of another type.
   */
  Optional<JsonNode> typed(String field, Predicate<JsonNode> accepts, String expected) {
    Optional<JsonNode> v = present(field);
    if (v.isPresent() && !accepts.test(v.get())) {
      problem(field, "JSON_WRONG_TYPE", "expected " + expected + ", found " + kind(v.get()));
      return Optional.empty();
    }
    return v;
  }

  Optional<String> string(String field) {
    return typed(field, JsonNode::isTextual, "a string").map(JsonNode::textValue);
  }

  Optional<Boolean> bool(String field) {
    return typed(field, JsonNode::isBoolean, "true or false").map(JsonNode::booleanValue);
  }

  Optional<Long> integer(String field) {
    return typed(field, JsonNode::isIntegralNumber, "a whole number")
        .flatMap(v -> longValue(field, v));
  }

  /** The whole number {@code v} of the field, or {@code JSON_NUMBER_RANGE}. */
  Optional<Long> longValue(String field, JsonNode v) {
    if (!v.canConvertToLong()) {
      problem(field, "JSON_NUMBER_RANGE", "the number is out of range");
      return Optional.empty();
    }
    return Optional.of(v.longValue());
  }

  Optional<Integer> intValue(String field) {
    Optional<Long> v = integer(field);
    if (v.isPresent() && (v.get() < Integer.MIN_VALUE || v.get() > Integer.MAX_VALUE)) {
      problem(field, "JSON_NUMBER_RANGE", "the number is out of range");
      return Optional.empty();
    }
    return v.map(Long::intValue);
  }

  Optional<LocalDate> date(String field) {
    return string(field).flatMap(s -> dateValue(field, s));
  }

  /** The date written {@code text} in the field, or {@code JSON_DATE_FORMAT}/{@code _INVALID}. */
  Optional<LocalDate> dateValue(String field, String text) {
    if (!isoDateShape(text)) {
      problem(field, "JSON_DATE_FORMAT", "expected an ISO-8601 date yyyy-MM-dd");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(digits(text, 0, 4), digits(text, 5, 7),
          digits(text, 8, 10)));
    } catch (DateTimeException e) {
      problem(field, "JSON_DATE_INVALID", "the date does not exist in the calendar");
      return Optional.empty();
    }
  }

  /** Whether {@code text} is written {@code dddd-dd-dd} in ASCII digits. */
  private static boolean isoDateShape(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits of text[from, to) write. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
    Optional<String> s = string(field);
    return s.isEmpty() ? Optional.empty() : enumOf(s.get(), type, pathOf(field), problems);
  }

  static <E extends Enum<E>> Optional<E> enumOf(String text, Class<E> type, String at,
      List<Problem> problems) {
    try {
      // The constant of exactly this name.
      return Optional.of(Enum.valueOf(type, text));
    } catch (IllegalArgumentException e) {
      // none: reported below
    }
    problems.add(new Problem(at, "JSON_ENUM", "expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return Optional.empty();
  }

  /** A value parsed by a domain factory; its problems are re-rooted under the field. */
  <T> Optional<T> parsed(String field, Function<String, T> parser) {
    Optional<String> s = string(field);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(s.get()));
    } catch (InvalidDataException e) {
      domain(field, e);
      return Optional.empty();
    }
  }

  /** The elements of an array field, absent or null giving an empty list. */
  List<JsonNode> array(String field) {
    Optional<JsonNode> v = present(field);
    if (v.isEmpty()) {
      return List.of();
    }
    if (!v.get().isArray()) {
      problem(field, "JSON_WRONG_TYPE", "expected an array, found " + kind(v.get()));
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(v.get().size());
    for (int i = 0; i < v.get().size(); i++) {
      out.add(v.get().get(i));
    }
    return out;
  }

  /** The object node of a field, or empty. */
  Optional<JsonNode> raw(String field) {
    return present(field);
  }

  List<Problem> problems() {
    return problems;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
