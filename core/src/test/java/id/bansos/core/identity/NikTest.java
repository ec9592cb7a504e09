package id.bansos.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.bansos.core.InvalidDataException;
import id.bansos.core.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

  /** Sidoarjo, Sukodono; a man born 5 August 1968 (the worked example of programs.md §13). */
  private static final String MAN = "3515140508680001";
  /** Tuban; a woman born 1 July 1950. */
  private static final String WOMAN = "3523024107500012";
  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 28);

  private static InvalidDataException rejection(String text) {
    return catchThrowableOfType(InvalidDataException.class, () -> Nik.parse(text));
  }

  @Test
  void parsesSixteenDigits() {
    Nik nik = Nik.parse(MAN);

    assertThat(nik.value()).isEqualTo(MAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"35 15 14 050868 0001", "35.15.14.050868.0001", "3515-1405-0868-0001",
      " 3515140508680001 "})
  void ignoresSeparators(String text) {
    Nik nik = Nik.parse(text);

    assertThat(nik.value()).isEqualTo(MAN);
  }

  @Test
  void decodesRegionCodes() {
    Nik nik = Nik.parse(MAN);

    assertThat(nik.provinceCode()).isEqualTo("35");
    assertThat(nik.regencyCode()).isEqualTo("35.15");
    assertThat(nik.districtCode()).isEqualTo("35.15.14");
  }

  @Test
  void decodesManFromDayBelowForty() {
    Nik nik = Nik.parse(MAN);

    assertThat(nik.sex()).isEqualTo(Sex.MALE);
    assertThat(nik.birthDay()).isEqualTo(5);
    assertThat(nik.birthMonth()).isEqualTo(8);
    assertThat(nik.birthYearOfCentury()).isEqualTo(68);
    assertThat(nik.serial()).isEqualTo(1);
  }

  @Test
  void decodesWomanFromDayPlusForty() {
    Nik nik = Nik.parse(WOMAN);

    assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    assertThat(nik.birthDay()).isEqualTo(1);
    assertThat(nik.birthMonth()).isEqualTo(7);
    assertThat(nik.birthYearOfCentury()).isEqualTo(50);
    assertThat(nik.serial()).isEqualTo(12);
  }

  static Stream<Arguments> dayFieldBoundaries() {
    return Stream.of(
        arguments("01", Sex.MALE, 1),
        arguments("31", Sex.MALE, 31),
        arguments("41", Sex.FEMALE, 1),
        arguments("71", Sex.FEMALE, 31));
  }

  @ParameterizedTest
  @MethodSource("dayFieldBoundaries")
  void acceptsDayFieldBoundaries(String dayField, Sex sex, int day) {
    Nik nik = Nik.parse("351514" + dayField + "0168" + "0001");

    assertThat(nik.sex()).isEqualTo(sex);
    assertThat(nik.birthDay()).isEqualTo(day);
  }

  @Test
  void decodesLargestSerial() {
    Nik nik = Nik.parse("3515140508689999");

    assertThat(nik.serial()).isEqualTo(9999);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("empty", "", "NIK_LENGTH"),
        arguments("15 digits", "351514050868000", "NIK_LENGTH"),
        arguments("17 digits", "35151405086800011", "NIK_LENGTH"),
        arguments("a letter", "35151405086800O1", "NIK_NOT_DIGITS"),
        arguments("a slash", "3515140508680/01", "NIK_NOT_DIGITS"),
        arguments("Arabic-Indic digits", "\u0663\u0665\u0661\u0665\u0661\u0664\u0660\u0665"
            + "\u0660\u0668\u0666\u0668\u0660\u0660\u0660\u0661", "NIK_NOT_DIGITS"),
        arguments("fullwidth digit", "351514050868000\uFF11", "NIK_NOT_DIGITS"),
        arguments("province 10", "1015140508680001", "NIK_PROVINCE"),
        arguments("province 95", "9515140508680001", "NIK_PROVINCE"),
        arguments("province 00", "0015140508680001", "NIK_PROVINCE"),
        arguments("regency 00", "3500140508680001", "NIK_REGION"),
        arguments("district 00", "3515000508680001", "NIK_REGION"),
        arguments("day 00", "3515140008680001", "NIK_DAY"),
        arguments("day 32", "3515143208680001", "NIK_DAY"),
        arguments("day 40", "3515144008680001", "NIK_DAY"),
        arguments("day 72", "3515147208680001", "NIK_DAY"),
        arguments("month 00", "3515140500680001", "NIK_MONTH"),
        arguments("month 13", "3515140513680001", "NIK_MONTH"),
        arguments("31 April", "3515143104680001", "NIK_DATE"),
        arguments("31 April, woman", "3515147104680001", "NIK_DATE"),
        arguments("30 February", "3515143002680001", "NIK_DATE"),
        arguments("29 February in a year never leap", "3515142902690001", "NIK_DATE"),
        arguments("serial 0000", "3515140508680000", "NIK_SERIAL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformedPartWithItsCode(String description, String text, String code) {
    InvalidDataException e = rejection(text);

    assertThat(e.codes()).containsExactly(code);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("");
  }

  @Test
  void reportsEveryMalformedPartTogether() {
    InvalidDataException e = rejection("9500007213000000");

    assertThat(e.codes()).containsExactly(
        "NIK_PROVINCE", "NIK_REGION", "NIK_DAY", "NIK_MONTH", "NIK_SERIAL");
  }

  @Test
  void reportsImpossibleDateTogetherWithOtherProblems() {
    InvalidDataException e = rejection("3500143104680000");

    assertThat(e.codes()).containsExactly("NIK_REGION", "NIK_DATE", "NIK_SERIAL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3515142902000001", "3515146902000001", "3515142902960001"})
  void acceptsTwentyNinthOfFebruaryForMenAndWomen(String text) {
    Nik nik = Nik.parse(text);

    assertThat(nik.birthDay()).isEqualTo(29);
    assertThat(nik.birthMonth()).isEqualTo(2);
  }

  static Stream<Arguments> centuries() {
    return Stream.of(
        arguments("0101300001", LocalDate.of(1930, 1, 1)),
        arguments("0101200001", LocalDate.of(2020, 1, 1)),
        arguments("0112260001", LocalDate.of(1926, 12, 1)),
        arguments("0101260001", LocalDate.of(2026, 1, 1)),
        arguments("2811260001", LocalDate.of(2026, 11, 28)),
        arguments("2911260001", LocalDate.of(1926, 11, 29)),
        arguments("2902000001", LocalDate.of(2000, 2, 29)),
        arguments("6902000001", LocalDate.of(2000, 2, 29)),
        arguments("0101990001", LocalDate.of(1999, 1, 1)),
        arguments("0101000001", LocalDate.of(2000, 1, 1)));
  }

  @ParameterizedTest
  @MethodSource("centuries")
  void resolvesCenturyAgainstReferenceDate(String dateAndSerial, LocalDate expected) {
    Nik nik = Nik.parse("351514" + dateAndSerial);

    LocalDate birth = nik.birthDate(REFERENCE);

    assertThat(birth).isEqualTo(expected);
  }

  @Test
  void resolvesLeapDayToPreviousCenturyWhenAfterReference() {
    Nik nik = Nik.parse("3515142902040001");

    LocalDate birth = nik.birthDate(LocalDate.of(2004, 2, 28));

    assertThat(birth).isEqualTo(LocalDate.of(1904, 2, 29));
  }

  @Test
  void rejectsLeapDayOfYearZeroReadBeforeTwoThousand() {
    Nik nik = Nik.parse("3515142902000001");

    InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
        () -> nik.birthDate(LocalDate.of(2000, 2, 28)));

    assertThat(e.codes()).containsExactly("NIK_DATE");
  }

  @Test
  void masksAllButFirstFourAndLastTwoDigits() {
    Nik nik = Nik.parse(MAN);

    assertThat(nik.toString()).isEqualTo("3515**********01").doesNotContain(MAN);
  }

  @Test
  void keepsDigitsOutOfExceptionMessages() {
    String[] invalid = {"3515140508680000", "9500140508680001", "3515143104680001",
        "351514050868000"};

    for (String text : invalid) {
      InvalidDataException e = rejection(text);
      assertThat(e.getMessage()).doesNotContain(text).doesNotContain(text.substring(0, 6));
      assertThat(e.toString()).doesNotContain(text);
      assertThat(e.problems()).extracting(Problem::message)
          .allSatisfy(m -> assertThat(m).doesNotContain(text));
    }
  }

  @Test
  void isValidAgreesWithParse() {
    assertThat(Nik.isValid(MAN)).isTrue();
    assertThat(Nik.isValid("3515140508680000")).isFalse();
  }

  @Test
  void ordersByDigits() {
    assertThat(Nik.parse(WOMAN)).isGreaterThan(Nik.parse(MAN));
  }

  @Test
  void comparesByDigits() {
    new EqualsTester()
        .addEqualityGroup(Nik.parse(MAN), Nik.parse("35 15 14 050868 0001"))
        .addEqualityGroup(Nik.parse(WOMAN))
        .addEqualityGroup(Nik.parse("3515140508680002"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester();

    tester.testAllPublicStaticMethods(Nik.class);
    tester.testAllPublicInstanceMethods(Nik.parse(MAN));
  }

  @Test
  void separatorsOnlyIsALengthProblem() {
    InvalidDataException e = rejection(" - . ");

    assertThat(e.codes()).isEqualTo(List.of("NIK_LENGTH"));
  }
}
