package id.bansos.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.jackson.BansosJson;
import id.bansos.jackson.Detail;
import id.bansos.jackson.ExtensionFacts;
import id.bansos.jackson.JsonInputException;
import id.bansos.rules.Assessment;
import id.bansos.rules.Catalog;
import id.bansos.rules.CatalogStamp;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import id.bansos.rules.Render;
import id.bansos.rules.program.JawaTimur;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library embedded in an HTTP service, on the JDK's built-in {@link HttpServer}: no framework,
 * no container.
 *
 * <ul>
 *   <li>{@code POST /assessments?date=YYYY-MM-DD[&lang=id|en][&detail=full|summary]} with a
 *       household document (the wire format of {@code docs/json-format.md}) answers 200 with the
 *       assessment document, whole ({@code full}, the default) or its {@code summary}; or, when
 *       the {@code Accept} header prefers it, the printable decision sheet ({@code text/html}),
 *       Markdown ({@code text/markdown}) or plain text ({@code text/plain}) of {@link Render}.
 *   <li>{@code GET /programs[?lang=id|en]} answers 200 with the catalog in the wire format of
 *       {@code docs/json-format.md} ({@code BansosJson.write(catalog, language)}): programs,
 *       criteria and parameters with their dated values, sources and confidence.
 *   <li>Bad input answers 400 with {@code {"status":400,"problems":[{"path","code","message"}]}}:
 *       the path and a stable code of every problem of the query and of the body together (a
 *       query parameter unknown, repeated or malformed, a body that is not UTF-8 included),
 *       never a value from the request. An unknown path answers 404, a wrong method 405 (with
 *       {@code Allow}), a body over {@value #MAX_BODY_BYTES} bytes 413.
 * </ul>
 *
 * <p>The assessment date comes from the caller: the service never reads the clock. It logs
 * nothing about requests. Under {@code bansos serve} a client has {@value #REQUEST_SECONDS}
 * seconds to send its request and the service as long to answer it, so that slow clients cannot
 * hold the workers for long: the JDK server's own limits ({@code sun.net.httpserver.maxReqTime}
 * and {@code maxRspTime}), which are the JVM's, for every server in it, and read when its first
 * server is made. {@link #start} sets none of them: an application that embeds the service sets
 * them itself ({@code -Dsun.net.httpserver.maxReqTime=30}), or keeps slow clients away with a
 * proxy that buffers requests. Bind it to the loopback address, as {@code bansos serve} does,
 * and put an authenticating proxy in front before exposing it: the answers hold the NIKs and
 * No. KK sent.
 *
 * <pre>{@code
 * try (HttpService service = HttpService.start(
 *     new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080), JawaTimur.catalog())) {
 *   ... service.uri() ...
 * }
 * }</pre>
 */
public final class HttpService implements AutoCloseable {

  /** The largest request body accepted, in bytes; a larger one answers 413. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  /** The port {@code bansos serve} listens on when no {@code --port} is given. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * Requests served at the same time; more wait in the server's queue. More than the cores: a
   * worker also waits for its request to arrive (see {@link #REQUEST_SECONDS}).
   */
  private static final int THREADS = 16;

  /**
   * Seconds a client has to send its whole request, and the service to answer it. The JDK's
   * server reads a request on the worker that serves it and by default waits for a slow client
   * forever, so that four clients sending a byte now and then would hold every worker.
   */
  static final int REQUEST_SECONDS = 30;

  /** Bytes of a body over the limit read and dropped before the 413, so that it is received. */
  private static final long DRAINED_BYTES = 64L * 1024 * 1024;

  private static final Set<String> ASSESSMENT_PARAMETERS = Set.of("date", "lang", "detail");
  private static final Set<String> PROGRAMS_PARAMETERS = Set.of("lang");
  /** A query parameter's name shown in a message: the service's own names' shape. */
  private static final Pattern SHOWN_NAME = Pattern.compile("[a-z][a-zA-Z]{0,31}");
  /** Seconds {@link #close()} lets requests in progress finish. */
  private static final int STOP_GRACE_SECONDS = 2;

  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML_UTF8 = "text/html; charset=utf-8";
  private static final String MARKDOWN_UTF8 = "text/markdown; charset=utf-8";
  private static final String TEXT_UTF8 = "text/plain; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Engine engine;
  private final ExtensionFacts facts;
  private final Map<Language, byte[]> programs = new EnumMap<>(Language.class);

  private HttpService(HttpServer server, ExecutorService executor, Engine engine) {
    this.server = server;
    this.executor = executor;
    this.engine = engine;
    // A household may carry the extension facts of the catalog's programs, local ones included.
    this.facts = ExtensionFacts.of(engine.catalog());
    // The catalog does not change while the service runs: render it once in each language.
    for (Language language : Language.values()) {
      programs.put(language, BansosJson.write(engine.catalog(), language)
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Starts a service on {@code address}.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()}); never null
   * @param catalog the programs to assess against; never null
   * @return the running service
   * @throws IOException when the address cannot be bound
   */
  public static HttpService start(InetSocketAddress address, Catalog catalog) throws IOException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(catalog, "catalog");
    HttpServer server = HttpServer.create(address, 0);
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "bansos-http-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    HttpService service = new HttpService(server, executor, Engine.of(catalog));
    server.createContext("/", service::handle);
    server.setExecutor(executor);
    server.start();
    return service;
  }

  private static void limit(String property) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, String.valueOf(REQUEST_SECONDS));
    }
  }

  /**
   * The port the service listens on, useful after starting on port 0.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The base address of the service, for example {@code http://127.0.0.1:8080/}.
   *
   * @return the address
   */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /**
   * Stops accepting connections, lets requests in progress finish for a short grace period, then
   * stops the worker threads.
   */
  @Override
  public void close() {
    server.stop(STOP_GRACE_SECONDS);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Serves on {@code address} until {@code stop} is released or the JVM shuts down (Ctrl-C),
   * then stops gracefully; for {@code bansos serve}.
   *
   * @return 0, or 3 when the address cannot be bound
   */
  static int serve(InetSocketAddress address, Catalog catalog, PrintStream out, PrintStream err,
      CountDownLatch stop) {
    // The JDK server's own limits. They are the JVM's, read once when its first server is made:
    // set here, where the command owns the JVM, not in start(), which an application embeds
    // beside servers of its own. A value given on the command line (-D...) is kept.
    limit("sun.net.httpserver.maxReqTime");
    limit("sun.net.httpserver.maxRspTime");
    int port = address.getPort();
    HttpService service;
    try {
      service = start(address, catalog);
    } catch (IOException e) {
      err.println("bansos serve: cannot listen on port " + port + ": " + e);
      return 3;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(2L * STOP_GRACE_SECONDS + 1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "bansos-http-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Bansos Jatim HTTP service listening on " + service.uri());
    out.println("  POST " + service.uri()
        + "assessments?date=YYYY-MM-DD&lang=id|en&detail=full|summary");
    out.println("  GET  " + service.uri() + "programs");
    CatalogStamp stamp = CatalogStamp.of(catalog);
    out.println("Catalog / katalog: " + stamp.catalog() + ", " + stamp.fingerprint() + " (bansos "
        + stamp.libraryVersion() + ")");
    out.println("Ctrl-C stops it / Ctrl-C untuk berhenti");
    out.flush();
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    service.close();
    // Printed before releasing the hook: once the hook returns, the JVM may halt at any moment.
    out.println("HttpService: stopped");
    out.flush();
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is what released us.
    }
    return 0;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      switch (path) {
        case "/assessments" -> {
          if (!method.equals("POST")) {
            methodNotAllowed(exchange, "POST");
          } else {
            assess(exchange);
          }
        }
        case "/programs" -> {
          if (method.equals("GET") || method.equals("HEAD")) {
            List<Problem> problems = new ArrayList<>();
            Map<String, String> query = query(exchange, PROGRAMS_PARAMETERS, problems);
            Language language = language(query, problems);
            if (!problems.isEmpty()) {
              error(exchange, 400, problems);
            } else {
              send(exchange, 200, programs.get(language), method.equals("HEAD"));
            }
          } else {
            methodNotAllowed(exchange, "GET, HEAD");
          }
        }
        default -> error(exchange, 404, List.of(new Problem("", "NOT_FOUND",
            "no such resource; try POST /assessments or GET /programs")));
      }
    } catch (RuntimeException e) {
      // The class name only: a message is not guaranteed free of personal data.
      try {
        error(exchange, 500, List.of(new Problem("", "INTERNAL",
            "the service failed with " + e.getClass().getName())));
      } catch (IOException | RuntimeException ignored) {
        // The response had already begun; the connection is closed with the exchange.
      }
    }
  }

  /** The {@code lang} query parameter, {@code id} by default; null with a problem added. */
  private static Language language(Map<String, String> query, List<Problem> problems) {
    switch (query.getOrDefault("lang", "id").toLowerCase(Locale.ROOT)) {
      case "id" -> {
        return Language.ID;
      }
      case "en" -> {
        return Language.EN;
      }
      default -> {
        problems.add(new Problem("lang", "QUERY_LANG", "the query parameter lang is id or en"));
        return null;
      }
    }
  }

  /** The {@code date} query parameter, written YYYY-MM-DD; null with a problem added. */
  private static LocalDate date(Map<String, String> query, List<Problem> problems) {
    String text = query.getOrDefault("date", "");
    if (Bansos.ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // Shaped as a date, but not one of the calendar: the same problem.
      }
    }
    problems.add(new Problem("date", "QUERY_DATE",
        "the query parameter date is required, written YYYY-MM-DD"));
    return null;
  }

  private void assess(HttpExchange exchange) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> query = query(exchange, ASSESSMENT_PARAMETERS, problems);
    LocalDate date = date(query, problems);
    Language language = language(query, problems);
    Detail detail = null;
    try {
      detail = Detail.parse(query.getOrDefault("detail", "full"));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem("detail", "QUERY_DETAIL",
          "the query parameter detail is full or summary"));
    }
    // The body is read whatever the query's problems, so that one answer names them all.
    byte[] body = readBody(exchange);
    if (body == null) {
      // Connection: close, since the client may still be sending what was not read.
      exchange.getResponseHeaders().set("Connection", "close");
      error(exchange, 413, List.of(new Problem("", "BODY_TOO_LARGE",
          "the body is larger than " + MAX_BODY_BYTES + " bytes")));
      return;
    }
    Household household = null;
    String text = utf8(body);
    if (text == null) {
      problems.add(new Problem("", "JSON_ENCODING", "the body is not UTF-8 text"));
    } else {
      try {
        household = BansosJson.readHousehold(text, facts);
      } catch (JsonInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty() || household == null || date == null || language == null
        || detail == null) {
      error(exchange, 400, problems);
      return;
    }
    Assessment assessment = engine.assess(household, date);
    String accepted = exchange.getRequestHeaders().getFirst("Accept");
    switch (Rendering.accepted(accepted == null ? "" : accepted)) {
      case JSON -> send(exchange, 200, JSON,
          BansosJson.writer(language, detail).writeValueAsBytes(assessment), false);
      case HTML -> {
        // The decision sheet has inline styles and nothing else: no script, no other resource.
        exchange.getResponseHeaders().set("Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'");
        send(exchange, 200, HTML_UTF8, bytes(Render.html(assessment, household, language)), false);
      }
      case MARKDOWN -> send(exchange, 200, MARKDOWN_UTF8,
          bytes(Render.markdown(assessment, household, language)), false);
      case TEXT -> send(exchange, 200, TEXT_UTF8,
          bytes(Render.text(assessment, household, language)), false);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What an assessment is answered as, chosen by the request's {@code Accept} header. */
  enum Rendering {
    JSON("application/json"), HTML("text/html"), MARKDOWN("text/markdown"), TEXT("text/plain");

    private final String mediaType;

    Rendering(String mediaType) {
      this.mediaType = mediaType;
    }

    /**
     * The rendering of highest quality in {@code accept} (RFC 9110: {@code type/subtype;q=0.8},
     * comma-separated); JSON for an empty header, for wildcards and when nothing listed is
     * offered; between equal qualities, the one listed first.
     */
    static Rendering accepted(String accept) {
      Rendering best = JSON;
      double bestQuality = -1;
      for (String range : accept.split(",")) {
        String[] parts = range.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        double quality = 1;
        for (int i = 1; i < parts.length; i++) {
          String param = parts[i].strip().toLowerCase(Locale.ROOT);
          if (param.startsWith("q=")) {
            try {
              quality = Double.parseDouble(param.substring(2));
            } catch (NumberFormatException e) {
              quality = 0;
            }
          }
        }
        Rendering offered = null;
        for (Rendering r : values()) {
          if (r.mediaType.equals(type)) {
            offered = r;
          }
        }
        if (type.equals("*/*") || type.equals("application/*")) {
          offered = JSON;
        }
        if (offered != null && quality > 0 && quality > bestQuality) {
          best = offered;
          bestQuality = quality;
        }
      }
      return best;
    }
  }

  /**
   * The body, or null when it is longer than the limit, declared so or found so. Then what is
   * left of it is read and dropped, up to {@link #DRAINED_BYTES}, so that the client, which may
   * still be sending, receives the 413 instead of a reset connection.
   */
  private static byte[] readBody(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    boolean over;
    try {
      over = declared != null && Long.parseLong(declared.strip()) > MAX_BODY_BYTES;
    } catch (NumberFormatException e) {
      over = false;
    }
    if (!over) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length <= MAX_BODY_BYTES) {
        return body;
      }
    }
    long dropped = 0;
    byte[] sink = new byte[8192];
    for (int n; dropped < DRAINED_BYTES && (n = in.read(sink)) > 0; ) {
      dropped += n;
    }
    return null;
  }

  /** The body as text, or null when it is not UTF-8. */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The query's parameters among {@code known}, each once; a parameter unknown, repeated or
   * with a malformed escape is a problem (named when its name is shaped as the service's own).
   */
  private static Map<String, String> query(HttpExchange exchange, Set<String> known,
      List<Problem> problems) {
    Map<String, String> params = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        // An empty pair (a trailing or doubled &) names nothing.
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem("", "QUERY_SYNTAX",
            "a query parameter has a malformed %-escape"));
        continue;
      }
      String shown = SHOWN_NAME.matcher(name).matches() ? name : "<unnamed>";
      if (!known.contains(name)) {
        problems.add(new Problem(shown, "QUERY_UNKNOWN", "not a query parameter of this"
            + " resource; it takes " + String.join(", ", new TreeSet<>(known))));
      } else if (params.putIfAbsent(name, value) != null) {
        problems.add(new Problem(shown, "QUERY_REPEATED",
            "the query parameter is given more than once"));
      }
    }
    return params;
  }

  private static void methodNotAllowed(HttpExchange exchange, String allow) throws IOException {
    exchange.getResponseHeaders().set("Allow", allow);
    error(exchange, 405, List.of(new Problem("", "METHOD_NOT_ALLOWED",
        "this resource accepts " + allow)));
  }

  private static void error(HttpExchange exchange, int status, List<Problem> problems)
      throws IOException {
    ObjectNode root = BansosJson.mapper().createObjectNode();
    root.put("status", status);
    ArrayNode list = root.putArray("problems");
    for (Problem p : problems) {
      list.addObject().put("path", p.path()).put("code", p.code()).put("message", p.message());
    }
    // A HEAD request is answered without the body (the JDK logs a warning for one).
    send(exchange, status, BansosJson.mapper().writeValueAsBytes(root),
        exchange.getRequestMethod().equals("HEAD"));
  }

  private static void send(HttpExchange exchange, int status, byte[] body, boolean headOnly)
      throws IOException {
    send(exchange, status, JSON, body, headOnly);
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body,
      boolean headOnly) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (headOnly) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
