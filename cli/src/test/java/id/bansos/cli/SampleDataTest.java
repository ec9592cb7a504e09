package id.bansos.cli;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDataTest {

  private static final LocalDate DATE = SampleData.DEFAULT_REFERENCE_DATE;

  @org.junit.jupiter.api.io.TempDir
  static java.nio.file.Path dir;

  private static String csv(int households, long seed) throws IOException {
    java.nio.file.Path file = dir.resolve("sample-" + households + "-" + seed + ".csv");
    SampleData.write(file, SampleData.Format.CSV, households, seed, DATE, 0, false);
    return java.nio.file.Files.readString(file);
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
  void householdsSurviveTheTableRoundTripsUnchanged() throws Exception {
    for (SampleData.Format format : SampleData.Format.values()) {
      java.nio.file.Path file = dir.resolve("round." + switch (format) {
        case CSV -> "csv";
        case JSON_LINES -> "jsonl";
        case XLSX -> "xlsx";
      });
      SampleData.write(file, format, 300, 99, DATE, 0, format == SampleData.Format.XLSX);
      SampleData data = new SampleData(99, DATE);
      // A table names the groups families are proposed in; JSON Lines cannot.
      SampleData.GroupProposals groups = new SampleData.GroupProposals(99, DATE);
      boolean table = format != SampleData.Format.JSON_LINES;
      java.util.List<Household> written = new java.util.ArrayList<>();
      java.util.List<java.util.Optional<HouseholdRecord.Kube>> proposed =
          new java.util.ArrayList<>();
      for (int i = 0; i < 300; i++) {
        Household h = data.next();
        java.util.Optional<HouseholdRecord.Kube> group = table ? groups.propose(h)
            : java.util.Optional.empty();
        written.add(group.isPresent() ? groups.checked(h) : h);
        proposed.add(group);
      }

      java.util.List<Household> read = new java.util.ArrayList<>();
      java.util.List<java.util.Optional<HouseholdRecord.Kube>> named = new java.util.ArrayList<>();
      InputFormat.of(file).orElseThrow().read(file,
          new TableLayout(id.bansos.jackson.ExtensionFacts.provincial()),
          r -> {
            assertThat(r).as(format.name()).isInstanceOf(HouseholdRecord.Valid.class);
            read.add(((HouseholdRecord.Valid) r).household());
            named.add(((HouseholdRecord.Valid) r).kube());
          }, new Progress());

      assertThat(read).as(format.name()).isEqualTo(written);
      assertThat(named).as(format.name()).isEqualTo(proposed);
      if (table) {
        assertThat(proposed.stream().filter(java.util.Optional::isPresent).count())
            .as("families proposed in a group").isBetween(5L, 40L);
      }
    }
  }
}
