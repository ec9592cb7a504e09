package id.bansos.rules;

import id.bansos.rules.param.Parameter;
import java.util.List;

/**
 * One program's rule: plain, typed Java over a household and a date, with every number read from
 * parameters. Implementations are immutable and thread-safe.
 *
 * <p>A regency writes a local program with the same building blocks as the provincial ones:
 * {@link Evaluation} for parameters and results, {@link id.bansos.rules.criteria.CommonCriteria}
 * for the shared criteria. See the README, "Extending for a regency".
 */
public interface Program {

  /**
   * What the program is.
   *
   * @return the program's description
   */
  ProgramInfo info();

  /**
   * The program's parameters with their default timelines, including the in-force parameter.
   * Shared parameters (those of {@link id.bansos.rules.criteria.CommonCriteria}) are not listed.
   *
   * @return the parameters
   */
  List<Parameter<?>> parameters();

  /**
   * Every criterion the program may report, for documentation.
   *
   * @return the criteria
   */
  List<Criterion> criteria();

  /**
   * Decides the program for the household of {@code evaluation} on its date. A required parameter
   * without a value on the date need not be handled: {@link Evaluation#param} stops the
   * evaluation and the engine reports the determination UNDETERMINED with a reason that names
   * the parameter.
   *
   * <p>The program must be pure: its determination may depend only on the evaluation (household,
   * date, parameters), never on time, randomness or state kept between calls. The engine relies
   * on this: it first runs the program without recording explanations ({@link
   * Evaluation#explaining()} false, results carry outcomes only) and runs it again, with
   * explanations, when someone reads them. A program that decides differently the second time
   * is reported with an {@link IllegalStateException} on that reading.
   *
   * @param evaluation the household, the date and the parameters; never null
   * @return the determination
   */
  Determination assess(Evaluation evaluation);
}
