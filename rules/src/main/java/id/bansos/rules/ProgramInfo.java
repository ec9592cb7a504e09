package id.bansos.rules;

import id.bansos.rules.param.ParameterKey;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a program is: its stable code, names, the unit it is counted per, its legal or published
 * basis, the parameter that says when it is in force, and its {@link Kind}: whether it decides
 * eligibility or only records a service the household's data already shows.
 *
 * @param code stable upper-case code, for example {@code PKH_PLUS}; never null
 * @param name the program's name; never null
 * @param description what the program does, in both languages; never null
 * @param unit the unit it is counted and granted per (a program counted per household may still
 *     name the member it is paid for); never null
 * @param basis the legal or published basis; never null
 * @param inForce the parameter whose value {@code true} on a date puts the program in force;
 *     never null
 * @param kind whether the program decides eligibility or records a service; never null
 */
public record ProgramInfo(
    String code, Text name, Text description, BeneficiaryUnit unit, String basis,
    ParameterKey<Boolean> inForce, Kind kind) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** What an assessment makes of a program. */
  public enum Kind {
    /**
     * The program decides who is eligible: every assessment on a date when it is in force has
     * one {@link Determination} of it, ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED.
     */
    ELIGIBILITY,
    /**
     * The program records a service that the household's data already shows a member receives
     * (residential care in a provincial UPT, say), because the library knows no rule that would
     * decide who may receive it. An assessment lists it among its {@link
     * Assessment#serviceRecords()} for each member whose record shows the service, and never as
     * a determination: a household without it is not "not eligible", and one whose record is
     * silent is not "undetermined". {@link Engine#decide(Program, id.bansos.core.household.Household,
     * java.time.LocalDate)} still evaluates it as declared, for a caller who asks for it by name.
     */
    SERVICE_RECORD
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when the code is not upper case
   */
  public ProgramInfo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(inForce, "inForce");
    Objects.requireNonNull(kind, "kind");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a program code is upper case: " + code);
    }
  }

  /**
   * A program that decides eligibility ({@link Kind#ELIGIBILITY}), as nearly every program is.
   *
   * @param code stable upper-case code; never null
   * @param name the program's name; never null
   * @param description what the program does, in both languages; never null
   * @param unit the unit it is counted and granted per; never null
   * @param basis the legal or published basis; never null
   * @param inForce the parameter that puts the program in force; never null
   * @throws IllegalArgumentException when the code is not upper case
   */
  public ProgramInfo(String code, Text name, Text description, BeneficiaryUnit unit, String basis,
      ParameterKey<Boolean> inForce) {
    this(code, name, description, unit, basis, inForce, Kind.ELIGIBILITY);
  }

  /**
   * Whether the program decides eligibility, so that every assessment has a determination of it.
   *
   * @return true for {@link Kind#ELIGIBILITY}
   */
  public boolean decidesEligibility() {
    return kind == Kind.ELIGIBILITY;
  }
}
