package id.bansos.jackson;

import static id.bansos.jsonfixtures.BadInput.group;
import static id.bansos.jsonfixtures.BadInput.kk;
import static id.bansos.jsonfixtures.BadInput.member;
import static id.bansos.jsonfixtures.BadInput.nik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bansos.core.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a KUBE group document can be wrong is one JsonInputException with paths and codes. */
class KubeBadInputTest {

  private static JsonInputException failure(String json) {
    return catchThrowableOfType(JsonInputException.class, () -> BansosJson.readGroup(json));
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#groups")
  void eachProblemIsReportedAtItsPathWithItsCode(String json, String path, String code) {
    JsonInputException e = failure(json);
    assertThat(e).as("no exception for %s", code).isNotNull();
    assertThat(e.problems()).containsExactly(
        new Problem(path, code, e.problems().get(0).message()));
  }

  @ParameterizedTest
  @MethodSource("id.bansos.jsonfixtures.BadInput#groups")
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
