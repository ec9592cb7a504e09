package id.bansos.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.core.InvalidDataException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionRegistryTest {

  private final RegionRegistry registry = RegionRegistry.jawaTimur();

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  private static List<String> codes(List<Region> regions) {
    return regions.stream().map(r -> r.code().toString()).toList();
  }

  @Test
  void containsEveryRegionItHoldsAndNoOtherCode() {
    List<Region> all = new java.util.ArrayList<>(List.of(registry.province()));
    all.addAll(registry.regencies());
    all.addAll(registry.districts());
    all.addAll(registry.villages());
    assertThat(all).allMatch(r -> registry.contains(r.code()));
    // Codes next to known ones, at every level and of other provinces; whatever contains says
    // of one, find says too.
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 20_000; i++) {
      Region near = all.get(random.nextInt(all.size()));
      String digits = near.code().digits();
      char[] c = digits.toCharArray();
      c[random.nextInt(c.length)] = (char) ('0' + random.nextInt(10));
      String mutated = new String(c);
      if (mutated.charAt(0) == '0') {
        continue;
      }
      RegionCode code;
      try {
        code = RegionCode.parse(dotted(mutated));
      } catch (InvalidDataException e) {
        continue;
      }
      assertThat(registry.contains(code)).as(code.toString())
          .isEqualTo(registry.find(code).isPresent());
    }
    assertThat(registry.contains(RegionCode.parse("36"))).isFalse();
    assertThat(registry.contains(RegionCode.parse("35.78.01.9999"))).isFalse();
    assertThat(registry.contains(RegionCode.parse("35.99"))).isFalse();
  }

  @Test
  void theCodeTableHoldsEveryBundledRegionOnce() throws Exception {
    byte[] bundled;
    try (java.io.InputStream in = RegionRegistry.class.getResourceAsStream("jatim-wilayah.csv")) {
      bundled = in.readAllBytes();
    }
    int regions = 1 + registry.regencies().size() + registry.districts().size()
        + registry.villages().size();
    assertThat(java.util.Arrays.stream(RegionRegistry.codes(bundled)).filter(k -> k != 0).count())
        .isEqualTo(regions);
  }

  @Test
  void theCodeTableReadsCodesAsTheRegionsDo() {
    // A byte-order mark, Windows line ends, blank lines, spaces around a code.
    String text = "\uFEFFcode,level,name\r\n35,provinsi,Jawa Timur\r\n\r\n"
        + "  35.01 ,kabupaten_kota,Kabupaten Pacitan\n   \n35.01.01.2001,desa_kelurahan,Widoro";
    long[] table = RegionRegistry.codes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(java.util.Arrays.stream(table).filter(k -> k != 0).sorted().toArray())
        .containsExactly(35 * 16 + 2, 3501 * 16 + 4, 3501012001L * 16 + 10);
  }

  @Test
  void theCodeTableTakesACodeExactlyWhenTheRegionsReaderDoes() {
    // Each cell stripped, then read by RegionCode.parseBundled, as the regions' reader reads it:
    // a code the table holds is always one the regions hold.
    for (String cell : List.of("35.02", "3502", " 35.02\t", "\u3000 35.02\u2003", "\u00a035.02",
        "350201", "35.02.01.2001",
        "3502012001", "35.00", "00", "35.2", "35.02.1", "3502.01", "35-02", "x")) {
      byte[] text = ("code,level,name\n" + cell + ",k,K\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      boolean tableTakes;
      try {
        RegionRegistry.codes(text);
        tableTakes = true;
      } catch (IllegalStateException e) {
        tableTakes = false;
      }
      String stripped = cell.strip();
      assertThat(tableTakes).as(cell)
          .isEqualTo(RegionCode.parseBundled(stripped, 0, stripped.length()) != null);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.1,x,y", "35.00,x,y", "35.01.01.0000,x,y", "35.01.01.20011,x,y",
      "35..01,x,y", "35.0x,x,y", "35 01,x,y", "35.01", ",x,y", "35.01.01.2001.1,x,y",
      "35,a,b\n35,c,d", "35,a,b\n 35 ,c,d"})
  void theCodeTableRefusesABadOrRepeatedCode(String line) {
    byte[] text = ("code,level,name\n35.02,k,K\n" + line + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RegionRegistry.codes(text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bundled jatim-wilayah.csv is corrupt: ")
        .hasMessageMatching(".*(line 3|line 4|duplicate code 35)$");
  }

  private static String dotted(String digits) {
    StringBuilder sb = new StringBuilder(digits.substring(0, 2));
    for (int at = 2; at < digits.length(); at += at < 6 ? 2 : 4) {
      sb.append('.').append(digits, at, Math.min(digits.length(), at < 6 ? at + 2 : at + 4));
    }
    return sb.toString();
  }

  @Test
  void isASingleton() {
    assertThat(RegionRegistry.jawaTimur()).isSameAs(registry);
  }

  @Test
  void hasOneProvince() {
    Region province = registry.province();

    assertThat(province.code()).isEqualTo(code("35"));
    assertThat(province.name()).isEqualTo("Jawa Timur");
    assertThat(province.level()).isEqualTo(RegionLevel.PROVINCE);
    assertThat(registry.parent(province.code())).isEmpty();
  }

  @Test
  void has29KabupatenAnd9Kota() {
    List<Region> regencies = registry.regencies();

    assertThat(regencies).hasSize(38).allMatch(r -> r.level() == RegionLevel.REGENCY);
    assertThat(regencies).isEqualTo(registry.children(code("35")));
    assertThat(regencies.stream().filter(Region::isKabupaten).map(r -> r.code().toString()))
        .hasSize(29)
        .first().isEqualTo("35.01");
    assertThat(regencies.stream().filter(Region::isKabupaten))
        .allMatch(r -> r.name().startsWith("Kabupaten "))
        .last().extracting(r -> r.code().toString()).isEqualTo("35.29");
    assertThat(regencies.stream().filter(Region::isKota).map(r -> r.code().toString()))
        .containsExactly("35.71", "35.72", "35.73", "35.74", "35.75", "35.76", "35.77", "35.78",
            "35.79");
    assertThat(regencies.stream().filter(Region::isKota))
        .allMatch(r -> r.name().startsWith("Kota "));
  }

  @Test
  void has666KecamatanAnd8494Villages() {
    assertThat(registry.districts()).hasSize(666)
        .allMatch(r -> r.level() == RegionLevel.DISTRICT);
    assertThat(registry.villages()).hasSize(8_494)
        .allMatch(r -> r.level() == RegionLevel.VILLAGE);
    assertThat(registry.villages().stream().filter(Region::isDesa)).hasSize(7_721);
    assertThat(registry.villages().stream().filter(Region::isKelurahan)).hasSize(773);
  }

  @Test
  void everyVillageIsEitherDesaOrKelurahan() {
    assertThat(registry.villages()).allMatch(r -> r.isDesa() != r.isKelurahan());
    assertThat(registry.districts()).noneMatch(r -> r.isDesa() || r.isKelurahan());
  }

  @Test
  void everyVillageHasAParentChainInTheRegistry() {
    for (Region village : registry.villages()) {
      Region district = registry.parent(village.code()).orElseThrow();
      Region regency = registry.parent(district.code()).orElseThrow();
      Region province = registry.parent(regency.code()).orElseThrow();

      assertThat(district.level()).isEqualTo(RegionLevel.DISTRICT);
      assertThat(regency.level()).isEqualTo(RegionLevel.REGENCY);
      assertThat(province).isSameAs(registry.province());
      assertThat(registry.children(district.code())).contains(village);
    }
  }

  @Test
  void childrenAreSortedByCodeAndDirect() {
    List<Region> kecamatan = registry.children(code("35.01"));

    assertThat(kecamatan).isNotEmpty().allMatch(r -> r.level() == RegionLevel.DISTRICT)
        .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
    assertThat(kecamatan.get(0).name()).isEqualTo("Donorojo");
    assertThat(registry.children(code("35.01.01.2001"))).isEmpty();
  }

  @Test
  void kotaBatuHasDesaAndKelurahan() {
    List<Region> villages = registry.children(code("35.79")).stream()
        .flatMap(d -> registry.children(d.code()).stream())
        .toList();

    assertThat(registry.get(code("35.79")).name()).isEqualTo("Kota Batu");
    assertThat(villages.stream().filter(Region::isDesa)).hasSize(19);
    assertThat(villages.stream().filter(Region::isKelurahan)).hasSize(5);
  }

  @Test
  void surabayaHasOnlyKelurahan() {
    List<Region> villages = registry.villages().stream()
        .filter(v -> v.code().isWithin(code("35.78")))
        .toList();

    assertThat(registry.get(code("35.78")).name()).isEqualTo("Kota Surabaya");
    assertThat(villages.stream().filter(Region::isKelurahan)).hasSize(153);
    assertThat(villages.stream().filter(Region::isDesa)).isEmpty();
  }

  @Test
  void onlyKotaBatuAmongKotaHasDesa() {
    assertThat(registry.villages().stream()
            .filter(Region::isDesa)
            .map(v -> registry.get(v.code().at(RegionLevel.REGENCY)))
            .filter(Region::isKota)
            .distinct())
        .extracting(Region::name)
        .containsExactly("Kota Batu");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kediri", "kediri", "KEDIRI", "  Kediri "})
  void findByNameReturnsKabupatenAndKotaSharingAName(String name) {
    assertThat(codes(registry.findByName(name))).containsExactly("35.06", "35.71");
  }

  @Test
  void findByNameMatchesFullNamesWithoutLocaleSurprises() {
    // Under the Turkish default locale "KOTA KEDIRI".toLowerCase() would give "kota kedırı".
    assertThat(codes(registry.findByName("KOTA KEDIRI"))).containsExactly("35.71");
    assertThat(codes(registry.findByName("kabupaten kediri"))).containsExactly("35.06");
    assertThat(codes(registry.findByName("Kabupaten  Kediri"))).containsExactly("35.06");
  }

  @Test
  void findByNameReturnsEveryLevel() {
    List<Region> batu = registry.findByName("Batu");

    assertThat(batu).extracting(Region::level)
        .contains(RegionLevel.REGENCY, RegionLevel.DISTRICT);
    assertThat(batu).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
    assertThat(registry.findByName("Donorojo")).extracting(Region::code)
        .contains(code("35.01.01"));
  }

  @Test
  void findByNameReturnsEmptyListForNoMatch() {
    assertThat(registry.findByName("Atlantis")).isEmpty();
    assertThat(registry.findByName("")).isEmpty();
  }

  @Test
  void getAndFindAgreeOnKnownCodes() {
    Region pacitan = registry.get(code("3501"));

    assertThat(pacitan.name()).isEqualTo("Kabupaten Pacitan");
    assertThat(pacitan.toString()).isEqualTo("35.01 Kabupaten Pacitan");
    assertThat(registry.find(code("35.01"))).containsSame(pacitan);
    assertThat(registry.contains(code("35.01"))).isTrue();
    assertThat(registry.get(code("35.01.01.2001")).name()).isEqualTo("Widoro");
  }

  @ParameterizedTest
  @ValueSource(strings = {"36", "35.30", "35.80", "35.01.99", "35.01.01.2999", "35.78.01.2001"})
  void unknownCodesAreReported(String text) {
    RegionCode unknown = code(text);

    assertThat(registry.find(unknown)).isEmpty();
    assertThat(registry.contains(unknown)).isFalse();
    assertUnknown(() -> registry.get(unknown));
    assertUnknown(() -> registry.parent(unknown));
    assertUnknown(() -> registry.children(unknown));
    assertUnknown(() -> registry.population(unknown));
  }

  private static void assertUnknown(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidDataException.class, e -> {
      assertThat(e.codes()).containsExactly("REGION_UNKNOWN");
      assertThat(e.problems().get(0).path()).isEmpty();
    });
  }

  @Test
  void provincePopulationIsTheTotal() {
    Optional<Population> population = registry.population(code("35"));

    assertThat(population).contains(new Population(20_894_359, 21_025_547, 41_919_906));
    assertThat(registry.province().population()).isEqualTo(population);
  }

  @Test
  void everyRegencyHasAPopulationAddingUpToTheProvince() {
    long total = registry.regencies().stream()
        .mapToLong(r -> registry.population(r.code()).orElseThrow().total())
        .sum();

    assertThat(total).isEqualTo(41_919_906L);
    assertThat(registry.population(code("35.01"))).map(Population::total).contains(588_718L);
  }

  @Test
  void districtsAndVillagesHaveNoPopulation() {
    assertThat(registry.population(code("35.01.01"))).isEmpty();
    assertThat(registry.get(code("35.01.01.2001")).population()).isEmpty();
  }

  @Test
  void listsAreUnmodifiable() {
    assertThatThrownBy(() -> registry.regencies().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.findByName("Kediri").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.children(code("35")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void populationRejectsInconsistentCounts() {
    assertThatThrownBy(() -> new Population(1, 2, 4))
        .isInstanceOfSatisfying(InvalidDataException.class,
            e -> assertThat(e.codes()).containsExactly("POPULATION_TOTAL"));
    assertThatThrownBy(() -> new Population(-1, 2, 1))
        .isInstanceOfSatisfying(InvalidDataException.class,
            e -> assertThat(e.codes()).containsExactly("POPULATION_NEGATIVE"));
  }
}
