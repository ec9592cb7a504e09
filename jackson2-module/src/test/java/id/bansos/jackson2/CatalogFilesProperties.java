package id.bansos.jackson2;

import static org.quicktheories.QuickTheory.qt;

import id.bansos.jsonfixtures.CatalogGen;
import id.bansos.jsonfixtures.RegencyExample;
import id.bansos.rules.Catalog;
import org.junit.jupiter.api.Test;

class CatalogFilesProperties {

  private static final Catalog BASE = RegencyExample.base();

  @Test
  void writingAnyDerivedCatalogAndLoadingItBackGivesTheSameFingerprint() {
    qt().withFixedSeed(20261130L).withExamples(150)
        .forAll(CatalogGen.derived(BASE))
        .check(derived -> {
          Catalog back = CatalogFiles.read(CatalogFiles.write(derived, BASE), "gen.yaml", BASE);
          return back.fingerprint().equals(derived.fingerprint())
              && back.name().equals(derived.name());
        });
  }

  @Test
  void writingIsDeterministic() {
    qt().withFixedSeed(7L).withExamples(50)
        .forAll(CatalogGen.derived(BASE))
        .check(derived -> {
          String yaml = CatalogFiles.write(derived, BASE);
          return CatalogFiles.write(CatalogFiles.read(yaml, "gen.yaml", BASE), BASE)
              .equals(yaml);
        });
  }
}
