package id.bansos.rules.program.jps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Occupation;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Status;
import id.bansos.rules.program.RandomHouseholds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class JpsProperties {

  private static final Engine ENGINE = Engine.of(Catalog.of("test",
      List.of(JpsKelurahan2020.program(), JpsProvinsi2020.program())));
  private static final LocalDate DATE = LocalDate.of(2020, 6, 1);

  @Test
  void addingAnExcludedOccupationNeverMakesAFamilyEligible() {
    qt().withFixedSeed(2020L).withExamples(300)
        .forAll(RandomHouseholds.households(), Generate.range(0, 3),
            Generate.pick(List.of(Occupation.ASN, Occupation.TNI, Occupation.POLRI,
                Occupation.BUMN_BUMD_EMPLOYEE)))
        .checkAssert((h, index, occupation) -> {
          var with = RandomHouseholds.withOccupation(h, index, occupation);
          for (String code : List.of(JpsKelurahan2020.CODE, JpsProvinsi2020.CODE)) {
            Status before = ENGINE.assess(h, DATE).determination(code).orElseThrow().status();
            Status after = ENGINE.assess(with, DATE).determination(code).orElseThrow().status();
            if (before != Status.ELIGIBLE) {
              assertThat(after).isNotEqualTo(Status.ELIGIBLE);
            }
            assertThat(after).isEqualTo(Status.NOT_ELIGIBLE);
          }
        });
  }
}
