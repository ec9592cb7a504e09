package id.bansos.rules;

import id.bansos.rules.param.Confidence;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalog compiled for one period over which no parameter value changes: the programs in
 * force, each with every parameter value it reads resolved, and the shared values the engine
 * itself reads. Immutable.
 */
final class Plan {

  /** One program in force over the period, with its parameter values by handle slot. */
  static final class ProgramPlan {
    final Program program;
    final ParameterValue<?>[] values;
    /** The first required parameter without a value in the period, or null. */
    final ParameterKey<?> missing;
    /** The value of the program's in-force parameter in the period, or null. */
    final ParameterValue<?> inForce;
    /** The values of the parameters the award reads besides its benefits, those in force. */
    final List<ParameterValue<?>> awardValues;
    /** The weakest confidence of {@link #awardValues}; CONFIRMED when there are none. */
    final Confidence awardWeakest;

    /** The household-level and person-level rules that apply in the period, in order. */
    final int[] householdRules;
    final int[] memberRules;
    /**
     * For each of {@link #householdRules}, the plan's slot of its {@link Check#shared} check, or
     * -1; null when none of them is shared.
     */
    final int @Nullable [] householdShares;

    /** The parameter values each rule's explanation cites, made once for the period. */
    private final List<List<ParameterValue<?>>> used;
    /** Of {@link #used}, those not CONFIRMED, by rule: most rules have none. */
    private final ParameterValue<?>[][] uncertain;
    /** The weakest confidence of each rule's values, CONFIRMED when it cites none. */
    private final Confidence[] weakest;

    /** The program's parameter values in force on {@code date} in {@code catalog}. */
    static ProgramPlan resolve(Program program, Catalog catalog, LocalDate date) {
      return resolve(program, catalog, date, null);
    }

    /**
     * As {@link #resolve(Program, Catalog, LocalDate)}, giving each shared household check a
     * slot of {@code shares}, by its id and the values of its declared parameters.
     */
    private static ProgramPlan resolve(Program program, Catalog catalog, LocalDate date,
        @Nullable Map<List<Object>, Integer> shares) {
      List<Param<?>> params = program.params();
      ParameterValue<?>[] values = new ParameterValue<?>[params.size()];
      ParameterKey<?> missing = null;
      for (int i = 0; i < values.length; i++) {
        ParameterKey<?> key = params.get(i).key();
        values[i] = catalog.at(key, date).orElse(null);
        if (values[i] == null && key.isRequired() && missing == null) {
          missing = key;
        }
      }
      return new ProgramPlan(program, values, missing,
          catalog.at(program.info().inForce(), date).orElse(null), shares);
    }

    private ProgramPlan(Program program, ParameterValue<?>[] values, ParameterKey<?> missing,
        ParameterValue<?> inForce, @Nullable Map<List<Object>, Integer> shares) {
      this.program = program;
      this.values = values;
      this.missing = missing;
      this.inForce = inForce;
      List<ParameterValue<?>> award = new ArrayList<>(1);
      for (Param<?> p : program.awardUses()) {
        if (values[p.slot()] != null) {
          award.add(values[p.slot()]);
        }
      }
      this.awardValues = List.copyOf(award);
      this.awardWeakest = weakest(award);
      this.householdRules = applying(program, program.householdRules(), values);
      this.memberRules = applying(program, program.memberRules(), values);
      this.householdShares = shares == null ? null
          : shares(program, householdRules, values, shares);
      List<List<ParameterValue<?>>> byRule = new ArrayList<>();
      for (int r = 0; program.hasRule(r); r++) {
        List<ParameterValue<?>> cited = new ArrayList<>(2);
        for (Param<?> p : program.rule(r).uses()) {
          if (values[p.slot()] != null) {
            cited.add(values[p.slot()]);
          }
        }
        byRule.add(List.copyOf(cited));
      }
      this.used = List.copyOf(byRule);
      this.uncertain = new ParameterValue<?>[byRule.size()][];
      this.weakest = new Confidence[byRule.size()];
      for (int r = 0; r < uncertain.length; r++) {
        uncertain[r] = uncertain(byRule.get(r));
        weakest[r] = weakest(byRule.get(r));
      }
    }

    private static final ParameterValue<?>[] NONE_UNCERTAIN = new ParameterValue<?>[0];

    /**
     * The values of {@code values} that are not CONFIRMED, in order. A loop, not a stream: a
     * catalog compiles this for every rule of every program in every period (some 2,000 times
     * for the default catalog) before the JIT has compiled anything, where an interpreted stream
     * pipeline costs many times a loop.
     */
    private static ParameterValue<?>[] uncertain(List<ParameterValue<?>> values) {
      int n = 0;
      for (ParameterValue<?> v : values) {
        if (v.confidence() != Confidence.CONFIRMED) {
          n++;
        }
      }
      if (n == 0) {
        return NONE_UNCERTAIN;
      }
      ParameterValue<?>[] out = new ParameterValue<?>[n];
      n = 0;
      for (ParameterValue<?> v : values) {
        if (v.confidence() != Confidence.CONFIRMED) {
          out[n++] = v;
        }
      }
      return out;
    }

    /** The weakest confidence of {@code values}; CONFIRMED when there are none. */
    private static Confidence weakest(List<ParameterValue<?>> values) {
      Confidence weakest = Confidence.CONFIRMED;
      for (ParameterValue<?> v : values) {
        weakest = weaker(weakest, v.confidence());
      }
      return weakest;
    }

    /** The rules of {@code rules} whose condition, if any, has a value in the period. */
    private static int[] applying(Program program, int[] rules, ParameterValue<?>[] values) {
      int n = 0;
      int[] out = new int[rules.length];
      for (int r : rules) {
        Param<?> condition = program.rule(r).condition();
        if (condition == null || values[condition.slot()] != null) {
          out[n++] = r;
        }
      }
      return n == rules.length ? rules : Arrays.copyOf(out, n);
    }

    /** The slots of {@code rules}' shared checks in {@code slots}, made on first need. */
    private static int @Nullable [] shares(Program program, int[] rules,
        ParameterValue<?>[] values, Map<List<Object>, Integer> slots) {
      int[] out = null;
      for (int i = 0; i < rules.length; i++) {
        Program.Rule rule = program.rule(rules[i]);
        if (rule.check() instanceof Check.Shared shared) {
          List<Object> key = new ArrayList<>(1 + rule.uses().length);
          key.add(shared.id);
          for (Param<?> p : rule.uses()) {
            ParameterValue<?> v = values[p.slot()];
            key.add(v == null ? null : v.value());
          }
          if (out == null) {
            out = new int[rules.length];
            Arrays.fill(out, -1);
          }
          Integer slot = slots.get(key);
          if (slot == null) {
            slot = slots.size();
            slots.put(key, slot);
          }
          out[i] = slot;
        }
      }
      return out;
    }

    ParameterValue<?> value(Param<?> p) {
      return values[p.slot()];
    }

    List<ParameterValue<?>> used(int rule) {
      return used.get(rule);
    }

    /** The values of {@link #used} that are not CONFIRMED. */
    ParameterValue<?>[] uncertain(int rule) {
      return uncertain[rule];
    }

    /** The weakest confidence of the values of {@link #used}; CONFIRMED when there are none. */
    Confidence weakest(int rule) {
      return weakest[rule];
    }
  }

  final LocalDate from;
  final ProgramPlan[] programs;
  final List<Program> inForce;
  final PriorityWeights weights;
  final int elderlyAge;
  final int childLimit;
  final NonStackingRules nonStacking;
  /** How many slots the programs' shared checks take ({@link ProgramPlan#householdShares}). */
  final int shares;
  /** How many of the programs decide eligibility: an assessment's determinations. */
  final int deciding;
  // Every household of the period has one of few priorities; each is made once, on first use.
  // Racy but safe: a Priority is immutable and equal however often it is made.
  private final Priority[] priorities = new Priority[Priorities.KEYS];

  Plan(Catalog catalog, LocalDate from) {
    this.from = from;
    List<ProgramPlan> plans = new ArrayList<>();
    List<Program> programs = new ArrayList<>();
    Map<List<Object>, Integer> shares = new HashMap<>();
    for (Program p : catalog.programs()) {
      Optional<ParameterValue<Boolean>> inForce = catalog.at(p.info().inForce(), from);
      if (!inForce.map(ParameterValue::value).orElse(false)) {
        continue;
      }
      plans.add(ProgramPlan.resolve(p, catalog, from, shares));
      programs.add(p);
    }
    this.programs = plans.toArray(new ProgramPlan[0]);
    this.inForce = List.copyOf(programs);
    this.shares = shares.size();
    int deciding = 0;
    for (Program p : programs) {
      if (p.info().decidesEligibility()) {
        deciding++;
      }
    }
    this.deciding = deciding;
    this.weights = catalog.at(EngineParameters.PRIORITY_WEIGHTS, from)
        .map(ParameterValue::value).orElse(null);
    this.elderlyAge = catalog.at(EngineParameters.ELDERLY_AGE, from).map(ParameterValue::value)
        .orElse(Integer.MAX_VALUE);
    this.childLimit = catalog.at(EngineParameters.CHILD_AGE_LIMIT, from)
        .map(ParameterValue::value).orElse(0);
    this.nonStacking = catalog.at(EngineParameters.NON_STACKING, from)
        .map(ParameterValue::value).orElse(null);
  }

  /** The weaker of two confidences. */
  static Confidence weaker(Confidence a, Confidence b) {
    return b.isWeakerThan(a) ? b : a;
  }

  Priority priority(int key) {
    Priority p = priorities[key];
    if (p == null) {
      p = Priorities.of(weights, key);
      priorities[key] = p;
    }
    return p;
  }
}
