package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.core.household.Household;
import id.bansos.core.region.RegionCode;
import id.bansos.core.registry.Desil;
import id.bansos.core.registry.RegistryStatus;
import id.bansos.jsonfixtures.WireHouseholds;
import id.bansos.jsonfixtures.RegencyExample;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.Determination;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.program.aspd.Aspd;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The regency example screened against its base over the same generated households: it changes
 * exactly the decisions it should, the ASPD decisions of desil-5 families in 2026 and the local
 * top-up, and no other.
 */
class RegencyExampleProperties {

  private static final Catalog BASE = RegencyExample.base();
  private static final Catalog SURABAYA =
      CatalogFiles.read(RegencyExample.text(), RegencyExample.FILE, BASE);
  private static final Engine BEFORE = Engine.of(BASE);
  private static final Engine AFTER = Engine.of(SURABAYA);
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 12, 31),
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 12, 31),
      LocalDate.of(2027, 1, 1));
  private static final RegionCode SURABAYA_CITY = RegionCode.parse("35.78");

  /**
   * Each program's determination as JSON; ASPD's as its decision alone, since the file cuts the
   * period of the provincial value it shows.
   */
  private static Map<String, String> byProgram(Assessment a) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Determination d : a.determinations()) {
      out.put(d.programCode(), d.programCode().equals(Aspd.CODE)
          ? d.status() + " " + d.beneficiaries() + " " + d.yearlyTotals() + " " + d.missingFacts()
          : BansosJson.writer(Language.EN).writeValueAsString(d));
    }
    return out;
  }

  private static boolean desilFive(Household h) {
    return h.registry().flatMap(RegistryStatus::desil).filter(d -> d.equals(Desil.of(5)))
        .isPresent();
  }

  @Test
  void theExampleChangesExactlyTheDecisionsItShould() {
    AtomicInteger aspdChanged = new AtomicInteger();
    AtomicInteger localEligible = new AtomicInteger();
    qt().withFixedSeed(20261130L).withExamples(250)
        .forAll(Generate.oneOf(WireHouseholds.households(),
            WireHouseholds.householdsIn(SURABAYA_CITY)), Generate.pick(DATES))
        .checkAssert((h, date) -> {
          Map<String, String> before = byProgram(BEFORE.assess(h, date));
          Assessment after = AFTER.assess(h, date);
          Map<String, String> now = byProgram(after);
          boolean in2026 = date.getYear() == 2026;
          for (Map.Entry<String, String> e : before.entrySet()) {
            String code = e.getKey();
            if (code.equals(Aspd.CODE) && !e.getValue().equals(now.get(code))) {
              aspdChanged.incrementAndGet();
              assertThat(in2026 && desilFive(h)).as("ASPD changed on %s", date).isTrue();
            } else if (!code.equals(Aspd.CODE)) {
              assertThat(now.get(code)).as(code).isEqualTo(e.getValue());
            }
          }
          boolean inForce = !date.isBefore(LocalDate.of(2026, 1, 1));
          assertThat(now.keySet()).as("programs decided on %s", date)
              .containsExactlyElementsOf(inForce
                  ? concat(before.keySet(), RegencyExample.LOCAL) : before.keySet());
          after.determination(RegencyExample.LOCAL).ifPresent(d -> {
            if (d.status() == Status.ELIGIBLE) {
              localEligible.incrementAndGet();
              assertThat(h.domicile()).hasValueSatisfying(
                  c -> assertThat(c.isWithin(SURABAYA_CITY)).isTrue());
              assertThat(h.members()).anySatisfy(m -> assertThat(m.ageOn(date))
                  .hasValueSatisfying(age -> assertThat(age).isGreaterThanOrEqualTo(60)));
            }
            if (h.domicile().filter(c -> !c.isWithin(SURABAYA_CITY)).isPresent()) {
              assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
            }
          });
        });

    assertThat(localEligible).as("generated households the top-up reaches").hasPositiveValue();
    assertThat(aspdChanged).as("generated ASPD decisions the file changes").hasPositiveValue();
  }

  private static List<String> concat(java.util.Collection<String> codes, String last) {
    List<String> out = new java.util.ArrayList<>(codes);
    out.add(last);
    return out;
  }
}
