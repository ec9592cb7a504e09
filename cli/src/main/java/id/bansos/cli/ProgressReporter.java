package id.bansos.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a run's progress on standard error: on a terminal a bar redrawn in place (households,
 * households per second, percentage, time left), elsewhere a plain line every few seconds. Uses
 * the monotonic clock only to pace itself; nothing it measures reaches an output file.
 */
class ProgressReporter {

  /** How progress is shown. */
  enum Mode {
    /** A bar on a terminal, plain lines otherwise. */
    AUTO,
    /** A bar redrawn in place. */
    BAR,
    /** A plain line every few seconds. */
    LINES,
    /** Nothing. */
    NONE
  }

  private static final long BAR_EVERY_NANOS = 200_000_000L;
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final Progress progress;
  private final boolean bar;
  private final long start = System.nanoTime();
  private long last = start;
  private boolean drawn;

  private ProgressReporter(PrintWriter err, Progress progress, boolean bar) {
    this.err = err;
    this.progress = progress;
    this.bar = bar;
  }

  static ProgressReporter of(Mode mode, PrintWriter err, Progress progress) {
    Mode m = mode;
    if (m == Mode.AUTO) {
      String term = System.getenv("TERM");
      m = System.console() != null && term != null && !term.equals("dumb") ? Mode.BAR
          : Mode.LINES;
    }
    if (m == Mode.NONE) {
      return new ProgressReporter(err, progress, false) {
        @Override
        void update(long households) {}

        @Override
        void finish(long households) {}
      };
    }
    return new ProgressReporter(err, progress, m == Mode.BAR);
  }

  /** After each batch, on the screening's own thread. */
  void update(long households) {
    long now = System.nanoTime();
    if (now - last < (bar ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
      return;
    }
    last = now;
    draw(households, now, false);
  }

  /** At the end of a successful run. */
  void finish(long households) {
    draw(households, System.nanoTime(), true);
  }

  /** Ends a bar's line after a failure. */
  void end() {
    if (drawn && bar) {
      err.println();
      err.flush();
    }
  }

  private void draw(long households, long now, boolean done) {
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    double rate = households / seconds;
    double fraction = done ? 1.0 : progress.fraction();
    String pct = fraction < 0 ? "   ?%" : String.format(Locale.ROOT, "%4.0f%%", fraction * 100);
    String eta = fraction <= 0 || done ? "" : " ETA " + duration(seconds * (1 - fraction)
        / fraction);
    String counts = String.format(Locale.ROOT, "%s KK, %s KK/s", Summary.group(households),
        Summary.group(Math.round(rate)));
    if (bar) {
      int width = 30;
      int filled = fraction < 0 ? 0 : (int) Math.round(fraction * width);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + pct + " "
          + counts + eta + "   ");
      if (done) {
        err.println();
      }
    } else {
      err.println("bansos screen: " + pct.strip() + " " + counts + eta
          + (done ? " (done / selesai in " + duration(seconds) + ")" : ""));
    }
    err.flush();
    drawn = true;
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
