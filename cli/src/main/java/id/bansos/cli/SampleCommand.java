package id.bansos.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bansos sample}: synthetic households of Jawa Timur ({@link SampleData}) as CSV, JSON
 * Lines or XLSX (by the file's extension), some of them damaged on purpose to try the rejects.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
    resourceBundle = "id.bansos.cli.SampleCommand")
final class SampleCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
  Path out;

  @Option(names = "--households", paramLabel = "N", defaultValue = "1000",
      descriptionKey = "households")
  int households;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "seed")
  long seed;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2025-07-01",
      descriptionKey = "date")
  LocalDate date;

  @Option(names = "--bad", paramLabel = "K", defaultValue = "0", descriptionKey = "bad")
  int bad;

  @Option(names = "--header", paramLabel = "id|en", defaultValue = "en",
      descriptionKey = "header")
  String header;

  @Override
  public Integer call() throws IOException {
    if (households < 0 || bad < 0 || bad > households) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--households must be 0 or more and --bad from 0 to --households");
    }
    if (!header.equals("id") && !header.equals("en")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--header must be id or en");
    }
    SampleData.Format format = switch (OutputFormat.of(out).orElseThrow(() ->
        new CommandLine.ParameterException(spec.commandLine(),
            "--out must end in .csv, .jsonl or .xlsx"))) {
      case CSV -> SampleData.Format.CSV;
      case JSON_LINES -> SampleData.Format.JSON_LINES;
      case XLSX -> SampleData.Format.XLSX;
    };
    long rows;
    try (AtomicOutput files = new AtomicOutput()) {
      rows = SampleData.write(files.temporary(out), format, households, seed, date, bad,
          header.equals("id"));
      files.commit();
    }
    spec.commandLine().getErr().println("bansos sample: " + Summary.group(households)
        + " households (" + Summary.group(bad) + " damaged), " + Summary.group(rows)
        + (format == SampleData.Format.JSON_LINES ? " lines -> " : " rows -> ") + out);
    return Bansos.EXIT_OK;
  }
}
