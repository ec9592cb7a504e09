package id.bansos.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bansos.core.household.Household;
import id.bansos.core.identity.Nik;
import id.bansos.jsonfixtures.KubeExamples;
import id.bansos.jsonfixtures.Stamps;
import id.bansos.rules.Engine;
import id.bansos.rules.Group;
import id.bansos.rules.GroupAssessment;
import id.bansos.rules.Language;
import id.bansos.rules.Status;
import id.bansos.rules.program.JawaTimur;
import id.bansos.rules.program.kube.Kube;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** KUBE groups and their assessments on the wire: the documented example and its behaviour. */
class KubeJsonTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String GROUP = "kube-group.json";
  private static final String ASSESSMENT = "kube-assessment-en.json";

  private static GroupAssessment assess(Group group) {
    return Engine.of(JawaTimur.catalog()).decide(Kube.program(), group, AS_OF);
  }

  private static String pretty(Object value, Language language) {
    return BansosJson.writer(language).withDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }

  @Test
  void goldenGroupReadsAsTheJavaExample() {
    assertThat(BansosJson.readGroup(Examples.golden(GROUP))).isEqualTo(KubeExamples.mawar());
  }

  @Test
  void javaExampleWritesTheGoldenGroupByteForByte() throws IOException {
    String json = pretty(KubeExamples.mawar(), Language.ID);
    regenerateIfAsked(GROUP, json);
    assertThat(json).isEqualTo(Examples.golden(GROUP));
  }

  @Test
  void compactOutputIsTheGoldenGroupWithoutWhitespace() {
    String compact = BansosJson.mapper().writeValueAsString(
        BansosJson.mapper().readTree(Examples.golden(GROUP)));
    assertThat(BansosJson.write(KubeExamples.mawar())).isEqualTo(compact);
  }

  @Test
  void assessmentOfTheDocumentedGroupMatchesItsGoldenFile() throws IOException {
    String json = pretty(assess(KubeExamples.mawar()), Language.EN);
    regenerateIfAsked(ASSESSMENT, json);
    assertThat(Stamps.neutral(json)).as("KUBE assessment golden is stale; if intended, regenerate with"
        + " -Dtest=KubeJsonTest -Dbansos.regenerate=true").isEqualTo(Stamps.neutral(Examples.golden(ASSESSMENT)));
  }

  @ParameterizedTest
  @ValueSource(strings = {GROUP, ASSESSMENT})
  void documentShowsEachKubeGoldenFileVerbatim(String file) throws IOException {
    assertThat(GoldenFilesTest.documented(file)).isEqualTo(Examples.golden(file));
  }

  @Test
  void documentedGroupIsAssessedAsTheDocumentSays() throws IOException {
    // Given the group as a reader of the document would copy it
    Group group = BansosJson.readGroup(GoldenFilesTest.documented(GROUP));

    // When
    JsonNode tree = BansosJson.mapper().readTree(BansosJson.write(assess(group), Language.EN));

    // Then five of six families qualify; the sixth had KUBE in 2019
    assertThat(tree.get("groupName").stringValue()).isEqualTo("KUBE Mawar");
    assertThat(tree.get("status").stringValue()).isEqualTo("ELIGIBLE");
    assertThat(tree.get("qualifyingFamilies").intValue()).isEqualTo(5);
    assertThat(tree.get("groupTotal").longValue()).isEqualTo(15_000_000L);
    assertThat(tree.get("benefitPerBeneficiary").get("amountPerPayment").longValue())
        .isEqualTo(3_000_000L);
    assertThat(tree.get("benefitPerBeneficiary").get("form").stringValue())
        .isEqualTo("BUSINESS_CAPITAL");
    List<String> groupCodes = new ArrayList<>();
    tree.get("criteria").forEach(c -> groupCodes.add(c.get("code").stringValue()));
    assertThat(groupCodes).containsExactly("KUBE.GROUP_SIZE",
        "KUBE.LIVE_NEAR_EACH_OTHER", "KUBE.ENOUGH_MEMBERS_QUALIFY");
    JsonNode members = tree.get("families");
    assertThat(members.size()).isEqualTo(6);
    assertThat(members.get(1).get("participant").stringValue()).isEqualTo("3509026108820003");
    assertThat(members.get(1).get("determination").get("status").stringValue())
        .isEqualTo("ELIGIBLE");
    JsonNode sixth = members.get(5).get("determination");
    assertThat(sixth.get("program").stringValue()).isEqualTo("KUBE");
    assertThat(sixth.get("status").stringValue()).isEqualTo("NOT_ELIGIBLE");
    List<String> failed = new ArrayList<>();
    sixth.get("criteria").forEach(c -> {
      if (c.get("outcome").stringValue().equals("FAIL")) {
        failed.add(c.get("code").stringValue());
      }
    });
    assertThat(failed).containsExactly("KUBE.NO_EARLIER_GRANT");
    assertThat(tree.has("missingFacts")).isFalse();
  }

  @Test
  void groupMessagesFollowTheLanguageOfTheWriter() {
    GroupAssessment a = assess(KubeExamples.mawar());
    JsonNode id = BansosJson.mapper().readTree(BansosJson.write(a, Language.ID));
    JsonNode en = BansosJson.mapper().readTree(BansosJson.write(a, Language.EN));
    assertThat(id.get("language").stringValue()).isEqualTo("ID");
    assertThat(id.get("criteria").get(0).get("message").stringValue())
        .isEqualTo("Kelompok beranggotakan 6 keluarga.");
    assertThat(en.get("criteria").get(0).get("message").stringValue())
        .isEqualTo("The group has 6 families.");
    assertThat(id.get("families").get(0).get("determination").get("programName").stringValue())
        .isEqualTo(a.families().get(0).determination().program().name().in(Language.ID));
    // The plain mapper writes Indonesian, as for assessments.
    assertThat(BansosJson.mapper().writeValueAsString(a)).isEqualTo(BansosJson.write(a, Language.ID));
  }

  @Test
  void absentProximityIsUnknownAndDistinctFromFalse() {
    String golden = BansosJson.write(KubeExamples.mawar());
    String absent = golden.replace("\"liveNearEachOther\":true,", "");
    String isNull = golden.replace("\"liveNearEachOther\":true", "\"liveNearEachOther\":null");
    String isFalse = golden.replace("\"liveNearEachOther\":true", "\"liveNearEachOther\":false");

    Group unknown = BansosJson.readGroup(absent);
    Group no = BansosJson.readGroup(isFalse);

    assertThat(unknown.liveNearEachOther()).isEmpty();
    assertThat(BansosJson.readGroup(isNull)).isEqualTo(unknown);
    assertThat(no.liveNearEachOther()).contains(false);
    assertThat(BansosJson.write(unknown)).isEqualTo(absent).doesNotContain("liveNearEachOther");
    assertThat(BansosJson.write(no)).isEqualTo(isFalse);
    JsonNode undetermined = BansosJson.mapper().readTree(BansosJson.write(assess(unknown),
        Language.EN));
    assertThat(undetermined.get("status").stringValue()).isEqualTo("UNDETERMINED");
    assertThat(undetermined.get("groupTotal").longValue()).isZero();
    assertThat(undetermined.has("benefitPerBeneficiary")).isFalse();
    assertThat(undetermined.get("missingFacts").get(0).get("path").stringValue())
        .isEqualTo("liveNearEachOther");
    assertThat(undetermined.get("missingFacts").get(0).get("label").stringValue())
        .isEqualTo("the group's families live near each other");
    assertThat(BansosJson.mapper().readTree(BansosJson.write(assess(no), Language.EN))
        .get("status").stringValue()).isEqualTo("NOT_ELIGIBLE");
  }

  @Test
  void aGroupOverTheSizeLimitOfTheProgramIsReadAndDecidedNotRejected() {
    // The size bound is a dated rule parameter, so the format accepts any count.
    List<Group.Member> members = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      String nik = String.format(Locale.ROOT, "3509020405800%03d", i);
      members.add(Group.Member.of(Household.builder()
          .kkNumber(id.bansos.core.identity.KkNumber.parse(
              String.format(Locale.ROOT, "3509021503200%03d", i)))
          .addMembers(id.bansos.core.household.Person.builder().nik(Nik.parse(nik)).build())
          .build(), Nik.parse(nik)));
    }
    Group big = Group.of("KUBE Besar", members, Optional.of(true));

    Group read = BansosJson.readGroup(BansosJson.write(big));

    assertThat(read).isEqualTo(big);
    GroupAssessment a = assess(read);
    assertThat(a.status()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(a.result("KUBE.GROUP_SIZE").orElseThrow().outcome().name()).isEqualTo("FAIL");
  }

  @Test
  void readersAndStreamsGiveTheSameGroup() {
    String json = Examples.golden(GROUP);
    assertThat(BansosJson.readGroup(new StringReader(json))).isEqualTo(KubeExamples.mawar());
    assertThat(BansosJson.readGroup(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(KubeExamples.mawar());
  }

  @Test
  void plainMapperReadsAndWritesGroupsWithTheModuleAlone() {
    JsonMapper plain = JsonMapper.builder().addModule(new BansosModule()).build();
    String json = Examples.golden(GROUP);
    assertThat(plain.readValue(json, Group.class)).isEqualTo(KubeExamples.mawar());
    assertThat(plain.writeValueAsString(KubeExamples.mawar()))
        .isEqualTo(BansosJson.write(KubeExamples.mawar()));
    JsonInputException e = catchThrowableOfType(JsonInputException.class,
        () -> plain.readValue("{\"name\":\"K\",\"members\":[{\"participant\":\"1\"}]}",
            Group.class));
    assertThat(e.paths()).containsExactly("members[0].participant", "members[0].household");
  }

  @Test
  void toStringOfTheGroupNamesNoPersonalData() {
    Group g = BansosJson.readGroup(Examples.golden(GROUP));
    assertThat(g.toString()).doesNotContain("3509", "Sutrisno", "Sri Wahyuni");
  }

  // ---------------------------------------------------------------- golden maintenance

  private static final Path DOC = Path.of("..", "docs", "json-format.md");

  private static void regenerateIfAsked(String file, String json) throws IOException {
    if (!Boolean.getBoolean("bansos.regenerate")) {
      return;
    }
    Files.writeString(Path.of("src", "test", "resources", "id", "bansos", "jackson", file), json,
        StandardCharsets.UTF_8);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(<!-- golden: " + Pattern.quote(file) + " -->\\n```json\\n)(.*?)```",
        Pattern.DOTALL).matcher(doc);
    if (m.find()) {
      doc = doc.substring(0, m.start(2)) + json + doc.substring(m.end(2));
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
  }
}
