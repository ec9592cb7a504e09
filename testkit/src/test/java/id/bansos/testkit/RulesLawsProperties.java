package id.bansos.testkit;

import id.bansos.rules.program.JawaTimur;
import org.junit.jupiter.api.Test;

/**
 * The rules module's own laws, run here because the testkit depends on the rules (so the rules
 * cannot use the testkit in their tests).
 */
class RulesLawsProperties {

  @Test
  void provincialCatalogKeepsEveryLaw() {
    RuleLaws.check(JawaTimur.catalog());
  }
}
