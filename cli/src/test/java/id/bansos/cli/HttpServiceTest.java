package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.CatalogFiles;
import id.bansos.jackson.Detail;
import id.bansos.rules.Catalog;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import id.bansos.rules.program.JawaTimur;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HttpServiceTest {

  private static final String SIXTEEN_DIGITS = "(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])";

  private static HttpService service;
  private static HttpClient client;
  private static String household;

  @BeforeAll
  static void start() throws IOException {
    // Port 0: an ephemeral port, on the loopback interface only.
    service = HttpService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        JawaTimur.catalog());
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (InputStream in = HttpServiceTest.class.getResourceAsStream("household.json")) {
      household = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(service.uri().resolve(path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static List<String> problems(HttpResponse<String> response) {
    JsonNode root = BansosJson.mapper().readTree(response.body());
    assertThat(root.get("status").asInt()).isEqualTo(response.statusCode());
    List<String> problems = new ArrayList<>();
    for (JsonNode p : root.get("problems")) {
      problems.add(p.get("path").asString() + ":" + p.get("code").asString());
    }
    return problems;
  }

  @Test
  void listensOnTheLoopbackOnly() {
    assertThat(service.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(service.port()).isPositive();
  }

  @Test
  void aValidHouseholdIsAssessed() throws Exception {
    HttpResponse<String> r = send("POST", "assessments?date=2026-01-15&lang=en", household);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode a = BansosJson.mapper().readTree(r.body());
    assertThat(a.get("date").asString()).isEqualTo("2026-01-15");
    assertThat(a.get("language").asString()).isEqualTo("EN");
    JsonNode pkhPlus = null;
    for (JsonNode d : a.get("determinations")) {
      if (d.get("program").asString().equals("PKH_PLUS")) {
        pkhPlus = d;
      }
    }
    assertThat(pkhPlus).isNotNull();
    assertThat(pkhPlus.get("status").asString()).isEqualTo("ELIGIBLE");
  }

  @Test
  void theLanguageDefaultsToIndonesian() throws Exception {
    HttpResponse<String> r = send("POST", "assessments?date=2026-01-15", household);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(BansosJson.mapper().readTree(r.body()).get("language").asString())
        .isEqualTo("ID");
  }

  @Test
  void theDetailIsFullByDefaultOrTheSummaryOnRequest() throws Exception {
    var assessment = Engine.of(JawaTimur.catalog())
        .assess(BansosJson.readHousehold(household), LocalDate.of(2026, 1, 15));

    HttpResponse<String> full = send("POST", "assessments?date=2026-01-15&lang=en", household);
    HttpResponse<String> named = send("POST", "assessments?date=2026-01-15&lang=en&detail=FULL",
        household);
    HttpResponse<String> summary = send("POST",
        "assessments?date=2026-01-15&lang=en&detail=summary", household);
    HttpResponse<String> bad = send("POST", "assessments?date=2026-01-15&detail=short",
        household);

    assertThat(full.body()).isEqualTo(BansosJson.write(assessment, Language.EN, Detail.FULL));
    assertThat(named.body()).isEqualTo(full.body());
    // The provincial catalog runs KUBE on this date; the regency's (below) does not.
    assertThat(summary.body()).contains("\"KUBE\"");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.body())
        .isEqualTo(BansosJson.write(assessment, Language.EN, Detail.SUMMARY));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(problems(bad)).containsExactly("detail:QUERY_DETAIL");
  }

  @Test
  void theAcceptHeaderAsksForTheDecisionSheetMarkdownOrText() throws Exception {
    Household h = BansosJson.readHousehold(household);
    var assessment = Engine.of(JawaTimur.catalog()).assess(h, LocalDate.of(2026, 1, 15));

    HttpResponse<String> html = accepting("text/html,application/xhtml+xml;q=0.9");
    HttpResponse<String> markdown = accepting("text/markdown");
    HttpResponse<String> text = accepting("application/json;q=0.5, text/plain");
    HttpResponse<String> json = accepting("text/html;q=0.4, */*");

    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(html.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; style-src 'unsafe-inline'");
    assertThat(html.body()).isEqualTo(Render.html(assessment, h, Language.EN));
    assertThat(markdown.headers().firstValue("Content-Type"))
        .hasValue("text/markdown; charset=utf-8");
    assertThat(markdown.body()).isEqualTo(Render.markdown(assessment, h, Language.EN));
    assertThat(text.body()).isEqualTo(Render.text(assessment, h, Language.EN));
    assertThat(json.body()).isEqualTo(BansosJson.write(assessment, Language.EN));
  }

  @Test
  void theBestAcceptedRenderingWinsAndJsonIsTheDefault() {
    assertThat(HttpService.Rendering.accepted("")).isEqualTo(HttpService.Rendering.JSON);
    assertThat(HttpService.Rendering.accepted("*/*")).isEqualTo(HttpService.Rendering.JSON);
    assertThat(HttpService.Rendering.accepted("image/png")).isEqualTo(HttpService.Rendering.JSON);
    assertThat(HttpService.Rendering.accepted("TEXT/HTML")).isEqualTo(HttpService.Rendering.HTML);
    assertThat(HttpService.Rendering.accepted("text/html;q=0, text/plain;q=0.1"))
        .isEqualTo(HttpService.Rendering.TEXT);
    assertThat(HttpService.Rendering.accepted("text/markdown;q=0.8, application/json"))
        .isEqualTo(HttpService.Rendering.JSON);
    assertThat(HttpService.Rendering.accepted("text/plain, text/html"))
        .isEqualTo(HttpService.Rendering.TEXT);
    assertThat(HttpService.Rendering.accepted("text/html;q=bad, text/markdown;q=0.2"))
        .isEqualTo(HttpService.Rendering.MARKDOWN);
  }

  private static HttpResponse<String> accepting(String accept)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            service.uri().resolve("assessments?date=2026-01-15&lang=en"))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(household, StandardCharsets.UTF_8))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aServiceDecidesWithTheCatalogItIsGiven() throws Exception {
    Catalog regency;
    try (InputStream in = HttpServiceTest.class.getResourceAsStream("catalog-regency.yaml")) {
      regency = CatalogFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "catalog-regency.yaml", JawaTimur.catalog());
    }
    try (HttpService other = HttpService.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), regency)) {
      HttpRequest request = HttpRequest.newBuilder(other.uri()
          .resolve("assessments?date=2026-01-15&detail=summary"))
          .POST(HttpRequest.BodyPublishers.ofString(household, StandardCharsets.UTF_8)).build();
      JsonNode a = BansosJson.mapper().readTree(client.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());

      assertThat(a.get("catalog").get("name").asString()).isEqualTo("Kabupaten contoh");
      assertThat(a.get("catalog").get("fingerprint").asString())
          .isEqualTo(regency.fingerprint().toString());
      assertThat(a.get("determinations").toString()).contains("PKH_PLUS")
          .doesNotContain("\"KUBE\"");
    }
  }

  @Test
  void aMalformedNikIsA400WithItsPath() throws Exception {
    String bad = "{\"kkNumber\":\"3526010101200001\",\"members\":[{\"nik\":\"35260110038\"}]}";

    HttpResponse<String> r = send("POST", "assessments?date=2026-01-15", bad);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(problems(r)).containsExactly("members[0].nik:NIK_LENGTH");
    assertThat(r.body()).doesNotContain("35260110038").doesNotContain("3526010101200001");
  }

  @Test
  void anUnknownFieldIsA400() throws Exception {
    String bad = household.replace("\"name\" : \"Slamet\",", "\"nickname\" : \"Met\",");

    HttpResponse<String> r = send("POST", "assessments?date=2026-01-15", bad);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(problems(r)).contains("members[0].nickname:JSON_UNKNOWN_FIELD");
    assertThat(r.body()).doesNotContain("Met\"").doesNotContainPattern(SIXTEEN_DIGITS);
  }

  @Test
  void aMissingOrBadDateOrLanguageIsA400() throws Exception {
    assertThat(problems(send("POST", "assessments", household)))
        .containsExactly("date:QUERY_DATE");
    assertThat(problems(send("POST", "assessments?date=2026-02-30", household)))
        .containsExactly("date:QUERY_DATE");
    assertThat(problems(send("POST", "assessments?date=2026-01-15&lang=jv", household)))
        .containsExactly("lang:QUERY_LANG");
  }

  @Test
  void notJsonIsA400() throws Exception {
    HttpResponse<String> r = send("POST", "assessments?date=2026-01-15", "{\"kkNumber\": 3526");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(problems(r)).hasSize(1).first().asString().startsWith(":JSON_");
  }

  @Test
  void theProgramsListTheCatalogWithSourcedParameters() throws Exception {
    HttpResponse<String> r = send("GET", "programs", null);

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode root = BansosJson.mapper().readTree(r.body());
    List<String> codes = new ArrayList<>();
    JsonNode pkhPlus = null;
    for (JsonNode p : root.get("programs")) {
      codes.add(p.get("code").asString());
      if (p.get("code").asString().equals("PKH_PLUS")) {
        pkhPlus = p;
      }
    }
    assertThat(codes).contains("PKH_PLUS", "ASPD");
    assertThat(root.get("language").asString()).isEqualTo("ID");
    assertThat(pkhPlus.get("name").asString()).isNotBlank();
    assertThat(pkhPlus.get("criteria").findValuesAsString("code"))
        .contains("PKH_PLUS.RECEIVES_PKH", "PKH_PLUS.COVERED_REGION");
    JsonNode firstValue = pkhPlus.get("parameters").get(0).get("timeline").get(0);
    assertThat(firstValue.get("validFrom").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(firstValue.get("confidence").asString()).isIn("CONFIRMED", "INFERRED", "ASSUMED");
    assertThat(firstValue.get("sources").get(0).get("title").asString()).isNotBlank();
    assertThat(root.get("sharedParameters").size()).isPositive();
    // Rendered once: the same bytes every time.
    assertThat(send("GET", "programs", null).body()).isEqualTo(r.body());
  }

  @Test
  void theProgramsAreTheCatalogInTheWireFormatInTheLanguageAsked() throws Exception {
    HttpResponse<String> en = send("GET", "programs?lang=en", null);
    HttpResponse<String> bad = send("GET", "programs?lang=fr", null);

    assertThat(en.statusCode()).isEqualTo(200);
    assertThat(en.body()).isEqualTo(BansosJson.write(JawaTimur.catalog(), Language.EN));
    assertThat(send("GET", "programs", null).body())
        .isEqualTo(BansosJson.write(JawaTimur.catalog(), Language.ID));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(problems(bad)).containsExactly("lang:QUERY_LANG");
  }

  @Test
  void aWrongMethodIsA405() throws Exception {
    HttpResponse<String> get = send("GET", "assessments?date=2026-01-15", null);
    HttpResponse<String> post = send("POST", "programs", "{}");

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(problems(get)).containsExactly(":METHOD_NOT_ALLOWED");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void everyProblemOfTheQueryAndTheBodyIsNamedInOneAnswer() throws Exception {
    HttpResponse<String> r = send("POST", "assessments?date=2025-13-01&lang=xx&detail=zz",
        "{\"kkNumber\":\"123\",\"members\":[]}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(problems(r)).contains("date:QUERY_DATE", "lang:QUERY_LANG",
        "detail:QUERY_DETAIL", "kkNumber:KK_LENGTH");
  }

  @Test
  void aQueryParameterUnknownRepeatedOrNotADateIsA400() throws Exception {
    assertThat(problems(send("POST", "assessments?date=2026-01-15&langg=en", household)))
        .containsExactly("langg:QUERY_UNKNOWN");
    assertThat(problems(send("POST", "assessments?date=2026-01-15&date=2020-01-01", household)))
        .containsExactly("date:QUERY_REPEATED");
    assertThat(problems(send("POST", "assessments?date=%2B999999999-12-31", household)))
        .containsExactly("date:QUERY_DATE");
    assertThat(problems(send("GET", "programs?lang=en&lang=id", null)))
        .containsExactly("lang:QUERY_REPEATED");
    HttpResponse<String> data = send("GET", "programs?3526014107500002=Siti", null);
    assertThat(problems(data)).containsExactly("<unnamed>:QUERY_UNKNOWN");
    assertThat(data.body()).doesNotContainPattern(SIXTEEN_DIGITS).doesNotContain("Siti");
  }

  @Test
  void aBodyThatIsNotUtf8IsA400() throws Exception {
    byte[] latin1 = household.replaceFirst("\\{", "{\"note\":\"caf\u00e9\",")
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpRequest request = HttpRequest.newBuilder(
            service.uri().resolve("assessments?date=2026-01-15"))
        .timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build();

    HttpResponse<String> r =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(problems(r)).containsExactly(":JSON_ENCODING");
  }

  @Test
  void aHeadRequestIsAnsweredWithoutABody() throws Exception {
    HttpResponse<String> unknown = send("HEAD", "nope", null);
    HttpResponse<String> wrongMethod = send("HEAD", "assessments", null);

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEmpty();
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.body()).isEmpty();
  }

  @Test
  void anEmptyPairInTheQueryNamesNothing() throws Exception {
    assertThat(send("POST", "assessments?date=2026-01-15&", household).statusCode())
        .isEqualTo(200);
    assertThat(send("POST", "assessments?&date=2026-01-15&&lang=en", household).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anUnknownPathIsA404() throws Exception {
    HttpResponse<String> r = send("GET", "households/3526010101200001", null);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(problems(r)).containsExactly(":NOT_FOUND");
    assertThat(r.body()).doesNotContainPattern(SIXTEEN_DIGITS);
  }

  @Test
  void aBodyOverTheLimitIsA413() throws Exception {
    String big = "{\"kkNumber\":\"" + " ".repeat(HttpService.MAX_BODY_BYTES) + "\"}";

    HttpResponse<String> r = send("POST", "assessments?date=2026-01-15", big);

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(problems(r)).containsExactly(":BODY_TOO_LARGE");
  }

  @Test
  void theCommandLineStartsOnTheLoopbackAndStopsGracefully() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CountDownLatch stop = new CountDownLatch(1);
    // Released at once: the service starts, prints where it listens, and stops.
    stop.countDown();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = HttpService.serve(new java.net.InetSocketAddress(
          java.net.InetAddress.getLoopbackAddress(), 0), JawaTimur.catalog(), o, e, stop);
    }

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("listening on http://127\\.0\\.0\\.1:\\d+/")
        .contains("HttpService: stopped");
    // The command owns its JVM: it gives slow clients a limited time (start() alone does not).
    assertThat(System.getProperty("sun.net.httpserver.maxReqTime"))
        .isEqualTo(String.valueOf(HttpService.REQUEST_SECONDS));
    assertThat(System.getProperty("sun.net.httpserver.maxRspTime"))
        .isEqualTo(String.valueOf(HttpService.REQUEST_SECONDS));
  }
}
