package id.bansos.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import id.bansos.core.InvalidDataException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RegionCodeProperties {

  private static final long SEED = 20261128L;
  private static final int EXAMPLES = 300;

  /** Digits of a valid code at any level, built part by part so no example is filtered away. */
  private static Gen<String> validDigits() {
    Gen<String> province = twoDigitsNonZero();
    Gen<String> regency = twoDigitsNonZero();
    Gen<String> district = twoDigitsNonZero();
    Gen<String> village = integers().between(1, 9999).map(n -> String.format(Locale.ROOT, "%04d", n));
    Gen<Integer> level = integers().between(1, 4);
    return level.zip(province, regency, (l, p, r) -> new String[] {String.valueOf(l), p, r})
        .zip(district, village, (a, d, v) -> switch (a[0]) {
          case "1" -> a[1];
          case "2" -> a[1] + a[2];
          case "3" -> a[1] + a[2] + d;
          default -> a[1] + a[2] + d + v;
        });
  }

  private static Gen<String> twoDigitsNonZero() {
    return integers().between(1, 99).map(n -> String.format(Locale.ROOT, "%02d", n));
  }

  private static String dotted(String digits) {
    StringBuilder sb = new StringBuilder(digits.substring(0, 2));
    int[] ends = {4, 6, 10};
    int start = 2;
    for (int end : ends) {
      if (digits.length() >= end) {
        sb.append('.').append(digits, start, end);
        start = end;
      }
    }
    return sb.toString();
  }

  @Test
  void toStringIsReadBackByParse() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(validDigits())
        .checkAssert(digits -> {
          RegionCode code = RegionCode.parse(digits);
          assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
          assertThat(code.digits()).isEqualTo(digits);
        });
  }

  @Test
  void plainAndDottedFormsAreTheSameCode() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(validDigits())
        .checkAssert(digits -> {
          RegionCode plain = RegionCode.parse(digits);
          RegionCode dotted = RegionCode.parse(dotted(digits));
          assertThat(plain).isEqualTo(dotted);
          assertThat(plain.hashCode()).isEqualTo(dotted.hashCode());
          assertThat(dotted.toString()).isEqualTo(dotted(digits));
        });
  }

  @Test
  void parentAndAtAgree() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(validDigits())
        .checkAssert(digits -> {
          RegionCode code = RegionCode.parse(digits);
          assertThat(code.isWithin(code.at(RegionLevel.PROVINCE))).isTrue();
          code.parent().ifPresent(p -> {
            assertThat(code.isWithin(p)).isTrue();
            assertThat(p.level().ordinal()).isEqualTo(code.level().ordinal() - 1);
            assertThat(code.at(p.level())).isEqualTo(p);
          });
        });
  }

  @Test
  void digitStringsOfOtherLengthsAreRejected() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(arbitrary().pick(List.of(0, 1, 3, 5, 7, 8, 9, 11, 12, 16)),
            integers().between(1, 9))
        .checkAssert((length, fill) -> assertRejected(String.valueOf(fill).repeat(length)));
  }

  @Test
  void stringsWithAnyNonDigitNonDotAreRejected() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(validDigits(), integers().between(0, 9),
            arbitrary().pick(List.of("a", "Z", "-", "/", "_", "+", "x", "O", "l", "\u0661", "\uFF11")))
        .checkAssert((digits, at, c) -> {
          int i = Math.min(at, digits.length() - 1);
          assertRejected(digits.substring(0, i) + c + digits.substring(i + 1));
        });
  }

  @Test
  void anAllZeroPartIsRejected() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(validDigits(), integers().between(0, 3))
        .checkAssert((digits, part) -> {
          int[] starts = {0, 2, 4, 6};
          int[] ends = {2, 4, 6, 10};
          if (ends[part] <= digits.length()) {
            String zeroed = digits.substring(0, starts[part])
                + "0".repeat(ends[part] - starts[part]) + digits.substring(ends[part]);
            assertRejected(zeroed);
            assertRejected(dotted(zeroed));
          }
        });
  }

  private static void assertRejected(String text) {
    assertThatThrownBy(() -> RegionCode.parse(text))
        .isInstanceOfSatisfying(InvalidDataException.class,
            e -> assertThat(e.codes()).containsExactly("REGION_CODE_FORMAT"));
  }
}
