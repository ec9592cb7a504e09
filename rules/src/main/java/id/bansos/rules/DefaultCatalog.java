package id.bansos.rules;

import id.bansos.rules.program.aspd.Aspd;
import id.bansos.rules.program.pkhplus.PkhPlus;
import java.util.List;

/** The provincial catalog, built once. */
final class DefaultCatalog {

  static final Catalog INSTANCE = Catalog.of("Jawa Timur", List.of(
      new PkhPlus(),
      new Aspd()));

  private DefaultCatalog() {}
}
