package id.bansos.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A criterion of a program: its stable reason code, what it checks, its published basis, and the
 * message for each outcome in both languages.
 *
 * @param code the stable reason code, for example {@code PKH_PLUS.AGE_AT_LEAST}; never null
 * @param title what the criterion checks; never null
 * @param basis the legal or published basis, for example {@code "Antara, 15 Dec 2023; Bhirawa,
 *     Nov 2024"}; never null
 * @param pass message when it passes; never null
 * @param fail message when it fails; never null
 * @param unknown message when it cannot be decided; never null
 */
public record Criterion(String code, Text title, String basis, Text pass, Text fail, Text unknown) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*\\.[A-Z][A-Z0-9_]*");

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when the code is not {@code PROGRAM.REASON} in upper case
   */
  public Criterion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(fail, "fail");
    Objects.requireNonNull(unknown, "unknown");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a reason code is PROGRAM.REASON in upper case: " + code);
    }
  }

  /**
   * The message for {@code outcome}.
   *
   * @param outcome the outcome; never null
   * @return the message template
   */
  public Text message(Outcome outcome) {
    return switch (outcome) {
      case PASS -> pass;
      case FAIL -> fail;
      case UNKNOWN -> unknown;
    };
  }
}
