package id.bansos.examples;

import id.bansos.rules.program.JawaTimur;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.core.household.Occupation;
import id.bansos.core.household.Person;
import id.bansos.core.region.RegionCode;
import id.bansos.core.region.RegionLevel;
import id.bansos.core.region.RegionRegistry;
import id.bansos.rules.Assessment;
import id.bansos.rules.Engine;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDataTest {

  private static final LocalDate DATE = SampleData.DEFAULT_REFERENCE_DATE;

  private static String csv(int households, long seed) throws IOException {
    StringWriter w = new StringWriter();
    SampleData.write(w, households, seed, DATE);
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameFile() throws IOException {
    assertThat(csv(500, 7)).isEqualTo(csv(500, 7));
  }

  @Test
  void anotherSeedGivesAnotherFile() throws IOException {
    assertThat(csv(50, 7)).isNotEqualTo(csv(50, 8));
  }

  @Test
  void everyHouseholdIsValidRealisticAndAssessable() {
    SampleData data = new SampleData(2025, DATE);
    Engine engine = Engine.of(JawaTimur.catalog());
    RegionRegistry registry = RegionRegistry.jawaTimur();
    Set<String> niks = new HashSet<>();
    Set<String> kks = new HashSet<>();
    Map<RegionCode, Integer> perRegency = new HashMap<>();
    int elderly = 0;
    int disabled = 0;
    int excluded = 0;
    int missingOccupation = 0;
    int missingRegistry = 0;

    for (int i = 0; i < 3_000; i++) {
      Household h = data.next();
      Assessment a = engine.assess(h, DATE);

      assertThat(a.determinations()).hasSize((int) engine.catalog().inForce(DATE).stream()
          .filter(p -> p.info().decidesEligibility()).count());
      assertThat(kks.add(h.kkNumber().value())).isTrue();
      assertThat(h.head()).isPresent();
      assertThat(registry.contains(RegionCode.parse(h.kkNumber().issuingDistrictCode()))).isTrue();
      h.domicile().ifPresent(d -> {
        assertThat(registry.find(d).orElseThrow().level()).isEqualTo(RegionLevel.VILLAGE);
        perRegency.merge(d.at(RegionLevel.REGENCY), 1, Integer::sum);
      });
      missingRegistry += h.registry().isEmpty() ? 1 : 0;
      for (Person p : h.members()) {
        assertThat(niks.add(p.nik().value())).isTrue();
        assertThat(registry.contains(RegionCode.parse(p.nik().districtCode()))).isTrue();
        p.sex().ifPresent(s -> assertThat(p.nik().sex()).isEqualTo(s));
        p.birthDate().ifPresent(b -> assertThat(p.nik().birthDate(DATE)).isEqualTo(b));
        elderly += p.ageOn(DATE).orElse(0) >= 70 ? 1 : 0;
        disabled += p.disabilities().isEmpty() ? 0 : 1;
        excluded += p.occupation().filter(o -> o == Occupation.ASN || o == Occupation.TNI
            || o == Occupation.POLRI || o == Occupation.VILLAGE_OFFICIAL
            || o == Occupation.CERTIFIED_TEACHER || o == Occupation.BUMN_BUMD_EMPLOYEE
            || o == Occupation.STATE_PENSIONER).isPresent() ? 1 : 0;
        missingOccupation += p.ageOn(DATE).orElse(0) >= 18 && p.occupation().isEmpty() ? 1 : 0;
      }
    }

    assertThat(perRegency).hasSize(38);
    // Kabupaten Malang (about 2.7 million people) far outnumbers Kota Mojokerto (about 0.14).
    assertThat(perRegency.get(RegionCode.parse("35.07")))
        .isGreaterThan(5 * perRegency.get(RegionCode.parse("35.76")));
    assertThat(elderly).isGreaterThan(50);
    assertThat(disabled).isGreaterThan(50);
    assertThat(excluded).isGreaterThan(30);
    assertThat(missingOccupation).isGreaterThan(30);
    assertThat(missingRegistry).isGreaterThan(30);
  }

  @Test
  void householdsSurviveTheCsvRoundTripUnchanged() throws IOException {
    SampleData data = new SampleData(99, DATE);
    StringWriter w = new StringWriter();
    java.util.List<Household> written = new java.util.ArrayList<>();
    try (CsvHouseholdWriter writer = new CsvHouseholdWriter(w)) {
      for (int i = 0; i < 400; i++) {
        Household h = data.next();
        written.add(h);
        writer.write(h);
      }
    }

    java.util.List<Household> read = new java.util.ArrayList<>();
    try (HouseholdReader reader = InputFormat.csv().open(
        new java.io.BufferedReader(new java.io.StringReader(w.toString())))) {
      for (var r = reader.next(); r.isPresent(); r = reader.next()) {
        assertThat(r.get()).isInstanceOf(HouseholdRecord.Valid.class);
        read.add(((HouseholdRecord.Valid) r.get()).household());
      }
    }

    assertThat(read).isEqualTo(written);
  }
}
