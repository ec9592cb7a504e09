package id.bansos.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Group;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The entry point to the JSON wire format: a safely configured mapper, a writer per language, and
 * strict reading of households and groups of families that reports every problem as one {@link
 * JsonInputException}.
 *
 * <p>The mapper has the {@link BansosModule}, fails on unknown properties, duplicate keys and
 * trailing tokens, never enables polymorphic default typing, and bounds what a single document
 * may cost: nesting depth {@value #MAX_NESTING_DEPTH}, strings of {@value #MAX_STRING_LENGTH}
 * characters, numbers of {@value #MAX_NUMBER_LENGTH} digits, {@value #MAX_TOKEN_COUNT} tokens and
 * {@value #MAX_DOCUMENT_LENGTH} characters. Output is compact and deterministic: the same value
 * gives the same bytes.
 *
 * <p>Readers accept the extension facts they are given ({@link ExtensionFacts}) and reject any
 * other; the methods without an {@code ExtensionFacts} argument, and {@link #mapper()}, accept
 * those the provincial catalog's programs read ({@link ExtensionFacts#provincial()}). Writers
 * write every extension fact present.
 *
 * <pre>{@code
 * Household h = BansosJson.readHousehold(json);
 * Assessment a = Engine.of(JawaTimur.catalog()).assess(h, LocalDate.of(2026, 1, 15));
 * String out = BansosJson.writer(Language.EN).writeValueAsString(a);
 * }</pre>
 */
public final class BansosJson {

  /** Deepest nesting of arrays and objects accepted; a household needs five levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 32;

  /** Most tokens accepted in one document; a large household uses about two thousand. */
  public static final long MAX_TOKEN_COUNT = 200_000;

  /** Longest document (or JSON Lines line) accepted, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 4_000_000;

  private static final JsonMapper MAPPER = builder().build();
  // For the readers of a caller's stream, which they leave open, as their documents say.
  private static final ObjectReader STREAMS =
      MAPPER.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE);

  private BansosJson() {}

  /**
   * A mapper builder with the module and every safety setting, for callers who add their own
   * modules or features before building. Its mapper reads the provincial catalog's extension
   * facts ({@link ExtensionFacts#provincial()}) and rejects any other.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    return builder(ExtensionFacts.provincial());
  }

  /**
   * A mapper builder with the module reading {@code extensions} and every safety setting.
   *
   * @param extensions the extension facts the mapper reads on households and people; never null
   * @return a new builder
   */
  public static JsonMapper.Builder builder(ExtensionFacts extensions) {
    Objects.requireNonNull(extensions, "extensions");
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(256)
        .maxTokenCount(MAX_TOKEN_COUNT)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
    // A character outside the Basic Multilingual Plane is written as its UTF-8 bytes, as a
    // character stream encoded to UTF-8 has it, not as two escaped halves (Jackson 2's default).
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    return JsonMapper.builder(factory)
        .addModule(new BansosModule(extensions))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // Input must never appear in exception messages: it may be a NIK or a name.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Our serializers fix the order; this keeps beans reached through mix-ins in declared order.
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The shared, immutable, thread-safe mapper with the module and the safety settings.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * A writer whose assessments carry labels and messages in {@code language}.
   *
   * @param language the language of messages; never null
   * @return the writer
   */
  public static ObjectWriter writer(Language language) {
    Objects.requireNonNull(language, "language");
    return MAPPER.writer().withAttribute(AssessmentJson.LANGUAGE, language);
  }

  /**
   * A writer whose assessments carry labels and messages in {@code language} and hold what
   * {@code detail} says; {@link #writer(Language)} writes {@link Detail#FULL}.
   *
   * @param language the language of messages; never null
   * @param detail how much of each assessment to write; never null
   * @return the writer
   */
  public static ObjectWriter writer(Language language, Detail detail) {
    Objects.requireNonNull(detail, "detail");
    return writer(language).withAttribute(AssessmentSummaryJson.DETAIL, detail);
  }

  /**
   * Writes a household in the wire format.
   *
   * @param household the household; never null
   * @return compact JSON, the same for equal households
   */
  public static String write(Household household) {
    Objects.requireNonNull(household, "household");
    return string(MAPPER, household);
  }

  /**
   * Writes an assessment in the wire format.
   *
   * @param assessment the assessment; never null
   * @param language the language of labels and messages; never null
   * @return compact JSON
   */
  public static String write(Assessment assessment, Language language) {
    Objects.requireNonNull(assessment, "assessment");
    return string(writer(language), assessment);
  }

  /**
   * Writes an assessment in the wire format at the given level of detail.
   *
   * @param assessment the assessment; never null
   * @param language the language of labels and messages; never null
   * @param detail {@link Detail#FULL} for the whole explanation, {@link Detail#SUMMARY} for the
   *     decisions and their deciding reasons; never null
   * @return compact JSON
   */
  public static String write(Assessment assessment, Language language, Detail detail) {
    Objects.requireNonNull(assessment, "assessment");
    return string(writer(language, detail), assessment);
  }

  /**
   * Writes a group of families in the wire format: its name, the proximity fact when known, and each
   * member family as a household with its participating member.
   *
   * @param group the group; never null
   * @return compact JSON, the same for equal groups
   */
  public static String write(Group group) {
    Objects.requireNonNull(group, "group");
    return string(MAPPER, group);
  }

  /**
   * Writes a group assessment in the wire format: the group's status and criteria, one
   * determination per member family, the benefit per qualifying participant and the group total.
   *
   * @param assessment the assessment; never null
   * @param language the language of labels and messages; never null
   * @return compact JSON
   */
  public static String write(GroupAssessment assessment, Language language) {
    Objects.requireNonNull(assessment, "assessment");
    return string(writer(language), assessment);
  }

  /**
   * Writes a catalog in the wire format: each program with its criteria and its parameters, then
   * the shared parameters, every parameter with its whole dated timeline of values, sources,
   * confidence and notes.
   *
   * @param catalog the catalog; never null
   * @param language the language of names, titles, messages and text values; never null
   * @return compact JSON, the same for the same catalog
   */
  public static String write(Catalog catalog, Language language) {
    Objects.requireNonNull(catalog, "catalog");
    return string(writer(language), catalog);
  }

  /**
   * Reads one household whose extension facts are among the provincial catalog's ({@link
   * ExtensionFacts#provincial()}).
   *
   * @param json the document; never null
   * @return the household
   * @throws JsonInputException naming every problem: syntax, limits, unknown fields, wrong types,
   *     malformed identifiers, impossible dates, facts the domain model rejects
   */
  public static Household readHousehold(String json) {
    return readHousehold(json, ExtensionFacts.provincial());
  }

  /**
   * Reads one household whose extension facts are among {@code extensions}.
   *
   * @param json the document; never null
   * @param extensions the extension facts accepted on the household and its members; never null
   * @return the household
   * @throws JsonInputException naming every problem, an extension fact not registered ({@code
   *     JSON_UNKNOWN_FIELD} at {@code extensions.name} or {@code members[i].extensions.name}) and
   *     one of the wrong type among them
   */
  public static Household readHousehold(String json, ExtensionFacts extensions) {
    Objects.requireNonNull(json, "json");
    return read(() -> MAPPER.readTree(withoutBom(json)), extensions, HouseholdJson::readHousehold);
  }

  /**
   * Reads one household from a character stream, which is not closed.
   *
   * @param json the document; never null
   * @return the household
   * @throws JsonInputException naming every problem
   */
  public static Household readHousehold(Reader json) {
    return readHousehold(json, ExtensionFacts.provincial());
  }

  /**
   * Reads one household whose extension facts are among {@code extensions} from a character
   * stream, which is not closed.
   *
   * @param json the document; never null
   * @param extensions the extension facts accepted on the household and its members; never null
   * @return the household
   * @throws JsonInputException naming every problem
   */
  public static Household readHousehold(Reader json, ExtensionFacts extensions) {
    Objects.requireNonNull(json, "json");
    return read(() -> STREAMS.readTree(new WithoutBom(json)), extensions, HouseholdJson::readHousehold);
  }

  /**
   * Reads one household from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document; never null
   * @return the household
   * @throws JsonInputException naming every problem
   */
  public static Household readHousehold(InputStream json) {
    return readHousehold(json, ExtensionFacts.provincial());
  }

  /**
   * Reads one household whose extension facts are among {@code extensions} from UTF-8 bytes; the
   * stream is not closed.
   *
   * @param json the document; never null
   * @param extensions the extension facts accepted on the household and its members; never null
   * @return the household
   * @throws JsonInputException naming every problem
   */
  public static Household readHousehold(InputStream json, ExtensionFacts extensions) {
    Objects.requireNonNull(json, "json");
    return read(() -> STREAMS.readTree(json), extensions, HouseholdJson::readHousehold);
  }

  /**
   * The tree of {@code length} bytes of UTF-8 at {@code offset}, or null when the byte parser
   * refuses them (malformed JSON or UTF-8, a limit passed): the caller then reads the decoded
   * text, whose problems and positions are those a reader of text has always reported.
   */
  static @Nullable JsonNode treeOrNull(byte[] json, int offset, int length) {
    try {
      return MAPPER.readTree(json, offset, length);
    } catch (JsonProcessingException e) {
      return null;
    // Jackson 2 only: Jackson 3 reports a failing stream as one of its own exceptions.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    // End of Jackson 2 only.
    }
  }

  /** The household of a parsed tree, as {@link #readHousehold(String, ExtensionFacts)} reads it. */
  static Household household(JsonNode tree, ExtensionFacts extensions) {
    return read(() -> tree, extensions, HouseholdJson::readHousehold);
  }

  /**
   * Reads one group of families.
   *
   * @param json the document; never null
   * @return the group
   * @throws JsonInputException naming every problem, with paths such as {@code
   *     members[3].household.members[0].nik}: everything a household may fail on, inside each
   *     member family, and the group's own rules (a blank name, a participant not on the family's
   *     card, a family or participant listed twice)
   */
  public static Group readGroup(String json) {
    return readGroup(json, ExtensionFacts.provincial());
  }

  /**
   * Reads one group of families whose extension facts are among {@code extensions}.
   *
   * @param json the document; never null
   * @param extensions the extension facts accepted on member families and their members; never
   *     null
   * @return the group
   * @throws JsonInputException naming every problem, an extension fact not registered at, for
   *     example, {@code members[3].household.extensions.name}
   */
  public static Group readGroup(String json, ExtensionFacts extensions) {
    Objects.requireNonNull(json, "json");
    return read(() -> MAPPER.readTree(withoutBom(json)), extensions, GroupJson::readGroup);
  }

  /**
   * Reads one group of families from a character stream, which is not closed.
   *
   * @param json the document; never null
   * @return the group
   * @throws JsonInputException naming every problem
   */
  public static Group readGroup(Reader json) {
    return readGroup(json, ExtensionFacts.provincial());
  }

  /**
   * Reads one group of families whose extension facts are among {@code extensions} from a
   * character stream, which is not closed.
   *
   * @param json the document; never null
   * @param extensions the extension facts accepted on member families and their members; never
   *     null
   * @return the group
   * @throws JsonInputException naming every problem
   */
  public static Group readGroup(Reader json, ExtensionFacts extensions) {
    Objects.requireNonNull(json, "json");
    return read(() -> STREAMS.readTree(new WithoutBom(json)), extensions, GroupJson::readGroup);
  }

  /**
   * Reads one group of families from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document; never null
   * @return the group
   * @throws JsonInputException naming every problem
   */
  public static Group readGroup(InputStream json) {
    return readGroup(json, ExtensionFacts.provincial());
  }

  /**
   * Reads one group of families whose extension facts are among {@code extensions} from UTF-8
   * bytes; the stream is not closed.
   *
   * @param json the document; never null
   * @param extensions the extension facts accepted on member families and their members; never
   *     null
   * @return the group
   * @throws JsonInputException naming every problem
   */
  public static Group readGroup(InputStream json, ExtensionFacts extensions) {
    Objects.requireNonNull(json, "json");
    return read(() -> STREAMS.readTree(json), extensions, GroupJson::readGroup);
  }

  /**
   * The JSON Schema (draft 2020-12) of a household document, as shipped in this jar at {@code
   * id/bansos/jackson2/schema/household.schema.json}.
   *
   * @return the schema text
   */
  public static String householdSchema() {
    return resource("schema/household.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of an assessment document, as shipped in this jar at {@code
   * id/bansos/jackson2/schema/assessment.schema.json}.
   *
   * @return the schema text
   */
  public static String assessmentSchema() {
    return resource("schema/assessment.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of an assessment summary ({@link Detail#SUMMARY}), as shipped
   * in this jar at {@code id/bansos/jackson2/schema/assessment-summary.schema.json}.
   *
   * @return the schema text
   */
  public static String summarySchema() {
    return resource("schema/assessment-summary.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of a group of families document, as shipped in this jar at {@code
   * id/bansos/jackson2/schema/group.schema.json}. Member families refer to the household
   * schema by its {@code $id}, {@code https://bansos.id/schema/household.schema.json}; register
   * {@link #householdSchema()} under that address with your validator.
   *
   * @return the schema text
   */
  public static String groupSchema() {
    return resource("schema/group.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of a group assessment document, as shipped in this jar at
   * {@code id/bansos/jackson2/schema/group-assessment.schema.json}. Determinations, criteria and the
   * benefit refer to the assessment schema by its {@code $id}, {@code
   * https://bansos.id/schema/assessment.schema.json}; register {@link #assessmentSchema()} under
   * that address with your validator.
   *
   * @return the schema text
   */
  public static String groupAssessmentSchema() {
    return resource("schema/group-assessment.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of a catalog document, as shipped in this jar at {@code
   * id/bansos/jackson2/schema/catalog.schema.json}.
   *
   * @return the schema text
   */
  public static String catalogSchema() {
    return resource("schema/catalog.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of a catalog file ({@link CatalogFiles}), in YAML or JSON, as
   * shipped in this jar at {@code id/bansos/jackson2/schema/catalog-file.schema.json}. The schema
   * checks the shape; {@link CatalogFiles} also checks every key and value against the base
   * catalog.
   *
   * @return the schema text
   */
  public static String catalogFileSchema() {
    return resource("schema/catalog-file.schema.json");
  }

  // Jackson 2 only: its mappers and writers throw checked exceptions, Jackson 3's do not.
  static String string(ObjectMapper mapper, Object value) {
    return string(mapper.writer(), value);
  }

  static String string(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
  // End of Jackson 2 only.

  // Read through our own class so the resource is found inside the module on the module path.
  private static String resource(String name) {
    try (InputStream in = BansosJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code json} without the byte-order mark an editor may put before a document (RFC 8259 lets a
   * reader ignore one; the readers of bytes do).
   */
  static String withoutBom(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  /** A character stream without the byte-order mark an editor may put before a document. */
  private static final class WithoutBom extends java.io.FilterReader {
    private boolean first = true;

    WithoutBom(Reader in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int c = super.read();
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = super.read();
        }
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws java.io.IOException {
      if (!first || length == 0) {
        return super.read(buffer, offset, length);
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      buffer[offset] = (char) c;
      return 1;
    }
  }

  private interface TreeSource {
    @Nullable JsonNode read() throws IOException;
  }

  private interface RootReader<T> {
    Optional<T> read(JsonNode tree, String path, ExtensionFacts extensions, List<Problem> problems);
  }

  private static <T> T read(TreeSource source, ExtensionFacts extensions, RootReader<T> reader) {
    Objects.requireNonNull(extensions, "extensions");
    JsonNode tree;
    try {
      tree = source.read();
    } catch (JsonProcessingException e) {
      throw translate(e);
    // Jackson 2 only: Jackson 3 reports a failing stream as one of its own exceptions.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    // End of Jackson 2 only.
    }
    if (tree == null || tree.isMissingNode()) {
      throw new JsonInputException(List.of(new Problem("", "JSON_EMPTY", "the document is empty")));
    }
    List<Problem> problems = new ArrayList<>();
    return HouseholdJson.orThrow(reader.read(tree, "", extensions, problems), problems);
  }

  /**
   * Turns a Jackson failure into our exception without its message, which may quote the input.
   */
  static JsonInputException translate(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonInputException j) {
        return j;
      }
    }
    String where = where(e.getLocation());
    String text = String.valueOf(e.getOriginalMessage());
    Problem problem;
    if (e instanceof StreamConstraintsException) {
      problem = limit(text, where);
    } else if (e instanceof JsonEOFException) {
      problem = new Problem("", "JSON_TRUNCATED", "the document ends too early" + where);
    } else if (e instanceof StreamReadException && text.startsWith("Duplicate field")) {
      problem = new Problem("", "JSON_DUPLICATE_FIELD", "a field appears twice" + where);
    } else if (text.startsWith("No content to map")) {
      problem = new Problem("", "JSON_EMPTY", "the document is empty");
    } else if (text.startsWith("Trailing token")) {
      problem = new Problem("", "JSON_TRAILING", "there is more after the document" + where);
    } else {
      problem = new Problem("", "JSON_SYNTAX", "malformed JSON" + where);
    }
    return new JsonInputException(List.of(problem));
  }

  private static Problem limit(String text, String where) {
    if (text.contains("nesting depth")) {
      return new Problem("", "JSON_TOO_DEEP",
          "objects and arrays nest deeper than " + MAX_NESTING_DEPTH + where);
    }
    if (text.contains("String value length")) {
      return new Problem("", "JSON_STRING_TOO_LONG",
          "a string is longer than " + MAX_STRING_LENGTH + " characters" + where);
    }
    if (text.contains("Number value length")) {
      return new Problem("", "JSON_NUMBER_TOO_LONG",
          "a number is longer than " + MAX_NUMBER_LENGTH + " characters" + where);
    }
    if (text.contains("Token count")) {
      return new Problem("", "JSON_TOO_MANY_TOKENS",
          "the document has more than " + MAX_TOKEN_COUNT + " tokens" + where);
    }
    if (text.contains("Document length")) {
      return new Problem("", "JSON_TOO_LONG",
          "the document is longer than " + MAX_DOCUMENT_LENGTH + " characters" + where);
    }
    return new Problem("", "JSON_LIMIT", "the document exceeds a size limit" + where);
  }

  private static String where(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
