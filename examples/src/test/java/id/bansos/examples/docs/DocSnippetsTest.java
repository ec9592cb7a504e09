package id.bansos.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.examples.regency.RegencyExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the Java code of the README and of {@code docs/*.md} true, as the golden files keep the
 * JSON examples true. Every {@code ```java} block of those documents sits between {@code <!--
 * snippet: PATH -->} and {@code <!-- /snippet -->} and must be exactly the regions of the file at
 * PATH (from the repository root: a class of {@code examples}, or a test) between {@code //
 * snippet:start} and {@code // snippet:end}, each with its common indentation removed, joined by
 * one blank line. The build compiles those files and runs them in their tests, so the documents'
 * code compiles and runs. After a change to a snippet's source, rewrite the documents' copies with
 * {@code ./mvnw -B -pl examples -am test -Dtest=DocSnippetsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true} and review the diff.
 */
class DocSnippetsTest {

  private static final Pattern BLOCK = Pattern.compile(
      "<!-- snippet: (\\S+) -->\\n```java\\n(.*?)```\\n<!-- /snippet -->", Pattern.DOTALL);
  private static final String START = "// snippet:start";
  private static final String END = "// snippet:end";

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("mvnw")) || !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
      if (dir == null) {
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
      }
    }
    return dir;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** README.md and every Markdown file of docs/. */
  static Stream<String> documents() throws IOException {
    Path root = root();
    List<String> out = new ArrayList<>();
    out.add("README.md");
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md"))
          .map(p -> "docs/" + p.getFileName()).sorted().forEach(out::add);
    }
    return out.stream();
  }

  /** The regions of {@code source} between the markers, dedented, joined by a blank line. */
  static String regions(String source) {
    List<String> regions = new ArrayList<>();
    List<String> current = null;
    for (String line : source.split("\n", -1)) {
      String t = line.strip();
      if (t.equals(START)) {
        if (current != null) {
          throw new IllegalArgumentException("a snippet region starts inside another");
        }
        current = new ArrayList<>();
      } else if (t.equals(END)) {
        if (current == null) {
          throw new IllegalArgumentException("a snippet region ends before it starts");
        }
        regions.add(dedent(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    if (current != null) {
      throw new IllegalArgumentException("a snippet region is not closed");
    }
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("no snippet region");
    }
    return String.join("\n", regions);
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyJavaBlockIsTheMarkedPartOfItsSourceFile(String document) throws IOException {
    Path root = root();
    String text = read(root.resolve(document));
    Matcher m = BLOCK.matcher(text);
    StringBuilder rewritten = new StringBuilder();
    int blocks = 0;
    int copied = 0;
    List<String> drifted = new ArrayList<>();
    while (m.find()) {
      blocks++;
      Path source = root.resolve(m.group(1));
      assertThat(source).as("the file a snippet of %s names", document).isRegularFile();
      String expected = regions(read(source));
      if (!m.group(2).equals(expected)) {
        drifted.add(m.group(1));
      }
      rewritten.append(text, copied, m.start(2)).append(expected);
      copied = m.end(2);
    }
    rewritten.append(text.substring(copied));
    if (Boolean.getBoolean("bansos.regenerate") && !drifted.isEmpty()) {
      Files.writeString(root.resolve(document), rewritten.toString(), StandardCharsets.UTF_8);
      text = rewritten.toString();
      drifted.clear();
    }

    assertThat(drifted).as("snippets of %s that differ from their source files; if the change is"
        + " intended, rewrite them with -Dbansos.regenerate=true (see DocSnippetsTest)", document)
        .isEmpty();
    assertThat(blocks).as("every ```java block of %s is a snippet of a source file", document)
        .isEqualTo(text.split("\n```java\n", -1).length - 1)
        .as("every snippet marker of %s opens a well-formed block", document)
        .isEqualTo(text.split("\n<!-- snippet: ", -1).length - 1);
  }

  @Test
  void theReadmeRunsTheRegencyExampleByItsClassName() throws IOException {
    String readme = read(root().resolve("README.md"));

    assertThat(readme).contains("./mvnw -q -pl examples -am compile exec:java"
        + " -Dexec.mainClass=" + RegencyExample.class.getName());
  }

  @Test
  void regionsAreDedentedAndJoinedByABlankLine() {
    String source = "import a.B;\n// snippet:start\nimport c.D;\n// snippet:end\n"
        + "class X {\n  // snippet:start\n  int x;\n\n    int y;\n  // snippet:end\n}\n";

    assertThat(regions(source)).isEqualTo("import c.D;\n\nint x;\n\n  int y;\n");
  }
}
