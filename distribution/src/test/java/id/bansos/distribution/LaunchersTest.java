package id.bansos.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers handed out with the command-line jar: {@code cli/bansos} for Unix shells and
 * {@code cli/bansos.cmd} for Windows. Each finds the jar (beside itself first, then the one the
 * build made), runs it with the JVM options docs/performance.md measured or with {@code
 * JAVA_OPTS} instead, passes every argument on as it was given, and exits 3 with a hint when
 * there is no jar. The Unix one runs here; the Windows one runs only on Windows, and everywhere
 * it must say what the Unix one says.
 */
class LaunchersTest {

  static final Path UNIX = PublishedArtifactsTest.ROOT.resolve("cli/bansos");
  static final Path WINDOWS = PublishedArtifactsTest.ROOT.resolve("cli/bansos.cmd");
  // As the launcher names it: the logical path of its directory (pwd), not the real one.
  static final String BUILT_JAR = PublishedArtifactsTest.ROOT
      .resolve("cli/target/bansos-cli-" + PublishedArtifactsTest.VERSION + ".jar")
      .toAbsolutePath().normalize().toString();
  static final List<String> DEFAULT_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

  record Run(int exit, String out, String err) {}

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theUnixLauncherRunsTheJarTheBuildMade() throws Exception {
    Run run = run(List.of("sh", UNIX.toString(), "--version"), Map.of("JAVA", currentJava()));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("bansos " + PublishedArtifactsTest.VERSION);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theUnixLauncherPassesItsOptionsAndEveryArgumentAsGiven() throws Exception {
    assumeFalse(Files.exists(UNIX.resolveSibling("bansos-cli.jar")),
        "a bansos-cli.jar beside the launcher, which it runs instead of the build's");
    String echo = argumentPrinter().toString();

    Run defaults = run(List.of("sh", UNIX.toString(), "screen", "--in", "data kecamatan.csv"),
        Map.of("JAVA", echo));
    Run replaced = run(List.of("sh", UNIX.toString(), "programs"),
        Map.of("JAVA", echo, "JAVA_OPTS", "-Xmx64m -Duser.language=id"));

    List<String> expected = new ArrayList<>(DEFAULT_OPTIONS);
    expected.addAll(List.of("-jar", BUILT_JAR, "screen", "--in", "data kecamatan.csv"));
    assertThat(defaults.out().lines()).containsExactlyElementsOf(expected);
    assertThat(replaced.out().lines()).containsExactly("-Xmx64m", "-Duser.language=id", "-jar",
        BUILT_JAR, "programs");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aJarBesideTheUnixLauncherComesFirst(@TempDir Path dir) throws Exception {
    Path launcher = Files.copy(UNIX, dir.resolve("bansos"));
    Path jar = Files.writeString(dir.resolve("bansos-cli.jar"), "");

    Run run = run(List.of("sh", launcher.toString(), "--help"),
        Map.of("JAVA", argumentPrinter().toString()));

    assertThat(run.out().lines()).contains(jar.toAbsolutePath().normalize().toString());
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void ofSeveralBuiltJarsTheUnixLauncherRunsTheNewest(@TempDir Path dir) throws Exception {
    Path launcher = Files.copy(UNIX, dir.resolve("bansos"));
    Path target = Files.createDirectory(dir.resolve("target"));
    Path newer = Files.writeString(target.resolve("bansos-cli-0.1.0.jar"), "");
    Path older = Files.writeString(target.resolve("bansos-cli-0.2.0.jar"), "");
    Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-06-01T00:00:00Z")));

    Run run = run(List.of("sh", launcher.toString(), "--version"),
        Map.of("JAVA", argumentPrinter().toString()));

    assertThat(run.out().lines()).contains(newer.toAbsolutePath().normalize().toString())
        .doesNotContain(older.toAbsolutePath().normalize().toString());
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void withoutAJarTheUnixLauncherSaysHowToBuildOneAndExits3(@TempDir Path dir)
      throws Exception {
    Path launcher = Files.copy(UNIX, dir.resolve("bansos"));

    Run run = run(List.of("sh", launcher.toString(), "--version"), Map.of());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("no bansos-cli jar", "-pl cli -am package -DskipTests");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @EnabledOnOs(OS.WINDOWS)
  void theWindowsLauncherRunsTheJarTheBuildMade() throws Exception {
    Run run = run(List.of("cmd.exe", "/c", WINDOWS.toString(), "--version"),
        Map.of("JAVA", currentJava()));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("bansos " + PublishedArtifactsTest.VERSION);
  }

  @Test
  @EnabledOnOs(OS.WINDOWS)
  void withoutAJarTheWindowsLauncherSaysHowToBuildOneAndExits3(@TempDir Path dir)
      throws Exception {
    Path launcher = Files.copy(WINDOWS, Files.createDirectory(dir.resolve("Program Files (x86)"))
        .resolve("bansos.cmd"));

    Run run = run(List.of("cmd.exe", "/c", launcher.toString(), "--version"), Map.of());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("no bansos-cli jar", "-pl cli -am package -DskipTests");
  }

  @Test
  @EnabledOnOs(OS.WINDOWS)
  void aJarBesideTheWindowsLauncherComesFirst(@TempDir Path dir) throws Exception {
    Path home = Files.createDirectory(dir.resolve("Program Files (x86)"));
    Path launcher = Files.copy(WINDOWS, home.resolve("bansos.cmd"));
    Files.copy(Path.of(BUILT_JAR), home.resolve("bansos-cli.jar"));

    Run run = run(List.of("cmd.exe", "/c", launcher.toString(), "--version"),
        Map.of("JAVA", "\"" + currentJava() + "\""));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("bansos " + PublishedArtifactsTest.VERSION);
  }

  /** What can be checked of the Windows launcher anywhere: it says what the Unix one says. */
  @Test
  void theWindowsLauncherSaysWhatTheUnixOneSays() throws IOException {
    String unix = Files.readString(UNIX, StandardCharsets.UTF_8);
    String windows = Files.readString(WINDOWS, StandardCharsets.UTF_8);

    assertThat(windows.replace("\r\n", "")).as("CRLF line endings only").doesNotContain("\n");
    assertThat(Files.readString(PublishedArtifactsTest.ROOT.resolve(".gitattributes")))
        .contains("*.cmd text eol=crlf");
    assertThat(options(unix, "\\$\\{JAVA_OPTS:-([^}]*)}"))
        .isEqualTo(options(windows, "set \"JAVA_OPTS=([^\"]*)\""))
        .isEqualTo(String.join(" ", DEFAULT_OPTIONS));
    assertThat(unix).contains("\"$dir/bansos-cli.jar\"",
        "ls -t \"$dir\"/target/bansos-cli-*.jar", "${JAVA:-java}", "\"$@\"", "exit 3");
    assertThat(windows).contains("%~dp0bansos-cli.jar",
        "dir /b /o-d \"%~dp0target\\bansos-cli-*.jar\"", "set \"JAVA=java\"",
        "-jar \"%BANSOS_JAR%\" %*", "exit /b 3", "exit /b %ERRORLEVEL%");
    assertThat(windows).contains("setlocal").startsWith("@echo off");
  }

  private static String options(String script, String regex) {
    Matcher m = Pattern.compile(regex).matcher(script);
    assertThat(m.find()).as("the default JVM options in the launcher").isTrue();
    return m.group(1);
  }

  /**
   * A stand-in for java that prints each argument it is given on a line of its own, made under
   * this module's target directory (a temporary directory may be mounted without execution).
   */
  private static Path argumentPrinter() throws IOException {
    Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "java");
    Path script = dir.resolve("java");
    Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static String currentJava() {
    return ProcessHandle.current().info().command().orElseThrow();
  }

  private static Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JAVA");
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
      } finally {
        p.destroyForcibly();
      }
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
