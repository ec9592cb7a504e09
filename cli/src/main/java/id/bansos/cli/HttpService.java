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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *       the JSON path and a stable code of every problem, never a value from the request. An
 *       unknown path answers 404, a wrong method 405 (with {@code Allow}), a body over {@value
 *       #MAX_BODY_BYTES} bytes 413.
 * </ul>
 *
 * <p>The assessment date comes from the caller: the service never reads the clock. It logs
 * nothing about requests. Bind it to the loopback address, as {@link #main} does, and put an
 * authenticating proxy in front before exposing it: the answers hold the NIKs and No. KK sent.
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

  /** The port {@link #main} listens on when no {@code --port} is given. */
  public static final int DEFAULT_PORT = 8080;

  /** Requests served at the same time; more wait in the server's queue. */
  private static final int THREADS = 4;

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
            Language language = language(exchange);
            if (language != null) {
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

  /** The {@code lang} query parameter, {@code id} by default; null once a 400 is sent. */
  private static Language language(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    switch (query.getOrDefault("lang", "id").toLowerCase(Locale.ROOT)) {
      case "id" -> {
        return Language.ID;
      }
      case "en" -> {
        return Language.EN;
      }
      default -> {
        error(exchange, 400, List.of(new Problem("lang", "QUERY_LANG",
            "the query parameter lang is id or en")));
        return null;
      }
    }
  }

  private void assess(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    LocalDate date;
    Language language;
    try {
      date = LocalDate.parse(query.getOrDefault("date", ""));
    } catch (DateTimeParseException e) {
      error(exchange, 400, List.of(new Problem("date", "QUERY_DATE",
          "the query parameter date is required, written YYYY-MM-DD")));
      return;
    }
    language = language(exchange);
    if (language == null) {
      return;
    }
    Detail detail;
    try {
      detail = Detail.parse(query.getOrDefault("detail", "full"));
    } catch (IllegalArgumentException e) {
      error(exchange, 400, List.of(new Problem("detail", "QUERY_DETAIL",
          "the query parameter detail is full or summary")));
      return;
    }
    byte[] body = readBody(exchange.getRequestBody());
    if (body == null) {
      error(exchange, 413, List.of(new Problem("", "BODY_TOO_LARGE",
          "the body is larger than " + MAX_BODY_BYTES + " bytes")));
      return;
    }
    Household household;
    try {
      household = BansosJson.readHousehold(new String(body, StandardCharsets.UTF_8), facts);
    } catch (JsonInputException e) {
      error(exchange, 400, e.problems());
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

  /** The body, or null when it is longer than the limit; never reads more than limit + 1. */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape: the parameter is ignored and reported as missing if required.
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
    send(exchange, status, BansosJson.mapper().writeValueAsBytes(root), false);
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
