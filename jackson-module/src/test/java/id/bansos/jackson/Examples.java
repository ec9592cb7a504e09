package id.bansos.jackson;

import id.bansos.jsonfixtures.WireExamples;

/**
 * The shared examples and golden files ({@link WireExamples}), with this module's registration of
 * their extension facts.
 */
final class Examples extends WireExamples {

  private Examples() {}

  static final ExtensionFacts SIDOARJO = ExtensionFacts.of(SIDOARJO_KEYS);
}
