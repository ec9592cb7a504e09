package id.bansos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.examples.docs.Explaining;
import id.bansos.rules.Assessment;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.MissingFact;
import id.bansos.rules.Render;
import id.bansos.rules.program.JawaTimur;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three renderings of the quick start's households in both languages, against golden files
 * under {@code explain/}; the README's excerpt of the Indonesian decision sheet follows the
 * first household's golden file. When the wording changes on purpose, rewrite them from the
 * repository root with {@code ./mvnw -B -pl examples -am test -Dtest=ExplanationGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true}, then review the diff.
 */
class ExplanationGoldenTest {

  private static final Engine ENGINE = Engine.of(JawaTimur.catalog());
  private static final Path GOLDEN = Path.of("src", "test", "resources", "id", "bansos",
      "examples", "explain");
  private static final Path README = Path.of("..", "README.md");
  private static final String REGENERATE = "explanation golden is stale; if the change is"
      + " intended, regenerate with ./mvnw -B -pl examples -am test -Dtest=ExplanationGoldenTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dbansos.regenerate=true";

  enum Form { TEXT("txt"), MARKDOWN("md"), HTML("html");

    final String extension;

    Form(String extension) {
      this.extension = extension;
    }
  }

  static Stream<Arguments> renderings() {
    List<Arguments> out = new ArrayList<>();
    for (int i = 1; i <= QuickStart.households().size(); i++) {
      for (Language language : Language.values()) {
        for (Form form : Form.values()) {
          out.add(Arguments.of(i, language, form));
        }
      }
    }
    return out.stream();
  }

  static String render(int household, Language language, Form form) {
    Household h = QuickStart.households().get(household - 1);
    Assessment a = ENGINE.assess(h, QuickStart.AS_OF);
    return switch (form) {
      case TEXT -> Render.text(a, h, language);
      case MARKDOWN -> Render.markdown(a, h, language);
      case HTML -> Render.html(a, h, language);
    };
  }

  static String file(int household, Language language, Form form) {
    return "quickstart-" + household + "-" + language.name().toLowerCase(Locale.ROOT) + "."
        + form.extension;
  }

  private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern VERSION =
      Pattern.compile("(bansos library|pustaka bansos) [0-9][0-9A-Za-z.+-]*[0-9A-Za-z]");

  /**
   * The rendering apart from the catalog fingerprint and the library version, which change with
   * every release (tests of their own check the stamp): the goldens and the README keep real
   * values but do not go stale on a version change.
   */
  static String neutral(String rendering) {
    String out = FINGERPRINT.matcher(rendering).replaceAll("sha256:<fingerprint>");
    return VERSION.matcher(out).replaceAll("$1 <version>");
  }

  static String golden(String file) throws IOException {
    try (InputStream in = ExplanationGoldenTest.class.getResourceAsStream("explain/" + file)) {
      assertThat(in).as("golden file %s; %s", file, REGENERATE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "household {0}, {1}, {2}")
  @MethodSource("renderings")
  void eachRenderingMatchesItsGoldenFile(int household, Language language, Form form)
      throws IOException {
    String rendered = render(household, language, form);
    String file = file(household, language, form);
    if (Boolean.getBoolean("bansos.regenerate")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(GOLDEN.resolve(file), rendered, StandardCharsets.UTF_8);
    }

    assertThat(neutral(rendered)).as(REGENERATE).isEqualTo(neutral(golden(file)));
  }

  @ParameterizedTest(name = "household {0}, {1}, {2}")
  @MethodSource("renderings")
  void everyRenderingStartsWithTheShortAnswer(int household, Language language, Form form) {
    String rendered = render(household, language, form);
    String heading = language == Language.ID ? "Jawaban singkat" : "Short answer";
    String firstProgram = language == Language.ID ? "MEMENUHI SYARAT" : "ELIGIBLE";

    assertThat(rendered.indexOf(heading)).isPositive()
        .isLessThan(rendered.indexOf(firstProgram));
  }

  /** The README shows the Indonesian Markdown sheet of the first household up to its totals. */
  @Test
  void theReadmeShowsTheIndonesianSheetOfTheFirstHousehold() throws IOException {
    String file = file(1, Language.ID, Form.MARKDOWN);
    String golden = render(1, Language.ID, Form.MARKDOWN);
    String excerpt = golden.substring(0, golden.indexOf("## Total per tahun"));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(<!-- sheet: " + Pattern.quote(file) + " -->\\n```markdown\\n)"
        + "(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README block <!-- sheet: %s -->", file).isTrue();
    if (Boolean.getBoolean("bansos.regenerate")) {
      readme = readme.substring(0, m.start(2)) + excerpt + readme.substring(m.end(2));
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }

    assertThat(neutral(m.group(2))).as(REGENERATE).isEqualTo(neutral(excerpt));
  }

  @Test
  void theReadmesExampleGivesTheThreeIndonesianRenderings() throws IOException {
    Household h = QuickStart.households().get(0);

    List<String> renderings = Explaining.renderings(ENGINE.assess(h, QuickStart.AS_OF), h);

    assertThat(renderings).extracting(ExplanationGoldenTest::neutral).containsExactly(
        neutral(golden(file(1, Language.ID, Form.TEXT))),
        neutral(golden(file(1, Language.ID, Form.MARKDOWN))),
        neutral(golden(file(1, Language.ID, Form.HTML))));
  }

  @Test
  void theChecklistOfTheSheetNamesEveryMissingFactOnce() throws IOException {
    Household h = QuickStart.households().get(0);
    Assessment a = ENGINE.assess(h, QuickStart.AS_OF);
    Set<MissingFact> missing = new LinkedHashSet<>();
    for (Determination d : a.determinations()) {
      missing.addAll(d.missingFacts());
    }

    String sheet = Render.html(a, h, Language.ID);
    String checklist = sheet.substring(sheet.indexOf("<ul class=\"check\">"));

    assertThat(missing).isNotEmpty();
    assertThat(checklist.split("<li>", -1)).hasSize(missing.size() + 1);
    assertThat(checklist).contains("istri kepala keluarga, 42 th: ditinggal suami tanpa nafkah");
  }
}
