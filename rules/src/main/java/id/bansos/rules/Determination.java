package id.bansos.rules;

import id.bansos.core.identity.Nik;
import id.bansos.core.money.Rupiah;
import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The decision of one program for one household on one date: status, beneficiaries, benefits,
 * every criterion result, and for UNDETERMINED the facts still needed.
 *
 * <p>The status always follows from {@link #criteria()}: ELIGIBLE exactly when every criterion
 * passes, NOT_ELIGIBLE exactly when one fails. Person-level criteria are in {@link #members()}.
 *
 * <p>The engine records every criterion's outcome, with the few facts its messages need, once,
 * while deciding; {@link #criteria()}, {@link #members()} and {@link #missingFacts()} are built
 * from that record when read, and no program is ever run again. A determination keeps no
 * reference to the household: only the NIKs of the members it reports on and the facts it
 * recorded. {@link #weakestConfidence()} and {@link #uncertainValues()} are likewise worked out
 * from the record and the compiled plan when read. Immutable and safe to share between threads; {@code equals}, {@code hashCode} and
 * {@code toString} compare and show the record without building anything.
 */
public final class Determination {

  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final Status[] STATUSES = Status.values();

  private final Plan.ProgramPlan plan;
  // The beneficiaries and benefits together: most determinations are not eligible and share
  // Granted.NOTHING, so one field serves for both lists.
  private final Granted granted;
  // Holds, besides the results and facts, the members' NIKs and the priority.
  private final Recorder record;
  // The status's ordinal in the top two bits, the first result below them (a record's arrays
  // cannot grow to 2^30 results; the constructor checks): with the other fields, a
  // determination takes 32 bytes, where one more field would make it 40.
  private final int statusAndFrom;
  private final int to;

  /** What an eligible determination grants. */
  private record Granted(List<Beneficiary> beneficiaries, List<Benefit> benefits) {
    static final Granted NOTHING = new Granted(List.of(), List.of());

    static Granted of(List<Beneficiary> beneficiaries, List<Benefit> benefits) {
      return beneficiaries.isEmpty() && benefits.isEmpty() ? NOTHING
          : new Granted(beneficiaries, benefits);
    }
  }

  Determination(Plan.ProgramPlan plan, Status status, List<Beneficiary> beneficiaries,
      List<Benefit> benefits, Recorder record, int from, int to) {
    this.plan = plan;
    this.granted = Granted.of(beneficiaries, benefits);
    this.record = record;
    if (from >>> 30 != 0) {
      throw new IllegalStateException("a record of more than 2^30 results");
    }
    this.statusAndFrom = status.ordinal() << 30 | from;
    this.to = to;
  }

  /** The record it reads, shared with the other determinations of its assessment. */
  Recorder record() {
    return record;
  }

  /**
   * The program.
   *
   * @return the program's description; never null
   */
  public ProgramInfo program() {
    return plan.program.info();
  }

  /**
   * The status.
   *
   * @return the status; never null
   */
  public Status status() {
    return STATUSES[statusAndFrom >>> 30];
  }

  /** The first of its results in the record. */
  private int from() {
    return statusAndFrom & 0x3FFF_FFFF;
  }

  /**
   * The household-level criterion results, built from the record.
   *
   * @return the results, in the program's order; never null
   */
  public List<CriterionResult> criteria() {
    int n = 0;
    for (int i = from(); i < to; i++) {
      if (Recorder.member(record.meta(i)) < 0) {
        n++;
      }
    }
    CriterionResult[] out = new CriterionResult[n];
    n = 0;
    for (int i = from(); i < to; i++) {
      if (Recorder.member(record.meta(i)) < 0) {
        out[n++] = result(i);
      }
    }
    return new ArrayView<>(out, n);
  }

  /**
   * The person-level results, one per member on the date for a program with person-level
   * criteria, in NIK order, built from the record at each reading (keep the list when reading it
   * more than once).
   *
   * @return the results; never null
   */
  public List<MemberResult> members() {
    if (record.niks.length == 0 || plan.memberRules.length == 0) {
      return List.of();
    }
    // The engine records a member's person-level results together, members in NIK order (the
    // member loop of Engine.decide): one pass counts the members, the next makes each member's
    // results of its run.
    int reported = 0;
    int last = -1;
    for (int i = from(); i < to; i++) {
      int m = Recorder.member(record.meta(i));
      if (m >= 0 && m != last) {
        reported++;
        last = m;
      }
    }
    MemberResult[] out = new MemberResult[reported];
    int n = 0;
    for (int i = from(); i < to; ) {
      int m = Recorder.member(record.meta(i));
      if (m < 0) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < to && Recorder.member(record.meta(end)) == m) {
        end++;
      }
      out[n++] = MemberResult.of(record.niks[m], results(i, end));
      i = end;
    }
    return new ArrayView<>(out, n);
  }

  /** The results {@code start} (inclusive) to {@code end}, as a list; no array for one or two. */
  private List<CriterionResult> results(int start, int end) {
    return switch (end - start) {
      case 1 -> List.of(result(start));
      case 2 -> List.of(result(start), result(start + 1));
      default -> {
        CriterionResult[] out = new CriterionResult[end - start];
        for (int i = start; i < end; i++) {
          out[i - start] = result(i);
        }
        yield new ArrayView<>(out, out.length);
      }
    };
  }

  private CriterionResult result(int i) {
    int meta = record.meta(i);
    int member = Recorder.member(meta);
    int rule = Recorder.criterion(meta);
    Program.Rule r = plan.program.rule(rule);
    int start = record.factStart(i);
    int end = record.factEnd(i);
    Distinct missing = null;
    // Most results show one or two facts, kept here; an array only from the third.
    Fact first = null;
    Fact second = null;
    Fact[] facts = null;
    int factCount = 0;
    for (int f = start; f < end; f += record.width(f)) {
      Object entry = record.facts[f];
      if (Recorder.isMissing(entry)) {
        if (missing == null) {
          missing = new Distinct(2);
        }
        missing.add(entry);
        continue;
      }
      Fact kept = entry instanceof Fact k ? k : null;
      String name = kept != null ? kept.name() : (String) entry;
      Object value = kept != null ? kept.value() : record.facts[f + 1];
      if (!recordedBefore(start, f, name, value)) {
        // A fact read twice on different routes of one check is shown once.
        Fact fact = kept != null ? kept : new Fact(name, value);
        if (factCount == 0) {
          first = fact;
        } else if (factCount == 1) {
          second = fact;
        } else {
          if (facts == null) {
            // At most one fact per slot left.
            facts = new Fact[2 + end - f];
            facts[0] = first;
            facts[1] = second;
          }
          facts[factCount] = fact;
        }
        factCount++;
      }
    }
    if (r.kind() == Program.Kind.QUALIFYING && start == end) {
      // A household's own determination: how many members qualify and how many were considered,
      // from its members' results, rather than recorded for every assessment.
      first = Engine.count(Engine.QUALIFYING, qualifyingBefore(i));
      second = Engine.count(Engine.CONSIDERED, record.niks.length);
      factCount = 2;
    }
    if (r.kind() == Program.Kind.QUALIFYING && Recorder.outcome(meta) == Recorder.UNKNOWN) {
      missing = missing == null ? new Distinct(4) : missing;
      addUndecidedMembersMissing(missing);
    }
    return new CriterionResult(r.criterion(), OUTCOMES[Recorder.outcome(meta)],
        member < 0 ? Optional.empty() : member(member), factList(first, second, facts, factCount),
        plan.used(rule), missing == null ? List.of() : missingFacts(missing));
  }

  /**
   * How many members have results before result {@code end} and all of them pass: the members
   * who qualify (a member's results are recorded together, and stop at a failed gate).
   */
  private int qualifyingBefore(int end) {
    int count = 0;
    int member = -1;
    boolean passes = false;
    for (int i = from(); i < end; i++) {
      int meta = record.meta(i);
      int m = Recorder.member(meta);
      if (m < 0) {
        continue;
      }
      if (m != member) {
        if (passes) {
          count++;
        }
        member = m;
        passes = true;
      }
      passes &= Recorder.outcome(meta) == Recorder.PASS;
    }
    return passes ? count + 1 : count;
  }

  /** The {@code count} facts as an immutable list: {@code first}, {@code second}, or all. */
  private static List<Fact> factList(@Nullable Fact first, @Nullable Fact second,
      Fact @Nullable [] all, int count) {
    return switch (count) {
      case 0 -> List.of();
      case 1 -> List.of(first);
      case 2 -> List.of(first, second);
      default -> new ArrayView<>(all, count);
    };
  }

  /** Whether the fact at {@code at} in the record was recorded earlier in the same result. */
  private boolean recordedBefore(int start, int at, String name, Object value) {
    for (int f = start; f < at; f += record.width(f)) {
      Object entry = record.facts[f];
      if (entry instanceof Fact kept ? kept.name().equals(name) && kept.value().equals(value)
          : name.equals(entry) && value.equals(record.facts[f + 1])) {
        return true;
      }
    }
    return false;
  }

  /** The member of index {@code m} as an Optional, made once per assessment. */
  private Optional<Nik> member(int m) {
    return record.memberNik(m);
  }

  /**
   * Adds to {@code out} the missing facts recorded by result {@code i}, as recorded (a
   * {@link Recorder.Missing}, or a family's {@link MissingFact} within a group), each once.
   */
  private void addMissing(int i, Distinct out) {
    for (int f = record.factStart(i), end = record.factEnd(i); f < end; f += record.width(f)) {
      if (Recorder.isMissing(record.facts[f])) {
        out.add(record.facts[f]);
      }
    }
  }

  /**
   * Missing-fact entries of the record, each once, in the order first added. Equal entries make
   * equal missing facts and unequal ones unequal (members are named by distinct NIKs), so the
   * facts come out each once too. The record mostly holds one shared entry per fact and member,
   * so the same instance is found first; few facts are missing at a time, so a scan of the list
   * is the cheaper set, and past {@link #SCAN} entries (a household of hundreds of undecided
   * members) a hash set beside it keeps each addition from scanning them all.
   */
  private static final class Distinct {
    private static final int SCAN = 16;

    // An array of its own rather than a list: no more objects than the list it replaced.
    private Object[] items;
    private int size;
    private @Nullable Set<Object> seen;

    Distinct(int capacity) {
      this.items = new Object[capacity];
    }

    void add(Object recorded) {
      Set<Object> s = seen;
      if (s != null) {
        if (s.add(recorded)) {
          append(recorded);
        }
        return;
      }
      for (int k = 0; k < size; k++) {
        Object o = items[k];
        if (o == recorded || o.equals(recorded)) {
          return;
        }
      }
      append(recorded);
      if (size > SCAN) {
        seen = new HashSet<>(Arrays.asList(items).subList(0, size));
      }
    }

    private void append(Object recorded) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = recorded;
    }
  }

  /** The missing facts of {@code recorded} entries, in order. */
  private List<MissingFact> missingFacts(Distinct recorded) {
    // Most results that miss facts miss one or two: no array for them.
    Object[] items = recorded.items;
    return switch (recorded.size) {
      case 0 -> List.of();
      case 1 -> List.of(missingFact(items[0]));
      case 2 -> List.of(missingFact(items[0]), missingFact(items[1]));
      default -> {
        MissingFact[] out = new MissingFact[recorded.size];
        for (int k = 0; k < out.length; k++) {
          out[k] = missingFact(items[k]);
        }
        yield new ArrayView<>(out, out.length);
      }
    };
  }

  private MissingFact missingFact(Object recorded) {
    if (recorded instanceof MissingFact ready) {
      // A family's own missing fact, within a group, is recorded ready made.
      return ready;
    }
    return ((Recorder.Missing) recorded).toFact(record);
  }

  /**
   * Adds (as {@link #addMissing}) the missing facts of the members whose own status is
   * UNDETERMINED, in NIK order, each member's in the order recorded: what {@link #members()}
   * shows of them, read from the record.
   */
  private void addUndecidedMembersMissing(Distinct missing) {
    // A member's results are recorded together, members in NIK order (Engine.decide's member
    // loop): one pass over each member's run of results tells its status, and a second over the
    // same run adds what an undecided member misses.
    int previous = -1;
    for (int i = from(); i < to; ) {
      int m = Recorder.member(record.meta(i));
      if (m < 0) {
        i++;
        continue;
      }
      assert m > previous : "a member's results are not recorded together";
      previous = m;
      int end = i;
      boolean failed = false;
      boolean unknown = false;
      for (; end < to && Recorder.member(record.meta(end)) == m; end++) {
        byte o = Recorder.outcome(record.meta(end));
        failed |= o == Recorder.FAIL;
        unknown |= o == Recorder.UNKNOWN;
      }
      if (unknown && !failed) {
        for (int k = i; k < end; k++) {
          if (Recorder.outcome(record.meta(k)) == Recorder.UNKNOWN) {
            addMissing(k, missing);
          }
        }
      }
      i = end;
    }
  }

  /**
   * Who benefits.
   *
   * @return the beneficiaries; empty unless ELIGIBLE
   */
  public List<Beneficiary> beneficiaries() {
    return granted.beneficiaries();
  }

  /**
   * What the beneficiaries receive: each benefit without a recipient goes to every beneficiary,
   * one with a recipient to that member.
   *
   * @return the benefits; empty unless ELIGIBLE
   */
  public List<Benefit> benefits() {
    return granted.benefits();
  }

  /**
   * The household's priority for a limited quota, with its reasons.
   *
   * @return the priority; never null
   */
  public Priority priority() {
    return record.priority;
  }

  /**
   * The program's code.
   *
   * @return for example {@code PKH_PLUS}
   */
  public String programCode() {
    return plan.program.info().code();
  }

  /**
   * Whether the status is ELIGIBLE.
   *
   * @return true when eligible
   */
  public boolean isEligible() {
    return status() == Status.ELIGIBLE;
  }

  /**
   * The result of the criterion with {@code code}, household-level first, then the first
   * member-level one in NIK order.
   *
   * @param code the reason code; never null
   * @return the result, if the criterion was evaluated
   */
  public Optional<CriterionResult> result(String code) {
    Objects.requireNonNull(code, "code");
    int found = -1;
    for (int i = from(); i < to; i++) {
      int meta = record.meta(i);
      if (plan.program.rule(Recorder.criterion(meta)).criterion().code().equals(code)) {
        if (Recorder.member(meta) < 0) {
          return Optional.of(result(i));
        }
        if (found < 0 || Recorder.member(meta) < Recorder.member(record.meta(found))) {
          found = i;
        }
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(result(found));
  }

  /**
   * The facts still needed to decide, in the order found, each once; empty unless UNDETERMINED.
   *
   * @return the facts, each with its path, label and the member it concerns
   */
  public List<MissingFact> missingFacts() {
    if (status() != Status.UNDETERMINED) {
      return List.of();
    }
    // Read from the record, as criteria() would show them, without building the results.
    Distinct found = new Distinct(4);
    for (int i = from(); i < to; i++) {
      int meta = record.meta(i);
      if (Recorder.member(meta) >= 0 || Recorder.outcome(meta) != Recorder.UNKNOWN) {
        continue;
      }
      addMissing(i, found);
      if (plan.program.rule(Recorder.criterion(meta)).kind() == Program.Kind.QUALIFYING) {
        addUndecidedMembersMissing(found);
      }
    }
    return missingFacts(found);
  }

  /**
   * The codes of the household-level criteria that decided the status, in the program's order,
   * each once: those that failed when NOT_ELIGIBLE, those not known when UNDETERMINED; empty when
   * ELIGIBLE. Read from the record without building the criterion results, for a table of many
   * determinations; {@link #criteria()} gives each one's facts and messages.
   *
   * @return the codes, for example {@code [PKH_PLUS.QUALIFYING_MEMBER]}
   */
  public List<String> decidingCodes() {
    if (status() == Status.ELIGIBLE) {
      return List.of();
    }
    byte deciding = status() == Status.UNDETERMINED ? Recorder.UNKNOWN : Recorder.FAIL;
    // Mostly one code decides: a list is made only for a second.
    String first = null;
    List<String> codes = null;
    for (int i = from(); i < to; i++) {
      int meta = record.meta(i);
      if (Recorder.member(meta) < 0 && Recorder.outcome(meta) == deciding) {
        String code = plan.program.rule(Recorder.criterion(meta)).criterion().code();
        if (first == null) {
          first = code;
        } else if (codes == null) {
          if (!code.equals(first)) {
            codes = new ArrayList<>(4);
            codes.add(first);
            codes.add(code);
          }
        } else if (!codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes != null ? List.copyOf(codes) : first != null ? List.of(first) : List.of();
  }

  /**
   * The weakest confidence among the parameter values this determination rests on (see {@link
   * #uncertainValues()} for which they are), in the order CONFIRMED, INFERRED, DISPUTED, ASSUMED.
   *
   * @return CONFIRMED when every value it rests on is confirmed; never null
   */
  public Confidence weakestConfidence() {
    // The same values as uncertainValues(), without building the list: a table of many
    // determinations reads this for every row.
    Confidence weakest = plan.inForce == null ? Confidence.CONFIRMED : plan.inForce.confidence();
    for (int i = from(); i < to; i++) {
      weakest = Plan.weaker(weakest, plan.weakest(Recorder.criterion(record.meta(i))));
    }
    if (status() == Status.ELIGIBLE) {
      weakest = Plan.weaker(weakest, plan.awardWeakest);
      for (Benefit b : benefits()) {
        weakest = Plan.weaker(weakest, b.source().confidence());
      }
    }
    return weakest;
  }

  /**
   * The parameter values this determination rests on that are not CONFIRMED, each once, in the
   * order met: the program's in-force value; the values cited by every criterion that was
   * evaluated (household-level, person-level and reports); and, when ELIGIBLE, the values the
   * award reads and those of the benefits granted. The household's priority is not counted.
   * Worked out from the record and the plan at each reading.
   *
   * @return the inferred, disputed and assumed values; empty when all are confirmed
   */
  public List<ParameterValue<?>> uncertainValues() {
    List<ParameterValue<?>> out = new ArrayList<>(4);
    if (plan.inForce != null) {
      addUncertain(out, plan.inForce);
    }
    for (int i = from(); i < to; i++) {
      for (ParameterValue<?> v : plan.uncertain(Recorder.criterion(record.meta(i)))) {
        addUncertain(out, v);
      }
    }
    if (status() == Status.ELIGIBLE) {
      for (ParameterValue<?> v : plan.awardValues) {
        addUncertain(out, v);
      }
      for (Benefit b : benefits()) {
        addUncertain(out, b.source());
      }
    }
    return List.copyOf(out);
  }

  private static void addUncertain(List<ParameterValue<?>> out, ParameterValue<?> v) {
    if (v.confidence() != Confidence.CONFIRMED && !out.contains(v)) {
      out.add(v);
    }
  }

  /**
   * The yearly totals of all benefits for all beneficiaries, per funder: each benefit without a
   * recipient once per beneficiary, each with a recipient once; a service or an item in kind
   * counts zero, and a benefit whose amount is not known is named in {@link
   * YearlyTotals#unknownAmounts()} instead of counting zero.
   *
   * @return the totals; {@link YearlyTotals#NONE} unless ELIGIBLE
   */
  public YearlyTotals yearlyTotals() {
    return YearlyTotals.of(benefits(), beneficiaries().size());
  }

  /**
   * The yearly total of the known amounts of all funders: {@code yearlyTotals().total()}.
   *
   * @return the total; zero unless ELIGIBLE; a lower bound when {@code
   *     yearlyTotals().hasUnknownAmounts()}
   */
  public Rupiah yearlyTotal() {
    return yearlyTotals().total();
  }

  /**
   * The yearly total of the known amounts one funder pays: {@code yearlyTotals().amount(funder)}.
   *
   * @param funder the funder; never null
   * @return the total; zero unless ELIGIBLE; a lower bound when {@code
   *     yearlyTotals().unknownAmounts().contains(funder)}
   */
  public Rupiah yearlyTotal(Funder funder) {
    return yearlyTotals().amount(funder);
  }

  /**
   * What one beneficiary receives: the benefits without a recipient and those addressed to it.
   *
   * @param beneficiary one of {@link #beneficiaries()}; never null
   * @return its benefits, empty when it is not a beneficiary
   */
  public List<Benefit> benefitsOf(Beneficiary beneficiary) {
    if (!beneficiaries().contains(beneficiary)) {
      return List.of();
    }
    return benefits().stream().filter(b -> b.recipient().isEmpty()
        || b.recipient().equals(beneficiary.member())).toList();
  }

  /**
   * Equal when the program, status, beneficiaries, benefits, priority and every recorded outcome
   * and fact are equal; compares the records without building explanations.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Determination d)) {
      return false;
    }
    if (!programCode().equals(d.programCode()) || status() != d.status()
        || !granted.equals(d.granted)
        || !record.priority.equals(d.record.priority) || to - from() != d.to - d.from()
        || !Arrays.equals(record.niks, d.record.niks)) {
      return false;
    }
    for (int i = 0; i < to - from(); i++) {
      int a = from() + i;
      int b = d.from() + i;
      if (record.meta(a) != d.record.meta(b)
          || !Arrays.equals(record.facts, record.factStart(a), record.factEnd(a),
              d.record.facts, d.record.factStart(b), d.record.factEnd(b))) {
        return false;
      }
    }
    for (int i = 0; i < to - from(); i++) {
      if (!plan.program.rule(Recorder.criterion(record.meta(from() + i))).equals(
          d.plan.program.rule(Recorder.criterion(d.record.meta(d.from() + i))))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = Objects.hash(programCode(), status(), granted, record.priority);
    for (int i = from(); i < to; i++) {
      h = 31 * h + record.meta(i);
    }
    return h;
  }

  /**
   * The program, status, number of results, beneficiaries (NIKs masked) and benefits.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Determination[program=" + programCode() + ", status=" + status() + ", results="
        + (to - from()) + ", beneficiaries=" + beneficiaries() + ", benefits=" + benefits()
        + ", priority=" + record.priority + "]";
  }
}
