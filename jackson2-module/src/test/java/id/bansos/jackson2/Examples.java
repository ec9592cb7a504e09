package id.bansos.jackson2;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import id.bansos.jsonfixtures.WireExamples;

/**
 * The shared examples and golden files ({@link WireExamples}), with this module's registration of
 * their extension facts.
 */
final class Examples extends WireExamples {

  private Examples() {}

  static final ExtensionFacts SIDOARJO = ExtensionFacts.of(SIDOARJO_KEYS);

  /**
   * {@code writer} printing as the golden files are printed: Jackson's default pretty printer
   * (Jackson 3 kept Jackson 2's), with {@code \n} line ends whatever the system's.
   */
  static ObjectWriter pretty(ObjectWriter writer) {
    return writer.with(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n")));
  }
}
