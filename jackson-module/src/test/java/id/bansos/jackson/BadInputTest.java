package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

class BadInputTest {

  private static final String KK = "3526010101200001";
  private static final String NIK = "3526011003800001";
  private static final String NIK2 = "3526014107500002";

  /** A household whose first member has the given extra fields. */
  private static String withMember(String fields) {
    return "{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK + "\"" + fields + "}]}";
  }

  /** A household with the given extra top-level fields. */
  private static String withHousehold(String fields) {
    return "{\"kkNumber\":\"" + KK + "\"" + fields + ",\"members\":[{\"nik\":\"" + NIK + "\"}]}";
  }

  private static JsonInputException failure(String json) {
    return catchThrowableOfType(JsonInputException.class, () -> BansosJson.readHousehold(json));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // identifiers
        Arguments.of(withMember("").replace(NIK, "352601100380001"), "members[0].nik", "NIK_LENGTH"),
        Arguments.of(withMember("").replace(NIK, "3526011013800001"), "members[0].nik", "NIK_MONTH"),
        Arguments.of(withMember("").replace(NIK, "3526013203800001"), "members[0].nik", "NIK_DAY"),
        Arguments.of(withMember("").replace(NIK, "3526013102800001"), "members[0].nik", "NIK_DATE"),
        Arguments.of(withMember("").replace(NIK, "3526011003800000"), "members[0].nik", "NIK_SERIAL"),
        Arguments.of(withMember("").replace(NIK, "0526011003800001"), "members[0].nik", "NIK_PROVINCE"),
        Arguments.of(withMember("").replace(NIK, "3526-0110-0380-0001"), "members[0].nik",
            "NIK_NOT_DIGITS"),
        Arguments.of(withMember("").replace(KK, "9926010101200001"), "kkNumber", "KK_PROVINCE"),
        Arguments.of(withMember("").replace(KK, "3500000101200001"), "kkNumber", "KK_REGION"),
        Arguments.of(withMember("").replace(KK, "35260101012"), "kkNumber", "KK_LENGTH"),
        Arguments.of(withHousehold(",\"domicile\":\"3526012008\""), "domicile", "REGION_CODE_FORMAT"),
        Arguments.of(withHousehold(",\"domicile\":\"35.26\""), "domicile", "HOUSEHOLD_DOMICILE_LEVEL"),
        // household rules
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[]}", "members",
            "HOUSEHOLD_NO_MEMBERS"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK + "\"},{\"nik\":\""
            + NIK + "\"}]}", "members[1].nik", "HOUSEHOLD_DUPLICATE_NIK"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"nik\":\"" + NIK
            + "\",\"relationship\":\"HEAD\"},{\"nik\":\"" + NIK2 + "\",\"relationship\":\"HEAD\"}]}",
            "members[1].relationship", "HOUSEHOLD_SECOND_HEAD"),
        Arguments.of(withHousehold(",\"aid\":{\"PKH\":false},\"pkhComponents\":[\"ELDERLY\"]"),
            "pkhComponents", "HOUSEHOLD_PKH_CONTRADICTION"),
        Arguments.of(withHousehold(",\"pastGrants\":[{\"type\":\"KUBE\",\"year\":1900}]"),
            "pastGrants[0].year", "HOUSEHOLD_GRANT_YEAR"),
        Arguments.of(withHousehold(",\"registry\":{\"register\":\"DTSEN\",\"registered\":true,"
            + "\"desil\":11,\"checkedOn\":\"2025-01-01\"}"), "registry.desil", "DESIL_RANGE"),
        Arguments.of(withHousehold(",\"registry\":{\"register\":\"DTSEN\",\"registered\":false,"
            + "\"desil\":3,\"checkedOn\":\"2025-01-01\"}"), "registry.desil",
            "REGISTRY_DESIL_UNREGISTERED"),
        // person rules
        Arguments.of(withMember(",\"birthDate\":\"1980-03-10\",\"deathDate\":\"1979-01-01\""),
            "members[0].deathDate", "PERSON_DEATH_BEFORE_BIRTH"),
        Arguments.of(withMember(",\"hasDisability\":false,\"disabilities\":[{\"kind\":\"MENTAL\"}]"),
            "members[0].disabilities", "PERSON_DISABILITY_CONTRADICTION"),
        Arguments.of(withMember(",\"labourShock\":\"NONE\",\"labourShockDate\":\"2025-01-01\""),
            "members[0].labourShockDate", "PERSON_SHOCK_DATE_WITHOUT_SHOCK"),
        Arguments.of(withMember(",\"livesInProvincialUpt\":false,\"uptName\":\"UPT X\""),
            "members[0].uptName", "PERSON_UPT_CONTRADICTION"),
        Arguments.of(withMember(",\"name\":\"  \""), "members[0].name", "PERSON_NAME_BLANK"),
        Arguments.of(withMember(",\"monthlyIncome\":-5"), "members[0].monthlyIncome",
            "MONEY_NEGATIVE"),
        Arguments.of(withMember(",\"father\":{\"alive\":true,\"cause\":\"OTHER\"}"),
            "members[0].father", "PARENT_ALIVE_WITH_DEATH"),
        // dates
        Arguments.of(withMember(",\"birthDate\":\"2023-02-29\""), "members[0].birthDate",
            "JSON_DATE_INVALID"),
        Arguments.of(withMember(",\"birthDate\":\"1980-13-01\""), "members[0].birthDate",
            "JSON_DATE_INVALID"),
        Arguments.of(withMember(",\"birthDate\":\"10-03-1980\""), "members[0].birthDate",
            "JSON_DATE_FORMAT"),
        Arguments.of(withMember(",\"birthDate\":\"1980-03-10T00:00:00Z\""), "members[0].birthDate",
            "JSON_DATE_FORMAT"),
        // wrong types
        Arguments.of(withMember("").replace("\"" + NIK + "\"", "3526011003800001"),
            "members[0].nik", "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"hasDisability\":\"yes\""), "members[0].hasDisability",
            "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"monthlyIncome\":1500000.5"), "members[0].monthlyIncome",
            "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"monthlyIncome\":\"1500000\""), "members[0].monthlyIncome",
            "JSON_WRONG_TYPE"),
        Arguments.of(withMember(",\"monthlyIncome\":99999999999999999999"),
            "members[0].monthlyIncome", "JSON_NUMBER_RANGE"),
        Arguments.of(withMember(",\"disabilities\":{\"kind\":\"MENTAL\"}"), "members[0].disabilities",
            "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"pastGrants\":[{\"type\":\"KUBE\",\"year\":\"2019\"}]"),
            "pastGrants[0].year", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"aid\":{\"PKH\":1}"), "aid.PKH", "JSON_WRONG_TYPE"),
        Arguments.of(withHousehold(",\"pkhComponents\":[1]"), "pkhComponents[0]", "JSON_WRONG_TYPE"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":{}}", "members", "JSON_WRONG_TYPE"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[\"" + NIK + "\"]}", "members[0]",
            "JSON_WRONG_TYPE"),
        Arguments.of("[]", "", "JSON_WRONG_TYPE"),
        Arguments.of("\"" + KK + "\"", "", "JSON_WRONG_TYPE"),
        Arguments.of("null", "", "JSON_WRONG_TYPE"),
        // enums
        Arguments.of(withMember(",\"sex\":\"female\""), "members[0].sex", "JSON_ENUM"),
        Arguments.of(withMember(",\"disabilities\":[{\"kind\":\"BLIND\"}]"),
            "members[0].disabilities[0].kind", "JSON_ENUM"),
        Arguments.of(withHousehold(",\"aid\":{\"PKH_PLUS\":true}"), "aid.PKH_PLUS", "JSON_ENUM"),
        // unknown and missing fields
        Arguments.of(withHousehold(",\"kk\":\"x\""), "kk", "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"nickname\":\"x\""), "members[0].nickname", "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"mother\":{\"alive\":true,\"age\":60}"), "members[0].mother.age",
            "JSON_UNKNOWN_FIELD"),
        Arguments.of(withMember(",\"" + NIK2 + "\":true"), "members[0].<unnamed>",
            "JSON_UNKNOWN_FIELD"),
        Arguments.of("{\"members\":[{\"nik\":\"" + NIK + "\"}]}", "kkNumber", "JSON_MISSING"),
        Arguments.of("{\"kkNumber\":null,\"members\":[{\"nik\":\"" + NIK + "\"}]}", "kkNumber",
            "JSON_MISSING"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\"}", "members", "JSON_MISSING"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"members\":[{\"name\":\"Siti\"}]}",
            "members[0].nik", "JSON_MISSING"),
        Arguments.of(withMember(",\"father\":{\"deathDate\":\"2020-01-01\"}"),
            "members[0].father.alive", "JSON_MISSING"),
        // syntax
        Arguments.of(withMember("") + " {}", "", "JSON_TRAILING"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",\"kkNumber\":\"" + KK + "\"}", "",
            "JSON_DUPLICATE_FIELD"),
        Arguments.of("{'kkNumber':'" + KK + "'}", "", "JSON_SYNTAX"),
        Arguments.of("{\"kkNumber\":\"" + KK + "\",}", "", "JSON_SYNTAX"),
        Arguments.of("", "", "JSON_EMPTY"),
        Arguments.of("   ", "", "JSON_EMPTY"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void eachRuleIsReportedAtItsPathWithItsCode(String json, String path, String code) {
    JsonInputException e = failure(json);

    assertThat(e).as("no exception for %s", code).isNotNull();
    assertThat(e.problems()).extracting(Problem::path, Problem::code).contains(
        org.assertj.core.groups.Tuple.tuple(path, code));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void messagesNeverEchoPersonalData(String json, String path, String code) {
    JsonInputException e = failure(json);

    assertThat(e.getMessage()).doesNotContain(NIK, NIK2, KK, "Siti", "3526011013800001",
        "352601100380001", "9926010101200001");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void everyProblemOfADocumentIsReportedAtOnce() {
    String json = "{\"kkNumber\":\"" + KK + "\",\"colour\":\"red\",\"members\":["
        + "{\"nik\":\"3526011013800001\",\"birthDate\":\"1980-02-30\",\"nickname\":\"x\"},"
        + "{\"nik\":\"" + NIK2 + "\",\"sex\":\"F\"},"
        + "{\"nik\":\"" + NIK + "\",\"monthlyIncome\":-1}]}";

    JsonInputException e = failure(json);

    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("colour", "JSON_UNKNOWN_FIELD"),
        org.assertj.core.groups.Tuple.tuple("members[0].nickname", "JSON_UNKNOWN_FIELD"),
        org.assertj.core.groups.Tuple.tuple("members[0].nik", "NIK_MONTH"),
        org.assertj.core.groups.Tuple.tuple("members[0].birthDate", "JSON_DATE_INVALID"),
        org.assertj.core.groups.Tuple.tuple("members[1].sex", "JSON_ENUM"),
        org.assertj.core.groups.Tuple.tuple("members[2].monthlyIncome", "MONEY_NEGATIVE"));
  }

  @Test
  void theDocumentedErrorExampleGivesTheDocumentedProblems() {
    JsonInputException e = failure("{\"kkNumber\": \"3526010101200001\", \"members\": [{\"nik\": "
        + "\"3526011013800001\", \"birthDate\": \"1980-02-30\", \"nickname\": \"x\"}]}");

    assertThat(e.problems()).extracting(p -> p.path() + ": " + p.code()).containsExactly(
        "members[0].nickname: JSON_UNKNOWN_FIELD", "members[0].nik: NIK_MONTH",
        "members[0].birthDate: JSON_DATE_INVALID");
  }

  @Test
  void nullForAnOptionalFactMeansAbsentNotFalse() {
    Household withNulls = BansosJson.readHousehold(withHousehold(
        ",\"domicile\":null,\"livesOnSmallIsland\":null,\"aid\":{\"PKH\":null}")
        .replace("\"}]}", "\",\"sex\":null,\"hasDisability\":null,\"disabilities\":null}]}"));

    assertThat(withNulls).isEqualTo(BansosJson.readHousehold(withHousehold("")));
    assertThat(withNulls.members().get(0).hasDisability()).isEmpty();
    assertThat(withNulls.receives(id.bansos.core.household.AidProgram.PKH)).isEmpty();
  }

  @Test
  void falseIsReadAsAKnownNo() {
    Household h = BansosJson.readHousehold(withMember(",\"hasDisability\":false"));

    assertThat(h.members().get(0).hasDisability()).contains(false);
  }

  @Test
  void everyTruncationOfAValidDocumentIsReportedAsSuch() {
    String json = BansosJson.write(Examples.full());
    Set<String> codes = new HashSet<>();
    for (int end = 0; end < json.length(); end++) {
      JsonInputException e = failure(json.substring(0, end));
      assertThat(e).as("prefix of length %d", end).isNotNull();
      codes.addAll(e.codes());
    }
    // A literal cut short ("tru") is a malformed token to Jackson rather than an early end.
    assertThat(codes).contains("JSON_EMPTY", "JSON_TRUNCATED")
        .isSubsetOf("JSON_EMPTY", "JSON_TRUNCATED", "JSON_SYNTAX");
  }

  @Test
  void tenThousandDeepNestingStopsAtTheDepthLimit() {
    String json = "{\"kkNumber\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    JsonInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(json));

    assertThat(e.codes()).containsExactly("JSON_TOO_DEEP");
  }

  @Test
  void hundredMegabyteStringStopsAtTheStringLimit() {
    GeneratedReader json = new GeneratedReader("{\"kkNumber\":\"", "a", 100_000_000, "\"}");

    JsonInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> catchThrowableOfType(JsonInputException.class, () -> BansosJson.readHousehold(json)));

    assertThat(e.codes()).containsExactly("JSON_STRING_TOO_LONG");
  }

  @Test
  void millionElementArrayStopsAtTheTokenLimit() {
    GeneratedReader json = new GeneratedReader("{\"kkNumber\":\"" + KK + "\",\"members\":[",
        "0,", 1_000_000, "0]}");

    JsonInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> catchThrowableOfType(JsonInputException.class, () -> BansosJson.readHousehold(json)));

    assertThat(e.codes()).containsExactly("JSON_TOO_MANY_TOKENS");
  }

  @Test
  void overlongNumberStopsAtTheNumberLimit() {
    JsonInputException e = failure(withMember(",\"monthlyIncome\":" + "9".repeat(1000)));

    assertThat(e.codes()).containsExactly("JSON_NUMBER_TOO_LONG");
  }

  @Test
  void bytesAreReadAsUtf8() {
    String json = withMember(",\"name\":\"Çağlar İbrahim\"");
    Household h = BansosJson.readHousehold(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(h.members().get(0).name()).contains("Çağlar İbrahim");
  }

  @Test
  void plainMapperThrowsTheSameExceptionAtTheRoot() {
    assertThatThrownBy(() -> BansosJson.mapper().readValue(withMember(",\"sex\":\"F\""),
        Household.class))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.paths()).containsExactly("members[0].sex"));
  }

  @Test
  void plainMapperWrapsItWhenNestedInAnotherType() {
    assertThatThrownBy(() -> BansosJson.mapper().readValue("[" + withMember(",\"sex\":\"F\"") + "]",
        new TypeReference<List<Household>>() {}))
        .isInstanceOf(DatabindException.class)
        .cause().isInstanceOf(JsonInputException.class);
  }
}
