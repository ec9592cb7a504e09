package id.bansos.rules;

import id.bansos.core.household.Household;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import id.bansos.rules.criteria.CommonCriteria;
import id.bansos.rules.criteria.NonStackingRules;
import id.bansos.rules.param.ParameterValue;

/**
 * Assesses households against a catalog. Immutable and thread-safe: one engine serves any number
 * of threads, and the same household and date always give the same assessment.
 *
 * <pre>{@code
 * Engine engine = Engine.of(Catalog.jawaTimur());
 * Assessment a = engine.assess(household, LocalDate.of(2025, 7, 1));
 * a.determination("PKH_PLUS").map(Determination::status);
 * }</pre>
 */
public final class Engine {

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
    List<Program> programs = catalog.inForce(date);
    AssessmentContext context = new AssessmentContext(household, date);
    Priority priority = Priorities.of(household, date, catalog, context);
    List<Determination> determinations = new ArrayList<>(programs.size());
    for (Program p : programs) {
      determinations.add(decide(p, household, date, priority, context));
    }
    return new Assessment(household.kkNumber(), date, determinations,
        conflicts(determinations, date));
  }

  private List<StackingConflict> conflicts(List<Determination> determinations, LocalDate date) {
    Optional<ParameterValue<NonStackingRules>> rules =
        catalog.at(CommonCriteria.NON_STACKING, date);
    if (rules.isEmpty()) {
      return List.of();
    }
    List<StackingConflict> found = new ArrayList<>(0);
    for (int i = 0; i < determinations.size(); i++) {
      Determination a = determinations.get(i);
      if (!a.isEligible()) {
        continue;
      }
      for (int j = i + 1; j < determinations.size(); j++) {
        Determination b = determinations.get(j);
        if (b.isEligible()) {
          rules.get().value().find(a.programCode(), b.programCode()).ifPresent(pair ->
              found.add(new StackingConflict(a.programCode(), b.programCode(), pair.basis())));
        }
      }
    }
    return found;
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
    AssessmentContext context = new AssessmentContext(household, date);
    return decide(program, household, date, Priorities.of(household, date, catalog, context),
        context);
  }

  // Decides without explanations; the determination re-runs the program with them (in a fresh
  // context, which gives the same values) when they are first read.
  private Determination decide(Program program, Household household, LocalDate date,
      Priority priority, AssessmentContext context) {
    Supplier<Determination> explainer = () -> explain(program, household, date, priority);
    Evaluation evaluation =
        new Evaluation(program.info(), household, date, catalog, priority, context, explainer);
    try {
      return program.assess(evaluation);
    } catch (MissingParameterException e) {
      return parameterNotInForce(explaining(program, household, date, priority, context), e);
    }
  }

  private Determination explain(Program program, Household household, LocalDate date,
      Priority priority) {
    Evaluation evaluation = explaining(program, household, date, priority,
        new AssessmentContext(household, date));
    try {
      return program.assess(evaluation);
    } catch (MissingParameterException e) {
      return parameterNotInForce(evaluation, e);
    }
  }

  private Evaluation explaining(Program program, Household household, LocalDate date,
      Priority priority, AssessmentContext context) {
    return new Evaluation(program.info(), household, date, catalog, priority, context);
  }

  private static Determination parameterNotInForce(Evaluation ev, MissingParameterException e) {
    Criterion criterion = new Criterion(ev.program().code() + ".PARAMETER_NOT_IN_FORCE",
        Text.of("Parameter berlaku pada tanggal", "Parameter in force on the date"),
        "Catalog",
        Text.of("Parameter {parameter} berlaku.", "Parameter {parameter} is in force."),
        Text.of("Parameter {parameter} tidak berlaku.", "Parameter {parameter} is not in force."),
        Text.of("Parameter {parameter} tidak memiliki nilai pada {date}; keputusan tidak dapat"
            + " diambil sampai nilainya ditetapkan.",
            "Parameter {parameter} has no value on {date}; no decision until a value is set."));
    CriterionResult result = ev.result(criterion).fact("parameter", e.key().name())
        .fact("date", ev.date()).unknown("parameter " + e.key().name());
    return ev.decide(List.of(result), List.of(), List.of(), List.of());
  }
}
