package id.bansos.rules;

import id.bansos.rules.param.ParameterKey;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a program is: its stable code, names, the unit it is counted per, its legal or published
 * basis, and the parameter that says when it is in force.
 *
 * @param code stable upper-case code, for example {@code PKH_PLUS}; never null
 * @param name the program's name; never null
 * @param description what the program does, in both languages; never null
 * @param unit the unit it is counted and granted per (a program counted per household may still
 *     name the member it is paid for); never null
 * @param basis the legal or published basis; never null
 * @param inForce the parameter whose value {@code true} on a date puts the program in force;
 *     never null
 */
public record ProgramInfo(
    String code, Text name, Text description, BeneficiaryUnit unit, String basis,
    ParameterKey<Boolean> inForce) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

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
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a program code is upper case: " + code);
    }
  }
}
