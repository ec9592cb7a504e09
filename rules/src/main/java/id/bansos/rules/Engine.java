package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * Engine engine = Engine.of(JawaTimur.catalog());
 * Assessment a = engine.assess(household, LocalDate.of(2025, 7, 1));
 * a.determination("PKH_PLUS").map(Determination::status);
 * }</pre>
 */
public final class Engine {

  // The counts a qualifying-member result shows, made once for households of up to 31 members.
  // A household's own determination works them out from its members' results when read
  // (Determination.result); a group family's records them, as it decides one participant.
  static final Fact[] QUALIFYING = counts("qualifying");
  static final Fact[] CONSIDERED = counts("considered");

  // What a group program lacks when asked of a household alone.
  private static final Recorder.Missing NO_GROUP = new Recorder.Missing("group", -1);

  private final Catalog catalog;
  private final CatalogStamp stamp;

  private Engine(Catalog catalog) {
    this.catalog = catalog;
    this.stamp = CatalogStamp.of(catalog);
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
   * Every program in force on {@code date}, decided for {@code household}: one determination per
   * program that decides eligibility, and a service record for each member whose record shows a
   * service of a program of kind {@link ProgramInfo.Kind#SERVICE_RECORD}.
   *
   * @param household the household; never null
   * @param date the date of the assessment (ages, rules and amounts follow from it); never null
   * @return the assessment, one determination per program in force that decides eligibility, in
   *     catalog order
   */
  public Assessment assess(Household household, LocalDate date) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(date, "date");
    Plan plan = catalog.plan(date);
    Snapshot snapshot = Snapshot.of(household, date);
    Priority priority = Priorities.of(snapshot, plan);
    Recorder record = Recorder.forAssessment(date);
    Nik[] niks = snapshot.niks();
    Plan.ProgramPlan[] programs = plan.programs;
    Determination[] determinations = new Determination[plan.deciding];
    int n = 0;
    List<Determination> recorded = null;
    try {
      if (plan.shares > 0) {
        record.share(plan.shares);
      }
      for (Plan.ProgramPlan program : programs) {
        Determination d = decide(program, snapshot, record, priority, niks, null);
        if (program.program.info().decidesEligibility()) {
          determinations[n++] = d;
        } else if (d.isEligible()) {
          if (recorded == null) {
            recorded = new ArrayList<>(1);
          }
          recorded.add(d);
        }
      }
    } finally {
      // Also when a check throws, so that the thread's recording arrays are handed back.
      record.seal();
    }
    List<Determination> list = new ArrayView<>(determinations, n);
    List<ServiceRecord> services = List.of();
    if (recorded != null) {
      List<ServiceRecord> out = new ArrayList<>(recorded.size());
      for (Determination d : recorded) {
        out.addAll(ServiceRecord.of(d));
      }
      services = out;
    }
    return new Assessment(household.kkNumber(), date, list,
        Priorities.conflicts(list, plan.nonStacking), services, stamp);
  }

  /**
   * One program's determination for {@code household} on {@code date}, whether or not the
   * program is in force then. A program of kind {@link ProgramInfo.Kind#SERVICE_RECORD} is
   * evaluated as declared: ELIGIBLE when the record shows the service.
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
      pp = Plan.ProgramPlan.resolve(program, catalog, date);
    }
    Snapshot snapshot = Snapshot.of(household, date);
    Recorder record = new Recorder(date, 16);
    Determination d =
        decide(pp, snapshot, record, Priorities.of(snapshot, plan), snapshot.niks(), null);
    record.seal();
    return d;
  }

  /**
   * Every group program in force on {@code date}, decided for {@code group}: each member family
   * is decided by the program's household criteria (its person-level criteria for the
   * participant only), then the group by the program's group criteria.
   *
   * @param group the group; never null
   * @param date the date of the assessment; never null
   * @return one assessment per group program in force, in catalog order
   */
  public List<GroupAssessment> assess(Group group, LocalDate date) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(date, "date");
    List<GroupAssessment> out = new ArrayList<>(1);
    for (Plan.ProgramPlan pp : catalog.plan(date).programs) {
      if (pp.program.isGroupProgram()) {
        out.add(decide(pp, true, group, date));
      }
    }
    return List.copyOf(out);
  }

  /**
   * One group program's assessment of {@code group} on {@code date}, whether or not the program
   * is in force then (when it is not, the group is NOT_ELIGIBLE with reason {@code
   * <PROGRAM>.PROGRAM_IN_FORCE}).
   *
   * @param program the group program; never null
   * @param group the group; never null
   * @param date the date; never null
   * @return the assessment
   * @throws IllegalArgumentException when {@code program} is not a group program
   */
  public GroupAssessment decide(Program program, Group group, LocalDate date) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(date, "date");
    if (!program.isGroupProgram()) {
      throw new IllegalArgumentException(program.info().code() + " is not a group program");
    }
    for (Plan.ProgramPlan pp : catalog.plan(date).programs) {
      if (pp.program == program) {
        return decide(pp, true, group, date);
      }
    }
    return decide(Plan.ProgramPlan.resolve(program, catalog, date), false, group, date);
  }

  private GroupAssessment decide(Plan.ProgramPlan pp, boolean inForce, Group group,
      LocalDate date) {
    Plan plan = catalog.plan(date);
    List<GroupAssessment.Family> families = new ArrayList<>(group.size());
    int qualifying = 0;
    int undetermined = 0;
    List<Beneficiary> participants = new ArrayList<>();
    List<MissingFact> familyMissing = new ArrayList<>();
    for (Group.Member m : group.members()) {
      Snapshot snapshot = Snapshot.of(m.household(), date);
      Recorder r = new Recorder(date, 16);
      Determination d = decide(pp, snapshot, r, Priorities.of(snapshot, plan), snapshot.niks(),
          m.participant());
      r.seal();
      families.add(new GroupAssessment.Family(m.household().kkNumber(), m.participant(), d));
      if (d.isEligible()) {
        qualifying++;
        participants.add(Beneficiary.member(m.participant()));
      } else if (d.status() == Status.UNDETERMINED) {
        undetermined++;
        for (MissingFact f : d.missingFacts()) {
          familyMissing.add(f.ofHousehold(m.household().kkNumber()));
        }
      }
    }
    Recorder record = new Recorder(date, 8);
    Program program = pp.program;
    Status status;
    if (!inForce) {
      record.show("date", date);
      record.result(program.programInForceRule(), -1, Recorder.FAIL);
      status = Status.NOT_ELIGIBLE;
    } else if (pp.missing != null) {
      notInForce(pp, record);
      status = Status.UNDETERMINED;
    } else {
      record.bind(pp.values);
      GroupSnapshot snapshot = new GroupSnapshot(group, date, qualifying, undetermined);
      byte combined = Recorder.PASS;
      for (int rule : program.groupRules()) {
        Program.Rule rl = program.rule(rule);
        byte o;
        if (rl.kind() == Program.Kind.ENOUGH_FAMILIES) {
          int needed = (Integer) pp.value(rl.uses()[0]).value();
          record.show("qualifying", qualifying);
          record.show("undetermined", undetermined);
          o = qualifying >= needed ? Recorder.PASS
              : qualifying + undetermined < needed ? Recorder.FAIL : Recorder.UNKNOWN;
          if (o == Recorder.UNKNOWN) {
            for (MissingFact f : familyMissing) {
              record.addMissing(f);
            }
          }
        } else {
          o = evaluate(rl, snapshot, record);
        }
        record.result(rule, -1, o);
        combined = combine(combined, o);
      }
      status = status(combined);
    }
    List<Benefit> benefits = List.of();
    if (status == Status.ELIGIBLE) {
      Optional<ParameterValue<BenefitSchedule>> benefit =
          record.parameter(program.groupBenefit());
      benefits = benefit.map(b -> List.of(new Benefit(b))).orElse(List.of());
    } else {
      participants = List.of();
    }
    record.seal();
    Determination groupLevel = new Determination(pp, status, List.copyOf(participants), benefits,
        record, 0, record.size);
    return new GroupAssessment(group.name(), date, groupLevel, families, stamp);
  }

  private static Fact[] counts(String name) {
    Fact[] out = new Fact[32];
    for (int n = 0; n < out.length; n++) {
      out[n] = new Fact(name, n);
    }
    return out;
  }

  /** The fact that {@code n} of {@code counts}: the one made once, or a new one past 31. */
  static Fact count(Fact[] counts, int n) {
    return n < counts.length ? counts[n] : new Fact(counts[0].name(), n);
  }

  private static byte combine(byte status, byte outcome) {
    if (outcome == Recorder.FAIL) {
      return Recorder.FAIL;
    }
    return outcome == Recorder.UNKNOWN && status == Recorder.PASS ? Recorder.UNKNOWN : status;
  }

  private static Status status(byte combined) {
    return combined == Recorder.PASS ? Status.ELIGIBLE
        : combined == Recorder.FAIL ? Status.NOT_ELIGIBLE : Status.UNDETERMINED;
  }

  private static void notInForce(Plan.ProgramPlan plan, Recorder r) {
    r.show("parameter", plan.missing.name());
    r.show("date", r.date());
    r.addMissing(new Recorder.Missing("parameter " + plan.missing.name(), -1,
        Text.of("nilai aturan " + plan.missing.name() + " pada tanggal ini",
            "the value of rule " + plan.missing.name() + " on this date")));
    r.result(plan.program.notInForceRule(), -1, Recorder.UNKNOWN);
  }

  // participant: null for a household's own assessment; for a family of a group, the member
  // whose person-level criteria are decided.
  private static Determination decide(Plan.ProgramPlan plan, Snapshot snapshot, Recorder r,
      Priority priority, Nik[] niks, Nik participant) {
    Program program = plan.program;
    // What every determination of the record shares.
    r.about(niks, priority);
    int from = r.size;
    if (plan.missing != null) {
      notInForce(plan, r);
      return new Determination(plan, Status.UNDETERMINED, List.of(), List.of(), r, from, r.size);
    }
    if (participant == null && program.isGroupProgram()) {
      r.addMissing(NO_GROUP);
      r.result(program.groupRequiredRule(), -1, Recorder.UNKNOWN);
      return new Determination(plan, Status.UNDETERMINED, List.of(), List.of(), r, from, r.size);
    }
    r.bind(plan.values);

    // Person-level criteria: every member on the date, each member's status by the same rule
    // as a determination's. A member's results are recorded together, members in NIK order:
    // Determination.members() and its undecided members' missing facts read them so.
    int[] memberRules = plan.memberRules;
    List<Member> members = snapshot.members();
    int qualifying = 0;
    boolean undecided = false;
    // The qualifying members, in NIK order: the first two apart, an array only from the third
    // (in most households no one qualifies, and the list is made only for an award).
    Member first = null;
    Member second = null;
    Member[] more = null;
    if (memberRules.length > 0) {
      for (int m = 0; m < members.size(); m++) {
        Member member = members.get(m);
        if (participant != null && !member.nik().equals(participant)) {
          continue;
        }
        byte status = Recorder.PASS;
        for (int rule : memberRules) {
          Program.Rule rl = program.rule(rule);
          byte o = evaluate(rl, member, r);
          r.result(rule, m, o);
          status = combine(status, o);
          if (o == Recorder.FAIL && rl.kind() == Program.Kind.GATE) {
            break;
          }
        }
        if (status == Recorder.PASS) {
          if (qualifying == 0) {
            first = member;
          } else if (qualifying == 1) {
            second = member;
          } else {
            if (more == null) {
              more = new Member[members.size()];
              more[0] = first;
              more[1] = second;
            }
            more[qualifying] = member;
          }
          qualifying++;
        } else if (status == Recorder.UNKNOWN) {
          undecided = true;
        }
      }
    }

    byte status = Recorder.PASS;
    int[] householdRules = plan.householdRules;
    int[] shares = plan.householdShares;
    for (int i = 0; i < householdRules.length; i++) {
      int rule = householdRules[i];
      Program.Rule rl = program.rule(rule);
      int share = shares == null ? -1 : shares[i];
      int earlier = share < 0 ? -1 : r.sharedResult(share);
      byte o;
      if (rl.kind() == Program.Kind.QUALIFYING) {
        if (participant != null) {
          r.addFact(count(QUALIFYING, qualifying));
          r.addFact(count(CONSIDERED, 1));
        }
        o = qualifying > 0 ? Recorder.PASS : undecided ? Recorder.UNKNOWN : Recorder.FAIL;
      } else if (earlier >= 0) {
        // The same test with the same values, already evaluated in this assessment.
        status = combine(status, r.repeat(rule, earlier));
        continue;
      } else {
        o = evaluate(rl, snapshot, r);
      }
      r.result(rule, -1, o);
      if (share >= 0) {
        r.shareLast(share);
      }
      status = combine(status, o);
    }
    if (status != Recorder.PASS) {
      return new Determination(plan, status(status), List.of(), List.of(), r, from, r.size);
    }
    Grants grants = new Grants(program, r);
    List<Member> qualified = switch (qualifying) {
      case 0 -> List.of();
      case 1 -> List.of(first);
      case 2 -> List.of(first, second);
      default -> new ArrayView<>(more, qualifying);
    };
    program.award().award(snapshot, qualified, r, grants);
    return new Determination(plan, Status.ELIGIBLE, grants.beneficiaries(), grants.benefits(),
        r, from, r.size);
  }

  @SuppressWarnings("unchecked")
  private static <S> byte evaluate(Program.Rule rule, S subject, Recorder r) {
    int mark = r.mark();
    byte o;
    try {
      o = ((Check<S>) rule.check()).eval(subject, r);
    } catch (Check.UnnamedUnknown e) {
      throw new IllegalStateException(rule.criterion().code() + ": " + e.getMessage(), e);
    }
    if (o != Recorder.UNKNOWN) {
      r.dropMissing(mark);
    }
    return o;
  }
}
