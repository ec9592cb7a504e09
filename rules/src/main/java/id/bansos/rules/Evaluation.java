package id.bansos.rules;

import id.bansos.core.household.Household;
import id.bansos.core.household.Person;
import id.bansos.core.identity.Nik;
import id.bansos.rules.param.ParameterKey;
import id.bansos.rules.param.ParameterValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The working state of one program's decision: the household, the date, the parameters in force,
 * and helpers to record criterion results. One instance per program and household; not shared
 * between threads.
 */
public final class Evaluation {

  private final ProgramInfo program;
  private final Household household;
  private final LocalDate date;
  private final ParameterLookup parameters;
  private final Priority priority;
  private final AssessmentContext context;
  // Null in the explaining mode. In the deciding mode, what re-runs the program with
  // explanations on first reading of a determination's criteria.
  private final Supplier<Determination> explainer;

  // One outcome-only result per criterion and outcome, and one stateless builder per criterion,
  // shared by every deciding evaluation; keyed by value, so the map is bounded by the distinct
  // criteria programs declare.
  private static final ConcurrentHashMap<Criterion, Decided> DECIDED = new ConcurrentHashMap<>();

  /**
   * A new evaluation.
   *
   * @param program the program decided; never null
   * @param household the household; never null
   * @param date the date of the assessment; never null
   * @param parameters the parameter values; never null
   */
  public Evaluation(ProgramInfo program, Household household, LocalDate date,
      ParameterLookup parameters) {
    this(program, household, date, parameters, Priorities.of(household, date, parameters));
  }

  Evaluation(ProgramInfo program, Household household, LocalDate date,
      ParameterLookup parameters, Priority priority) {
    this(program, household, date, parameters, priority, new AssessmentContext(household, date));
  }

  Evaluation(ProgramInfo program, Household household, LocalDate date,
      ParameterLookup parameters, Priority priority, AssessmentContext context) {
    this(program, household, date, parameters, priority, context, null);
  }

  Evaluation(ProgramInfo program, Household household, LocalDate date,
      ParameterLookup parameters, Priority priority, AssessmentContext context,
      Supplier<Determination> explainer) {
    this.explainer = explainer;
    this.context = context;
    this.program = Objects.requireNonNull(program, "program");
    this.household = Objects.requireNonNull(household, "household");
    this.date = Objects.requireNonNull(date, "date");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.priority = priority;
  }


  /**
   * Whether this evaluation records explanations (facts, parameters used, missing facts). When
   * false, the engine only wants the outcome and will run the program again with explanations if
   * anyone reads them; a program may then skip work done only for the explanation, such as
   * building the strings of missing facts.
   *
   * @return true when explanations are recorded
   */
  public boolean explaining() {
    return explainer == null;
  }

  /**
   * The program decided.
   *
   * @return the program's description
   */
  public ProgramInfo program() {
    return program;
  }

  /**
   * The household assessed.
   *
   * @return the household
   */
  public Household household() {
    return household;
  }

  /**
   * The household's members ordered by NIK, so that results never depend on the order of the
   * card.
   *
   * @return the members by NIK
   */
  public List<Person> membersByNik() {
    return context.membersByNik();
  }

  /**
   * The member's age on the date of the assessment, as {@link Person#ageOn(LocalDate)} gives it,
   * worked out once per assessment for all programs.
   *
   * @param member a member of the household; never null
   * @return the age in whole years, empty when the birth date is unknown or after the date
   */
  public Optional<Integer> ageOf(Person member) {
    return context.ageOn(Objects.requireNonNull(member, "member"), date);
  }

  /**
   * The date of the assessment.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The value of a parameter in force on the date. When there is none, the evaluation stops and
   * the engine reports the determination UNDETERMINED with reason {@code
   * <PROGRAM>.PARAMETER_NOT_IN_FORCE}, naming the parameter.
   *
   * @param key the parameter; never null
   * @param <T> its value type
   * @return the value in force
   */
  public <T> ParameterValue<T> param(ParameterKey<T> key) {
    Optional<ParameterValue<T>> value = parameters.at(key, date);
    if (value.isEmpty()) {
      throw new MissingParameterException(key);
    }
    return value.get();
  }

  /**
   * The value of an optional parameter in force on the date.
   *
   * @param key the parameter; never null
   * @param <T> its value type
   * @return the value, or empty when none is in force (not applicable then)
   */
  public <T> Optional<ParameterValue<T>> optionalParam(ParameterKey<T> key) {
    return parameters.at(key, date);
  }

  /**
   * The name of a member's missing fact as missing-fact lists spell it, with the NIK masked:
   * {@code member 3526**********02: occupation}.
   *
   * @param member the member; never null
   * @param fact the fact's name, for example {@code occupation}; never null
   * @return the missing fact's name
   */
  public String memberFact(Person member, String fact) {
    return context.missingPrefix(member.nik()) + Objects.requireNonNull(fact, "fact");
  }

  /**
   * Starts a household-level result of {@code criterion}.
   *
   * @param criterion the criterion; never null
   * @return a result builder
   */
  public ResultBuilder result(Criterion criterion) {
    if (explainer != null) {
      return decided(criterion).builder;
    }
    return new ResultBuilder(criterion, Optional.empty(), null);
  }

  /**
   * Starts a person-level result of {@code criterion} for {@code member}.
   *
   * @param criterion the criterion; never null
   * @param member the member's NIK; never null
   * @return a result builder
   */
  public ResultBuilder result(Criterion criterion, Nik member) {
    Objects.requireNonNull(member, "member");
    if (explainer != null) {
      return decided(criterion).builder;
    }
    return new ResultBuilder(criterion, context.member(member), null);
  }

  /**
   * Summarises person-level results into one household-level result: PASS when a member is
   * ELIGIBLE, FAIL when every member is NOT_ELIGIBLE (or none was considered), UNKNOWN otherwise,
   * with the missing facts of the undetermined members.
   *
   * @param criterion the summary criterion, for example {@code PKH_PLUS.QUALIFYING_MEMBER};
   *     never null
   * @param members the person-level results; never null
   * @return the summary result, whose fact {@code qualifying} counts the eligible members
   */
  public CriterionResult summary(Criterion criterion, List<MemberResult> members) {
    int eligible = 0;
    boolean undetermined = false;
    for (int i = 0; i < members.size(); i++) {
      MemberResult m = members.get(i);
      if (m.status() == Status.ELIGIBLE) {
        eligible++;
      } else if (m.status() == Status.UNDETERMINED) {
        undetermined = true;
      }
    }
    ResultBuilder b = result(criterion).fact("qualifying", eligible).fact("considered", members.size());
    if (eligible > 0) {
      return b.pass();
    }
    if (!undetermined) {
      return b.fail();
    }
    if (explainer != null) {
      return b.unknown(List.of());
    }
    // The missing facts are spelled out only when they decide the outcome.
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      MemberResult m = members.get(i);
      if (m.status() == Status.UNDETERMINED) {
        String prefix = context.missingPrefix(m.member());
        List<CriterionResult> results = m.criteria();
        for (int j = 0; j < results.size(); j++) {
          CriterionResult r = results.get(j);
          if (r.outcome() == Outcome.UNKNOWN) {
            for (String f : r.missingFacts()) {
              missing.add(prefix.concat(f));
            }
          }
        }
      }
    }
    return b.unknown(missing);
  }

  /**
   * The determination from the given results: its status follows from {@code criteria}; the
   * beneficiaries and benefits are kept only when that status is ELIGIBLE.
   *
   * @param criteria the household-level results; never null
   * @param members the person-level results; never null
   * @param beneficiaries who would benefit if eligible; never null
   * @param benefits what each would receive; never null
   * @return the determination
   */
  public Determination decide(List<CriterionResult> criteria, List<MemberResult> members,
      List<Beneficiary> beneficiaries, List<Benefit> benefits) {
    Status status = Status.ofResults(criteria);
    boolean eligible = status == Status.ELIGIBLE;
    if (explainer != null) {
      return new Determination(program, status, eligible ? beneficiaries : List.of(),
          eligible ? benefits : List.of(), priority, explainer);
    }
    return new Determination(program, status, criteria, members,
        eligible ? beneficiaries : List.of(), eligible ? benefits : List.of(), priority);
  }

  private static Decided decided(Criterion criterion) {
    Decided d = DECIDED.get(Objects.requireNonNull(criterion, "criterion"));
    return d != null ? d : DECIDED.computeIfAbsent(criterion, Decided::new);
  }

  /** The outcome-only results of one criterion and its builder, for deciding evaluations. */
  private static final class Decided {
    final CriterionResult pass;
    final CriterionResult fail;
    final CriterionResult unknown;
    final ResultBuilder builder;

    Decided(Criterion criterion) {
      this.pass = outcomeOnly(criterion, Outcome.PASS);
      this.fail = outcomeOnly(criterion, Outcome.FAIL);
      this.unknown = outcomeOnly(criterion, Outcome.UNKNOWN);
      // Published with the finished object through the map.
      this.builder = new ResultBuilder(criterion, Optional.empty(), this);
    }

    private static CriterionResult outcomeOnly(Criterion criterion, Outcome outcome) {
      return new CriterionResult(criterion, outcome, Optional.empty(), List.of(), List.of(),
          List.of());
    }
  }

  /**
   * Builds one criterion result.
   */
  public static final class ResultBuilder {
    private final Criterion criterion;
    private final Optional<Nik> member;
    // A deciding builder is shared between threads and evaluations: it records nothing and
    // hands out the shared outcome-only results.
    private final Decided decided;
    // Most results record one to three facts and at most two parameters; plain fields and
    // exact-size immutable lists at the end cost less than two growing ArrayLists copied again
    // by CriterionResult (List.copyOf of an immutable list returns it as is).
    private Fact[] facts;
    private int factCount;
    private ParameterValue<?> used0;
    private ParameterValue<?> used1;
    private List<ParameterValue<?>> usedMore;

    private ResultBuilder(Criterion criterion, Optional<Nik> member, Decided decided) {
      this.criterion = Objects.requireNonNull(criterion, "criterion");
      this.member = member;
      this.decided = decided;
    }

    /**
     * Records a fact read.
     *
     * @param name the fact's name; never null
     * @param value its value; never null
     * @return this
     */
    public ResultBuilder fact(String name, Object value) {
      if (decided != null) {
        return this;
      }
      Fact fact = new Fact(name, value);
      if (facts == null) {
        facts = new Fact[4];
      } else if (factCount == facts.length) {
        facts = Arrays.copyOf(facts, factCount * 2);
      }
      facts[factCount++] = fact;
      return this;
    }

    /**
     * Records a parameter value used.
     *
     * @param value the value; never null
     * @return this
     */
    public ResultBuilder param(ParameterValue<?> value) {
      Objects.requireNonNull(value, "value");
      if (decided != null) {
        return this;
      }
      if (used0 == null) {
        used0 = value;
      } else if (used1 == null) {
        used1 = value;
      } else {
        if (usedMore == null) {
          usedMore = new ArrayList<>(4);
          usedMore.add(used0);
          usedMore.add(used1);
        }
        usedMore.add(value);
      }
      return this;
    }

    private List<Fact> facts() {
      return switch (factCount) {
        case 0 -> List.of();
        case 1 -> List.of(facts[0]);
        case 2 -> List.of(facts[0], facts[1]);
        default -> List.of(Arrays.copyOf(facts, factCount));
      };
    }

    private List<ParameterValue<?>> used() {
      if (usedMore != null) {
        return List.copyOf(usedMore);
      }
      if (used0 == null) {
        return List.of();
      }
      return used1 == null ? List.of(used0) : List.of(used0, used1);
    }

    /**
     * The criterion passes.
     *
     * @return the result
     */
    public CriterionResult pass() {
      if (decided != null) {
        return decided.pass;
      }
      return new CriterionResult(criterion, Outcome.PASS, member, facts(), used(), List.of());
    }

    /**
     * The criterion fails.
     *
     * @return the result
     */
    public CriterionResult fail() {
      if (decided != null) {
        return decided.fail;
      }
      return new CriterionResult(criterion, Outcome.FAIL, member, facts(), used(), List.of());
    }

    /**
     * The criterion passes when {@code holds}, fails otherwise.
     *
     * @param holds whether it holds
     * @return the result
     */
    public CriterionResult passIf(boolean holds) {
      return holds ? pass() : fail();
    }

    /**
     * The criterion cannot be decided; {@code missing} names the facts that would decide it.
     *
     * @param missing the missing facts; never null, not empty
     * @return the result
     */
    public CriterionResult unknown(List<String> missing) {
      if (decided != null) {
        Objects.requireNonNull(missing, "missing");
        return decided.unknown;
      }
      return new CriterionResult(criterion, Outcome.UNKNOWN, member, facts(), used(), missing);
    }

    /**
     * The criterion cannot be decided for want of one fact.
     *
     * @param missing the missing fact; never null
     * @return the result
     */
    public CriterionResult unknown(String missing) {
      if (decided != null) {
        Objects.requireNonNull(missing, "missing");
        return decided.unknown;
      }
      return unknown(List.of(missing));
    }
  }
}
