package id.bansos.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.bansos.jackson.BansosJson;
import id.bansos.jackson.BansosModule;
import id.bansos.jackson.Detail;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.program.JawaTimur;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application with Spring Boot 4.0's dependency management unchanged: Boot's Jackson 3,
 * Boot's {@code JsonMapper} with {@code BansosModule}, the same bytes as {@code BansosJson}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApplicationTest {

  /** An elderly woman in a PKH family in Kabupaten Bangkalan, registered in desil 2. */
  static final String HOUSEHOLD = """
      {"kkNumber":"3526010101200001","domicile":"35.26.01.2008",
       "registry":{"register":"DTSEN","registered":true,"desil":2,"checkedOn":"2025-03-01"},
       "aid":{"PKH":true},
       "members":[
        {"nik":"3526011003800001","birthDate":"1980-03-10","sex":"MALE","relationship":"HEAD",
         "occupation":"FARMER"},
        {"nik":"3526014106550002","birthDate":"1950-06-01","sex":"FEMALE",
         "relationship":"PARENT","occupation":"NOT_WORKING"}]}
      """;

  @Autowired MockMvc http;
  @Autowired JsonMapper bootsMapper;

  @Test
  void bootManagesTheJacksonTheLibraryRunsOn() {
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .as("Spring Boot 4.0.7 manages Jackson 3.1.4; nothing here overrides it")
        .isEqualTo("3.1.4");
    assertThat(bootsMapper.registeredModules()).anyMatch(m -> m instanceof BansosModule);
  }

  @Test
  void postedHouseholdGetsTheFullAssessmentByteForByte() throws Exception {
    String body = http.perform(post("/assessments?date=2025-07-01&lang=en")
            .contentType(MediaType.APPLICATION_JSON).content(HOUSEHOLD))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.determinations[?(@.program == 'PKH_PLUS')].status")
            .value("ELIGIBLE"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(body).isEqualTo(BansosJson.write(expected(), Language.EN));
  }

  @Test
  void detailSummaryGetsTheSummary() throws Exception {
    String body = http.perform(post("/assessments?date=2025-07-01&detail=summary")
            .contentType(MediaType.APPLICATION_JSON).content(HOUSEHOLD))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.detail").value("SUMMARY"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(body).isEqualTo(BansosJson.write(expected(), Language.ID, Detail.SUMMARY));
  }

  @Test
  void aBadHouseholdGetsEveryProblemWithItsPathAndNoValue() throws Exception {
    http.perform(post("/assessments?date=2025-07-01").contentType(MediaType.APPLICATION_JSON)
            .content("{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"35260110038\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].path").value("members[0].nik"))
        .andExpect(jsonPath("$.problems[0].code").value("NIK_LENGTH"))
        .andExpect(content().string(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString("35260110038"))));
  }

  @Test
  void anUnknownDetailLevelIsABadRequest() throws Exception {
    http.perform(post("/assessments?date=2025-07-01&detail=short")
            .contentType(MediaType.APPLICATION_JSON).content(HOUSEHOLD))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].message").value("detail is full or summary"));
  }

  private static id.bansos.rules.Assessment expected() throws Exception {
    return Engine.of(JawaTimur.catalog())
        .assess(BansosJson.readHousehold(HOUSEHOLD), LocalDate.of(2025, 7, 1));
  }
}
