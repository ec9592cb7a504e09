package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/compare.sh}, run with a stand-in for {@code java} that prints a fixed line for each
 * jar: the runs it makes, the figures it reads, the collector it asks for, and what it does when a
 * jar prints nothing.
 */
class CompareScriptTest {

  private static final Path SCRIPT = Paths.get("compare.sh").toAbsolutePath();

  @TempDir
  Path dir;
  private Path calls;

  @BeforeEach
  void standInForJava() throws IOException {
    assumeTrue(Files.isExecutable(Paths.get("/bin/bash")), "bash is needed");
    calls = dir.resolve("calls.log");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    // Prints what PerProgramMain prints for its case: 1,000 ns for fast.jar, 2,000 for slow.jar,
    // nothing for silent.jar; every call's arguments go to calls.log.
    Path java = bin.resolve("java");
    Files.writeString(java, String.join("\n",
        "#!/bin/bash",
        "echo \"$* cpus=$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/self/status)\""
            + " >> '" + calls + "'",
        "case \"$*\" in",
        "  *fast.jar*) ns=1000 ;;",
        "  *slow.jar*) ns=2000 ;;",
        "  *) exit 3 ;;",
        "esac",
        // StartupMain's line: 100.2 ms for fast.jar, 200.4 for slow.jar.
        "if [[ \"$*\" == *StartupMain* ]]; then",
        "  echo \"PKH_PLUS=ELIGIBLE in-process=$(( ns / 10 )).$(( ns / 1000 * 2 ))ms\"",
        "  exit 0",
        "fi",
        "printf '%-16s cpu %8d ns/op (min %d, max %d)  %10s ops/cpu-s  %8s B/op  [0]\\n' \\",
        "  \"${@: -1}\" $ns $ns $ns 500,000 1,234",
        ""), StandardCharsets.UTF_8);
    assertThat(java.toFile().setExecutable(true)).isTrue();
    for (String jar : List.of("fast.jar", "slow.jar", "silent.jar")) {
      Files.createFile(dir.resolve(jar));
    }
  }

  private Result compare(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("COMPARE_MODE");
    pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    pb.environment().putAll(env);
    pb.redirectOutput(dir.resolve("stdout.txt").toFile());
    pb.redirectError(dir.resolve("stderr.txt").toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("compare.sh did not end within a minute");
    }
    return new Result(p.exitValue(),
        Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8),
        Files.exists(calls) ? Files.readAllLines(calls) : List.of());
  }

  private record Result(int exit, String out, String err, List<String> calls) {}

  @Test
  void twoBuildsInTurnGiveEachBuildsRangeAndMedianBytes() throws Exception {
    Result r = compare(Map.of("COMPARE_MODE", "turns"), "fast.jar", "slow.jar", "3", "catalog");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("== catalog, 3 runs each, one jar after the other, G1")
        .contains("fast.jar: 1000-1000 ns, median 1000; 1234 B")
        .contains("slow.jar: 2000-2000 ns, median 2000; 1234 B");
    assertThat(r.calls()).hasSize(6).allSatisfy(c -> assertThat(c)
        .startsWith("-XX:+UseG1GC -cp ").contains("PerProgramMain 5 catalog cpus="));
  }

  @Test
  void sideBySideEachBuildGetsEachOfTwoCpusAsOftenWithG1() throws Exception {
    assumeTrue(tasksetWorks(), "taskset must be able to hold a process to a CPU here");

    Result r = compare(Map.of(), "fast.jar", "slow.jar", "3", "no program");

    assertThat(r.exit()).isZero();
    // Three runs become four, so that each build gets each CPU twice.
    assertThat(r.out()).containsPattern("== no program, 4 runs each, the two jars at once on "
            + "CPUs \\d+ and \\d+, G1")
        .contains("fast.jar: 1000-1000 ns, median 1000; 1234 B")
        .contains("slow.jar: 2000-2000 ns, median 2000; 1234 B");
    assertThat(r.calls()).hasSize(8)
        .allSatisfy(c -> assertThat(c).startsWith("-XX:+UseG1GC -cp "));
    // Each call ran held to one CPU; each build ran twice on each of two CPUs.
    Map<String, Map<String, Long>> cpusByJar = r.calls().stream().collect(
        Collectors.groupingBy(c -> c.contains("fast.jar") ? "fast" : "slow",
            Collectors.groupingBy(c -> c.substring(c.indexOf("cpus=") + 5),
                Collectors.counting())));
    assertThat(cpusByJar.get("fast")).hasSize(2).containsOnlyKeys(cpusByJar.get("slow").keySet())
        .allSatisfy((cpu, n) -> {
          assertThat(cpu).matches("\\d+");
          assertThat(n).isEqualTo(2L);
        });
    assertThat(cpusByJar.get("slow")).allSatisfy((cpu, n) -> assertThat(n).isEqualTo(2L));
  }

  @Test
  void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() throws Exception {
    // fast.jar prints 1,000 ns twice and 2,000 ns twice when told so by a file.
    Files.writeString(dir.resolve("bin/java"), Files.readString(dir.resolve("bin/java"))
        .replace("*fast.jar*) ns=1000 ;;",
            "*fast.jar*) n=$(wc -l < '" + calls + "'); ns=$(( n % 4 < 2 ? 1000 : 2000 )) ;;"));

    Result r = compare(Map.of("COMPARE_MODE", "turns"), "fast.jar", "slow.jar", "4");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("fast.jar: 1000-2000 ns, median 1500; 1234 B");
  }

  @Test
  void startupComparesStartupMainsInProcessMilliseconds() throws Exception {
    Result r = compare(Map.of("COMPARE_MODE", "turns"), "fast.jar", "slow.jar", "3", "startup");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("== startup, 3 runs each, one jar after the other, G1")
        .contains("fast.jar: in-process=100.2ms")
        .contains("fast.jar: 100-100 ms, median 100 in-process")
        .contains("slow.jar: 200-200 ms, median 200 in-process");
    assertThat(r.calls()).hasSize(6).allSatisfy(c -> assertThat(c)
        .startsWith("-XX:+UseG1GC -cp ").contains("id.bansos.bench.StartupMain cpus="));
  }

  @Test
  void aBuildThatPrintsNoFigureStopsTheComparisonAndSaysWhich() throws Exception {
    Result r = compare(Map.of("COMPARE_MODE", "turns"), "fast.jar", "silent.jar", "2");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("silent.jar exited with status 3")
        .contains("silent.jar printed no line for the case 'catalog'");
  }

  @Test
  void aMissingJarIsAUsageError() throws Exception {
    Result r = compare(Map.of(), "fast.jar", "none.jar");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such jar: none.jar");
    assertThat(r.calls()).isEmpty();
  }

  /** Whether taskset can hold a process to the first CPU this one may use. */
  private static boolean tasksetWorks() throws IOException, InterruptedException {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return false;
    }
    Process p = new ProcessBuilder("/bin/bash", "-c",
        "cpu=$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/self/status"
            + " | cut -d, -f1 | cut -d- -f1); taskset -c \"$cpu\" true")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
