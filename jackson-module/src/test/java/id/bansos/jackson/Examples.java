package id.bansos.jackson;

import id.bansos.core.household.ExtensionKey;
import id.bansos.jsonfixtures.WireExamples;
import id.bansos.rules.BeneficiaryUnit;
import id.bansos.rules.Program;
import id.bansos.rules.ProgramInfo;
import id.bansos.rules.Text;
import id.bansos.rules.param.ParameterKey;

/**
 * The shared examples and golden files ({@link WireExamples}), with this module's registration of
 * their extension facts.
 */
final class Examples extends WireExamples {

  private Examples() {}

  static final ExtensionFacts SIDOARJO = ExtensionFacts.of(SIDOARJO_KEYS);

  /** A made-up local program that reads {@code facts}, for a regency's derived catalog. */
  static Program localProgramReading(ExtensionKey<?>... facts) {
    ParameterKey<Boolean> inForce = ParameterKey.required("SIDOARJO_LOCAL.IN_FORCE", Boolean.class);
    ProgramInfo info = new ProgramInfo("SIDOARJO_LOCAL", Text.of("Lokal", "Local"),
        Text.of("Contoh", "Example"), BeneficiaryUnit.HOUSEHOLD, "example", inForce);
    return Program.builder(info).extensionFacts(facts)
        .award((h, q, r, g) -> g.household()).build();
  }
}
