package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookFieldException;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.logging.CallLog;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The embedded server's fast path answers exactly what Jersey's pipeline answers: the same
 * requests, good and bad, sent to a server with the fast path and one without, get the same status,
 * content type, authentication and method headers, and body bytes.
 */
class FastPathTest {
  private static final String SECRET = "s3cret-Key";
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** A request, built against a server's base URI. */
  private record Case(String name, java.util.function.Function<URI, HttpRequest> request) {}

  @Test
  void answersEveryRequestAsJerseysPipelineDoes() throws Exception {
    compare(HookSecurity.none(), cases(), hooks -> { });
  }

  @Test
  void answersHandlerOutcomesAsJerseysPipelineDoes() throws Exception {
    List<Case> calls = List.of(
        post("connect", WcsBodies.CONNECT),
        post("publishStream", WcsBodies.STREAM_STATUS),
        post("StreamStatusEvent", WcsBodies.STREAM_STATUS));
    compare(HookSecurity.none(), calls, hooks -> hooks.connect = request -> HookResult.forbid("Wrong credentials"));
    compare(HookSecurity.none(), calls, hooks -> hooks.connect = request -> HookResult.forbid());
    compare(HookSecurity.none(), calls, hooks -> {
      hooks.connect = request -> {
        throw new IllegalStateException("the database is down");
      };
      hooks.streamStatusEvent = request -> {
        throw new IllegalStateException("the database is down");
      };
    });
    compare(HookSecurity.none(), calls, hooks -> hooks.connect = request -> {
      throw new HookFieldException("sipLogin", "a string", "a number");
    });
    compare(HookSecurity.none(), calls, hooks -> hooks.connect = request -> {
      request.sipLogin("overwritten");
      return HookResult.echo();
    });
    compare(HookSecurity.none(), calls, hooks -> hooks.connect = request -> {
      throw new jakarta.ws.rs.WebApplicationException(409);
    });
  }

  @Test
  void answersBasicAuthenticationAsJerseysPipelineDoes() throws Exception {
    String good = "Basic " + Base64.getEncoder().encodeToString("wcs:pass".getBytes(StandardCharsets.UTF_8));
    String wrong = "Basic " + Base64.getEncoder().encodeToString("wcs:nope".getBytes(StandardCharsets.UTF_8));
    List<Case> calls = List.of(
        post("connect", WcsBodies.CONNECT),
        post("connect", WcsBodies.CONNECT, "Authorization", good),
        post("connect", WcsBodies.CONNECT, "Authorization", wrong),
        post("connect", WcsBodies.CONNECT, "Authorization", "Basic !!!"),
        post("connect", "{bad json", "Authorization", good),
        post("ConnectionStatusEvent", WcsBodies.CONNECT, "Authorization", good),
        get("_health"));
    compare(HookSecurity.builder().basicAuth("wcs", "pass").build(), calls, hooks -> { });
  }

  @Test
  void answersSignedHooksAsJerseysPipelineDoes() throws Exception {
    byte[] body = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    List<Case> calls = List.of(
        post("connect", WcsBodies.CONNECT),
        post("connect", WcsBodies.CONNECT, "Authorization", "WCS " + hmacMd5(body)),
        post("connect", WcsBodies.CONNECT, "Authorization", "WCS " + hmacMd5(body).toUpperCase()),
        post("connect", WcsBodies.CONNECT, "Authorization", "WCS 00" + hmacMd5(body).substring(2)),
        post("connect", WcsBodies.CONNECT + " ", "Authorization", "WCS " + hmacMd5(body)),
        post("connect", new byte[(1 << 20) + 1], "Authorization", "WCS 00"),
        post("connect", "[1]", "Authorization", "WCS " + hmacMd5("[1]".getBytes(StandardCharsets.UTF_8))));
    compare(HookSecurity.builder().signatureSecret(SECRET).build(), calls, hooks -> { });
  }

  @Test
  void aHookApplicationTakesTheFastPathUnlessTurnedOff() {
    try (WcsHookServer on = start(new TestHooks(), HookSecurity.none(), true);
        WcsHookServer off = start(new TestHooks(), HookSecurity.none(), false)) {
      assertTrue(on.fastPath());
      assertFalse(off.fastPath());
    }
  }

  @Test
  void jerseyStartsOnlyWhenARequestNeedsIt() throws Exception {
    try (WcsHookServer server = start(new TestHooks(), HookSecurity.none(), true)) {
      assertEquals(200, send(post("connect", WcsBodies.CONNECT).request().apply(server.baseUri())).statusCode());
      assertEquals(400, send(post("connect", "{").request().apply(server.baseUri())).statusCode());
      HttpResponse<byte[]> health = send(get("_health").request().apply(server.baseUri()));
      assertEquals("{\"status\":\"UP\"}", new String(health.body(), StandardCharsets.UTF_8));
      assertFalse(server.jerseyStarted(), "hook calls and health checks need no Jersey");
      assertEquals(404, send(post("nosuchhook", "{}").request().apply(server.baseUri())).statusCode());
      assertTrue(server.jerseyStarted());
      assertEquals(405, send(get("connect").request().apply(server.baseUri())).statusCode());
    }
  }

  @Test
  void anApplicationWithAResourceOfItsOwnStartsJerseyWithTheServer() throws Exception {
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().dispatcher(hooks).build())
        .register(hooks)
        .register(Version.class);
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", true))) {
      assertTrue(server.fastPath());
      assertTrue(server.jerseyStarted());
      HttpResponse<byte[]> version = send(get("version").request().apply(server.baseUri()));
      assertEquals("1.2.3", new String(version.body(), StandardCharsets.UTF_8));
      assertEquals(200, send(post("connect", WcsBodies.CONNECT).request().apply(server.baseUri())).statusCode());
    }
  }

  /** A resource of the application's own, next to the hooks. */
  @jakarta.ws.rs.Path("version")
  public static final class Version {
    @jakarta.ws.rs.GET
    public String version() {
      return "1.2.3";
    }
  }

  @Test
  void theWarmUpCallsNoHandlerAndLeavesNoTrace() throws Exception {
    AtomicInteger handled = new AtomicInteger();
    TestHooks hooks = new TestHooks();
    hooks.connect = request -> {
      handled.incrementAndGet();
      return HookResult.echo();
    };
    hooks.streamStatusEvent = request -> handled.incrementAndGet();
    hooks.publishStream = request -> {
      handled.incrementAndGet();
      return request;
    };
    try (LogCapture calls = LogCapture.at(CallLog.LOGGER, Level.FINE);
        LogCapture refusals = LogCapture.at("io.wcshooks.security", Level.ALL);
        LogCapture server = LogCapture.at(WcsHookServer.class.getName(), Level.FINE);
        WcsHookServer wcs = start(hooks, HookSecurity.builder().signatureSecret(SECRET).build(), true)) {
      String warmUp = server.messages().stream().filter(m -> m.startsWith("warmed up with")).findFirst().orElseThrow();
      assertFalse(warmUp.startsWith("warmed up with 0 "), warmUp);
      assertEquals(0, handled.get(), "the warm-up calls only hooks without a handler");
      assertEquals(List.of(), calls.messages(), "the warm-up's calls are not the application's");
      assertEquals(List.of(), refusals.messages(), "the warm-up signs its calls");
      byte[] body = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
      assertEquals(200, send(post("connect", WcsBodies.CONNECT, "Authorization", "WCS " + hmacMd5(body))
          .request().apply(wcs.baseUri())).statusCode());
      assertEquals(1, handled.get());
      assertEquals(1, calls.messages().size(), calls.messages().toString());
    }
  }

  @Test
  void anApplicationWithoutADispatcherStaysInJersey() throws Exception {
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig().register(new WcsHooksFeature()).register(hooks);
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", true))) {
      assertFalse(server.fastPath());
      HttpResponse<byte[]> response = send(post("connect", WcsBodies.CONNECT).request().apply(server.baseUri()));
      assertEquals(200, response.statusCode());
      assertEquals(WcsBodies.CONNECT, new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anApplicationsOwnFilterSeesEveryHookCall() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    ContainerRequestFilter counting = request -> seen.incrementAndGet();
    assertFilterSeesHookCalls(counting, seen);
  }

  @Test
  void aFilterRegisteredByAnApplicationsFeatureSeesEveryHookCall() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    Feature feature = new CountingFeature(seen);
    assertFilterSeesHookCalls(feature, seen);
  }

  private static void assertFilterSeesHookCalls(Object component, AtomicInteger seen) throws Exception {
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().dispatcher(hooks).build())
        .register(hooks)
        .register(component);
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", true))) {
      assertFalse(server.fastPath());
      assertEquals(200, send(post("connect", WcsBodies.CONNECT).request().apply(server.baseUri())).statusCode());
      assertEquals(200, send(post("ConnectionStatusEvent", "{}").request().apply(server.baseUri())).statusCode());
      assertEquals(2, seen.get());
    }
  }

  /** A feature of the application's own that registers a filter. */
  public static final class CountingFeature implements Feature {
    private final AtomicInteger seen;

    CountingFeature(AtomicInteger seen) {
      this.seen = seen;
    }

    @Override
    public boolean configure(FeatureContext context) {
      context.register((ContainerRequestFilter) (ContainerRequestContext request) -> seen.incrementAndGet());
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String pretty = " {\n  \"sessionId\" : \"s1\",\n  \"n\" : 1.10e5, \"big\": 123456789012345678901234567890 } ";
    for (String hook : List.of("connect", "publishStream", "StreamStatusEvent", "ConnectionStatusEvent")) {
      cases.add(post(hook, WcsBodies.CONNECT));
      cases.add(post(hook, pretty));
      cases.add(post(hook, "{\"unicode\":\"Привет 👋 \\u00e9\",\"n\":null,\"a\":[1,2.50,-0]}"));
    }
    for (String bad : List.of("", "{", "[1,2]", "42", "{} {}", "{\"a\":1,\"a\":2}", "{\"n\":1e999999999999}",
        "nul", "{\"a\":\"\\ud800\"}")) {
      cases.add(post("connect", bad));
      cases.add(post("ConnectionStatusEvent", bad));
    }
    cases.add(post("connect", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    cases.add(post("connect", new byte[(1 << 20) + 1]));
    cases.add(post("connect", "{\"deep\":" + "[".repeat(100) + "]".repeat(100) + "}"));
    cases.add(new Case("chunked", base -> HttpRequest.newBuilder(base.resolve("connect"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8))))
        .build()));
    for (String contentType : List.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
        "application/json;charset=ISO-8859-1", "text/plain", "application/xml", "application/json-patch+json")) {
      cases.add(post("connect", WcsBodies.CONNECT, "Content-Type", contentType));
    }
    cases.add(new Case("no content type", base -> HttpRequest.newBuilder(base.resolve("connect"))
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)).build()));
    for (String accept : List.of("*/*", "application/*", "text/html", "application/json;q=0", "text/plain, */*;q=0.1",
        "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "application/xml")) {
      cases.add(post("connect", WcsBodies.CONNECT, "Accept", accept));
    }
    cases.add(post("connect", WcsBodies.CONNECT, "Content-Encoding", "gzip"));
    cases.add(post("connect?x=1", WcsBodies.CONNECT));
    cases.add(post("%63onnect", WcsBodies.CONNECT));
    cases.add(post("Connect", WcsBodies.CONNECT));
    cases.add(post("connect/", WcsBodies.CONNECT));
    cases.add(post("nosuchhook", WcsBodies.CONNECT));
    cases.add(post("", WcsBodies.CONNECT));
    cases.add(get("connect"));
    cases.add(get("_health"));
    cases.add(new Case("PUT connect", base -> HttpRequest.newBuilder(base.resolve("connect"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)).build()));
    return cases;
  }

  private static Case post(String path, String body, String... headers) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private static Case post(String path, byte[] body, String... headers) {
    return new Case("POST " + path + " " + String.join(" ", headers) + " "
        + new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8), base -> {
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
          List<String> given = List.of(headers);
          if (!given.contains("Content-Type")) {
            request.header("Content-Type", "application/json;charset=UTF-8");
          }
          if (!given.contains("Accept")) {
            request.header("Accept", "application/json");
          }
          if (headers.length > 0) {
            request.headers(headers);
          }
          return request.build();
        });
  }

  private static Case get(String path) {
    return new Case("GET " + path, base -> HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  /** Sends every case to a server with the fast path and one without; the answers must not differ. */
  private static void compare(HookSecurity security, List<Case> cases, Consumer<TestHooks> handlers) throws Exception {
    TestHooks fastHooks = new TestHooks();
    TestHooks jerseyHooks = new TestHooks();
    handlers.accept(fastHooks);
    handlers.accept(jerseyHooks);
    try (WcsHookServer fast = start(fastHooks, security, true);
        WcsHookServer jersey = start(jerseyHooks, security, false)) {
      assertTrue(fast.fastPath());
      for (Case c : cases) {
        HttpResponse<byte[]> expected = send(c, jersey);
        HttpResponse<byte[]> actual = send(c, fast);
        String what = c.name() + " -> " + expected.statusCode() + " " + new String(expected.body(), StandardCharsets.UTF_8);
        assertEquals(expected.statusCode(), actual.statusCode(), what);
        assertEquals(mediaType(expected), mediaType(actual), what);
        for (String header : List.of("WWW-Authenticate", "Allow")) {
          assertEquals(expected.headers().allValues(header), actual.headers().allValues(header), what + ": " + header);
        }
        assertArrayEquals(expected.body(), actual.body(),
            () -> what + "\n but the fast path answered " + new String(actual.body(), StandardCharsets.UTF_8));
      }
    }
  }

  /** The content type without spaces (Jersey and Grizzly may space parameters differently). */
  private static String mediaType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
  }

  private static WcsHookServer start(TestHooks hooks, HookSecurity security, boolean fastPath) {
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().limits(JsonLimits.DEFAULTS).dispatcher(hooks).build())
        .register(hooks)
        .register(security);
    return WcsHookServer.start(config, TestServer.settings("/", fastPath));
  }

  private static HttpResponse<byte[]> send(Case c, WcsHookServer server) throws InterruptedException {
    try {
      return send(c.request().apply(server.baseUri()));
    } catch (IOException e) {
      throw new AssertionError(c.name() + " to the server " + (server.fastPath() ? "with" : "without")
          + " the fast path: " + e, e);
    }
  }

  private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String hmacMd5(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacMD5");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
