package io.wcshooks.runtime.server;

import static io.wcshooks.runtime.testing.Equivalence.get;
import static io.wcshooks.runtime.testing.Equivalence.hmacMd5;
import static io.wcshooks.runtime.testing.Equivalence.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.logging.CallLog;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.server.scanned.CountingFilter;
import io.wcshooks.runtime.testing.Equivalence;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.MonitoredRequests;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.logging.LoggingFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.internal.monitoring.MonitoringEventListener;
import org.glassfish.jersey.server.internal.monitoring.MonitoringFeature;
import org.junit.jupiter.api.Test;

/**
 * The embedded server's fast path answers exactly what Jersey's pipeline answers: the same
 * requests, good and bad, sent to a server with the fast path and one without, get the same status,
 * content type, authentication and method headers, and body bytes.
 */
class FastPathTest {
  private static final String SECRET = Equivalence.SECRET;

  @Test
  void answersEveryRequestAsJerseysPipelineDoes() throws Exception {
    Equivalence.compare(EMBEDDED, HookSecurity.none(), Equivalence.requests(), hooks -> { });
  }

  @Test
  void answersHandlerOutcomesAsJerseysPipelineDoes() throws Exception {
    for (Consumer<TestHooks> handlers : Equivalence.handlerOutcomes()) {
      Equivalence.compare(EMBEDDED, HookSecurity.none(), Equivalence.handledCalls(), handlers);
    }
  }

  @Test
  void answersMalformedBodiesAsJerseysPipelineDoes() throws Exception {
    Equivalence.compare(EMBEDDED, HookSecurity.none(), Equivalence.malformedBodies(), hooks -> { });
  }

  @Test
  void answersOtherHeadersMethodsAndPathsAsJerseysPipelineDoes() throws Exception {
    Equivalence.compare(EMBEDDED, HookSecurity.none(), Equivalence.headersMethodsAndPaths(), hooks -> { });
  }

  @Test
  void answersAroundABasePathAsJerseysPipelineDoes() throws Exception {
    Equivalence.Deployment underWcs = (hooks, security, fastPath) -> deployed(WcsHookServer.start(
        application(hooks, security, HandlerPolicy.DEFAULTS), TestServer.settings("/wcs", fastPath)));
    Equivalence.compare(underWcs, HookSecurity.none(), Equivalence.aroundTheBasePath(), hooks -> { });
  }

  @Test
  void answersSignedMalformedBodiesAsJerseysPipelineDoes() throws Exception {
    Equivalence.compare(EMBEDDED, HookSecurity.builder().signatureSecret(SECRET).build(),
        Equivalence.signedMalformedBodies(), hooks -> { });
  }

  @Test
  void answersRawRequestsAsJerseysPipelineDoes() throws Exception {
    Equivalence.compareRaw(EMBEDDED, Equivalence.rawRequests());
  }

  @Test
  void answersUnusualAndLateHandlersAsJerseysPipelineDoes() throws Exception {
    Duration deadline = Duration.ofMillis(300);
    Equivalence.Deployment shortDeadline = (hooks, security, fastPath) -> deployed(WcsHookServer.start(
        application(hooks, security, HandlerPolicy.DEFAULTS.withHandlerDeadline(deadline)),
        TestServer.settings("/", fastPath)));
    for (Consumer<TestHooks> handlers : Equivalence.unusualHandlers(deadline)) {
      Equivalence.compare(shortDeadline, HookSecurity.none(), Equivalence.handledCalls(), handlers);
    }
  }

  @Test
  void answersBasicAuthenticationAsJerseysPipelineDoes() throws Exception {
    Equivalence.compare(EMBEDDED, HookSecurity.builder().basicAuth("wcs", "pass").build(), Equivalence.basicAuthCalls(),
        hooks -> { });
  }

  @Test
  void answersSignedHooksAsJerseysPipelineDoes() throws Exception {
    Equivalence.compare(EMBEDDED, HookSecurity.builder().signatureSecret(SECRET).build(), Equivalence.signedCalls(),
        hooks -> { });
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
    assertFilterSeesHookCalls(counting, seen::get);
  }

  @Test
  void aFilterRegisteredByAnApplicationsFeatureSeesEveryHookCall() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    Feature feature = new CountingFeature(seen);
    assertFilterSeesHookCalls(feature, seen::get);
  }

  /** Providers found by package scanning count as the application's own, as registered ones do. */
  @Test
  void aScannedFilterSeesEveryHookCall() throws Exception {
    assertHookCallsGoThroughJersey(config -> config.packages(CountingFilter.class.getPackageName()),
        CountingFilter.SEEN::get);
  }

  /** Metrics libraries (Micrometer's Jersey binder) count requests with a monitoring listener. */
  @Test
  void anApplicationsMonitoringListenerSeesEveryHookCall() throws Exception {
    MonitoredRequests listener = new MonitoredRequests();
    assertFilterSeesHookCalls(listener, listener::count);
  }

  /** Jersey's own providers that see requests (its logging, metrics listeners) count as the application's. */
  @Test
  void jerseysOwnListenersAndLoggingKeepHookCallsInJersey() throws Exception {
    for (Object jerseys : List.of(new MonitoringEventListener(), new LoggingFeature())) {
      try (WcsHookServer server = WcsHookServer.start(hookApplication(config -> config.register(jerseys)),
          TestServer.settings("/", true))) {
        assertFalse(server.fastPath(), jerseys.getClass().getName());
      }
    }
    try (WcsHookServer server = WcsHookServer.start(hookApplication(config -> config.register(JacksonFeature.class)),
        TestServer.settings("/", true))) {
      assertTrue(server.fastPath(), "JacksonFeature only adds JSON providers");
    }
  }

  /** Jersey's own statistics count every request too, when a property or its feature turns them on. */
  @Test
  void jerseysMonitoringKeepsHookCallsInJersey() throws Exception {
    for (String property : List.of(ServerProperties.MONITORING_STATISTICS_ENABLED, ServerProperties.MONITORING_ENABLED)) {
      try (WcsHookServer server = WcsHookServer.start(hookApplication(config -> config.property(property, "true")),
          TestServer.settings("/", true))) {
        assertFalse(server.fastPath(), property);
        assertEquals(200, send(post("connect", WcsBodies.CONNECT).request().apply(server.baseUri())).statusCode());
      }
    }
    try (WcsHookServer server = WcsHookServer.start(hookApplication(config -> config.register(MonitoringFeature.class)),
        TestServer.settings("/", true))) {
      assertFalse(server.fastPath(), "MonitoringFeature");
    }
    try (WcsHookServer server = WcsHookServer.start(
        hookApplication(config -> config.property(ServerProperties.MONITORING_STATISTICS_ENABLED, false)),
        TestServer.settings("/", true))) {
      assertTrue(server.fastPath());
    }
  }

  private static void assertFilterSeesHookCalls(Object component, IntSupplier seen) throws Exception {
    assertHookCallsGoThroughJersey(config -> config.register(component), seen);
  }

  /** With {@code own} added to a hook application, two hook calls go through Jersey and are {@code seen}. */
  private static void assertHookCallsGoThroughJersey(UnaryOperator<ResourceConfig> own, IntSupplier seen)
      throws Exception {
    ResourceConfig config = hookApplication(own);
    int before = seen.getAsInt();
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", true))) {
      assertFalse(server.fastPath());
      assertEquals(200, send(post("connect", WcsBodies.CONNECT).request().apply(server.baseUri())).statusCode());
      assertEquals(200, send(post("ConnectionStatusEvent", "{}").request().apply(server.baseUri())).statusCode());
      assertEquals(2, seen.getAsInt() - before);
    }
  }

  /** A hook application (no handlers) with {@code own} additions. */
  private static ResourceConfig hookApplication(UnaryOperator<ResourceConfig> own) {
    TestHooks hooks = new TestHooks();
    return own.apply(new ResourceConfig()
        .register(WcsHooksFeature.builder().dispatcher(hooks).build())
        .register(hooks));
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

  private static WcsHookServer start(TestHooks hooks, HookSecurity security, boolean fastPath) {
    return WcsHookServer.start(application(hooks, security, HandlerPolicy.DEFAULTS), TestServer.settings("/", fastPath));
  }

  private static ResourceConfig application(TestHooks hooks, HookSecurity security, HandlerPolicy handling) {
    return new ResourceConfig()
        .register(WcsHooksFeature.builder().limits(JsonLimits.DEFAULTS).handling(handling).dispatcher(hooks).build())
        .register(hooks)
        .register(security);
  }

  /** The embedded server as an {@link Equivalence.Deployment}. */
  private static final Equivalence.Deployment EMBEDDED =
      (hooks, security, fastPath) -> deployed(start(hooks, security, fastPath));

  private static Equivalence.Deployed deployed(WcsHookServer server) {
    return new Equivalence.Deployed() {
      @Override
      public URI baseUri() {
        return server.baseUri();
      }

      @Override
      public boolean fastPath() {
        return server.fastPath();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return Equivalence.send(request);
  }
}
