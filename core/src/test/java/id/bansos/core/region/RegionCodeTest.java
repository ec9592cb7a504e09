package id.bansos.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import id.bansos.core.InvalidDataException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  static Stream<Arguments> validCodes() {
    return Stream.of(
        Arguments.of("35", "35", "35", RegionLevel.PROVINCE),
        Arguments.of("35.78", "3578", "35.78", RegionLevel.REGENCY),
        Arguments.of("3578", "3578", "35.78", RegionLevel.REGENCY),
        Arguments.of("35.78.01", "357801", "35.78.01", RegionLevel.DISTRICT),
        Arguments.of("357801", "357801", "35.78.01", RegionLevel.DISTRICT),
        Arguments.of("35.78.01.1001", "3578011001", "35.78.01.1001", RegionLevel.VILLAGE),
        Arguments.of("3578011001", "3578011001", "35.78.01.1001", RegionLevel.VILLAGE),
        Arguments.of(" 35.01 ", "3501", "35.01", RegionLevel.REGENCY));
  }

  @ParameterizedTest
  @MethodSource("validCodes")
  void parsesDottedAndPlainForms(String text, String digits, String dotted, RegionLevel level) {
    RegionCode code = RegionCode.parse(text);

    assertThat(code.digits()).isEqualTo(digits);
    assertThat(code.toString()).isEqualTo(dotted);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code.provinceDigits()).isEqualTo("35");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "3", "357", "35780", "3578011", "35780110", "357801100", "35780110011",
      "35.7", "35.780", "3.578", "35.78.1", "35.78.01.100", "35.78.01.10011", "35.78.011001",
      "3578.01", "35.7801", "35.78.01.1001.01", "35.78.01.1001.", ".35", "35.", "35..78",
      "3a", "35.7b", "35.78.0c.1001", "35.78.01.10o1", "ab", "35-78", "35 78", "+35", "-35",
      "00", "00.78", "35.00", "35.78.00", "35.78.01.0000", "0078", "3500", "357800",
      "3578010000", "٣٥", "３５"})
  void rejectsEveryInvalidShape(String text) {
    assertThatThrownBy(() -> RegionCode.parse(text))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> {
          assertThat(e.codes()).containsExactly("REGION_CODE_FORMAT");
          assertThat(e.problems().get(0).path()).isEmpty();
        });
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> RegionCode.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parentGoesOneLevelUp() {
    RegionCode village = RegionCode.parse("35.78.01.1001");

    assertThat(village.parent()).contains(RegionCode.parse("35.78.01"));
    assertThat(RegionCode.parse("35.78.01").parent()).contains(RegionCode.parse("35.78"));
    assertThat(RegionCode.parse("35.78").parent()).contains(RegionCode.parse("35"));
    assertThat(RegionCode.parse("35").parent()).isEmpty();
  }

  @Test
  void atTruncatesToEnclosingLevel() {
    RegionCode village = RegionCode.parse("35.78.01.1001");

    assertThat(village.at(RegionLevel.PROVINCE)).isEqualTo(RegionCode.parse("35"));
    assertThat(village.at(RegionLevel.REGENCY)).isEqualTo(RegionCode.parse("35.78"));
    assertThat(village.at(RegionLevel.DISTRICT)).isEqualTo(RegionCode.parse("35.78.01"));
    assertThat(village.at(RegionLevel.VILLAGE)).isSameAs(village);
  }

  @Test
  void atRejectsLowerLevel() {
    RegionCode regency = RegionCode.parse("35.78");

    assertThatThrownBy(() -> regency.at(RegionLevel.DISTRICT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> regency.at(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isWithinComparesPrefixes() {
    RegionCode village = RegionCode.parse("35.78.01.1001");

    assertThat(village.isWithin(RegionCode.parse("35"))).isTrue();
    assertThat(village.isWithin(RegionCode.parse("35.78"))).isTrue();
    assertThat(village.isWithin(RegionCode.parse("35.78.01"))).isTrue();
    assertThat(village.isWithin(village)).isTrue();
    assertThat(village.isWithin(RegionCode.parse("35.77"))).isFalse();
    assertThat(village.isWithin(RegionCode.parse("35.78.02"))).isFalse();
    assertThat(RegionCode.parse("35.78").isWithin(village)).isFalse();
  }

  @Test
  void villagePartTellsKelurahanFromDesa() {
    RegionCode kelurahan = RegionCode.parse("35.78.01.1001");
    RegionCode desa = RegionCode.parse("35.01.01.2001");

    assertThat(kelurahan.isKelurahan()).isTrue();
    assertThat(kelurahan.isDesa()).isFalse();
    assertThat(desa.isDesa()).isTrue();
    assertThat(desa.isKelurahan()).isFalse();
    assertThat(RegionCode.parse("35.78.01").isKelurahan()).isFalse();
    assertThat(RegionCode.parse("35.78.01").isDesa()).isFalse();
    // "35.01.10" is a district whose code happens to contain a 1 after the regency part.
    assertThat(RegionCode.parse("35.01.10").isKelurahan()).isFalse();
  }

  @Test
  void regencyPartTellsKotaFromKabupaten() {
    assertThat(RegionCode.parse("35.71").isKotaCode()).isTrue();
    assertThat(RegionCode.parse("35.79").isKotaCode()).isTrue();
    assertThat(RegionCode.parse("35.01").isKotaCode()).isFalse();
    assertThat(RegionCode.parse("35.29").isKotaCode()).isFalse();
    assertThat(RegionCode.parse("35.71.01").isKotaCode()).isFalse();
    assertThat(RegionCode.parse("35").isKotaCode()).isFalse();
  }

  @Test
  void equalityIgnoresTheWrittenForm() {
    new EqualsTester()
        .addEqualityGroup(RegionCode.parse("35"), RegionCode.parse(" 35"))
        .addEqualityGroup(RegionCode.parse("35.78"), RegionCode.parse("3578"))
        .addEqualityGroup(RegionCode.parse("35.78.01"), RegionCode.parse("357801"))
        .addEqualityGroup(RegionCode.parse("35.78.01.1001"), RegionCode.parse("3578011001"))
        .addEqualityGroup(RegionCode.parse("35.78.01.1002"))
        .addEqualityGroup(RegionCode.parse("36.78"))
        .testEquals();
  }

  @Test
  void ordersParentsBeforeChildren() {
    assertThat(RegionCode.parse("35")).isLessThan(RegionCode.parse("35.01"));
    assertThat(RegionCode.parse("35.01")).isLessThan(RegionCode.parse("35.01.01"));
    assertThat(RegionCode.parse("35.01.01.2001")).isLessThan(RegionCode.parse("35.01.02"));
    assertThat(RegionCode.parse("35.78")).isEqualByComparingTo(RegionCode.parse("3578"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"35", "35.01", "35.78.01", "35.78.01.1001", "35.79.01.2001"})
  void toStringIsReadBackByParse(String dotted) {
    RegionCode code = RegionCode.parse(dotted);

    assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
    assertThat(code.toString()).isEqualTo(dotted);
  }
}
