package id.bansos.jackson;

import static id.bansos.jsonfixtures.BadInput.KK;
import static id.bansos.jsonfixtures.BadInput.NIK2;
import static id.bansos.jsonfixtures.BadInput.NIK;
import static id.bansos.jsonfixtures.BadInput.withHousehold;
import static id.bansos.jsonfixtures.BadInput.withMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.jsonfixtures.GeneratedReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

class BadInputTest {

  private static JsonInputException failure(String json) {
    return catchThrowableOfType(JsonInputException.class, () -> BansosJson.readHousehold(json));
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#households")
  void eachRuleIsReportedAtItsPathWithItsCode(String json, String path, String code) {
    JsonInputException e = failure(json);

    assertThat(e).as("no exception for %s", code).isNotNull();
    assertThat(e.problems()).extracting(Problem::path, Problem::code).contains(
        org.assertj.core.groups.Tuple.tuple(path, code));
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#households")
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
