package id.bansos.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which Jackson 2 the tests run on: the version built against in the default run, the oldest
 * claimed (what Spring Boot 3.5 manages) in the {@code jackson2-floor} run of the same tests.
 */
class JacksonVersionTest {

  private static final String EXPECTED = System.getProperty("bansos.jackson2.expectedVersion", "");

  @Test
  void theTestsRunOnTheJacksonTheBuildNames() {
    assertThat(EXPECTED).as("set by the surefire executions of the pom").isNotEmpty();
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(EXPECTED);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(EXPECTED);
  }

  @Test
  void annotationsAreThoseOfTheSameLine() throws Exception {
    // jackson-annotations has no version class; its jar's manifest names the version.
    String annotations = com.fasterxml.jackson.annotation.JsonProperty.class.getPackage()
        .getImplementationVersion();
    String line = EXPECTED.substring(0, EXPECTED.lastIndexOf('.'));

    assertThat(annotations).startsWith(line);
  }
}
