package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format is written once, in bansos-jackson, and carried to Jackson 2 by renaming. This test
 * applies {@link #RENAMES} to each source of {@code id.bansos.jackson} and requires the source of
 * the same name here to be the result, apart from what the compiler checks or Jackson 2 needs:
 * imports, the layout of whitespace, Jackson 2's checked {@code throws IOException}, JSpecify's
 * {@code @Nullable}, and blocks between {@code // Jackson 2 only} and {@code // End of Jackson 2
 * only.} comments. So a change to field names, order, codes, paths, messages or limits in one
 * module and not the other fails the build here.
 */
class ParallelSourcesTest {

  private static final Path JACKSON3 =
      Path.of("..", "jackson-module", "src", "main", "java", "id", "bansos", "jackson");
  private static final Path JACKSON2 = Path.of("src", "main", "java", "id", "bansos", "jackson2");

  /** Jackson 3 text and its Jackson 2 counterpart, applied in this order. */
  static final List<String[]> RENAMES = List.of(
      // packages and names of the artifacts
      rename("tools\\.jackson\\.", "com.fasterxml.jackson."),
      rename("\\bid\\.bansos\\.jackson\\b", "id.bansos.jackson2"),
      rename("\\bid/bansos/jackson/", "id/bansos/jackson2/"),
      rename("\"bansos-jackson\"", "\"bansos-jackson2\""),
      rename("\\bJackson 3\\b", "Jackson 2"),
      // the same roles under Jackson 2's names; the Unchecked* types are this module's bridges
      rename("\\bValueSerializer\\b", "UncheckedSerializer"),
      rename("\\bValueDeserializer\\b", "JsonDeserializer"),
      rename("\\bJsonGenerator\\b", "UncheckedGenerator"),
      rename("\\bSerializationContext\\b", "SerializerProvider"),
      rename("\\bJacksonModule\\b", "Module"),
      rename("\\bsetMixIn\\(", "setMixInAnnotations("),
      rename("\\bisString\\b", "isTextual"),
      rename("\\bstringValue\\b", "textValue"),
      rename("\\b(\\w+)\\.propertyNames\\(\\)", "(Iterable<String>) $1::fieldNames"),
      rename("\\bp\\.getString\\(\\)", "p.getText()"),
      rename("\\bTokenStreamLocation\\b", "JsonLocation"),
      rename("\\bJsonToken\\.PROPERTY_NAME\\b", "JsonToken.FIELD_NAME"),
      rename("\\bstringNode\\(", "textNode("),
      // what Jackson 2 throws and says where Jackson 3 differs
      rename("\\bJacksonException\\b", "JsonProcessingException"),
      rename("\\bUnexpectedEndOfInputException\\b", "JsonEOFException"),
      rename("\"Duplicate Object property\"", "\"Duplicate field\""),
      // Jackson 2's writers throw a checked exception: BansosJson.string and bytes uncheck it
      rename("\\b(MAPPER|json|writer\\(language(?:, detail)?\\)|YAML)\\.writeValueAsString\\(",
          "string($1, "),
      rename("\\bjson\\.writeValueAsBytes\\(", "bytes(json, "));

  /** Here only: the bridges to Jackson 2's checked generator. */
  private static final Set<String> JACKSON2_ONLY =
      Set.of("UncheckedGenerator.java", "UncheckedSerializer.java");

  /** Written for each module: the package's documentation and JSpecify annotation. */
  private static final Set<String> OWN_TEXT = Set.of("package-info.java");

  private static final Pattern JACKSON2_BLOCK =
      Pattern.compile("(?m)^[ \\t]*// Jackson 2 only.*?// End of Jackson 2 only\\.[^\\n]*\\n",
          Pattern.DOTALL);

  private static String[] rename(String regex, String replacement) {
    return new String[] {regex, replacement};
  }

  static Stream<String> parallelSources() throws IOException {
    try (Stream<Path> files = Files.list(JACKSON3)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !OWN_TEXT.contains(n))
          .sorted().toList().stream();
    }
  }

  @Test
  void bothModulesHaveTheSameSourcesButTheBridges() throws IOException {
    Set<String> jackson3 = names(JACKSON3);
    Set<String> jackson2 = names(JACKSON2);
    jackson2.removeAll(JACKSON2_ONLY);

    assertThat(jackson3).as("found the sources of bansos-jackson").hasSizeGreaterThan(10);
    assertThat(jackson2).isEqualTo(jackson3);
  }

  @ParameterizedTest
  @MethodSource("parallelSources")
  void eachSourceIsItsJackson3TwinRenamed(String file) throws IOException {
    String expected = jackson3Renamed(read(JACKSON3.resolve(file)));
    String actual = jackson2Normalised(read(JACKSON2.resolve(file)));

    if (!actual.equals(expected)) {
      int at = firstDifference(expected, actual);
      assertThat(around(actual, at))
          .as("%s differs from its bansos-jackson twin renamed, at character %d; the renames"
              + " are in ParallelSourcesTest", file, at)
          .isEqualTo(around(expected, at));
    }
  }

  @Test
  void theNormalisationKeepsWhatMatters() {
    String jackson2 = "import a.B;\n  void f() throws IOException {\n"
        + "    // Jackson 2 only: x\n    g();\n    // End of Jackson 2 only.\n"
        + "    @Nullable String s = h(\"a   b\");\n  }\n";

    assertThat(jackson2Normalised(jackson2)).isEqualTo("void f() { String s = h(\"a b\"); }");
    assertThat(jackson3Renamed("import tools.jackson.X;\nJsonGenerator g; v.isString();"))
        .isEqualTo("UncheckedGenerator g; v.isTextual();");
    assertThat(jackson3Renamed("@Nullable String s(Group.@Nullable Member m);"))
        .isEqualTo(jackson2Normalised("String s(Group.Member m);"));
  }

  static String jackson3Renamed(String source) {
    String text = withoutImports(source);
    for (String[] r : RENAMES) {
      text = text.replaceAll(r[0], Matcher.quoteReplacement(r[1]).replace("\\$", "$"));
    }
    return collapse(text).replace("@Nullable ", "");
  }

  static String jackson2Normalised(String source) {
    String text = JACKSON2_BLOCK.matcher(withoutImports(source)).replaceAll("");
    text = collapse(text).replace(" throws IOException", "").replace("@Nullable ", "");
    return text;
  }

  private static String withoutImports(String source) {
    List<String> kept = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      if (!line.startsWith("import ") && !line.startsWith("package ")) {
        kept.add(line);
      }
    }
    return String.join("\n", kept);
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
