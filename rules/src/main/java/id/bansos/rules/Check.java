package id.bansos.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A three-valued test of one subject (a {@link Member}, or the household as a {@link Snapshot}):
 * PASS, FAIL or UNKNOWN. Checks are declared once per program and evaluated by the engine, which
 * owns the three-valued logic:
 *
 * <ul>
 *   <li>a leaf ({@link #fact}, {@link #test}, {@link #outcome}) is UNKNOWN only when a fact it
 *       reads is absent, or, for {@link #outcome}, one it names with {@link Recorder#absent};
 *   <li>{@link #allOf} and {@link #anyOf} follow Kleene logic: FAIL and PASS respectively decide
 *       whatever the unknown parts would have said;
 *   <li>{@link #anyMember} and {@link #noMember} quantify over the members on the date with the
 *       same logic.
 * </ul>
 *
 * <p>The facts a check reads are recorded for the explanation; the missing facts of an UNKNOWN
 * outcome are exactly those whose absence left it undecided.
 *
 * @param <S> the subject: {@link Member} or {@link Snapshot}
 */
public abstract class Check<S> {

  Check() {}

  /** Evaluates the check, recording facts; returns PASS, FAIL or UNKNOWN as a byte. */
  abstract byte eval(S subject, Recorder r);

  /** Adds the fact names this check may record, for checking message placeholders. */
  abstract void names(Set<String> out);

  /**
   * A test written as code over facts read with {@link Recorder#get}: PASS when it returns true,
   * FAIL when false, UNKNOWN when a fact it reads is absent.
   *
   * @param test the test; never null
   * @param shows names of the values the test records with {@link Recorder#show}, which the
   *     criterion's messages may use
   * @param <S> the subject type
   * @return the check
   */
  public static <S> Check<S> test(Test<S> test, String... shows) {
    Objects.requireNonNull(test, "test");
    List<String> names = List.of(shows);
    return new Check<>() {
      @Override
      byte eval(S subject, Recorder r) {
        try {
          return test.test(subject, r) ? Recorder.PASS : Recorder.FAIL;
        } catch (Recorder.Unknown u) {
          return Recorder.UNKNOWN;
        }
      }

      @Override
      void names(Set<String> out) {
        out.addAll(names);
      }
    };
  }

  /**
   * A test written as code that answers UNKNOWN itself, without a throw: it returns {@link
   * Outcome#UNKNOWN} through {@link Recorder#absent}, which names the missing fact, and PASS or
   * FAIL otherwise. A fact read with {@link Recorder#get} that is absent still ends it UNKNOWN, as
   * in {@link #test}.
   *
   * <p>Prefer {@link #fact} and the combinators, which never throw and need no branch for an
   * absent fact. Use this for a test whose missing fact is not one key's absent value (a grant
   * history that was not checked, a disability recorded without its details), or for a test
   * read for most members of most households: ending a check by a throw costs several times
   * what the test itself does.
   *
   * <p>A fact named missing on the way to a PASS or FAIL is dropped: it did not decide. An
   * assessment that meets a test answering UNKNOWN without naming a missing fact, or answering
   * null, fails with an {@link IllegalStateException} naming the criterion.
   *
   * @param test the test; never null
   * @param shows names of the values the test records with {@link Recorder#show}, which the
   *     criterion's messages may use
   * @param <S> the subject type
   * @return the check
   */
  public static <S> Check<S> outcome(OutcomeTest<S> test, String... shows) {
    Objects.requireNonNull(test, "test");
    List<String> names = List.of(shows);
    return new Check<>() {
      @Override
      byte eval(S subject, Recorder r) {
        int mark = r.mark();
        Outcome o;
        try {
          o = test.test(subject, r);
        } catch (Recorder.Unknown u) {
          return Recorder.UNKNOWN;
        }
        if (o == Outcome.PASS || o == Outcome.FAIL) {
          // A fact named missing on the way did not decide the answer.
          r.dropMissing(mark);
          return o == Outcome.PASS ? Recorder.PASS : Recorder.FAIL;
        }
        if (o == null || !r.missingSince(mark)) {
          throw new UnnamedUnknown(o);
        }
        return Recorder.UNKNOWN;
      }

      @Override
      void names(Set<String> out) {
        out.addAll(names);
      }
    };
  }

  /**
   * A test of one fact: PASS when {@code test} holds for its value, FAIL when not, UNKNOWN when
   * the fact is absent.
   *
   * @param key the fact; never null
   * @param test the test of its value; never null
   * @param <S> the subject type
   * @param <T> the value type
   * @return the check
   */
  public static <S, T> Check<S> fact(FactKey<S, T> key, Predicate<? super T> test) {
    return new FactTest<>(Objects.requireNonNull(key, "key"), Objects.requireNonNull(test, "test"),
        null);
  }

  /**
   * A test of one fact against parameter values: PASS when {@code test} holds for its value,
   * FAIL when not, UNKNOWN when the fact is absent.
   *
   * @param key the fact; never null
   * @param test the test of its value, with the recorder to read parameters; never null
   * @param <S> the subject type
   * @param <T> the value type
   * @return the check
   */
  public static <S, T> Check<S> fact(FactKey<S, T> key,
      BiPredicate<? super T, Recorder> test) {
    return new FactTest<>(Objects.requireNonNull(key, "key"), null,
        Objects.requireNonNull(test, "test"));
  }

  /**
   * A test of one fact, by a predicate of its value alone or of its value and the recorder: one
   * of the two is given. The most common check of every program, so the predicate is called
   * directly rather than through a second lambda around it.
   */
  private static final class FactTest<S, T> extends Check<S> {
    private final FactKey<S, T> key;
    private final @Nullable Predicate<? super T> test;
    private final @Nullable BiPredicate<? super T, Recorder> withRecorder;

    FactTest(FactKey<S, T> key, @Nullable Predicate<? super T> test,
        @Nullable BiPredicate<? super T, Recorder> withRecorder) {
      this.key = key;
      this.test = test;
      this.withRecorder = withRecorder;
    }

    @Override
    byte eval(S subject, Recorder r) {
      T value = r.read(subject, key);
      if (value == null) {
        return Recorder.UNKNOWN;
      }
      try {
        Predicate<? super T> t = test;
        boolean holds = t != null ? t.test(value) : withRecorder.test(value, r);
        return holds ? Recorder.PASS : Recorder.FAIL;
      } catch (Recorder.Unknown u) {
        return Recorder.UNKNOWN;
      }
    }

    @Override
    void names(Set<String> out) {
      out.add(key.name());
    }
  }

  /**
   * Passes when every check passes, fails when one fails (the rest are then not evaluated),
   * otherwise UNKNOWN.
   *
   * @param checks the checks, in order; never null, not empty
   * @param <S> the subject type
   * @return the check
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> Check<S> allOf(Check<S>... checks) {
    return combine(checks.clone(), Recorder.FAIL, Recorder.PASS);
  }

  /**
   * Passes when one check passes (the rest are then not evaluated), fails when every one fails,
   * otherwise UNKNOWN.
   *
   * @param checks the checks, in order; never null, not empty
   * @param <S> the subject type
   * @return the check
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> Check<S> anyOf(Check<S>... checks) {
    return combine(checks.clone(), Recorder.PASS, Recorder.FAIL);
  }

  private static <S> Check<S> combine(Check<S>[] parts, byte decisive, byte otherwise) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("a combination needs at least one check");
    }
    for (Check<S> c : parts) {
      Objects.requireNonNull(c, "check");
    }
    return new Check<>() {
      @Override
      byte eval(S subject, Recorder r) {
        int mark = r.mark();
        boolean unknown = false;
        for (Check<S> c : parts) {
          byte o = c.eval(subject, r);
          if (o == decisive) {
            r.dropMissing(mark);
            return decisive;
          }
          unknown |= o == Recorder.UNKNOWN;
        }
        if (!unknown) {
          return otherwise;
        }
        return Recorder.UNKNOWN;
      }

      @Override
      void names(Set<String> out) {
        for (Check<S> c : parts) {
          c.names(out);
        }
      }
    };
  }

  /**
   * {@code then}, asked only once {@code first} passes: FAIL where {@code first} fails, UNKNOWN
   * (with {@code first}'s missing facts only) where it is unknown. For a fact that means nothing
   * until another is known (a husband's health, before a husband is on the card); where {@code
   * then} would fail anyway the answer is UNKNOWN rather than FAIL, never the reverse.
   *
   * @param first the check that must pass first; never null
   * @param then the check asked next; never null
   * @param <S> the subject type
   * @return the check
   */
  public static <S> Check<S> given(Check<S> first, Check<S> then) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(then, "then");
    return new Check<>() {
      @Override
      byte eval(S subject, Recorder r) {
        byte o = first.eval(subject, r);
        return o == Recorder.PASS ? then.eval(subject, r) : o;
      }

      @Override
      void names(Set<String> out) {
        first.names(out);
        then.names(out);
      }
    };
  }

  /**
   * This check, declaring the names of values it shows with {@link Recorder#show} from inside a
   * {@link #fact} test, so that a criterion's messages may use them.
   *
   * @param names the names shown
   * @return the check
   */
  public Check<S> showing(String... names) {
    Check<S> self = this;
    List<String> shown = List.of(names);
    return new Check<>() {
      @Override
      byte eval(S subject, Recorder r) {
        return self.eval(subject, r);
      }

      @Override
      void names(Set<String> out) {
        self.names(out);
        out.addAll(shown);
      }
    };
  }

  /**
   * PASS where {@code check} fails, FAIL where it passes, UNKNOWN where it is unknown.
   *
   * @param check the check; never null
   * @param <S> the subject type
   * @return the check
   */
  public static <S> Check<S> not(Check<S> check) {
    Objects.requireNonNull(check, "check");
    return new Check<>() {
      @Override
      byte eval(S subject, Recorder r) {
        byte o = check.eval(subject, r);
        return o == Recorder.UNKNOWN ? o : o == Recorder.PASS ? Recorder.FAIL : Recorder.PASS;
      }

      @Override
      void names(Set<String> out) {
        check.names(out);
      }
    };
  }

  /**
   * Passes when {@code check} passes for some member on the date, fails when it fails for every
   * member (or there is none), otherwise UNKNOWN. Only the deciding member's facts are kept: the
   * first that passes, or, when UNKNOWN, the missing facts of each undecided member.
   *
   * @param memberFact the name under which the passing member's masked NIK is shown; never null
   * @param check the member check; never null
   * @return the household check
   */
  public static Check<Snapshot> anyMember(String memberFact, Check<Member> check) {
    Objects.requireNonNull(memberFact, "memberFact");
    Objects.requireNonNull(check, "check");
    return new Check<>() {
      @Override
      byte eval(Snapshot household, Recorder r) {
        int start = r.mark();
        boolean unknown = false;
        List<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
          int mark = r.mark();
          Member m = members.get(i);
          byte o = check.eval(m, r);
          if (o == Recorder.PASS) {
            r.show(memberFact, m.nik());
            // Keep this member's facts only.
            int end = r.mark();
            System.arraycopy(r.facts, mark, r.facts, start, end - mark);
            r.truncate(start + end - mark);
            return Recorder.PASS;
          }
          if (o == Recorder.FAIL) {
            r.truncate(mark);
          } else {
            unknown = true;
            r.keepMissing(mark);
          }
        }
        return unknown ? Recorder.UNKNOWN : Recorder.FAIL;
      }

      @Override
      void names(Set<String> out) {
        out.add(memberFact);
        check.names(out);
      }
    };
  }

  /**
   * Passes when {@code check} fails for every member on the date, fails when it passes for one
   * (whose facts and masked NIK, under {@code memberFact}, are kept), otherwise UNKNOWN.
   *
   * @param memberFact the name under which the member who fails the household is shown; never
   *     null
   * @param check the member check; never null
   * @return the household check
   */
  public static Check<Snapshot> noMember(String memberFact, Check<Member> check) {
    return not(anyMember(memberFact, check));
  }

  /**
   * {@code check}, marked as the same test in every program that declares it under {@code id}.
   * Within one {@link Engine#assess(id.bansos.core.household.Household, java.time.LocalDate)},
   * the household criteria whose checks are marked with one id and whose declared parameters
   * (the {@code uses} of {@link Program.Builder#household}) have equal values on the date are
   * evaluated once, by the first of their programs that reaches its household criteria; the
   * others record the same outcome and the same facts under their own criterion, without
   * evaluating. {@link Engine#decide} and the assessment of a group evaluate every check. The
   * household criteria of {@link id.bansos.rules.criteria.CommonCriteria} (region, register,
   * family-wide occupations, membership of another program, earlier grants) are marked.
   *
   * <p>Mark a check only when its outcome and the facts it records depend on nothing but the
   * household on the date and the values of the parameters declared with its criterion. Values
   * are compared with {@code equals} on {@link id.bansos.rules.param.ParameterValue#value()}:
   * their dates, confidence and sources are not compared, so a shared check must not record
   * them. Ids are one space for the whole catalog, whoever wrote the programs: anything else the
   * check depends on (a program it asks about, a grant type) belongs in the id, as in {@code
   * "COMMON.RECEIVES_PKH"}, and a check of one's own takes an id of one's own. The mark only
   * matters at the top of a household criterion; inside another check it changes nothing.
   *
   * @param id what the check tests, the same for every declaration of the same test, for
   *     example {@code "COMMON.REGISTRY"}; never null
   * @param check the check; never null
   * @return the marked check
   */
  public static Check<Snapshot> shared(String id, Check<Snapshot> check) {
    return new Shared(Objects.requireNonNull(id, "id"), Objects.requireNonNull(check, "check"));
  }

  /** A check marked by {@link #shared}. */
  static final class Shared extends Check<Snapshot> {
    final String id;
    private final Check<Snapshot> check;

    private Shared(String id, Check<Snapshot> check) {
      this.id = id;
      this.check = check;
    }

    @Override
    byte eval(Snapshot subject, Recorder r) {
      return check.eval(subject, r);
    }

    @Override
    void names(Set<String> out) {
      check.names(out);
    }
  }

  /** An outcome test that answered UNKNOWN (or null) without naming a missing fact. */
  static final class UnnamedUnknown extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UnnamedUnknown(@Nullable Outcome answered) {
      super("a check answered " + answered
          + " without naming a missing fact; answer UNKNOWN with Recorder.absent");
    }
  }

  /**
   * A test written as code that answers UNKNOWN itself; see {@link #outcome}.
   *
   * @param <S> the subject type
   */
  @FunctionalInterface
  public interface OutcomeTest<S> {
    /**
     * Tests {@code subject}.
     *
     * @param subject the member or household; never null
     * @param r reads facts and parameters, records values to show, and names a missing fact
     *     with {@link Recorder#absent}; never null
     * @return PASS, FAIL, or the UNKNOWN that {@link Recorder#absent} returned; never null
     */
    Outcome test(S subject, Recorder r);
  }

  /**
   * A test written as code; see {@link #test}.
   *
   * @param <S> the subject type
   */
  @FunctionalInterface
  public interface Test<S> {
    /**
     * Tests {@code subject}.
     *
     * @param subject the member or household; never null
     * @param r reads facts and parameters, and records values to show; never null
     * @return whether the subject passes
     */
    boolean test(S subject, Recorder r);
  }
}
