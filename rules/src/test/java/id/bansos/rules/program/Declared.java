package id.bansos.rules.program;

import id.bansos.rules.Program;
import java.lang.reflect.Method;

/**
 * Programs declared anew, for tests. A program is declared once, while its class initialises;
 * mutation testing swaps a mutated class in after that, so a test that must see a mutation of
 * the declaring code (the parameters' timelines, the objects a rule builds once) declares the
 * program again through its private {@code declare()} (docs/testing.md).
 */
public final class Declared {

  private Declared() {}

  /**
   * The program of {@code type} declared anew.
   *
   * @param type a program class with a static {@code declare()}
   * @return a new program, equal in every rule to {@code type}'s shared one
   */
  public static Program anew(Class<?> type) {
    try {
      Method declare = type.getDeclaredMethod("declare");
      declare.setAccessible(true);
      return (Program) declare.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot declare " + type.getSimpleName() + " anew", e);
    }
  }
}
