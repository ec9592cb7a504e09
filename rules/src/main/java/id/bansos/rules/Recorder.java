package id.bansos.rules;

import id.bansos.core.identity.Nik;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a check reads through, and where the engine records what it decided: the parameter
 * values in force (resolved when the catalog was compiled), the facts read, and the facts that
 * were missing. One recorder serves every program of one assessment, on one thread.
 *
 * <p>Reading an absent fact with {@link #get} ends the check at once as UNKNOWN, with the fact
 * among the missing ones; a check of {@link Check#outcome} answers UNKNOWN by naming the missing
 * fact with {@link #absent}. These are the only ways a check becomes UNKNOWN: always for want of
 * a named fact, so every program treats "not recorded" alike.
 *
 * <p>Valid only while its assessment runs: once the assessment has ended, reading the date or a
 * parameter, or recording a fact, throws {@link IllegalStateException}, so that a recorder a
 * check kept cannot change a record that determinations already hold.
 */
public final class Recorder {

  /** Thrown by {@link #get} when a fact is absent; carries nothing, so one instance serves all. */
  static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unknown INSTANCE = new Unknown();

    private Unknown() {
      super("an absent fact was read", null, false, false);
    }
  }

  /**
   * A fact that was missing, by name, with its label, and the member it concerns (-1 for the
   * household). Keys make one per member index and share it between assessments; its label and,
   * for the household, its {@link MissingFact} are worked out on first reading and kept (racy but
   * safe: both are immutable and equal however often they are made).
   */
  static final class Missing {
    private final String fact;
    private final int member;
    private @Nullable Text label;
    private @Nullable MissingFact ofHousehold;

    /** A missing fact labelled from its name when read ({@link Labels#fact}, else the name). */
    Missing(String fact, int member) {
      this.fact = fact;
      this.member = member;
    }

    Missing(String fact, int member, Text label) {
      this(fact, member);
      this.label = label;
    }

    String fact() {
      return fact;
    }

    int member() {
      return member;
    }

    /** Its label: the one given, else the one of its name, looked up on first reading. */
    Text label() {
      Text l = label;
      if (l == null) {
        l = Labels.fact(fact).orElseGet(() -> Text.of(fact, fact));
        label = l;
      }
      return l;
    }

    /** The missing fact as a determination of {@code record} reports it, its member by NIK. */
    MissingFact toFact(Recorder record) {
      if (member >= 0) {
        return new MissingFact(fact, label(), record.memberNik(member), Optional.empty());
      }
      MissingFact f = ofHousehold;
      if (f == null) {
        f = MissingFact.of(fact, label());
        ofHousehold = f;
      }
      return f;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return this == o || o instanceof Missing m && m.member == member && m.fact.equals(fact)
          && m.label().equals(label());
    }

    @Override
    public int hashCode() {
      return (fact.hashCode() * 31 + member) * 31 + label().hashCode();
    }

    @Override
    public String toString() {
      return member < 0 ? fact : fact + " of member " + member;
    }
  }

  static final byte PASS = 0;
  static final byte FAIL = 1;
  static final byte UNKNOWN = 2;

  private static final Nik[] NO_MEMBERS = new Nik[0];

  // The members' NIKs in NIK order, and the household's priority: the same for every
  // determination of the record, so kept here rather than in each.
  Nik[] niks = NO_MEMBERS;
  Priority priority = Priority.NONE;
  // The facts read and missing, for every result of the assessment, as entries of one or two
  // slots: a Fact (one a key made once for its value), a missing fact (a Missing, or a family's
  // MissingFact within a group), or a name (a String) followed by its value. Step through them
  // with width().
  Object[] facts;
  int factSize;
  // The criterion results, in one of two forms (read them with meta(), factStart(), factEnd()):
  //
  // - narrow, one int per result, while every result fits: the outcome, member + 1 (at most
  //   127) and criterion (at most 127) in the high half, where its facts end (at most 32,767)
  //   in the low half; for a result that repeats an earlier one (Check.shared), ~ that result's
  //   index (at most 32,767), whose facts it has;
  // - wide, two ints per result, from the first result that does not fit: the outcome (2 bits),
  //   member + 1 (18 bits, so a household of up to 262,143 members) and criterion (12 bits; a
  //   program has at most 4,096) as meta() gives them, then the end or ~ the result repeated.
  //
  // A result's facts start where the previous result's (not a repeat's) end.
  private int[] results;
  int size;
  // No missing fact is recorded after this slot (-1: none at all): most results record none, and
  // then dropping missing facts is free. An upper bound, lowered by truncation.
  private int lastMissing = -1;

  // The members as Optionals, for the results that name them, made on first reading and shared
  // by the determinations of the record (which all name members by the same array). Racy but
  // safe: an Optional is immutable and equal however often it is made.
  private Optional<Nik> @Nullable [] memberOptionals;

  // What only recording needs (the date, the parameter values, the arrays written into), null
  // once sealed: a record kept by its determinations holds its results and facts alone.
  private @Nullable Writing writing;

  /**
   * What a recorder needs while it records. A thread keeps one for its assessments, with arrays
   * that it reuses from one assessment to the next ({@link #forAssessment}); a recorder made
   * otherwise has one of its own.
   */
  private static final class Writing {
    static final ThreadLocal<Writing> THREAD =
        ThreadLocal.withInitial(() -> new Writing(256, 64, true));

    // Whether this is a thread's, lent to one recorder at a time.
    final boolean ofThread;

    // The arrays recording starts with; the thread's grow with its largest assessment.
    Object[] facts;
    int[] results;
    int[] shared = NO_SHARED;
    // The thread's, in use by a recorder that has not been sealed.
    boolean inUse;

    LocalDate date;
    ParameterValue<?>[] values = NO_VALUES;
    // The most fact slots ever written, so that what truncation left behind is cleared once, by
    // seal(), rather than at every truncation.
    int written;
    boolean wide;
    // Whether shared results are looked up (share() was called).
    boolean sharing;

    Writing(int facts, int results, boolean ofThread) {
      this.ofThread = ofThread;
      this.facts = new Object[facts];
      this.results = new int[results];
    }

    void begin(LocalDate date) {
      this.date = date;
      this.values = NO_VALUES;
      this.written = 0;
      this.wide = false;
      this.sharing = false;
    }
  }

  private static final ParameterValue<?>[] NO_VALUES = new ParameterValue<?>[0];
  private static final int[] NO_SHARED = new int[0];

  /** A recorder with arrays of its own, sized for about {@code results} results. */
  Recorder(LocalDate date, int results) {
    // About two facts (four slots) per result.
    this(new Writing(Math.max(16, results * 4), Math.max(8, results), false), date);
  }

  private Recorder(Writing writing, LocalDate date) {
    writing.begin(Objects.requireNonNull(date, "date"));
    this.writing = writing;
    this.facts = writing.facts;
    this.results = writing.results;
  }

  /**
   * A recorder for one assessment on this thread: it writes into arrays the thread keeps between
   * assessments, and {@link #seal} copies what it recorded into arrays of the exact size. A
   * record is kept by its determinations, so it cannot reuse its arrays itself; this way an
   * assessment allocates only what its record holds, instead of arrays sized for the worst case.
   * A recorder made while another is still recording on the thread (an assessment started from
   * inside a check) gets arrays of its own.
   */
  static Recorder forAssessment(LocalDate date) {
    Writing w = Writing.THREAD.get();
    if (w.inUse) {
      return new Recorder(date, 64);
    }
    w.inUse = true;
    return new Recorder(w, date);
  }

  /** What recording needs; a recorder whose assessment has ended has nothing more to record. */
  private Writing writing() {
    Writing w = writing;
    if (w == null) {
      throw new IllegalStateException("the assessment this recorder served has ended");
    }
    return w;
  }

  /** Member {@code m} of the record as an Optional, made once per record. */
  Optional<Nik> memberNik(int m) {
    Optional<Nik>[] made = memberOptionals;
    if (made == null) {
      @SuppressWarnings("unchecked")
      Optional<Nik>[] fresh = (Optional<Nik>[]) new Optional<?>[niks.length];
      made = fresh;
      memberOptionals = made;
    }
    Optional<Nik> o = made[m];
    if (o == null) {
      o = Optional.of(niks[m]);
      made[m] = o;
    }
    return o;
  }

  /** Records one criterion result whose facts are those added since the previous result. */
  void result(int criterion, int member, byte outcome) {
    put(criterion, member, outcome, factSize);
  }

  // end: where the result's facts end, or ~ the result it repeats.
  private void put(int criterion, int member, byte outcome, int end) {
    int at = size;
    int m = member + 1;
    Writing w = writing();
    if (!w.wide) {
      if (((m | criterion) >>> 7) == 0 && at <= Short.MAX_VALUE && end <= Short.MAX_VALUE
          && end >= Short.MIN_VALUE) {
        int[] r = at < results.length ? results : growResults(at + 1);
        r[at] = (outcome | m << 2 | criterion << 9) << 16 | (end & 0xFFFF);
        size = at + 1;
        return;
      }
      widen(w);
    }
    if (m >= 1 << 18) {
      throw new IllegalArgumentException("a household of more than 262,143 members cannot be"
          + " assessed");
    }
    int[] r = 2 * at + 1 < results.length ? results : growResults(2 * at + 2);
    r[2 * at] = outcome | m << 2 | criterion << 20;
    r[2 * at + 1] = end;
    size = at + 1;
  }

  private int[] growResults(int needed) {
    results = Arrays.copyOf(results, Math.max(needed, results.length * 2));
    return results;
  }

  /** Turns the results recorded so far into the wide form, for one that does not fit. */
  private void widen(Writing w) {
    int[] wide = new int[Math.max(16, 2 * results.length)];
    for (int i = 0; i < size; i++) {
      wide[2 * i] = meta(i);
      wide[2 * i + 1] = (short) results[i];
    }
    results = wide;
    w.wide = true;
  }

  private boolean isWide() {
    Writing w = writing;
    // Sealed, the arrays have the exact size: two ints per result in the wide form.
    return w != null ? w.wide : results.length != size;
  }

  static byte outcome(int meta) {
    return (byte) (meta & 3);
  }

  /** The member's index, or -1 for a household-level result. */
  static int member(int meta) {
    return ((meta >>> 2) & 0x3FFFF) - 1;
  }

  static int criterion(int meta) {
    return meta >>> 20;
  }

  /**
   * The outcome, member and criterion of {@code result}, as {@link #outcome}, {@link #member} and
   * {@link #criterion} read them.
   */
  int meta(int result) {
    if (isWide()) {
      return results[2 * result];
    }
    int narrow = results[result] >>> 16;
    return (narrow & 0x1FF) | (narrow >>> 9) << 20;
  }

  /** Whether the record keeps each result in one int (every result fits). */
  boolean isPacked() {
    return !isWide();
  }

  /** Whether this thread's recording arrays are free and hold nothing of any household. */
  static boolean threadArraysClear() {
    Writing w = Writing.THREAD.get();
    for (Object o : w.facts) {
      if (o != null) {
        return false;
      }
    }
    return !w.inUse && w.values == NO_VALUES && w.date == null;
  }

  /** Where the facts of {@code result} end, or ~ the result it repeats. */
  private int end(int result) {
    return isWide() ? results[2 * result + 1] : (short) results[result];
  }

  /** Where the facts of {@code result} start in {@link #facts}. */
  int factStart(int result) {
    int e = end(result);
    if (e < 0) {
      // A repeat: the facts of the result it repeats.
      return factStart(~e);
    }
    // Where the last result before it that is not a repeat ends.
    for (int p = result - 1; p >= 0; p--) {
      int before = end(p);
      if (before >= 0) {
        return before;
      }
    }
    return 0;
  }

  /** Where the facts of {@code result} end in {@link #facts}. */
  int factEnd(int result) {
    int e = end(result);
    return e >= 0 ? e : end(~e);
  }

  /** Makes this recorder repeat the results of the plan's {@code count} shared checks. */
  void share(int count) {
    Writing w = writing();
    if (w.shared.length < count) {
      w.shared = new int[count];
    }
    Arrays.fill(w.shared, 0, count, -1);
    w.sharing = true;
  }

  /** The result that evaluated shared slot {@code slot} in this assessment, or -1. */
  int sharedResult(int slot) {
    Writing w = writing();
    return w.sharing ? w.shared[slot] : -1;
  }

  /** Records that the last result evaluated shared slot {@code slot}. */
  void shareLast(int slot) {
    Writing w = writing();
    if (w.sharing) {
      w.shared[slot] = size - 1;
    }
  }

  /**
   * Records a household-level result of {@code criterion} with the outcome and facts of {@code
   * result}, an earlier result of this record that evaluated the same test with the same values
   * (not itself a repeat); returns the outcome. The facts are not copied: the new result names
   * the earlier one instead of where its facts end.
   */
  byte repeat(int criterion, int result) {
    byte outcome = outcome(meta(result));
    put(criterion, -1, outcome, ~result);
    return outcome;
  }

  /** The value of {@code param} in force, or null; for the engine's own code. */
  @SuppressWarnings("unchecked")
  <T> @Nullable ParameterValue<T> valueOrNull(Param<T> param) {
    return (ParameterValue<T>) writing().values[param.slot()];
  }

  /** Sets what every determination of the record shares. */
  void about(Nik[] niks, Priority priority) {
    this.niks = niks;
    this.priority = priority;
  }

  void bind(ParameterValue<?>[] values) {
    writing().values = values;
  }

  /**
   * The date of the assessment.
   *
   * @return the date; never null
   */
  public LocalDate date() {
    return writing().date;
  }

  /**
   * The value of a required parameter in force on the date.
   *
   * @param param the handle; never null
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException when the parameter is optional and has no value on the
   *     date (use {@link #valueIfInForce})
   */
  @SuppressWarnings("unchecked")
  public <T> T value(Param<T> param) {
    ParameterValue<?> v = writing().values[param.slot()];
    if (v == null) {
      throw noValue(param);
    }
    return (T) v.value();
  }

  private IllegalArgumentException noValue(Param<?> param) {
    return new IllegalArgumentException(param.key() + " has no value on " + writing().date);
  }

  /**
   * The value of a parameter, dated and sourced, in force on the date.
   *
   * @param param the handle; never null
   * @param <T> the value type
   * @return the value, empty when none is in force
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<ParameterValue<T>> parameter(Param<T> param) {
    return Optional.ofNullable((ParameterValue<T>) writing().values[param.slot()]);
  }

  /**
   * The value of an optional parameter in force on the date.
   *
   * @param param the handle; never null
   * @param <T> the value type
   * @return the value, empty when none is in force (the rule it sets does not apply then)
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> valueIfInForce(Param<T> param) {
    ParameterValue<?> v = writing().values[param.slot()];
    return v == null ? Optional.empty() : Optional.of((T) v.value());
  }

  /**
   * Reads a fact that decides the check. The fact is recorded for the explanation; when it is
   * absent the check ends as UNKNOWN with the fact among the missing ones.
   *
   * @param subject the member or household; never null
   * @param key the fact; never null
   * @param <S> the subject type
   * @param <T> the value type
   * @return the value; never null
   */
  public <S, T> T get(S subject, FactKey<S, T> key) {
    T value = read(subject, key);
    if (value == null) {
      throw Unknown.INSTANCE;
    }
    return value;
  }

  /**
   * As {@link #get}, for the engine's own leaves: null instead of a throw when the fact is absent
   * (the missing fact is recorded either way), since a throw costs more than the test.
   */
  <S, T> @Nullable T read(S subject, FactKey<S, T> key) {
    T value = key.valueOrNull(subject);
    if (value == null) {
      addMissing(key.missing(memberIndex(subject)));
      return null;
    }
    add(key, value);
    return value;
  }

  /** Records the fact {@code key} read as {@code value}: one slot when the key keeps its fact. */
  private void add(FactKey<?, ?> key, Object value) {
    Fact kept = key.fact(value);
    if (kept != null) {
      addFact(kept);
    } else {
      add(key.name(), value);
    }
  }

  /**
   * Reads a fact that only informs the explanation (an institution's name, say): recorded when
   * present, never a reason for UNKNOWN.
   *
   * @param subject the member or household; never null
   * @param key the fact; never null
   * @param <S> the subject type
   * @param <T> the value type
   * @return the value, empty when absent
   */
  public <S, T> Optional<T> find(S subject, FactKey<S, T> key) {
    Optional<T> value = key.read(subject);
    if (value.isPresent()) {
      add(key, value.get());
    }
    return value;
  }

  /**
   * {@link #find}, when only whether the fact is present matters: records it when present,
   * without making an {@code Optional}.
   *
   * @param subject the member or household; never null
   * @param key the fact; never null
   * @param <S> the subject type
   * @return whether the fact is recorded
   */
  public <S> boolean has(S subject, FactKey<S, ?> key) {
    Object value = key.valueOrNull(Objects.requireNonNull(subject, "subject"));
    if (value == null) {
      return false;
    }
    add(key, value);
    return true;
  }

  /**
   * Records a fact for the explanation that no key names: a value the check worked out (which
   * route applied, a count).
   *
   * @param name the name its messages use as a placeholder; never null
   * @param value the value; never null
   */
  public void show(String name, Object value) {
    add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
  }

  /**
   * Names a fact whose absence leaves a check of {@link Check#outcome} undecided, and gives the
   * UNKNOWN it answers.
   *
   * @param subject the member or household it concerns; never null
   * @param key the fact; its {@link FactKey#needs} is named, with its label; never null
   * @return {@link Outcome#UNKNOWN}
   */
  public <S> Outcome absent(S subject, FactKey<S, ?> key) {
    Objects.requireNonNull(key, "key");
    addMissing(key.missing(memberIndex(Objects.requireNonNull(subject, "subject"))));
    return Outcome.UNKNOWN;
  }

  /**
   * Names a fact that no key names as missing (the grant history, say), labelled from its name,
   * and gives the UNKNOWN a check of {@link Check#outcome} answers.
   *
   * @param subject the member or household it concerns; never null
   * @param fact the missing fact's name or path; never null
   * @return {@link Outcome#UNKNOWN}
   */
  public Outcome absent(Object subject, String fact) {
    addMissing(new Missing(Objects.requireNonNull(fact, "fact"),
        memberIndex(Objects.requireNonNull(subject, "subject"))));
    return Outcome.UNKNOWN;
  }

  /**
   * Names a missing fact with the words a field worker reads for it, and gives the UNKNOWN a
   * check of {@link Check#outcome} answers.
   *
   * @param subject the member or household it concerns; never null
   * @param fact the missing fact's name or path; never null
   * @param label its label; never null
   * @return {@link Outcome#UNKNOWN}
   */
  public Outcome absent(Object subject, String fact, Text label) {
    missing(Objects.requireNonNull(fact, "fact"), Objects.requireNonNull(label, "label"),
        Objects.requireNonNull(subject, "subject"));
    return Outcome.UNKNOWN;
  }

  /** Whether a missing fact was recorded since {@code mark} (and not dropped). */
  boolean missingSince(int mark) {
    if (lastMissing < mark) {
      return false;
    }
    for (int i = mark; i < factSize; i += width(i)) {
      if (isMissing(facts[i])) {
        return true;
      }
    }
    return false;
  }

  /** How many slots the entry at {@code i} takes: two for a name and its value. */
  int width(int i) {
    return facts[i] instanceof String ? 2 : 1;
  }

  /** Whether an entry records a missing fact. */
  static boolean isMissing(Object entry) {
    return entry instanceof Missing || entry instanceof MissingFact;
  }

  private void missing(String fact, Text label, Object subject) {
    addMissing(new Missing(fact, memberIndex(subject), label));
  }

  /**
   * The place of {@code subject} among the members the record names (NIK order), or -1 for the
   * household; looked up only when a fact is missing, so that a member keeps no index.
   */
  private int memberIndex(Object subject) {
    if (!(subject instanceof Member m)) {
      return -1;
    }
    // The record's NIKs are the members' own objects: a few comparisons of references, and a
    // search by value only for a member made elsewhere.
    Nik nik = m.nik();
    Nik[] all = niks;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == nik) {
        return i;
      }
    }
    int at = Arrays.binarySearch(all, nik);
    if (at < 0) {
      throw new IllegalArgumentException(
          "a fact of a member who is not in the household assessed: " + m);
    }
    return at;
  }

  // Kept small, so that the compilers inline it into every check.
  void add(String name, Object value) {
    int at = factSize;
    Object[] f = at + 2 > facts.length ? grow() : facts;
    f[at] = name;
    f[at + 1] = value;
    factSize = at + 2;
  }

  // Sealed, the facts fill their array exactly: a fact recorded after the assessment ended
  // comes here, and is refused.
  private Object[] grow() {
    writing();
    facts = Arrays.copyOf(facts, Math.max(16, facts.length * 2));
    return facts;
  }

  /** Records a missing fact. */
  void addMissing(Missing missing) {
    int at = factSize;
    addEntry(missing);
    lastMissing = at;
  }

  /** Records a family's missing fact, within a group. */
  void addMissing(MissingFact missing) {
    int at = factSize;
    addEntry(missing);
    lastMissing = at;
  }

  /** Records a fact as one entry: one a key or the engine made once for its value. */
  void addFact(Fact fact) {
    addEntry(fact);
  }

  // An entry of one slot: never a String, which width() reads as a name followed by its value.
  private void addEntry(Object entry) {
    int at = factSize;
    Object[] f = at + 1 > facts.length ? grow() : facts;
    f[at] = entry;
    factSize = at + 1;
  }

  int mark() {
    return factSize;
  }

  void truncate(int mark) {
    Writing w = writing();
    w.written = Math.max(w.written, factSize);
    factSize = mark;
    lastMissing = Math.min(lastMissing, mark - 1);
  }

  /**
   * Ends the recording: the record then holds only its own results and facts, in arrays of the
   * exact size, and nothing that recording needed. The thread's arrays are handed back emptied,
   * so that they keep no fact of this household. Sealing a sealed record does nothing.
   */
  void seal() {
    Writing w = writing;
    if (w == null) {
      return;
    }
    writing = null;
    // The form is told from the length once sealed: a wide record has at least one result.
    assert !w.wide || size > 0;
    Object[] used = facts;
    int[] usedResults = results;
    facts = Arrays.copyOf(used, factSize);
    results = Arrays.copyOf(usedResults, w.wide ? 2 * size : size);
    if (w.ofThread) {
      Arrays.fill(used, 0, Math.max(w.written, factSize), null);
      // The arrays may have grown while recording; the thread keeps the grown ones (its results
      // array only in the narrow form, the one it lends).
      w.facts = used;
      if (!w.wide) {
        w.results = usedResults;
      }
      w.values = NO_VALUES;
      w.date = null;
      w.inUse = false;
    }
  }

  /** Drops the missing facts recorded since {@code mark}: the outcome did not rest on them. */
  void dropMissing(int mark) {
    if (lastMissing >= mark) {
      compact(mark, false);
    }
  }

  /** Keeps only the missing facts recorded since {@code mark}. */
  void keepMissing(int mark) {
    compact(mark, true);
  }

  private void compact(int mark, boolean keepMissing) {
    int to = mark;
    for (int i = mark, w; i < factSize; i += w) {
      w = width(i);
      if (isMissing(facts[i]) == keepMissing) {
        facts[to] = facts[i];
        if (w == 2) {
          facts[to + 1] = facts[i + 1];
        }
        to += w;
      }
    }
    truncate(to);
    if (!keepMissing) {
      // None is left after the mark.
      lastMissing = Math.min(lastMissing, mark - 1);
    }
  }
}
