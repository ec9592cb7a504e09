package id.bansos.cli;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.jackson.HouseholdLine;
import id.bansos.jackson.HouseholdReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The file formats households are read from, chosen by the file's extension: the household
 * table as CSV or XLSX ({@code docs/csv-format.md}), or JSON Lines ({@code docs/json-format.md}).
 */
enum InputFormat {
  /**
   * The household table as text separated by commas or semicolons, read with Jackson's CSV
   * parser.
   */
  CSV("csv"),
  /** One household document per line, read with the jackson module's reader. */
  JSON_LINES("jsonl"),
  /** The household table as the first sheet of an Excel workbook, read as a stream. */
  XLSX("xlsx");

  private final String extension;

  InputFormat(String extension) {
    this.extension = extension;
  }

  /** The format's name on the command line and its file extension. */
  String extension() {
    return extension;
  }

  /**
   * The format of a file, by its extension ({@code .csv}, {@code .jsonl} or {@code .ndjson},
   * {@code .xlsx}).
   *
   * @param file the file
   * @return the format, empty for another extension
   */
  static Optional<InputFormat> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (n.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }

  /**
   * What to do with {@code file} when its extension names a spreadsheet that is read only once
   * saved as an Excel Workbook ({@code .xls}, {@code .xlsb}, {@code .xlsm}, {@code .ods}): a
   * sentence to add to the message that refuses it; empty for any other file.
   */
  static String saveAsHint(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (String other : List.of(".xls", ".xlsb", ".xlsm", ".ods")) {
      if (n.endsWith(other)) {
        return "; save the " + other + " workbook as an Excel Workbook (.xlsx), or as CSV";
      }
    }
    return "";
  }

  /** Whether a record is one line (JSON Lines) rather than one row per person. */
  boolean recordPerLine() {
    return this == JSON_LINES;
  }

  /**
   * Reads every household of {@code file} into {@code sink}, in file order, a table's columns
   * as {@code layout} names them (JSON Lines reads the layout's extension facts).
   *
   * @param file the file
   * @param layout the columns of a table, and the extension facts accepted
   * @param sink where the records go
   * @param progress counts what was read, for the progress bar: bytes for text files, rows for
   *     a workbook
   * @throws IOException when the file cannot be read
   * @throws InputFormatException when the file is not in the format at all
   * @throws InterruptedException when the run is interrupted
   */
  void read(Path file, TableLayout layout, RecordSink sink, Progress progress)
      throws IOException, InterruptedException {
    switch (this) {
      case CSV -> {
        progress.total(Files.size(file));
        try (InputStream in = counting(Files.newInputStream(file), progress.done())) {
          CsvSource.read(in, layout, sink);
        }
      }
      case XLSX -> XlsxSource.read(file, layout, sink, progress);
      case JSON_LINES -> {
        progress.total(Files.size(file));
        try (InputStream in = counting(Files.newInputStream(file), progress.done())) {
          readJsonLines(in, layout.facts(), sink);
        }
      }
      default -> throw new AssertionError(this);
    }
  }

  private static void readJsonLines(InputStream in, ExtensionFacts facts, RecordSink sink)
      throws IOException, InterruptedException {
    try (HouseholdReader reader = HouseholdReader.of(in, facts)) {
      Iterator<HouseholdLine> lines = reader.iterator();
      while (true) {
        HouseholdLine line;
        try {
          if (!lines.hasNext()) {
            return;
          }
          line = lines.next();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        // The reader counts in long; a file of more than 2^31 lines is far beyond this tool.
        int number = Math.toIntExact(line.lineNumber());
        if (line.household().isPresent()) {
          Household h = line.household().get();
          sink.accept(new HouseholdRecord.Valid(h,
              Collections.nCopies(h.members().size(), number)));
        } else {
          List<RecordProblem> problems = line.problems().stream()
              .map((Problem p) -> new RecordProblem(number, p)).toList();
          sink.accept(new HouseholdRecord.Invalid(number, number, 1, problems));
        }
      }
    }
  }

  /** {@code in}, adding every byte read to {@code count} (the progress of a file being read). */
  static InputStream counting(InputStream in, AtomicLong count) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count.addAndGet(n);
        }
        return n;
      }
    };
  }
}
