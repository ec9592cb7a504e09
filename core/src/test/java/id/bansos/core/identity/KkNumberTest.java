package id.bansos.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KkNumberTest {

  private static final String KK = "3578010203040017";

  private static InvalidDataException rejection(String text) {
    return catchThrowableOfType(InvalidDataException.class, () -> KkNumber.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {KK, "3578 0102 0304 0017", "35.78.01.0203040017", "3578-0102-0304-0017"})
  void parsesWithAndWithoutSeparators(String text) {
    KkNumber kk = KkNumber.parse(text);

    assertThat(kk.value()).isEqualTo(KK);
  }

  @Test
  void decodesIssuingDistrict() {
    KkNumber kk = KkNumber.parse(KK);

    assertThat(kk.issuingDistrictCode()).isEqualTo("35.78.01");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("15 digits", "357801020304001", "KK_LENGTH"),
        arguments("17 digits", "35780102030400171", "KK_LENGTH"),
        arguments("a letter", "357801020304001x", "KK_NOT_DIGITS"),
        arguments("Arabic-Indic digit", "357801020304001\u0667", "KK_NOT_DIGITS"),
        arguments("province 10", "1078010203040017", "KK_PROVINCE"),
        arguments("province 95", "9578010203040017", "KK_PROVINCE"),
        arguments("regency 00", "3500010203040017", "KK_REGION"),
        arguments("district 00", "3578000203040017", "KK_REGION"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformedNumberWithItsCode(String description, String text, String code) {
    InvalidDataException e = rejection(text);

    assertThat(e.codes()).containsExactly(code);
    assertThat(e.getMessage()).doesNotContain(text);
  }

  @Test
  void reportsProvinceAndRegionTogether() {
    InvalidDataException e = rejection("0000000203040017");

    assertThat(e.codes()).containsExactly("KK_PROVINCE", "KK_REGION");
    assertThat(e.problems()).extracting(Problem::message)
        .allSatisfy(m -> assertThat(m).doesNotContain("0203040017"));
  }

  @Test
  void masksAllButFirstFourAndLastTwoDigits() {
    KkNumber kk = KkNumber.parse(KK);

    assertThat(kk.toString()).isEqualTo("3578**********17").doesNotContain(KK);
  }

  @Test
  void ordersByDigits() {
    assertThat(KkNumber.parse("3578010203040018")).isGreaterThan(KkNumber.parse(KK));
  }

  @Test
  void comparesByDigits() {
    new EqualsTester()
        .addEqualityGroup(KkNumber.parse(KK), KkNumber.parse("3578 0102 0304 0017"))
        .addEqualityGroup(KkNumber.parse("3578010203040018"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester();

    tester.testAllPublicStaticMethods(KkNumber.class);
    tester.testAllPublicInstanceMethods(KkNumber.parse(KK));
  }
}
