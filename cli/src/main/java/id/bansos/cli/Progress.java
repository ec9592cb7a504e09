package id.bansos.cli;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a run has got: what the reader has consumed of a known total (bytes of a text file,
 * of a workbook's sheet), for the percentage and the estimated time left. Thread-safe.
 */
final class Progress {
  private final AtomicLong done = new AtomicLong();
  private volatile long total = -1;

  /** The amount consumed so far, which the reader increments. */
  AtomicLong done() {
    return done;
  }

  /** Sets the total; a negative one means "not known". */
  void total(long total) {
    this.total = total;
  }

  /** The fraction done, from 0 to 1, or a negative number when the total is not known. */
  double fraction() {
    long t = total;
    return t <= 0 ? -1 : Math.min(1.0, (double) done.get() / t);
  }
}
