package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assesses households against a catalog. Immutable and thread-safe: one engine serves any number
 * of threads, and the same household and date always give the same assessment.
 *
 * <p>An assessment looks up the catalog's plan for the date (every parameter value already
 * resolved), takes a {@link Snapshot} of the household on that date, and evaluates each program
 * in force once, recording every criterion's outcome. Explanations are built from that record
 * when read.
 *
 * <pre>{@code
 * Engine engine = Engine.of(Catalog.jawaTimur());
 * Assessment a = engine.assess(household, LocalDate.of(2025, 7, 1));
 * a.determination("PKH_PLUS").map(Determination::status);
 * }</pre>
 */
public final class Engine {

  private static final Nik[] NO_MEMBERS = new Nik[0];

  private final Catalog catalog;

  private Engine(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * An engine over {@code catalog}.
   *
   * @param catalog the catalog; never null
   * @return the engine
   */
  public static Engine of(Catalog catalog) {
    return new Engine(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * The catalog.
   *
   * @return the catalog
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Every program in force on {@code date}, decided for {@code household}.
   *
   * @param household the household; never null
   * @param date the date of the assessment (ages, rules and amounts follow from it); never null
   * @return the assessment, one determination per program in force, in catalog order
   */
  public Assessment assess(Household household, LocalDate date) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(date, "date");
    Plan plan = catalog.plan(date);
    Snapshot snapshot = Snapshot.of(household, date);
    Priority priority = Priorities.of(snapshot, plan);
    int members = snapshot.members().size();
    Recorder record = new Recorder(date,
        plan.householdResults + plan.resultsPerMember * members);
    Nik[] niks = members == 0 ? NO_MEMBERS : snapshot.niks();
    Plan.ProgramPlan[] programs = plan.programs;
    Determination[] determinations = new Determination[programs.length];
    for (int i = 0; i < programs.length; i++) {
      determinations[i] = decide(programs[i], snapshot, record, priority, niks);
    }
    List<Determination> list = List.of(determinations);
    return new Assessment(household.kkNumber(), date, list,
        Priorities.conflicts(list, plan.nonStacking));
  }

  /**
   * One program's determination for {@code household} on {@code date}, whether or not the
   * program is in force then.
   *
   * @param program the program; never null
   * @param household the household; never null
   * @param date the date; never null
   * @return the determination
   */
  public Determination decide(Program program, Household household, LocalDate date) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(date, "date");
    Plan plan = catalog.plan(date);
    Plan.ProgramPlan pp = null;
    for (Plan.ProgramPlan p : plan.programs) {
      if (p.program == program) {
        pp = p;
      }
    }
    if (pp == null) {
      pp = resolve(program, date);
    }
    Snapshot snapshot = Snapshot.of(household, date);
    Recorder record = new Recorder(date, 16);
    return decide(pp, snapshot, record, Priorities.of(snapshot, plan), snapshot.niks());
  }

  private Plan.ProgramPlan resolve(Program program, LocalDate date) {
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
    return new Plan.ProgramPlan(program, values, missing);
  }

  private static Determination decide(Plan.ProgramPlan plan, Snapshot snapshot, Recorder r,
      Priority priority, Nik[] niks) {
    Program program = plan.program;
    int from = r.size;
    if (plan.missing != null) {
      r.show("parameter", plan.missing.name());
      r.show("date", r.date());
      r.add(Recorder.MISSING, new Recorder.Missing("parameter " + plan.missing.name(), -1));
      r.result(program.notInForceRule(), -1, Recorder.UNKNOWN);
      return new Determination(plan, Status.UNDETERMINED, List.of(), List.of(), priority, r,
          from, r.size, niks);
    }
    r.bind(plan.values);

    // Person-level criteria: every member on the date, each member's status by the same rule
    // as a determination's.
    int[] memberRules = program.memberRules();
    List<Member> members = snapshot.members();
    int qualifying = 0;
    boolean undecided = false;
    List<Member> qualified = memberRules.length == 0 ? List.of() : new ArrayList<>(2);
    if (memberRules.length > 0) {
      for (int m = 0; m < members.size(); m++) {
        Member member = members.get(m);
        byte status = Recorder.PASS;
        for (int rule : memberRules) {
          Program.Rule rl = program.rule(rule);
          byte o = evaluate(rl, member, r);
          r.result(rule, m, o);
          if (o == Recorder.FAIL) {
            status = Recorder.FAIL;
            if (rl.kind() == Program.Kind.GATE) {
              break;
            }
          } else if (o == Recorder.UNKNOWN && status == Recorder.PASS) {
            status = Recorder.UNKNOWN;
          }
        }
        if (status == Recorder.PASS) {
          qualifying++;
          qualified.add(member);
        } else if (status == Recorder.UNKNOWN) {
          undecided = true;
        }
      }
    }

    byte status = Recorder.PASS;
    for (int rule : program.householdRules()) {
      Program.Rule rl = program.rule(rule);
      byte o;
      if (rl.kind() == Program.Kind.QUALIFYING) {
        r.show("qualifying", qualifying);
        r.show("considered", members.size());
        o = qualifying > 0 ? Recorder.PASS : undecided ? Recorder.UNKNOWN : Recorder.FAIL;
      } else {
        o = evaluate(rl, snapshot, r);
      }
      r.result(rule, -1, o);
      if (o == Recorder.FAIL) {
        status = Recorder.FAIL;
      } else if (o == Recorder.UNKNOWN && status == Recorder.PASS) {
        status = Recorder.UNKNOWN;
      }
    }
    if (status != Recorder.PASS) {
      return new Determination(plan, status == Recorder.FAIL ? Status.NOT_ELIGIBLE
          : Status.UNDETERMINED, List.of(), List.of(), priority, r, from, r.size, niks);
    }
    Grants grants = new Grants(program, r);
    program.award().award(snapshot, qualified, r, grants);
    return new Determination(plan, Status.ELIGIBLE, List.copyOf(grants.beneficiaries()),
        List.copyOf(grants.benefits()), priority, r, from, r.size, niks);
  }

  @SuppressWarnings("unchecked")
  private static <S> byte evaluate(Program.Rule rule, S subject, Recorder r) {
    int mark = r.mark();
    byte o = ((Check<S>) rule.check()).eval(subject, r);
    if (o != Recorder.UNKNOWN) {
      r.dropMissing(mark);
    }
    return o;
  }
}
