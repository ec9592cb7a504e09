package id.bansos.cli;

import id.bansos.core.Problem;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.Detail;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.rules.Assessment;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * One screening run: reads households on the calling thread, assesses them in batches on a pool
 * of threads, and writes the results in input order, so the output is the same byte for byte
 * whatever the number of threads. At most a few batches per thread are in flight, so memory does
 * not grow with the input. Every output goes to a temporary file and is moved into place only
 * when the whole input has been screened.
 */
final class Screening {

  /** Households per batch: large enough to amortise the hand-over, small enough for memory. */
  static final int BATCH = 256;

  /** What a run counted. */
  record Counts(long households, long rows, long assessed, long assessedRows, long rejected,
      long rejectedRows) {}

  private final Engine engine;
  private final LocalDate date;
  private final Language language;
  private final ExtensionFacts facts;
  private final int threads;
  private final Detail detail;
  private final String[] stamp;

  Screening(Engine engine, LocalDate date, Language language, ExtensionFacts facts, int threads) {
    this(engine, date, language, facts, threads, Detail.FULL);
  }

  /**
   * A screening whose JSON Lines results hold each assessment at {@code detail}; the CSV and
   * XLSX rows are the same at either level.
   */
  Screening(Engine engine, LocalDate date, Language language, ExtensionFacts facts, int threads,
      Detail detail) {
    this.engine = Objects.requireNonNull(engine);
    this.detail = Objects.requireNonNull(detail);
    this.stamp = DeterminationRows.stampCells(CatalogStamp.of(engine.catalog()));
    this.date = Objects.requireNonNull(date);
    this.language = Objects.requireNonNull(language);
    this.facts = Objects.requireNonNull(facts);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.threads = threads;
  }

  /** The results of one batch, made on a worker thread. */
  private static final class Chunk {
    final StringBuilder text = new StringBuilder(BATCH * 512);
    final List<Object[]> determinations = new ArrayList<>();
    final List<Object[]> rejects = new ArrayList<>();
    final Summary summary = new Summary();
    long households;
    long rows;
    long assessed;
    long assessedRows;
    long rejected;
    long rejectedRows;
  }

  /**
   * Screens {@code in} into {@code out} (and {@code rejects}, for text outputs).
   *
   * @param in the households
   * @param inFormat their format
   * @param out the results
   * @param outFormat their format
   * @param rejects the rejects file for CSV and JSON Lines results
   * @param summary receives the counts per kabupaten/kota and program
   * @param progress what the reader has consumed
   * @param onBatch called on the calling thread with the households done after each batch
   * @return the counts
   */
  Counts run(Path in, InputFormat inFormat, Path out, OutputFormat outFormat, Path rejects,
      Summary summary, Progress progress, LongConsumer onBatch)
      throws IOException, InterruptedException {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "bansos-screen-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons);
    long[] c = new long[6];
    try (AtomicOutput files = new AtomicOutput()) {
      Results results = outFormat == OutputFormat.XLSX
          ? new XlsxResults(files.temporary(out))
          : new TextResults(files.temporary(out), files.temporary(rejects), outFormat);
      try (results) {
        Dispatcher dispatcher = new Dispatcher(pool, results, summary, c, onBatch, outFormat,
            inFormat);
        inFormat.read(in, facts, dispatcher, progress);
        dispatcher.finish();
        results.finish(summary, engine, date);
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      files.commit();
    } finally {
      pool.shutdownNow();
    }
    return new Counts(c[0], c[1], c[2], c[3], c[4], c[5]);
  }

  /** Hands full batches to the pool and writes finished ones in order. */
  private final class Dispatcher implements RecordSink {
    private final ExecutorService pool;
    private final Results results;
    private final Summary summary;
    private final long[] counts;
    private final LongConsumer onBatch;
    private final OutputFormat outFormat;
    private final InputFormat inFormat;
    private final ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private final int maxInFlight = threads * 3;
    private List<Supplier<HouseholdRecord>> current = new ArrayList<>(BATCH);

    Dispatcher(ExecutorService pool, Results results, Summary summary, long[] counts,
        LongConsumer onBatch, OutputFormat outFormat, InputFormat inFormat) {
      this.pool = pool;
      this.results = results;
      this.summary = summary;
      this.counts = counts;
      this.onBatch = onBatch;
      this.outFormat = outFormat;
      this.inFormat = inFormat;
    }

    @Override
    public void accept(HouseholdRecord record) throws IOException, InterruptedException {
      acceptLater(() -> record);
    }

    @Override
    public void acceptLater(Supplier<HouseholdRecord> build)
        throws IOException, InterruptedException {
      current.add(build);
      if (current.size() == BATCH) {
        submit();
      }
    }

    private void submit() throws IOException, InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      List<Supplier<HouseholdRecord>> full = current;
      current = new ArrayList<>(BATCH);
      inFlight.add(pool.submit(() -> work(full, outFormat, inFormat)));
      while (inFlight.size() > maxInFlight) {
        drain(inFlight.poll(), results, summary, counts, onBatch);
      }
    }

    void finish() throws IOException, InterruptedException {
      if (!current.isEmpty()) {
        submit();
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.poll(), results, summary, counts, onBatch);
      }
    }
  }

  private static void drain(Future<Chunk> next, Results results, Summary summary, long[] c,
      LongConsumer onBatch) throws IOException, InterruptedException {
    Chunk chunk;
    try {
      chunk = next.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
    results.write(chunk.text, chunk.determinations, chunk.rejects);
    summary.merge(chunk.summary);
    c[0] += chunk.households;
    c[1] += chunk.rows;
    c[2] += chunk.assessed;
    c[3] += chunk.assessedRows;
    c[4] += chunk.rejected;
    c[5] += chunk.rejectedRows;
    onBatch.accept(c[0]);
  }

  private Chunk work(List<Supplier<HouseholdRecord>> batch, OutputFormat outFormat,
      InputFormat inFormat) {
    boolean byMemberPath = inFormat.recordPerLine();
    Chunk chunk = new Chunk();
    for (Supplier<HouseholdRecord> next : batch) {
      HouseholdRecord record = next.get();
      // A JSON line is one record whatever the family size: count lines, not people.
      int recordRows = inFormat.recordPerLine() ? 1 : record.rows();
      chunk.households++;
      chunk.rows += recordRows;
      HouseholdRecord.Invalid bad = null;
      if (record instanceof HouseholdRecord.Valid v) {
        Assessment assessment = null;
        try {
          assessment = engine.assess(v.household(), date);
        } catch (RuntimeException e) {
          // The class name only: a message is not guaranteed free of personal data.
          bad = new HouseholdRecord.Invalid(v.firstLine(), v.lastLine(), v.rows(), List.of(
              new RecordProblem(v.firstLine(), new Problem("", "ASSESSMENT_FAILED",
                  "the engine failed with " + e.getClass().getName()))));
        }
        if (assessment != null) {
          switch (outFormat) {
            case JSON_LINES -> chunk.text.append(BansosJson.write(assessment, language, detail))
                .append('\n');
            case CSV -> {
              for (Object[] row : DeterminationRows.rows(v, assessment, byMemberPath, stamp)) {
                DeterminationRows.appendCsv(chunk.text, row);
              }
            }
            case XLSX -> chunk.determinations.addAll(
                DeterminationRows.rows(v, assessment, byMemberPath, stamp));
            default -> throw new AssertionError(outFormat);
          }
          chunk.summary.add(Regencies.of(v.household()), assessment);
          chunk.assessed++;
          chunk.assessedRows += recordRows;
        }
      } else {
        bad = (HouseholdRecord.Invalid) record;
      }
      if (bad != null) {
        chunk.rejects.addAll(DeterminationRows.rejects(bad));
        chunk.rejected++;
        chunk.rejectedRows += recordRows;
      }
    }
    return chunk;
  }

  /** Where the results go, on the calling thread, in input order. */
  interface Results extends AutoCloseable {
    void write(CharSequence text, List<Object[]> determinations, List<Object[]> rejects)
        throws IOException;

    /** After the last batch: writes what comes at the end (the summary sheet). */
    void finish(Summary summary, Engine engine, LocalDate date) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** CSV or JSON Lines results, and the rejects as CSV. */
  private static final class TextResults implements Results {
    private final Writer results;
    private final Writer rejects;
    private final StringBuilder rejectText = new StringBuilder();

    TextResults(Path results, Path rejects, OutputFormat format) throws IOException {
      this.results = new BufferedWriter(Files.newBufferedWriter(results, StandardCharsets.UTF_8),
          1 << 16);
      this.rejects = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8);
      if (format == OutputFormat.CSV) {
        this.results.write(DeterminationRows.csvHeader(DeterminationRows.COLUMNS));
      }
      this.rejects.write(DeterminationRows.csvHeader(DeterminationRows.REJECT_COLUMNS));
    }

    @Override
    public void write(CharSequence text, List<Object[]> determinations, List<Object[]> rejected)
        throws IOException {
      results.append(text);
      if (!rejected.isEmpty()) {
        rejectText.setLength(0);
        for (Object[] row : rejected) {
          DeterminationRows.appendCsv(rejectText, row);
        }
        rejects.append(rejectText);
      }
    }

    @Override
    public void finish(Summary summary, Engine engine, LocalDate date) {
      // Nothing comes after the rows.
    }

    @Override
    public void close() throws IOException {
      try (rejects) {
        results.close();
      }
    }
  }
}
