package id.bansos.rules;

import id.bansos.core.household.ExtensionKey;
import id.bansos.rules.param.Parameter;
import id.bansos.rules.param.ParameterKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One program, declared: its description, its parameters with their default timelines, its
 * criteria (household-level and person-level, each a {@link Check}), and its {@link Award}. The
 * engine evaluates the declaration; a program never runs code of its own outside its checks and
 * award, and never decides what "unknown" means.
 *
 * <p>The determination's status follows from the household-level criteria: ELIGIBLE when all
 * pass, NOT_ELIGIBLE when one fails, otherwise UNDETERMINED. Person-level criteria are evaluated
 * for every member on the date; a member qualifies when all of them pass, and {@link
 * Builder#qualifying} turns the members' outcomes into one household-level criterion (PASS when
 * one qualifies, FAIL when none can, otherwise UNKNOWN).
 *
 * <pre>{@code
 * Program.Builder b = Program.builder(INFO).parameters(PARAMETERS);
 * Param<Integer> minAge = b.param(MIN_AGE);
 * Program p = b
 *     .member(AGE, Check.fact(Facts.AGE, (age, r) -> age >= r.value(minAge)), minAge)
 *     .qualifying(QUALIFYING_MEMBER)
 *     .award(Award.eachQualifying(b.param(BENEFIT)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Message placeholders are checked when the program is built: a
 * placeholder that names neither a fact the criterion records nor a parameter it uses fails the
 * build.
 */
public final class Program {

  /** The kinds of rule a program declares. */
  enum Kind {
    HOUSEHOLD, MEMBER, GATE, QUALIFYING, REPORT, GROUP, ENOUGH_FAMILIES,
    NOT_IN_FORCE, GROUP_REQUIRED, PROGRAM_IN_FORCE
  }

  /**
   * One declared criterion with what evaluates it; {@code condition}, when not null, is the
   * optional parameter without whose value on a date the rule is neither evaluated nor reported.
   */
  record Rule(Criterion criterion, Kind kind, Check<?> check, Param<?>[] uses,
      Param<?> condition) {

    Rule(Criterion criterion, Kind kind, Check<?> check, Param<?>[] uses) {
      this(criterion, kind, check, uses, null);
    }
  }

  private final ProgramInfo info;
  private final List<Parameter<?>> parameters;
  private final List<Parameter<?>> shared;
  private final List<Param<?>> params;
  private final Rule[] rules;
  private final int[] household;
  private final int[] member;
  private final Award award;
  private final Param<?>[] awardUses;
  private final int notInForce;
  private final int[] group;
  private final Param<BenefitSchedule> groupBenefit;
  private final List<Criterion> criteria;
  private final List<ExtensionKey<?>> extensionFacts;

  private Program(Builder b) {
    this.info = b.info;
    this.extensionFacts = List.copyOf(b.extensionFacts);
    this.parameters = List.copyOf(b.parameters);
    this.shared = List.copyOf(b.shared);
    this.params = List.copyOf(b.params);
    int declared = b.rules.size();
    b.rules.add(new Rule(notInForce(info.code()), Kind.NOT_IN_FORCE, null, new Param<?>[0]));
    b.rules.add(new Rule(groupRequired(info.code()), Kind.GROUP_REQUIRED, null,
        new Param<?>[0]));
    b.rules.add(new Rule(programInForce(info.code()), Kind.PROGRAM_IN_FORCE, null,
        new Param<?>[0]));
    this.rules = b.rules.toArray(new Rule[0]);
    this.notInForce = declared;
    this.household = indexes(Kind.HOUSEHOLD, Kind.QUALIFYING);
    this.member = indexes(Kind.MEMBER, Kind.GATE);
    this.group = indexes(Kind.GROUP, Kind.ENOUGH_FAMILIES);
    this.groupBenefit = b.groupBenefit;
    if ((group.length > 0) != (groupBenefit != null)) {
      throw new IllegalArgumentException(info.code()
          + ": a group program declares group criteria and a group benefit, others neither");
    }
    this.award = Objects.requireNonNull(b.award, info.code() + ": no award declared");
    this.awardUses = b.awardUses;
    List<Criterion> all = new ArrayList<>(declared + 1);
    for (int i = 0; i < declared; i++) {
      all.add(rules[i].criterion());
    }
    if (group.length > 0) {
      all.add(rules[groupRequiredRule()].criterion());
    }
    this.criteria = List.copyOf(all);
    // The record keeps a result's criterion in 12 bits (Recorder).
    if (rules.length > 1 << 12) {
      throw new IllegalArgumentException(info.code() + ": too many criteria");
    }
  }

  private int[] indexes(Kind a, Kind b) {
    int n = 0;
    int[] out = new int[rules.length];
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].kind() == a || rules[i].kind() == b) {
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Starts a program's declaration.
   *
   * @param info what the program is; never null
   * @return the builder
   */
  public static Builder builder(ProgramInfo info) {
    return new Builder(info);
  }

  /**
   * What the program is.
   *
   * @return the description; never null
   */
  public ProgramInfo info() {
    return info;
  }

  /**
   * The program's own parameters with their default timelines, the in-force parameter included.
   * Shared parameters the program reads are defined by the catalog.
   *
   * @return the parameters; never null
   */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /**
   * The default timelines of shared parameters the program reads (the family-wide occupational
   * exclusions, say): a catalog takes each unless it already holds that parameter.
   *
   * @return the shared parameters; never null
   */
  public List<Parameter<?>> sharedParameters() {
    return shared;
  }

  /**
   * Every criterion the program may report, in declaration order, for documentation.
   *
   * @return the criteria; never null
   */
  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * The parameters the program reads, its own and shared ones, in the order their handles were
   * made.
   *
   * @return the keys; never null
   */
  public List<ParameterKey<?>> reads() {
    return params.stream().<ParameterKey<?>>map(Param::key).toList();
  }

  /**
   * The extension facts the program reads, as declared with {@link Builder#extensionFacts}, in
   * declaration order. A catalog lists those of all its programs ({@link
   * Catalog#extensionFacts()}), so that readers of households can accept them.
   *
   * @return the facts; never null
   */
  public List<ExtensionKey<?>> extensionFacts() {
    return extensionFacts;
  }

  List<Param<?>> params() {
    return params;
  }

  Rule rule(int index) {
    return rules[index];
  }

  boolean hasRule(int index) {
    return index < rules.length;
  }

  int[] householdRules() {
    return household;
  }

  int[] memberRules() {
    return member;
  }

  Award award() {
    return award;
  }

  /** The parameters the award reads besides the benefits it grants. */
  Param<?>[] awardUses() {
    return awardUses;
  }

  int notInForceRule() {
    return notInForce;
  }

  int groupRequiredRule() {
    return notInForce + 1;
  }

  int programInForceRule() {
    return notInForce + 2;
  }

  int[] groupRules() {
    return group;
  }

  Param<BenefitSchedule> groupBenefit() {
    return groupBenefit;
  }

  /**
   * Whether this is a group program, decided for a {@link Group} of families rather than for
   * one household; an assessment of one household reports it UNDETERMINED with reason {@code
   * <PROGRAM>.GROUP_REQUIRED}.
   *
   * @return true for a group program
   */
  public boolean isGroupProgram() {
    return group.length > 0;
  }

  int indexOf(Criterion criterion) {
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].criterion() == criterion) {
        return i;
      }
    }
    throw new IllegalArgumentException(info.code() + ": criterion not declared: "
        + criterion.code());
  }

  @Override
  public String toString() {
    return "Program[" + info.code() + "]";
  }

  private static Criterion notInForce(String code) {
    return new Criterion(code + ".PARAMETER_NOT_IN_FORCE",
        Text.of("Parameter berlaku pada tanggal", "Parameter in force on the date"),
        "Catalog",
        Text.of("Parameter {parameter} berlaku.", "Parameter {parameter} is in force."),
        Text.of("Parameter {parameter} tidak berlaku.", "Parameter {parameter} is not in force."),
        Text.of("Parameter {parameter} tidak memiliki nilai pada {date}; keputusan tidak dapat"
            + " diambil sampai nilainya ditetapkan.",
            "Parameter {parameter} has no value on {date}; no decision until a value is set."));
  }

  private static Criterion groupRequired(String code) {
    return new Criterion(code + ".GROUP_REQUIRED",
        Text.of("Program dinilai per kelompok", "The program is decided for a group"),
        "A group program (programs.md)",
        Text.of("Dinilai sebagai kelompok.", "Decided as a group."),
        Text.of("Tidak dapat dinilai per keluarga.", "Cannot be decided for one family."),
        Text.of("Program ini diberikan kepada kelompok keluarga; kelayakannya dinilai untuk"
                + " kelompok, tidak per keluarga.",
            "The program is given to a group of families; it is decided for the group, not"
                + " for one family."));
  }

  private static Criterion programInForce(String code) {
    return new Criterion(code + ".PROGRAM_IN_FORCE",
        Text.of("Program berlaku pada tanggal penilaian", "The program is in force on the date"),
        "Catalog",
        Text.of("Program berlaku pada {date}.", "The program is in force on {date}."),
        Text.of("Program tidak berlaku pada {date}.", "The program is not in force on {date}."),
        Text.of("Belum diketahui apakah program berlaku.",
            "Not known whether the program is in force."));
  }

  /** Declares a program. Not thread-safe; build once, in a static initialiser or a factory. */
  public static final class Builder {
    private final ProgramInfo info;
    private final List<Parameter<?>> parameters = new ArrayList<>();
    private final List<Parameter<?>> shared = new ArrayList<>();
    private final List<Param<?>> params = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<ExtensionKey<?>> extensionFacts = new ArrayList<>();
    private Award award;
    private Param<?>[] awardUses = new Param<?>[0];
    private Param<BenefitSchedule> groupBenefit;

    private Builder(ProgramInfo info) {
      this.info = Objects.requireNonNull(info, "info");
    }

    /**
     * What the program being declared is.
     *
     * @return the description; never null
     */
    public ProgramInfo info() {
      return info;
    }

    /**
     * Adds the program's own parameters with their default timelines.
     *
     * @param parameters the parameters; never null
     * @return this
     */
    public Builder parameters(List<Parameter<?>> parameters) {
      this.parameters.addAll(parameters);
      return this;
    }

    /**
     * Adds the default timeline of a shared parameter the program reads, which other programs
     * may bring too (see {@link Program#sharedParameters()}); the same parameter once.
     *
     * @param parameter the shared parameter; never null
     * @return this
     */
    public Builder shared(Parameter<?> parameter) {
      Objects.requireNonNull(parameter, "parameter");
      if (!shared.contains(parameter)) {
        shared.add(parameter);
      }
      return this;
    }

    /**
     * Declares extension facts the program reads (through {@link Facts#member(ExtensionKey)} or
     * {@link Facts#household(ExtensionKey)}), so that every catalog holding the program lists
     * them ({@link Catalog#extensionFacts()}) and a reader of households built from the catalog
     * accepts them without further setup. A fact declared again is kept once.
     *
     * @param keys the facts; never null, no element null
     * @return this
     * @throws IllegalArgumentException when a fact of the same name was declared with another
     *     type or kind
     */
    public Builder extensionFacts(ExtensionKey<?>... keys) {
      for (ExtensionKey<?> key : keys) {
        Objects.requireNonNull(key, "keys contains null");
        int at = extensionFacts.indexOf(key);
        if (at < 0) {
          extensionFacts.add(key);
        } else if (!Catalog.sameFact(extensionFacts.get(at), key)) {
          throw new IllegalArgumentException(info.code() + ": the extension fact " + key.name()
              + " is declared twice with different types");
        }
      }
      return this;
    }

    /**
     * The handle on a parameter the program reads, its own or a shared one; the same handle for
     * the same key. A required parameter without a value on a date leaves the program
     * UNDETERMINED on that date, with reason {@code <PROGRAM>.PARAMETER_NOT_IN_FORCE}.
     *
     * @param key the parameter; never null
     * @param <T> the value type
     * @return the handle
     */
    @SuppressWarnings("unchecked")
    public <T> Param<T> param(ParameterKey<T> key) {
      Objects.requireNonNull(key, "key");
      for (Param<?> p : params) {
        if (p.key().equals(key)) {
          return (Param<T>) p;
        }
      }
      Param<T> p = new Param<>(key, params.size());
      params.add(p);
      return p;
    }

    /**
     * Adds a household-level criterion.
     *
     * @param criterion the criterion; never null
     * @param check what decides it; never null
     * @param uses the parameters its explanation cites; for a {@link Check#shared} check, also
     *     every parameter it reads, since their values decide which programs share it
     * @return this
     */
    public Builder household(Criterion criterion, Check<Snapshot> check, Param<?>... uses) {
      return add(criterion, Kind.HOUSEHOLD, check, uses, Set.of());
    }

    /**
     * Adds a person-level criterion, evaluated for every member on the date.
     *
     * @param criterion the criterion; never null
     * @param check what decides it; never null
     * @param uses the parameters its explanation cites
     * @return this
     */
    public Builder member(Criterion criterion, Check<Member> check, Param<?>... uses) {
      return add(criterion, Kind.MEMBER, check, uses, Set.of());
    }

    /**
     * Adds a person-level criterion that applies only on dates when the optional parameter
     * {@code condition} has a value: on other dates it is neither evaluated nor reported, as if
     * it were not declared. This is how a program carries a rule that sources do not establish
     * and that a regency turns on by giving the parameter a value in its derived catalog (see
     * {@link id.bansos.rules.criteria.CommonCriteria#recipientNotExcluded}).
     *
     * @param criterion the criterion; never null
     * @param condition the optional parameter whose value switches the rule on; never null,
     *     and cited by the criterion's explanation
     * @param check what decides it; never null
     * @param uses further parameters its explanation cites
     * @return this
     * @throws IllegalArgumentException when {@code condition} is a required parameter
     */
    public Builder memberWhileSet(Criterion criterion, Param<?> condition, Check<Member> check,
        Param<?>... uses) {
      Objects.requireNonNull(condition, "condition");
      if (condition.key().isRequired()) {
        throw new IllegalArgumentException(criterion.code() + ": " + condition.key()
            + " is required, so it cannot switch a rule on and off");
      }
      Param<?>[] all = java.util.Arrays.copyOf(uses, uses.length + 1);
      all[uses.length] = condition;
      return add(criterion, Kind.MEMBER, check, all, Set.of(), condition);
    }

    /**
     * Adds a person-level criterion that, when it fails for a member, leaves that member's later
     * criteria unevaluated (a man is not asked about widowhood for a women's program).
     *
     * @param criterion the criterion; never null
     * @param check what decides it; never null
     * @param uses the parameters its explanation cites
     * @return this
     */
    public Builder memberGate(Criterion criterion, Check<Member> check, Param<?>... uses) {
      return add(criterion, Kind.GATE, check, uses, Set.of());
    }

    /**
     * Adds the household-level criterion "a member qualifies": PASS when one member passes every
     * person-level criterion, FAIL when none can, otherwise UNKNOWN with the undecided members'
     * missing facts. Its messages may use {@code {qualifying}} and {@code {considered}}.
     *
     * @param criterion the criterion; never null
     * @return this
     */
    public Builder qualifying(Criterion criterion) {
      return add(criterion, Kind.QUALIFYING, null, new Param<?>[0],
          Set.of("qualifying", "considered"));
    }

    /**
     * Declares a criterion that only an {@link Award} reports ({@link Grants#report}), always
     * passing, for a value that applied to an eligible household.
     *
     * @param criterion the criterion; never null
     * @param shows the names of the values the award shows for it
     * @param uses the parameters its explanation cites
     * @return this
     */
    public Builder reports(Criterion criterion, List<String> shows, Param<?>... uses) {
      return add(criterion, Kind.REPORT, null, uses, Set.copyOf(shows));
    }

    /**
     * Adds a group-level criterion of a group program, evaluated once for the group after its
     * member families are decided. A program with group criteria is a group program: its
     * household criteria are decided for each member family, its person-level criteria for that
     * family's participant only.
     *
     * @param criterion the criterion; never null
     * @param check what decides it; never null
     * @param uses the parameters its explanation cites
     * @return this
     */
    public Builder group(Criterion criterion, Check<GroupSnapshot> check, Param<?>... uses) {
      return add(criterion, Kind.GROUP, check, uses, Set.of());
    }

    /**
     * Adds the group-level criterion "enough member families qualify": PASS when at least
     * {@code min} families are ELIGIBLE, FAIL when fewer can still be, otherwise UNKNOWN with the
     * undecided families' missing facts. Its messages may use {@code {qualifying}} and {@code
     * {undetermined}}.
     *
     * @param criterion the criterion; never null
     * @param min the fewest qualifying families; never null
     * @return this
     */
    public Builder enoughFamilies(Criterion criterion, Param<Integer> min) {
      return add(criterion, Kind.ENOUGH_FAMILIES, null, new Param<?>[] {min},
          Set.of("qualifying", "undetermined"));
    }

    /**
     * Sets what an eligible group receives for each qualifying family's participant.
     *
     * @param benefit the benefit per participant; never null
     * @return this
     */
    public Builder groupBenefit(Param<BenefitSchedule> benefit) {
      this.groupBenefit = Objects.requireNonNull(benefit, "benefit");
      return this;
    }

    /**
     * Sets what an eligible determination grants.
     *
     * @param award the award; never null
     * @return this
     */
    public Builder award(Award award) {
      this.award = Objects.requireNonNull(award, "award");
      return this;
    }

    /**
     * Sets what an eligible determination grants, and the parameters the award reads besides the
     * benefits it grants (how many members are paid, say), so that an eligible determination
     * counts them among the values it rests on ({@link Determination#uncertainValues()}).
     *
     * @param award the award; never null
     * @param uses the parameters the award reads; handles of this program
     * @return this
     * @throws IllegalArgumentException when a handle is not this program's
     */
    public Builder award(Award award, Param<?>... uses) {
      for (Param<?> u : uses) {
        if (params.indexOf(u) < 0) {
          throw new IllegalArgumentException(info.code() + ": " + u.key()
              + " is not a parameter handle of this program");
        }
      }
      this.award = Objects.requireNonNull(award, "award");
      this.awardUses = uses.clone();
      return this;
    }

    private Builder add(Criterion criterion, Kind kind, Check<?> check, Param<?>[] uses,
        Set<String> shows) {
      return add(criterion, kind, check, uses, shows, null);
    }

    private Builder add(Criterion criterion, Kind kind, Check<?> check, Param<?>[] uses,
        Set<String> shows, Param<?> condition) {
      Objects.requireNonNull(criterion, "criterion");
      for (Param<?> u : uses) {
        if (params.indexOf(u) < 0) {
          throw new IllegalArgumentException(criterion.code() + ": " + u.key()
              + " is not a parameter handle of this program");
        }
      }
      for (Rule r : rules) {
        if (r.criterion().code().equals(criterion.code())) {
          throw new IllegalArgumentException("criterion declared twice: " + criterion.code());
        }
      }
      Set<String> names = new LinkedHashSet<>(shows);
      if (check != null) {
        check.names(names);
      }
      for (Param<?> u : uses) {
        String key = u.key().name();
        names.add(key.substring(key.lastIndexOf('.') + 1));
      }
      checkPlaceholders(criterion, names);
      rules.add(new Rule(criterion, kind, check, uses.clone(), condition));
      return this;
    }

    private static void checkPlaceholders(Criterion c, Set<String> names) {
      Set<String> unknown = new TreeSet<>();
      for (Text t : List.of(c.title(), c.pass(), c.fail(), c.unknown())) {
        placeholders(t.id(), names, unknown);
        placeholders(t.en(), names, unknown);
      }
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(c.code() + ": placeholders " + unknown
            + " name neither a fact it records nor a parameter it uses " + names);
      }
    }

    private static void placeholders(String template, Set<String> names, Set<String> unknown) {
      int i = template.indexOf('{');
      while (i >= 0) {
        int close = template.indexOf('}', i);
        if (close < 0) {
          return;
        }
        String name = template.substring(i + 1, close);
        if (!names.contains(name)) {
          unknown.add(name);
        }
        i = template.indexOf('{', close);
      }
    }

    /**
     * The program.
     *
     * @return the immutable program
     * @throws NullPointerException when no award was declared
     */
    public Program build() {
      return new Program(this);
    }
  }
}
