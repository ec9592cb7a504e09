package id.bansos.cli;

/**
 * Thrown when a whole input is not in the expected format (for example a CSV header with an
 * unknown column), as opposed to one bad record, which is reported and skipped. The message never
 * contains personal data.
 */
public final class InputFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the input as a whole; never null
   */
  public InputFormatException(String message) {
    super(message);
  }
}
