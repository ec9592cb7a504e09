package id.bansos.cli;

import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.Detail;
import id.bansos.rules.Assessment;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Language;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import tools.jackson.databind.ObjectWriter;

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
  private static final ThreadLocal<Utf8Text> BATCH_TEXT =
      ThreadLocal.withInitial(() -> new Utf8Text(BATCH * 2048));

  /** Groups per task when the groups are decided at the end. */
  static final int GROUP_BATCH = 32;

  /**
   * What a run counted: households and their rows, and the groups the input names ({@code
   * groups = groupsDecided + groupsRejected}).
   */
  record Counts(long households, long rows, long assessed, long assessedRows, long rejected,
      long rejectedRows, long groups, long groupsDecided, long groupsRejected) {}

  private final Engine engine;
  private final LocalDate date;
  private final TableLayout layout;
  private final int threads;
  private final String[] stamp;
  private final Language language;
  private final Detail detail;
  // The JSON Lines writers, made when a JSON Lines result first needs them: building a mapper
  // cost about a tenth of a second of every run's start, and CSV and XLSX results need none.
  private volatile JsonWriters json;

  /**
   * A screening whose JSON Lines results hold each assessment at {@code detail} (the CSV and
   * XLSX rows are the same at either level), reading a table's columns as {@code layout} names
   * them.
   */
  Screening(Engine engine, LocalDate date, Language language, TableLayout layout, int threads,
      Detail detail) {
    this.engine = Objects.requireNonNull(engine);
    this.language = Objects.requireNonNull(language);
    this.detail = Objects.requireNonNull(detail);
    this.stamp = DeterminationRows.stampCells(CatalogStamp.of(engine.catalog()));
    this.date = Objects.requireNonNull(date);
    this.layout = Objects.requireNonNull(layout);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.threads = threads;
  }

  /**
   * The JSON Lines writers: thread-safe, and writing UTF-8 bytes straight away (writing a String
   * first made the generator's characters into a string and the string into bytes again).
   */
  private record JsonWriters(ObjectWriter assessments, ObjectWriter groups) {}

  private JsonWriters json() {
    JsonWriters j = json;
    if (j == null) {
      synchronized (this) {
        j = json;
        if (j == null) {
          j = new JsonWriters(BansosJson.writer(language, detail), BansosJson.writer(language));
          json = j;
        }
      }
    }
    return j;
  }

  /** The results of one batch, made on a worker thread. */
  private static final class Chunk {
    // Each column's last few texts with their cell's bytes (DeterminationRows.appendCsv).
    final Object[] known = DeterminationRows.knownTexts(DeterminationRows.COLUMNS.size());
    // The batch's CSV or JSON Lines text, encoded on the worker: the writing thread only copies
    // bytes.
    byte[] bytes;
    final List<Object[]> determinations = new ArrayList<>();
    final List<Object[]> rejects = new ArrayList<>();
    final Summary summary = new Summary();
    /** The records of families that name a group, in input order. */
    final List<HouseholdRecord> groupFamilies = new ArrayList<>();
    long households;
    long rows;
    long assessed;
    long assessedRows;
    long rejected;
    long rejectedRows;
  }

  /**
   * Screens {@code in} into {@code out} (and {@code rejects}, for text outputs), the group
   * determinations of a CSV result next to it ({@link ScreenCommand#defaultGroups}).
   */
  Counts run(Path in, InputFormat inFormat, Path out, OutputFormat outFormat, Path rejects,
      Summary summary, Progress progress, LongConsumer onBatch)
      throws IOException, InterruptedException {
    return run(in, inFormat, out, outFormat, rejects, ScreenCommand.defaultGroups(out), summary,
        progress, onBatch);
  }

  /**
   * Screens {@code in} into {@code out} (and {@code rejects}, for text outputs), then decides
   * every group of families the input names and writes the group determinations after the
   * households': into {@code groups} for a CSV result, as further lines of a JSON Lines result,
   * into the groups sheet of a workbook.
   *
   * @param in the households
   * @param inFormat their format
   * @param out the results
   * @param outFormat their format
   * @param rejects the rejects file for CSV and JSON Lines results
   * @param groups the group determinations file for a CSV result
   * @param summary receives the counts per kabupaten/kota and program
   * @param progress what the reader has consumed
   * @param onBatch called on the calling thread with the households done after each batch
   * @return the counts
   */
  Counts run(Path in, InputFormat inFormat, Path out, OutputFormat outFormat, Path rejects,
      Path groups, Summary summary, Progress progress, LongConsumer onBatch)
      throws IOException, InterruptedException {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "bansos-screen-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons);
    long[] c = new long[9];
    Groups pending = new Groups();
    try (AtomicOutput files = new AtomicOutput()) {
      Results results = outFormat == OutputFormat.XLSX
          ? new XlsxResults(files.temporary(out), () -> files.scratch(out))
          : new TextResults(files.temporary(out), files.temporary(rejects),
              outFormat == OutputFormat.CSV ? files.temporary(groups) : null, outFormat);
      try (results) {
        Dispatcher dispatcher = new Dispatcher(pool, results, summary, c, onBatch, outFormat,
            inFormat, pending);
        inFormat.read(in, layout, dispatcher, progress);
        dispatcher.finish();
        decideGroups(pool, pending, results, summary, c, outFormat);
        results.finish(summary, engine, date);
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      files.commit();
    } finally {
      pool.shutdownNow();
    }
    return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
  }

  /** The results of deciding some groups, made on a worker thread. */
  private static final class GroupChunk {
    // As Chunk's.
    byte[] bytes;
    final List<Object[]> rows = new ArrayList<>();
    final List<Object[]> rejects = new ArrayList<>();
    final Summary summary = new Summary();
    long decided;
    long rejected;
  }

  /**
   * Decides every group once the households are written, on the pool, and writes the results
   * in the order the groups first appear.
   */
  private void decideGroups(ExecutorService pool, Groups groups, Results results,
      Summary summary, long[] c, OutputFormat outFormat)
      throws IOException, InterruptedException {
    List<Groups.Pending> all = groups.all();
    c[6] = all.size();
    // As for households, a few tasks per thread in flight: a whole assessment per group in
    // JSON Lines is large, and the results wait for the writer.
    ArrayDeque<Future<GroupChunk>> inFlight = new ArrayDeque<>();
    for (int from = 0; from < all.size() || !inFlight.isEmpty(); ) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      if (from < all.size() && inFlight.size() < threads * 3) {
        List<Groups.Pending> part = all.subList(from, Math.min(all.size(), from + GROUP_BATCH));
        inFlight.add(pool.submit(() -> decide(part, outFormat)));
        from += part.size();
        continue;
      }
      GroupChunk chunk = get(inFlight.poll());
      results.writeGroups(chunk.bytes, chunk.rows, chunk.rejects);
      summary.merge(chunk.summary);
      c[7] += chunk.decided;
      c[8] += chunk.rejected;
    }
  }

  private GroupChunk decide(List<Groups.Pending> part, OutputFormat outFormat) {
    GroupChunk chunk = new GroupChunk();
    Utf8Text text = new Utf8Text(1024);
    for (Groups.Pending g : part) {
      List<RecordProblem> problems = new ArrayList<>(g.problems);
      List<GroupAssessment> assessments = List.of();
      if (problems.isEmpty()) {
        try {
          assessments = engine.assess(g.group(), date);
        } catch (InvalidDataException e) {
          for (Problem p : e.problems()) {
            problems.add(new RecordProblem(g.lineOf(p), p));
          }
        } catch (RuntimeException e) {
          // The class name only: a message is not guaranteed free of personal data.
          problems.add(new RecordProblem(g.firstLine, new Problem("", "ASSESSMENT_FAILED",
              "the engine failed with " + e.getClass().getName())));
        }
      }
      if (!problems.isEmpty()) {
        chunk.rejects.addAll(DeterminationRows.rejects(g, problems));
        chunk.rejected++;
        continue;
      }
      Regencies.Key regency = Regencies.of(g.families.get(0).household());
      for (GroupAssessment a : assessments) {
        switch (outFormat) {
          case JSON_LINES -> text.append(json().groups().writeValueAsBytes(a)).append('\n');
          case CSV -> {
            for (Object[] row : DeterminationRows.groupRows(g, a, stamp)) {
              DeterminationRows.appendCsv(text, row);
            }
          }
          case XLSX -> chunk.rows.addAll(DeterminationRows.groupRows(g, a, stamp));
          default -> throw new AssertionError(outFormat);
        }
        chunk.summary.add(regency, a);
      }
      chunk.decided++;
    }
    chunk.bytes = text.toByteArray();
    return chunk;
  }

  private static <T> T get(Future<T> next) throws InterruptedException {
    try {
      return next.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
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
    private final Groups groups;
    private final ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private final int maxInFlight = threads * 3;
    private List<Supplier<HouseholdRecord>> current = new ArrayList<>(BATCH);

    Dispatcher(ExecutorService pool, Results results, Summary summary, long[] counts,
        LongConsumer onBatch, OutputFormat outFormat, InputFormat inFormat, Groups groups) {
      this.pool = pool;
      this.results = results;
      this.summary = summary;
      this.counts = counts;
      this.onBatch = onBatch;
      this.outFormat = outFormat;
      this.inFormat = inFormat;
      this.groups = groups;
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
        drain(inFlight.poll(), results, summary, counts, onBatch, groups);
      }
    }

    void finish() throws IOException, InterruptedException {
      if (!current.isEmpty()) {
        submit();
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.poll(), results, summary, counts, onBatch, groups);
      }
    }
  }

  private static void drain(Future<Chunk> next, Results results, Summary summary, long[] c,
      LongConsumer onBatch, Groups groups) throws IOException, InterruptedException {
    Chunk chunk = get(next);
    results.write(chunk.bytes, chunk.determinations, chunk.rejects);
    for (HouseholdRecord r : chunk.groupFamilies) {
      if (r instanceof HouseholdRecord.Valid v) {
        groups.family(v);
      } else {
        HouseholdRecord.Invalid bad = (HouseholdRecord.Invalid) r;
        groups.rejected(bad.group(), bad.firstLine(), bad.lastLine());
      }
    }
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
    // The thread's text of its last batch, emptied: it has grown to a batch's size (about 2 KB
    // a household for CSV), and is not grown and copied again for every batch.
    Utf8Text text = BATCH_TEXT.get();
    text.clear();
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
                  "the engine failed with " + e.getClass().getName()))), "",
              v.kube().map(HouseholdRecord.Kube::group).orElse(""));
        }
        if (assessment != null) {
          switch (outFormat) {
            case JSON_LINES -> text.append(json().assessments().writeValueAsBytes(assessment))
                .append('\n');
            case CSV -> {
              for (Object[] row : DeterminationRows.rows(v, assessment, byMemberPath, stamp)) {
                DeterminationRows.appendCsv(text, row, chunk.known);
              }
            }
            case XLSX -> chunk.determinations.addAll(
                DeterminationRows.rows(v, assessment, byMemberPath, stamp));
            default -> throw new AssertionError(outFormat);
          }
          chunk.summary.add(Regencies.of(v.household()), assessment);
          if (v.kube().isPresent()) {
            chunk.groupFamilies.add(v);
          }
          chunk.assessed++;
          chunk.assessedRows += recordRows;
        }
      } else {
        bad = (HouseholdRecord.Invalid) record;
      }
      if (bad != null) {
        chunk.rejects.addAll(DeterminationRows.rejects(bad));
        if (!bad.group().isEmpty()) {
          chunk.groupFamilies.add(bad);
        }
        chunk.rejected++;
        chunk.rejectedRows += recordRows;
      }
    }
    chunk.bytes = text.toByteArray();
    return chunk;
  }

  /** Where the results go, on the calling thread, in input order. */
  interface Results extends AutoCloseable {
    /** No text: for XLSX results, and for rejects alone. */
    byte[] NO_TEXT = new byte[0];

    /**
     * One batch: its determinations as UTF-8 text (CSV or JSON Lines) or rows (XLSX), and its
     * rejects.
     */
    void write(byte[] utf8, List<Object[]> determinations, List<Object[]> rejects)
        throws IOException;

    /**
     * After the last household: the group determinations, as UTF-8 text (CSV or JSON Lines) or
     * rows (XLSX), and the groups that were not decided.
     */
    void writeGroups(byte[] utf8, List<Object[]> groupRows, List<Object[]> rejects)
        throws IOException;

    /** After the last batch: writes what comes at the end (the summary sheet). */
    void finish(Summary summary, Engine engine, LocalDate date) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** CSV or JSON Lines results, and the rejects as CSV. */
  private static final class TextResults implements Results {
    private final OutputStream results;
    private final OutputStream rejects;
    /** The group determinations of a CSV result; null for JSON Lines, which has them as lines. */
    private final OutputStream groups;
    private final Utf8Text rejectText = new Utf8Text(1024);

    TextResults(Path results, Path rejects, Path groups, OutputFormat format)
        throws IOException {
      List<AutoCloseable> opened = new ArrayList<>(3);
      try {
        this.results = open(opened, new BufferedOutputStream(Files.newOutputStream(results),
            1 << 16));
        this.rejects = open(opened, new BufferedOutputStream(Files.newOutputStream(rejects),
            1 << 13));
        this.groups = groups == null ? null : open(opened,
            new BufferedOutputStream(Files.newOutputStream(groups), 1 << 16));
        if (format == OutputFormat.CSV) {
          this.results.write(header(DeterminationRows.COLUMNS));
        }
        if (this.groups != null) {
          this.groups.write(header(DeterminationRows.GROUP_COLUMNS));
        }
        this.rejects.write(header(DeterminationRows.REJECT_COLUMNS));
      } catch (IOException | RuntimeException e) {
        // Nothing is left open when the results cannot be started.
        for (AutoCloseable c : opened) {
          try {
            c.close();
          } catch (Exception suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        throw e;
      }
    }

    private static <C extends AutoCloseable> C open(List<AutoCloseable> opened, C c) {
      opened.add(c);
      return c;
    }

    private static byte[] header(List<String> columns) {
      return DeterminationRows.csvHeader(columns).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void writeGroups(byte[] utf8, List<Object[]> groupRows,
        List<Object[]> rejected) throws IOException {
      (groups != null ? groups : results).write(utf8);
      write(NO_TEXT, List.of(), rejected);
    }

    @Override
    public void write(byte[] utf8, List<Object[]> determinations, List<Object[]> rejected)
        throws IOException {
      results.write(utf8);
      if (!rejected.isEmpty()) {
        rejectText.clear();
        for (Object[] row : rejected) {
          DeterminationRows.appendCsv(rejectText, row);
        }
        rejectText.writeTo(rejects);
      }
    }

    @Override
    public void finish(Summary summary, Engine engine, LocalDate date) {
      // Nothing comes after the rows.
    }

    @Override
    public void close() throws IOException {
      try (rejects) {
        try {
          results.close();
        } finally {
          if (groups != null) {
            groups.close();
          }
        }
      }
    }
  }
}
