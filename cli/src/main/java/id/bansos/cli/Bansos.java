package id.bansos.cli;

import id.bansos.core.Problem;
import id.bansos.jackson.CatalogFileException;
import id.bansos.rules.Language;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bansos} command line: {@code screen}, {@code explain}, {@code programs}, {@code
 * sample}, {@code serve}, and {@code generate-completion} for a bash/zsh completion script. Help
 * is in Indonesian or English: {@code --lang id|en} anywhere on the line, else the environment
 * variable {@code BANSOS_LANG}, else Indonesian. Nothing depends on the default locale.
 */
@Command(name = "bansos", mixinStandardHelpOptions = true,
    versionProvider = Bansos.Version.class,
    resourceBundle = "id.bansos.cli.Messages",
    subcommands = {ScreenCommand.class, ExplainCommand.class, ProgramsCommand.class,
        SampleCommand.class, ServeCommand.class, AutoComplete.GenerateCompletion.class})
public final class Bansos implements Runnable {

  /** A date as the command line and the HTTP service take it: YYYY-MM-DD, ASCII digits. */
  static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Every household was assessed (or the command did what it was asked). */
  public static final int EXIT_OK = 0;
  /** The run finished, but some records were rejected (see the rejects). */
  public static final int EXIT_REJECTS = 1;
  /** The command line was wrong; nothing was read or written. */
  public static final int EXIT_USAGE = 2;
  /** A file could not be read or written, or the input is not in the layout at all. */
  public static final int EXIT_IO = 3;
  /** {@code explain --verify}: the recorded decision was not reproduced. */
  public static final int EXIT_NOT_REPRODUCED = 4;
  /** The run was interrupted; no output was left under its final name. */
  public static final int EXIT_INTERRUPTED = 130;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  Bansos() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        spec.resourceBundle().getString("bansos.missingCommand"));
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments; see {@code bansos --help}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param env the environment ({@code BANSOS_LANG})
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Language language = helpLanguage(args, env);
    CommandLine cl = commandLine(language);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cl.execute(args);
  }

  /** A date written YYYY-MM-DD, as every date option of the command line is. */
  static LocalDate date(String text) {
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "not a date of the calendar / bukan tanggal yang ada");
      }
    }
    throw new CommandLine.TypeConversionException(
        "a date is written YYYY-MM-DD / tanggal ditulis YYYY-MM-DD");
  }

  /** The command line with its help in {@code language}. */
  static CommandLine commandLine(Language language) {
    CommandLine cl = new CommandLine(new Bansos());
    cl.setResourceBundle(bundle("id.bansos.cli.Messages", language));
    for (CommandLine sub : cl.getSubcommands().values()) {
      Command command = sub.getCommandSpec().userObject().getClass().getAnnotation(Command.class);
      if (command != null && !command.resourceBundle().isEmpty()) {
        sub.setResourceBundle(bundle(command.resourceBundle(), language));
      }
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // A date option is written YYYY-MM-DD; picocli's own message would name a JDK exception.
    cl.registerConverter(LocalDate.class, Bansos::date);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof CatalogFileException bad) {
        // Every problem, with its path and code; a catalog file holds no personal data.
        line.getErr().println("bansos " + line.getCommandName() + ": the catalog file "
            + bad.file() + " is not valid (" + bad.problems().size()
            + (bad.problems().size() == 1 ? " problem" : " problems") + "):");
        for (Problem p : bad.problems()) {
          line.getErr().println("  " + (p.path().isEmpty() ? "(document)" : p.path()) + ": "
              + p.code() + ": " + p.message());
        }
        return EXIT_USAGE;
      }
      if (e instanceof UncheckedIOException io) {
        line.getErr().println("bansos " + line.getCommandName() + ": " + io.getCause());
        return EXIT_IO;
      }
      // Our own input errors and file-system errors say where, never what was read; another
      // library's message may quote the data it failed on, so of that only its kind.
      boolean safe = e instanceof InputFormatException || e instanceof java.io.IOException
          || e instanceof InterruptedException;
      line.getErr().println("bansos: " + (e instanceof java.nio.file.FileSystemException f
          ? fileProblem(f) : safe ? Optional.ofNullable(e.getMessage())
          .orElse(e.getClass().getSimpleName()) : e.getClass().getName()));
      return e instanceof InterruptedException ? EXIT_INTERRUPTED : EXIT_IO;
    });
    return cl;
  }

  /**
   * What went wrong with a file, in words: the file system's exceptions give only the path as
   * their message ("bansos: nope.csv" said nothing of what was wrong with it).
   */
  static String fileProblem(java.nio.file.FileSystemException e) {
    String what = e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "not allowed to read or write"
        : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
        : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
        : Optional.ofNullable(e.getReason()).orElse("cannot be read or written");
    return what + ": " + e.getFile()
        + (e.getOtherFile() == null ? "" : " (and " + e.getOtherFile() + ")");
  }

  /** A bundle in exactly {@code language}: never a fallback to the default locale. */
  static ResourceBundle bundle(String base, Language language) {
    Locale locale = language == Language.ID ? Locale.forLanguageTag("id") : Locale.ROOT;
    return ResourceBundle.getBundle(base, locale, Bansos.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code --lang} on the command line, else {@code BANSOS_LANG}, else Indonesian. */
  static Language helpLanguage(String[] args, Map<String, String> env) {
    String value = env.getOrDefault("BANSOS_LANG", "id");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
    }
    return value.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.ID;
  }

  /** The version of the jar, from its manifest, or from the build's properties. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bansos " + version(),
          "Bansos Jatim: program-program Dinas Sosial Provinsi Jawa Timur",
          "Java " + System.getProperty("java.version")};
    }

    static String version() {
      String v = Bansos.class.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      try (var in = Bansos.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          java.util.Properties p = new java.util.Properties();
          p.load(in);
          return p.getProperty("version", "unknown");
        }
      } catch (java.io.IOException e) {
        // fall through
      }
      return "unknown";
    }
  }
}
