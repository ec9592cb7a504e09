package id.bansos.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.bansos.core.InvalidDataException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTest {

  @Test
  void writesMachineForm() {
    Rupiah amount = Rupiah.of(2_000_000);

    assertThat(amount.toString()).isEqualTo("IDR 2000000");
  }

  static Stream<Arguments> readable() {
    return Stream.of(
        arguments("IDR 2000000", 2_000_000L),
        arguments("IDR2000000", 2_000_000L),
        arguments("Rp2.000.000", 2_000_000L),
        arguments("Rp 2.000.000", 2_000_000L),
        arguments("Rp333.000", 333_000L),
        arguments("Rp0", 0L),
        arguments("2000000", 2_000_000L),
        arguments("  IDR 250000  ", 250_000L),
        arguments("IDR 999999999999999999", 999_999_999_999_999_999L));
  }

  @ParameterizedTest
  @MethodSource("readable")
  void parsesEveryDocumentedForm(String text, long expected) {
    Rupiah amount = Rupiah.parse(text);

    assertThat(amount.amount()).isEqualTo(expected);
  }

  @Test
  void parsesItsOwnToString() {
    Rupiah amount = Rupiah.of(2_000_000);

    assertThat(Rupiah.parse(amount.toString())).isEqualTo(amount);
  }

  static Stream<Arguments> displayForms() {
    return Stream.of(
        arguments(0L, "Rp0"),
        arguments(999L, "Rp999"),
        arguments(1_000L, "Rp1.000"),
        arguments(333_000L, "Rp333.000"),
        arguments(2_000_000L, "Rp2.000.000"),
        arguments(12_345_678L, "Rp12.345.678"),
        arguments(Long.MAX_VALUE, "Rp9.223.372.036.854.775.807"));
  }

  @ParameterizedTest
  @MethodSource("displayForms")
  void formatsWithDotsGroupingThousands(long amount, String expected) {
    assertThat(Rupiah.of(amount).format()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr-TR", "en-US", "de-DE", "fr-FR", "ar-EG", "hi-IN", "th-TH-u-nu-thai"})
  void formatsTheSameUnderAnyDefaultLocale(String languageTag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(languageTag));

      assertThat(Rupiah.of(2_000_000).format()).isEqualTo("Rp2.000.000");
      assertThat(Rupiah.of(2_000_000).toString()).isEqualTo("IDR 2000000");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rejectsNegativeAmount() {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> Rupiah.of(-1));

    assertThat(e.codes()).containsExactly("MONEY_NEGATIVE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "IDR -5", "Rp-5.000", "Rp -5.000"})
  void rejectsNegativeText(String text) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> Rupiah.parse(text));

    assertThat(e.codes()).containsExactly("MONEY_NEGATIVE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "IDR", "Rp", "IDR 2.000.000", "IDR 2,000,000", "Rp2,000,000",
      "2000000.50", "USD 5", "IDR 1e6", "+5", "IDR 9223372036854775808",
      "\u0662\u0660\u0660\u0660", "Rp 2 000 000"})
  void rejectsBadFormat(String text) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> Rupiah.parse(text));

    assertThat(e.codes()).containsExactly("MONEY_FORMAT");
  }

  @Test
  void adds() {
    assertThat(Rupiah.of(200_000).plus(Rupiah.of(133_000))).isEqualTo(Rupiah.of(333_000));
  }

  @Test
  void multiplies() {
    assertThat(Rupiah.of(300_000).times(12)).isEqualTo(Rupiah.of(3_600_000));
    assertThat(Rupiah.of(300_000).times(0)).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void rejectsNegativeFactor() {
    assertThatThrownBy(() -> Rupiah.of(1).times(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void additionOverflowThrows() {
    Rupiah max = Rupiah.of(Long.MAX_VALUE);

    assertThatThrownBy(() -> max.plus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void multiplicationOverflowThrows() {
    Rupiah big = Rupiah.of(Long.MAX_VALUE / 2 + 1);

    assertThatThrownBy(() -> big.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void zeroIsZero() {
    assertThat(Rupiah.of(0)).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.ZERO.isZero()).isTrue();
    assertThat(Rupiah.of(1).isZero()).isFalse();
  }

  @Test
  void comparesByAmount() {
    assertThat(Rupiah.of(1)).isLessThan(Rupiah.of(2));
    assertThat(Rupiah.of(2)).isGreaterThan(Rupiah.of(1));
    assertThat(Rupiah.of(2)).isEqualByComparingTo(Rupiah.parse("Rp2"));
  }

  @Test
  void equalsByAmount() {
    new EqualsTester()
        .addEqualityGroup(Rupiah.of(2_000_000), Rupiah.parse("Rp2.000.000"),
            Rupiah.parse("IDR 2000000"))
        .addEqualityGroup(Rupiah.ZERO, Rupiah.of(0))
        .addEqualityGroup(Rupiah.of(1))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester();

    tester.testAllPublicStaticMethods(Rupiah.class);
    tester.testAllPublicInstanceMethods(Rupiah.of(5));
  }
}
