package id.bansos.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.AidProgram;
import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.household.Relationship;
import id.bansos.core.identity.KkNumber;
import id.bansos.core.identity.Nik;
import id.bansos.core.identity.Sex;
import id.bansos.core.region.RegionCode;
import id.bansos.rules.Engine;
import id.bansos.rules.program.JawaTimur;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jars as named modules: with {@code bansos-core} and {@code bansos-rules} on the module path,
 * where the engine reads the recorded facts through a package core exports to rules alone, an
 * assessment decides as it does on the class path.
 */
class ModulePathTest {

  static final Path CORE = jar("core", "bansos-core");
  static final Path RULES = jar("rules", "bansos-rules");

  private static Path jar(String directory, String artifactId) {
    return PublishedArtifactsTest.ROOT.resolve(directory).resolve("target")
        .resolve(artifactId + "-" + PublishedArtifactsTest.VERSION + ".jar");
  }

  @Test
  void anAssessmentOnTheModulePathDecidesAsOnTheClassPath() throws Exception {
    assertThat(CORE).as("the jars the build made; run ./mvnw -B verify").isRegularFile();
    assertThat(RULES).as("the jars the build made; run ./mvnw -B verify").isRegularFile();
    // Where this class was loaded from: the child JVM loads Decide from there.
    Path classes =
        Path.of(Decide.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("module-path", ".out");
    Path err = Files.createTempFile("module-path", ".err");
    try {
      Process p = new ProcessBuilder(java.toString(),
          "--module-path", CORE + File.pathSeparator + RULES,
          "--add-modules", "id.bansos.rules",
          "-cp", classes.toString(),
          Decide.class.getName())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
      } finally {
        p.destroyForcibly();
      }

      assertThat(p.exitValue()).as(Files.readString(err)).isZero();
      assertThat(Files.readString(out))
          .isEqualTo("module id.bansos.rules\n" + Decide.statuses());
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Run in the child JVM, from the class path; prints the engine's module and the statuses. */
  static final class Decide {
    private Decide() {}

    public static void main(String[] args) {
      System.out.print("module " + Engine.class.getModule().getName() + "\n" + statuses());
    }

    /** Every status of an elderly PKH family with a disabled child, one program per line. */
    static String statuses() {
      Household family = Household.builder()
          .kkNumber(KkNumber.parse("3526010101080001"))
          .addMembers(person("3526011003800001", LocalDate.of(1980, 3, 10), Sex.MALE,
              Relationship.HEAD))
          .addMembers(person("3526014107500002", LocalDate.of(1950, 7, 1), Sex.FEMALE,
              Relationship.PARENT))
          .addMembers(Person.builder().from(person("3526010505120003", LocalDate.of(2012, 5, 5),
              Sex.FEMALE, Relationship.CHILD)).hasDisability(true).build())
          .domicile(RegionCode.parse("35.26.01.2001"))
          .putAid(AidProgram.PKH, true)
          .build();
      StringBuilder s = new StringBuilder();
      Engine.of(JawaTimur.catalog()).assess(family, LocalDate.of(2025, 7, 1)).determinations()
          .forEach(d -> s.append(d.program().code()).append(' ').append(d.status())
              .append(' ').append(d.missingFacts().size()).append('\n'));
      return s.toString();
    }

    private static Person person(String nik, LocalDate birth, Sex sex, Relationship rel) {
      return Person.builder().nik(Nik.parse(nik)).birthDate(birth).sex(sex).relationship(rel)
          .build();
    }
  }
}
