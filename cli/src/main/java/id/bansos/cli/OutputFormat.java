package id.bansos.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats of the screening's results, chosen by the output file's extension. */
enum OutputFormat {
  /** A flat CSV of determinations, and the rejects in a CSV beside it. */
  CSV("csv"),
  /** One whole assessment per line (the JSON wire format), and the rejects in a CSV beside it. */
  JSON_LINES("jsonl"),
  /** A workbook with sheets of determinations, rejects and the per-regency summary. */
  XLSX("xlsx");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }

  static Optional<OutputFormat> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (n.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return n.endsWith(".ndjson") ? Optional.of(JSON_LINES) : Optional.empty();
  }
}
