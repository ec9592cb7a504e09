package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bansos.core.Problem;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a KUBE group document can be wrong is one JsonInputException with paths and codes. */
class KubeBadInputTest {

  private static String kk(int i) {
    return String.format(Locale.ROOT, "350902150320%04d", i);
  }

  private static String nik(int i) {
    return String.format(Locale.ROOT, "350902040580%04d", i);
  }

  /** A family of one member, who takes part. */
  private static String member(int i) {
    return member(kk(i), nik(i), "\"nik\":\"" + nik(i) + "\"");
  }

  private static String member(String kk, String participant, String person) {
    return "{\"participant\":\"" + participant + "\",\"household\":{\"kkNumber\":\"" + kk
        + "\",\"members\":[{" + person + "}]}}";
  }

  /** A valid group of five families with the given member at index 3 and extra fields. */
  private static String group(String fourth, String extra) {
    return "{\"name\":\"KUBE Mawar\"" + extra + ",\"members\":[" + member(1) + "," + member(2)
        + "," + member(3) + "," + fourth + "," + member(5) + "]}";
  }

  private static String group(String fourth) {
    return group(fourth, "");
  }

  private static JsonInputException failure(String json) {
    return catchThrowableOfType(JsonInputException.class, () -> BansosJson.readGroup(json));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // unknown fields, at every level
        Arguments.of(group(member(4), ",\"leader\":\"x\""), "leader", "JSON_UNKNOWN_FIELD"),
        Arguments.of(group(member(4).replace("{\"participant\"", "{\"role\":1,\"participant\"")),
            "members[3].role", "JSON_UNKNOWN_FIELD"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4) + "\",\"nickname\":\"x\"")),
            "members[3].household.members[0].nickname", "JSON_UNKNOWN_FIELD"),
        // wrong JSON types
        Arguments.of(group(member(4)).replace("\"KUBE Mawar\"", "5"), "name", "JSON_WRONG_TYPE"),
        Arguments.of(group(member(4), ",\"liveNearEachOther\":\"yes\""), "liveNearEachOther",
            "JSON_WRONG_TYPE"),
        Arguments.of("{\"name\":\"K\",\"members\":{}}", "members", "JSON_WRONG_TYPE"),
        Arguments.of(group("\"" + nik(4) + "\""), "members[3]", "JSON_WRONG_TYPE"),
        Arguments.of(group(member(4).replace("\"" + nik(4) + "\",\"household\"",
            nik(4) + ",\"household\"")), "members[3].participant", "JSON_WRONG_TYPE"),
        Arguments.of(group("{\"participant\":\"" + nik(4) + "\",\"household\":[]}"),
            "members[3].household", "JSON_WRONG_TYPE"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4)
            + "\",\"monthlyIncome\":1.5")), "members[3].household.members[0].monthlyIncome",
            "JSON_WRONG_TYPE"),
        Arguments.of("[]", "", "JSON_WRONG_TYPE"),
        Arguments.of("null", "", "JSON_WRONG_TYPE"),
        // required fields
        Arguments.of("{\"members\":[]}", "name", "JSON_MISSING"),
        Arguments.of("{\"name\":null,\"members\":[]}", "name", "JSON_MISSING"),
        Arguments.of("{\"name\":\"K\"}", "members", "JSON_MISSING"),
        Arguments.of(group("{\"household\":{\"kkNumber\":\"" + kk(4) + "\",\"members\":[{\"nik\":\""
            + nik(4) + "\"}]}}"), "members[3].participant", "JSON_MISSING"),
        Arguments.of(group("{\"participant\":\"" + nik(4) + "\"}"), "members[3].household",
            "JSON_MISSING"),
        // identifiers and facts inside a member household
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"3509020413800004\"")),
            "members[3].household.members[0].nik", "NIK_MONTH"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"3509-0204-0580-0004\"")),
            "members[3].household.members[0].nik", "NIK_NOT_DIGITS"),
        Arguments.of(group(member("9909021503200004", nik(4), "\"nik\":\"" + nik(4) + "\"")),
            "members[3].household.kkNumber", "KK_PROVINCE"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4)
            + "\",\"birthDate\":\"2023-02-29\"")), "members[3].household.members[0].birthDate",
            "JSON_DATE_INVALID"),
        Arguments.of(group("{\"participant\":\"" + nik(4) + "\",\"household\":{\"kkNumber\":\""
            + kk(4) + "\",\"members\":[]}}"), "members[3].household.members",
            "HOUSEHOLD_NO_MEMBERS"),
        Arguments.of(group(member(kk(4), nik(4), "\"nik\":\"" + nik(4)
            + "\",\"birthDate\":\"1980-05-04\",\"deathDate\":\"1979-01-01\"")),
            "members[3].household.members[0].deathDate", "PERSON_DEATH_BEFORE_BIRTH"),
        Arguments.of(group(member(kk(4), "35090204058000", "\"nik\":\"" + nik(4) + "\"")),
            "members[3].participant", "NIK_LENGTH"),
        // the group's own rules, re-rooted at the group's paths
        Arguments.of(group(member(kk(4), nik(9), "\"nik\":\"" + nik(4) + "\"")),
            "members[3].participant", "GROUP_PARTICIPANT_NOT_ON_CARD"),
        Arguments.of(group(member(kk(1), nik(4), "\"nik\":\"" + nik(4) + "\"")),
            "members[3].household.kkNumber", "GROUP_DUPLICATE_KK"),
        Arguments.of(group(member(kk(4), nik(1), "\"nik\":\"" + nik(1) + "\"")),
            "members[3].participant", "GROUP_DUPLICATE_PARTICIPANT"),
        Arguments.of(group(member(4)).replace("\"KUBE Mawar\"", "\"  \""), "name",
            "GROUP_NAME_BLANK"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachProblemIsReportedAtItsPathWithItsCode(String json, String path, String code) {
    JsonInputException e = failure(json);
    assertThat(e).as("no exception for %s", code).isNotNull();
    assertThat(e.problems()).containsExactly(
        new Problem(path, code, e.problems().get(0).message()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void messagesNeverEchoPersonalData(String json, String path, String code) {
    JsonInputException e = failure(json);
    assertThat(e.getMessage()).doesNotContain("35090215032", "35090204058", "3509020413",
        "9909021503", "KUBE Mawar");
    for (Problem p : e.problems()) {
      assertThat(p.message()).doesNotContain("35090215032", "35090204058", "KUBE Mawar");
    }
  }

  @Test
  void everyProblemOfAGroupIsReportedAtOnce() {
    String json = "{\"name\":\"\",\"colour\":1,\"members\":[" + member(1) + ","
        + member(kk(2), nik(2), "\"nik\":\"3509020413800002\"") + ","
        + member(kk(3), nik(3), "\"nik\":\"" + nik(3) + "\",\"sex\":\"female\"") + "]}";

    JsonInputException e = failure(json);

    assertThat(e.paths()).containsExactly("colour", "members[1].household.members[0].nik",
        "members[2].household.members[0].sex");
    assertThat(e.codes()).containsExactly("JSON_UNKNOWN_FIELD", "NIK_MONTH", "JSON_ENUM");
  }

  @Test
  void groupRulesAreCheckedOnceEveryFamilyReads() {
    // Two group rules at once; the blank name comes with them.
    String json = "{\"name\":\" \",\"members\":[" + member(1) + ","
        + member(kk(2), nik(7), "\"nik\":\"" + nik(2) + "\"") + ","
        + member(kk(1), nik(3), "\"nik\":\"" + nik(3) + "\"") + "]}";

    JsonInputException e = failure(json);

    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("name", "GROUP_NAME_BLANK"),
        org.assertj.core.groups.Tuple.tuple("members[1].participant",
            "GROUP_PARTICIPANT_NOT_ON_CARD"),
        org.assertj.core.groups.Tuple.tuple("members[2].household.kkNumber",
            "GROUP_DUPLICATE_KK"));
  }

  @Test
  void tooLargeAGroupDocumentStopsAtTheTokenLimit() {
    // 20,000 families of one member each: about 280,000 tokens in 2.4 MB.
    StringBuilder json = new StringBuilder("{\"name\":\"K\",\"members\":[");
    for (int i = 0; i < 20_000; i++) {
      json.append(i == 0 ? "" : ",").append(member(1));
    }
    json.append("]}");

    JsonInputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> failure(json.toString()));

    assertThat(e.codes()).containsExactly("JSON_TOO_MANY_TOKENS");
  }

  @Test
  void syntaxErrorsAndEmptyDocumentsAreReportedAsForHouseholds() {
    String valid = group(member(4));
    assertThat(failure(valid.substring(0, valid.length() - 3)).codes())
        .containsExactly("JSON_TRUNCATED");
    assertThat(failure("").codes()).containsExactly("JSON_EMPTY");
    assertThat(failure(valid + " {}").codes()).containsExactly("JSON_TRAILING");
    assertThat(failure(valid.replace("\"name\":\"KUBE Mawar\"",
        "\"name\":\"KUBE Mawar\",\"name\":\"KUBE Melati\"")).codes())
        .containsExactly("JSON_DUPLICATE_FIELD");
    assertThat(BansosJson.readGroup(valid).size()).isEqualTo(5);
  }
}
