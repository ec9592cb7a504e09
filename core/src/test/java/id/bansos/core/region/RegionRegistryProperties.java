package id.bansos.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegionRegistryProperties {

  private static final long SEED = 20_251_128L;
  private static final String ALPHABET = " \t\n\u000B\f\rKkIiDdİı\u00A0\u2003-";

  @Test
  void normalizeAgreesWithTheRegexItReplaces() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int i : picks) {
            sb.append(ALPHABET.charAt(i));
          }
          String s = sb.toString();
          assertThat(RegionRegistry.normalize(s))
              .isEqualTo(s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        });
  }

  @Test
  void childrenAreExactlyTheRegionsOneLevelDownWithinTheParent() {
    RegionRegistry registry = RegionRegistry.jawaTimur();
    List<Region> districts = registry.districts();
    qt().withFixedSeed(SEED).withExamples(100)
        .forAll(integers().between(0, districts.size() - 1))
        .checkAssert(i -> {
          Region district = districts.get(i);
          assertThat(registry.children(district.code())).isEqualTo(registry.villages().stream()
              .filter(v -> v.code().isWithin(district.code())).toList());
        });
  }

  @Test
  void parseBundledAgreesWithParse() {
    String digits = "0135.";
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(lists().of(integers().between(0, digits.length() - 1)).ofSizeBetween(0, 14))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int i : picks) {
            sb.append(digits.charAt(i));
          }
          String s = sb.toString();
          RegionCode parsed;
          try {
            parsed = RegionCode.parse(s);
          } catch (id.bansos.core.InvalidDataException e) {
            parsed = null;
          }
          assertThat(RegionCode.parseBundled(s, 0, s.length())).isEqualTo(parsed);
        });
  }
}
