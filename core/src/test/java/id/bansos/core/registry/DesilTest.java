package id.bansos.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import id.bansos.core.InvalidDataException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DesilTest {

  @Test
  void acceptsOneToTen() {
    IntStream.rangeClosed(1, 10).forEach(n -> assertThat(Desil.of(n).value()).isEqualTo(n));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsOutsideOneToTen(int value) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> Desil.of(value));

    assertThat(e.codes()).containsExactly("DESIL_RANGE");
  }

  @ParameterizedTest
  @CsvSource({"1, 1, true", "3, 4, true", "4, 4, true", "5, 4, false", "10, 9, false"})
  void isAtMostComparesWithBound(int value, int bound, boolean expected) {
    assertThat(Desil.of(value).isAtMost(bound)).isEqualTo(expected);
  }

  @Test
  void ordersPoorestFirst() {
    assertThat(Desil.of(1)).isLessThan(Desil.of(2));
  }

  @Test
  void writesReadableForm() {
    assertThat(Desil.of(3)).hasToString("desil 3");
  }

  @Test
  void equalsByValue() {
    new EqualsTester()
        .addEqualityGroup(Desil.of(1), Desil.of(1))
        .addEqualityGroup(Desil.of(2))
        .addEqualityGroup(Desil.of(10))
        .testEquals();
  }
}
