package id.bansos.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.core.Generators;
import id.bansos.core.InvalidDataException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NikProperties {

  private static final long SEED = 0x4E494BL;
  private static final int EXAMPLES = 500;
  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 28);

  /** Characters that are neither ASCII digits nor the separators parse strips. */
  private static final List<Character> NON_DIGITS = List.of(
      'a', 'O', 'l', '/', '+', '_', ',', '\t', '\u0663', '\u06F5', '\u0967', '\uFF10', '\u00B2');

  @Test
  void parsesWhatItFormats() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.nikParts())
        .checkAssert(parts -> {
          Nik nik = Nik.parse(parts.digits());

          assertThat(Nik.parse(nik.value())).isEqualTo(nik);
          assertThat(nik.value()).isEqualTo(parts.digits());
        });
  }

  @Test
  void decodesTheGeneratedParts() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.nikParts())
        .checkAssert(parts -> {
          Nik nik = Nik.parse(parts.digits());

          assertThat(nik.provinceCode()).isEqualTo(twoDigits(parts.province()));
          assertThat(nik.regencyCode()).endsWith("." + twoDigits(parts.regency()));
          assertThat(nik.districtCode()).endsWith("." + twoDigits(parts.district()));
          assertThat(nik.sex()).isEqualTo(parts.female() ? Sex.FEMALE : Sex.MALE);
          assertThat(nik.birthDay()).isEqualTo(parts.day());
          assertThat(nik.birthMonth()).isEqualTo(parts.month());
          assertThat(nik.birthYearOfCentury()).isEqualTo(parts.yy());
          assertThat(nik.serial()).isEqualTo(parts.serial());
        });
  }

  @Test
  void resolvesBirthDateWithinHundredYearsBeforeReference() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.nikParts())
        .checkAssert(parts -> {
          LocalDate birth = Nik.parse(parts.digits()).birthDate(REFERENCE);

          assertThat(birth).isBeforeOrEqualTo(REFERENCE).isAfter(REFERENCE.minusYears(100));
          assertThat(birth.getYear() % 100).isEqualTo(parts.yy());
          assertThat(birth.getMonthValue()).isEqualTo(parts.month());
          assertThat(birth.getDayOfMonth()).isEqualTo(parts.day());
        });
  }

  @Test
  void rejectsEveryWrongLength() {
    Gen<Integer> lengths = Generate.oneOf(integers().between(0, 15), integers().between(17, 40));
    Gen<String> digitStrings = lengths.flatMap(length -> lists().of(integers().between(0, 9))
        .ofSize(length).map(NikProperties::join));

    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(digitStrings)
        .checkAssert(text -> assertThat(codesOf(text)).containsExactly("NIK_LENGTH"));
  }

  @Test
  void rejectsEveryNonDigit() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.nikParts(), integers().between(0, 15), Generate.pick(NON_DIGITS))
        .checkAssert((parts, position, bad) -> {
          StringBuilder text = new StringBuilder(parts.digits());
          text.setCharAt(position, bad);

          assertThat(codesOf(text.toString())).containsExactly("NIK_NOT_DIGITS");
        });
  }

  @Test
  void rejectsEveryBadMonth() {
    Gen<Integer> badMonths = Generate.oneOf(Generate.constant(0), integers().between(13, 99));

    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.nikParts(), badMonths)
        .checkAssert((parts, month) -> {
          StringBuilder text = new StringBuilder(parts.digits());
          text.replace(8, 10, twoDigits(month));

          assertThat(codesOf(text.toString())).containsExactly("NIK_MONTH");
        });
  }

  @Test
  void masksEveryNik() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(Generators.niks())
        .checkAssert(nik -> {
          String shown = nik.toString();

          assertThat(shown).isNotEqualTo(nik.value()).doesNotContain(nik.value());
          assertThat(shown).hasSize(16).matches("\\d{4}\\*{10}\\d{2}");
        });
  }

  private static List<String> codesOf(String text) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> Nik.parse(text));
    assertThat(e).as("rejection").isNotNull();
    assertThat(e.getMessage()).doesNotContain(text.length() > 4 ? text : "\u0000");
    return e.codes();
  }

  private static String twoDigits(int value) {
    return String.format(java.util.Locale.ROOT, "%02d", value);
  }

  private static String join(List<Integer> digits) {
    StringBuilder sb = new StringBuilder(digits.size());
    digits.forEach(sb::append);
    return sb.toString();
  }
}
