package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh JVM loads on its way to the first assessment ({@link StartupMain}): neither the
 * method handles behind a record's generated {@code equals} and {@code hashCode}, nor the
 * platform's SHA-256 for the catalog's fingerprint, nor the regions of the region registry (their
 * names and indexes; the first assessment needs only the codes). Each took tens of milliseconds
 * of a cold start (docs/performance.md §3n, §3o); a record compared while a catalog is compiled, a
 * fingerprint worked out before it is read, or a region's name read while deciding would bring
 * them back.
 */
class StartupClassesTest {

  @TempDir
  Path dir;

  @Test
  void theFirstAssessmentBuildsNoRecordMethodsAndLoadsNoDigestNorRegions() throws Exception {
    String loaded = run(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:stdout",
        "-cp", System.getProperty("java.class.path"), StartupMain.class.getName()));

    assertThat(loaded).contains("in-process=").contains("id.bansos.rules.Engine ")
        .doesNotContain("java.lang.runtime.ObjectMethods")
        .doesNotContain("sun.security.provider.SHA2")
        .contains("id.bansos.core.region.RegionRegistry ")
        .doesNotContain("id.bansos.core.region.RegionRegistry$Csv")
        .doesNotContain("id.bansos.core.region.Population");
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    Path out = dir.resolve("startup.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("StartupMain did not end within a minute");
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return text;
  }
}
