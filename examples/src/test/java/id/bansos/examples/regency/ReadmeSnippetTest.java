package id.bansos.examples.regency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code snippets true: a block between {@code <!-- snippet: PATH -->} and
 * {@code <!-- /snippet -->} must be exactly the regions of the file at PATH (from the repository
 * root) between {@code // snippet:start} and {@code // snippet:end}, each with its common
 * indentation removed, joined by one blank line.
 */
class ReadmeSnippetTest {

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

  @Test
  void everyReadmeSnippetIsTheMarkedPartOfItsSourceFile() throws IOException {
    Path root = root();
    String readme = read(root.resolve("README.md"));
    Matcher m = BLOCK.matcher(readme);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      Path source = root.resolve(m.group(1));
      assertThat(source).as("the file the README snippet names").isRegularFile();

      String expected = regions(read(source));

      assertThat(m.group(2)).as("README snippet of " + m.group(1)).isEqualTo(expected);
    }
    assertThat(blocks).as("README snippets").isPositive()
        .as("every snippet marker opens a well-formed block")
        .isEqualTo(readme.split("<!-- snippet: ", -1).length - 1);
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
