package io.wcshooks.runtime.servlet;

import static io.wcshooks.runtime.testing.Equivalence.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.fastpath.HookExchange;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.Equivalence;
import io.wcshooks.runtime.testing.KeepAliveConnection;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.MonitoredRequests;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.glassfish.jersey.internal.util.collection.Value;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.junit.jupiter.api.Test;

/**
 * {@link WcsHooksServlet} in a real servlet container, under a context path and a servlet mapping
 * of its own, answers exactly what Jersey's servlet answers for the same application: the embedded
 * server's equivalence suite, deployed as a WAR deploys it. One subclass per container.
 */
abstract class ServletFastPathContract {

  /**
   * Starts the container on a free loopback port with one servlet at {@code /ctx/hooks/*},
   * initialised at start: {@code servlet} if given, else one of {@code type} made by the container
   * with {@code initParameters}.
   */
  final Equivalence.Deployed deploy(Servlet servlet, Class<? extends Servlet> type,
      Map<String, String> initParameters, boolean async) {
    return deploy(servlet, type, initParameters, async, "/hooks/*");
  }

  /** The same under another servlet mapping; the base URI is where the mapping's path ends. */
  final Equivalence.Deployed deploy(Servlet servlet, Class<? extends Servlet> type,
      Map<String, String> initParameters, boolean async, String mapping) {
    return deploy(servlet, type, initParameters, async, "/ctx", mapping);
  }

  /** The same in another context: {@code contextPath} as a servlet context has it ({@code ""} for the root). */
  abstract Equivalence.Deployed deploy(Servlet servlet, Class<? extends Servlet> type,
      Map<String, String> initParameters, boolean async, String contextPath, String mapping);

  /** The servlet with the fast path, or Jersey's own, async supported as Jersey registers it. */
  private final Equivalence.Deployment deployment = (hooks, security, fastPath) ->
      deploy(application(hooks, security), fastPath, true);

  /** The same, registered without async support. */
  private final Equivalence.Deployment withoutAsync = (hooks, security, fastPath) ->
      deploy(application(hooks, security), fastPath, false);

  @Test
  void answersEveryRequestAsJerseysServletDoes() throws Exception {
    Equivalence.compare(deployment, HookSecurity.none(), Equivalence.requests(), hooks -> { });
  }

  @Test
  void answersHandlerOutcomesAsJerseysServletDoes() throws Exception {
    for (Consumer<TestHooks> handlers : Equivalence.handlerOutcomes()) {
      Equivalence.compare(deployment, HookSecurity.none(), Equivalence.handledCalls(), handlers);
    }
  }

  @Test
  void answersHandlerOutcomesAsJerseysServletDoesWithoutAsyncSupport() throws Exception {
    for (Consumer<TestHooks> handlers : Equivalence.handlerOutcomes()) {
      Equivalence.compare(withoutAsync, HookSecurity.none(), Equivalence.handledCalls(), handlers);
    }
  }

  @Test
  void answersBasicAuthenticationAsJerseysServletDoes() throws Exception {
    Equivalence.compare(deployment, HookSecurity.builder().basicAuth("wcs", "pass").build(), Equivalence.basicAuthCalls(),
        hooks -> { });
  }

  @Test
  void answersSignedHooksAsJerseysServletDoes() throws Exception {
    Equivalence.compare(deployment, HookSecurity.builder().signatureSecret(Equivalence.SECRET).build(),
        Equivalence.signedCalls(), hooks -> { });
  }

  /** Hook calls (handled, unhandled, malformed) and health checks never reach Jersey; other requests do. */
  @Test
  void hookCallsNeverReachJersey() throws Exception {
    TestHooks hooks = connectHandlerThatRewrites();
    CountingServlet counting = new CountingServlet(application(hooks, HookSecurity.none()));
    try (Equivalence.Deployed servlet = deploy(counting, CountingServlet.class, Map.of(), true)) {
      assertTrue(servlet.fastPath());
      HttpResponse<byte[]> handled = send(servlet, post("connect", WcsBodies.CONNECT));
      assertEquals(200, handled.statusCode());
      assertTrue(new String(handled.body(), StandardCharsets.UTF_8).contains("\"sipLogin\":\"from the handler\""));
      assertEquals(200, send(servlet, post("StreamStatusEvent", WcsBodies.STREAM_STATUS)).statusCode());
      assertEquals(400, send(servlet, post("connect", "{")).statusCode());
      assertEquals(200, send(servlet, Equivalence.get("_health")).statusCode());
      assertEquals(0, counting.jersey.get(), "hook calls and health checks went through Jersey");
      assertEquals(404, send(servlet, post("nosuchhook", "{}")).statusCode());
      assertEquals(1, counting.jersey.get(), "Jersey answers what is not a hook call");
    }
  }

  /** A monitoring listener of the application's own (as metrics libraries register) sees every hook call. */
  @Test
  void anApplicationsMonitoringListenerSeesEveryHookCall() throws Exception {
    MonitoredRequests listener = new MonitoredRequests();
    try (Equivalence.Deployed servlet = deploy(application(new TestHooks(), HookSecurity.none()).register(listener),
        true, true)) {
      assertFalse(servlet.fastPath());
      assertEquals(200, send(servlet, post("connect", WcsBodies.CONNECT)).statusCode());
      assertEquals(200, send(servlet, post("StreamStatusEvent", WcsBodies.STREAM_STATUS)).statusCode());
      assertEquals(2, listener.count());
    }
  }

  /**
   * Two copies of one WAR in a container run the same application: their handler threads and
   * deadline keepers had the same names, and a thread dump could not tell whose handler hangs.
   * They are named after the context path too (the root context as {@code /}).
   */
  @Test
  void twoDeploymentsOfOneApplicationNameTheirThreadsApart() throws Exception {
    Map<String, String> handlerThreads = new ConcurrentHashMap<>();
    List<Equivalence.Deployed> deployed = new ArrayList<>();
    try {
      for (String contextPath : List.of("/one", "/two", "")) {
        TestHooks hooks = new TestHooks();
        hooks.connect = request -> {
          handlerThreads.put(contextPath, Thread.currentThread().getName());
          return HookResult.echo();
        };
        deployed.add(deploy(new WcsHooksServlet(application(hooks, HookSecurity.none())), WcsHooksServlet.class,
            Map.of(), true, contextPath, "/hooks/*"));
      }
      for (Equivalence.Deployed servlet : deployed) {
        assertEquals(200, send(servlet, post("connect", WcsBodies.CONNECT)).statusCode());
      }
      Set<String> names = new HashSet<>();
      hookThreads().forEach(thread -> names.add(thread.getName()));
      for (String place : List.of("/one", "/two", "/")) {
        assertTrue(names.contains("wcs-hooks-deadlines-TestHooks@" + place), place + " not among " + names);
      }
    } finally {
      deployed.forEach(Equivalence.Deployed::close);
    }
    assertTrue(handlerThreads.get("/one").startsWith("wcs-hooks-handler-TestHooks@/one-"), handlerThreads.toString());
    assertTrue(handlerThreads.get("/two").startsWith("wcs-hooks-handler-TestHooks@/two-"), handlerThreads.toString());
    assertTrue(handlerThreads.get("").startsWith("wcs-hooks-handler-TestHooks@/-"), handlerThreads.toString());
  }

  /**
   * A Content-Type Jersey cannot read (malformed, or sent twice) gets the embedded server's JSON
   * 400, on a hook and on the health check, with the fast path and through Jersey (an application
   * with a filter of its own). Jersey's servlet left it to the container: an HTML error page.
   */
  @Test
  void aMalformedContentTypeGetsTheEmbeddedServersJson400() throws Exception {
    List<Equivalence.Case> cases = List.of(
        post("connect", WcsBodies.CONNECT, "Content-Type", ";;;"),
        post("connect", WcsBodies.CONNECT, "Content-Type", "application/json; charset=\"utf-8"),
        post("ConnectionStatusEvent", WcsBodies.CONNECT, "Content-Type", "json"),
        post("connect", WcsBodies.CONNECT, "Content-Type", "application/json", "Content-Type", "application/json"),
        Equivalence.get("_health", "Content-Type", ";;;"));
    try (WcsHookServer embedded = WcsHookServer.start(application(new TestHooks(), HookSecurity.none()),
        new ServerSettings("127.0.0.1", 0, "/ctx/hooks"))) {
      for (ResourceConfig application : fastPathAndJersey()) {
        try (Equivalence.Deployed servlet = deploy(application, true, true)) {
          for (Equivalence.Case c : cases) {
            HttpResponse<byte[]> expected = Equivalence.send(c.request().apply(embedded.baseUri()));
            HttpResponse<byte[]> actual = send(servlet, c);
            String what = c.name() + (servlet.fastPath() ? ", fast path: " : ", through Jersey: ")
                + new String(actual.body(), StandardCharsets.UTF_8);
            assertEquals(400, expected.statusCode(), c.name());
            assertEquals(expected.statusCode(), actual.statusCode(), what);
            assertEquals(expected.headers().firstValue("Content-Type"), actual.headers().firstValue("Content-Type"), what);
            assertArrayEquals(expected.body(), actual.body(), what);
          }
        }
      }
    }
  }

  /** Hooks whose connect handler sets sipLogin to "from the handler". */
  private static TestHooks connectHandlerThatRewrites() {
    TestHooks hooks = new TestHooks();
    hooks.connect = request -> {
      request.sipLogin("from the handler");
      return HookResult.echo();
    };
    return hooks;
  }

  /** Counts the requests that get past the fast path to Jersey's servlet. */
  public static final class CountingServlet extends WcsHooksServlet {
    private static final long serialVersionUID = 1L;
    final transient AtomicInteger jersey = new AtomicInteger();

    CountingServlet(ResourceConfig application) {
      super(application);
    }

    @Override
    public Value<Integer> service(URI baseUri, URI requestUri, HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      jersey.incrementAndGet();
      return super.service(baseUri, requestUri, request, response);
    }
  }

  private static HttpResponse<byte[]> send(Equivalence.Deployed deployed, Equivalence.Case call) throws Exception {
    return Equivalence.send(call.request().apply(deployed.baseUri()));
  }

  /** Jersey's reload shuts the application down and starts it again: handlers still answer, on the fast path. */
  @Test
  void handlersAnswerAfterAReload() throws Exception {
    TestHooks hooks = connectHandlerThatRewrites();
    WcsHooksServlet hooksServlet = new WcsHooksServlet(application(hooks, HookSecurity.none()));
    try (Equivalence.Deployed servlet = deploy(hooksServlet, WcsHooksServlet.class, Map.of(), true)) {
      assertEquals(200, send(servlet, post("connect", WcsBodies.CONNECT)).statusCode());
      hooksServlet.reload();
      assertTrue(servlet.fastPath());
      HttpResponse<byte[]> answer = send(servlet, post("connect", WcsBodies.CONNECT));
      assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
      assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("\"sipLogin\":\"from the handler\""));
    }
  }

  /** Jersey reads an empty body without a Content-Type as no entity at all: the empty body's 400 still, never a 500. */
  @Test
  void anEmptyBodyWithoutAContentTypeIs400() throws Exception {
    for (boolean fastPath : new boolean[] {true, false}) {
      try (Equivalence.Deployed servlet = deployment.start(new TestHooks(), HookSecurity.none(), fastPath)) {
        for (String hook : List.of("connect", "ConnectionStatusEvent")) {
          HttpResponse<byte[]> answer = Equivalence.send(HttpRequest.newBuilder(servlet.baseUri().resolve(hook))
              .POST(HttpRequest.BodyPublishers.noBody()).build());
          assertEquals(400, answer.statusCode(), hook + (fastPath ? ", fast path" : ", through Jersey"));
          assertEquals("{\"status\":400,\"reason\":\"" + HookJson.EMPTY_BODY + "\"}",
              new String(answer.body(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** Refusals answer before the body is read: it is read anyway, so the connection stays usable. */
  @Test
  void refusalsLeaveTheConnectionUsable() throws Exception {
    byte[] call = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    try (Equivalence.Deployed servlet = deployment.start(new TestHooks(), BASIC, true);
        KeepAliveConnection connection = new KeepAliveConnection(servlet.baseUri(), Duration.ofSeconds(10))) {
      assertEquals(401, connection.post("connect", call).status());
      assertEquals(401, connection.post("connect", call, "Authorization", basic("wcs:nope")).status());
      KeepAliveConnection.Answer answer = connection.post("connect", call, "Authorization", basic("wcs:pass"));
      assertEquals(200, answer.status());
      assertEquals(WcsBodies.CONNECT, new String(answer.body(), StandardCharsets.UTF_8));
      assertEquals(3, connection.requests());
    }
  }

  /**
   * A body over the limit gets its 413 and the client's next call goes through (on the same
   * connection, or on a new one where the container closes after a 413 and says so, as Tomcat does).
   */
  @Test
  void aBodyTooLargeGetsItsAnswerAndTheNextCallGoesThrough() throws Exception {
    try (Equivalence.Deployed servlet = deployment.start(new TestHooks(), BASIC, true)) {
      String good = basic("wcs:pass");
      HttpResponse<byte[]> tooLarge = Equivalence.send(post("connect", new byte[(1 << 20) + 1], "Authorization", good)
          .request().apply(servlet.baseUri()));
      assertEquals(413, tooLarge.statusCode());
      assertTrue(new String(tooLarge.body(), StandardCharsets.UTF_8).startsWith("{\"status\":413,"));
      assertEquals(200, Equivalence.send(post("connect", WcsBodies.CONNECT, "Authorization", good).request()
          .apply(servlet.baseUri())).statusCode());
    }
  }

  /**
   * A body limit raised above {@link HookExchange#DRAIN_LIMIT} (the most read only to be dropped) is
   * the one applied, on the fast path and through Jersey, to a chunked body and a declared one.
   */
  @Test
  void aLimitAboveTheDrainLimitIsTheOneApplied() throws Exception {
    int limit = (int) HookExchange.DRAIN_LIMIT + (1 << 20);
    JsonLimits limits = new JsonLimits(limit, JsonLimits.DEFAULTS.maxNestingDepth(), JsonLimits.DEFAULTS.maxStringLength(),
        JsonLimits.DEFAULTS.maxNumberLength());
    String head = "{\"pad\":0";
    byte[] body = (head + " ".repeat((int) HookExchange.DRAIN_LIMIT + 1024 - head.length() - 1) + "}")
        .getBytes(StandardCharsets.UTF_8);
    for (boolean fastPath : List.of(true, false)) {
      TestHooks hooks = new TestHooks();
      ResourceConfig application = new ResourceConfig()
          .register(WcsHooksFeature.builder().limits(limits).dispatcher(hooks).build())
          .register(hooks);
      try (Equivalence.Deployed servlet = deploy(application, fastPath, true)) {
        assertEquals(fastPath, servlet.fastPath());
        HttpRequest.Builder chunked = HttpRequest.newBuilder(servlet.baseUri().resolve("connect"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        HttpResponse<byte[]> answer = Equivalence.send(chunked.build());
        assertEquals(200, answer.statusCode(), "fast path: " + fastPath);
        assertArrayEquals(body, answer.body());
        answer = Equivalence.send(post("connect", body).request().apply(servlet.baseUri()));
        assertEquals(200, answer.statusCode(), "fast path: " + fastPath);
        assertArrayEquals(body, answer.body());
      }
    }
  }

  /**
   * A request whose client stops sending (a tenth of a declared body, then its side of the
   * connection closed) gets a JSON answer: the body is read ahead, so a 400, even for a call that
   * would be refused from its head; a 413 from the head (a body over the limit is not read ahead).
   * Never Tomcat's HTML error page: a read that failed in the servlet turned the answer, still
   * unsent, into one (with a stack trace, and the JSON answer's Content-Length); and a failed read
   * ahead, answered outside the read listener's onError, left Tomcat closing the connection unanswered.
   */
  @Test
  void anAnswerGivenBeforeTheBodySurvivesAClientThatStopsSending() throws Exception {
    try (Equivalence.Deployed servlet = deployment.start(new TestHooks(), BASIC, true)) {
      String basicOk = "Authorization: " + basic("wcs:pass");
      // Jersey's would refuse the media type, the fast path the credentials, but first their bodies are read ahead: 400.
      String refusedByJersey = halfSent(servlet.baseUri(), "connect", 100, "Content-Type: text/plain", basicOk);
      String refused = halfSent(servlet.baseUri(), "connect", 100, "Content-Type: application/json");
      assertJsonAnswer(400, refusedByJersey);
      assertJsonAnswer(400, refused);
      // The fast path's 413, from the head: a body over the limit is not read ahead.
      assertJsonAnswer(413, halfSent(servlet.baseUri(), "connect", (1 << 20) + 1, "Content-Type: application/json",
          basicOk));
    }
  }

  /**
   * A declared length over the limit gets its 413 from the head, the client sending no more and
   * keeping its side open, on the fast path and through Jersey (an application with a filter of
   * its own), with Basic authentication: through Jersey the body was read up to the limit first,
   * and the client, waiting for an answer, got none.
   */
  @Test
  void aDeclaredLengthOverTheLimitIs413BeforeTheBodyIsRead() throws Exception {
    ContainerRequestFilter own = request -> { };
    for (ResourceConfig application : List.of(application(new TestHooks(), BASIC),
        application(new TestHooks(), BASIC).register(own))) {
      try (Equivalence.Deployed servlet = deploy(application, true, true);
          java.net.Socket socket = new java.net.Socket(servlet.baseUri().getHost(), servlet.baseUri().getPort())) {
        socket.setSoTimeout(3000);
        String head = "POST " + servlet.baseUri().getPath() + "connect HTTP/1.1\r\nHost: " + servlet.baseUri().getHost()
            + "\r\nContent-Type: application/json\r\nAuthorization: " + basic("wcs:pass") + "\r\nContent-Length: "
            + (2 << 20) + "\r\n\r\n{\"sessionI";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        String answer;
        try {
          answer = oneAnswer(socket.getInputStream());
        } catch (java.net.SocketTimeoutException e) {
          throw new AssertionError("no answer within 3 s, fast path: " + servlet.fastPath(), e);
        }
        assertJsonAnswer(413, answer);
      }
    }
  }

  /**
   * A body shorter than its Content-Length (the client stopped sending and closed its side): a
   * JSON 400 on both containers, never a stack trace (Tomcat's error page showed the failed read's
   * when the servlet read the body itself). On the fast path and through Jersey (an application
   * with a filter of its own).
   */
  @Test
  void aBodyCutShortGetsA400WithoutAStackTrace() throws Exception {
    for (ResourceConfig application : fastPathAndJersey()) {
      try (Equivalence.Deployed servlet = deploy(application, true, true)) {
        for (String hook : List.of("connect", "ConnectionStatusEvent")) {
          String answer = halfSent(servlet.baseUri(), hook, 100, "Content-Type: application/json");
          assertJsonAnswer(400, answer);
          assertTrue(answer.contains(HookCalls.INCOMPLETE_BODY), answer);
        }
      }
    }
  }

  /**
   * Clients that send a tenth of a declared body and stop, more of them than the container has
   * threads, leave it answering WCS's calls at once, on the fast path and through Jersey (an
   * application with a filter of its own): read as they came, they held every thread until the
   * container's read timeout (58 s on Tomcat, 28 s on Jetty). So do as many that send a chunk of a
   * chunked body and stop (read as they came, they too held every thread), and those that said they
   * expect {@code 100 Continue} (Tomcat answered them its HTML 408). Each gets a JSON 400
   * once the body has not come for 30 s, its connection closed.
   */
  @Test
  void bodiesThatDoNotComeLeaveTheServletAnsweringOthers() throws Exception {
    List<java.net.Socket> stalled = new ArrayList<>();
    List<Equivalence.Deployed> deployed = new ArrayList<>();
    try {
      for (ResourceConfig application : fastPathAndJersey()) {
        Equivalence.Deployed servlet = deploy(application, true, true);
        deployed.add(servlet);
        URI base = servlet.baseUri();
        for (int i = 0; i < 460; i++) {
          java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort());
          stalled.add(socket);
          // The first 230 declare their length (every other one saying it expects 100 Continue,
          // which it does not wait for), the next 230 send chunks.
          String framing = i >= 230 ? "Transfer-Encoding: chunked\r\n\r\na\r\n"
              : (i % 2 == 1 ? "Expect: 100-continue\r\n" : "") + "Content-Length: 100\r\n\r\n";
          socket.getOutputStream().write(("POST " + base.getPath() + (i % 2 == 0 ? "connect" : "StreamStatusEvent")
              + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n" + framing
              + "{\"sessionI").getBytes(StandardCharsets.ISO_8859_1));
          socket.getOutputStream().flush();
        }
        HttpResponse<byte[]> answer = Equivalence.send(HttpRequest.newBuilder(base.resolve("connect"))
            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)).build());
        assertEquals(200, answer.statusCode(), "fast path: " + servlet.fastPath());
        assertEquals(WcsBodies.CONNECT, new String(answer.body(), StandardCharsets.UTF_8));
      }
      // The first and the last stalled client of each kind and deployment.
      for (int i : List.of(0, 229, 230, 459, 460, 689, 690, 919)) {
        java.net.Socket socket = stalled.get(i);
        socket.setSoTimeout(45_000);
        String late = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        if (late.startsWith("HTTP/1.1 100 ")) {
          // The interim answer a client that expects 100 Continue is sent as its body is first read.
          late = late.substring(late.indexOf("\r\n\r\n") + 4);
        }
        assertJsonAnswer(400, late);
        assertTrue(late.contains("the body did not arrive in full"), late);
      }
    } finally {
      for (java.net.Socket socket : stalled) {
        socket.close();
      }
      for (Equivalence.Deployed servlet : deployed) {
        servlet.close();
      }
    }
  }

  /**
   * Bodies read ahead hold no more memory than the servlet's budget (an eighth of the heap; 64 KiB
   * here): past it, a body still coming is refused with a JSON 503 and its connection closed,
   * while the bodies WCS sends, whole with their heads, still go through.
   */
  @Test
  void aBodyPastTheReadAheadBudgetGetsA503() throws Exception {
    System.setProperty("wcshooks.readAheadBytes", String.valueOf(64 * 1024));
    Equivalence.Deployed servlet;
    try {
      servlet = deploy(application(new TestHooks(), HookSecurity.none()), true, true);
    } finally {
      System.clearProperty("wcshooks.readAheadBytes");
    }
    URI base = servlet.baseUri();
    try (servlet;
        java.net.Socket first = new java.net.Socket(base.getHost(), base.getPort());
        java.net.Socket second = new java.net.Socket(base.getHost(), base.getPort())) {
      String head = "POST " + base.getPath() + "connect HTTP/1.1\r\nHost: " + base.getHost()
          + "\r\nContent-Type: application/json\r\nContent-Length: 600000\r\n\r\n";
      // The first takes all the room there is (100,000 bytes come, in room for 131,072), then stops.
      for (java.net.Socket socket : List.of(first, second)) {
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        Thread.sleep(200);
        socket.getOutputStream().write(new byte[socket == first ? 100_000 : 50_000]);
        socket.getOutputStream().flush();
        Thread.sleep(200);
      }
      second.setSoTimeout(10_000);
      String refused = new String(second.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertJsonAnswer(503, refused);
      assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("connection: close\r\n"), refused);
      // A third, whose first 50,000 bytes come with its head, is refused as they are read (then it stops).
      try (java.net.Socket third = new java.net.Socket(base.getHost(), base.getPort())) {
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(headBytes, headBytes.length + 50_000);
        third.getOutputStream().write(all);
        third.getOutputStream().flush();
        third.setSoTimeout(10_000);
        assertJsonAnswer(503, new String(third.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
      }
      HttpResponse<byte[]> answer = Equivalence.send(post("connect", WcsBodies.CONNECT).request().apply(base));
      assertEquals(200, answer.statusCode());
      assertEquals(WcsBodies.CONNECT, new String(answer.body(), StandardCharsets.UTF_8));
    }
  }

  /**
   * A body sent in pieces, the first with the head and the rest later, reaches the hook whole:
   * read ahead, then served in a second dispatch, on the fast path and through Jersey; declared,
   * then chunked, then declared again, on one connection.
   */
  @Test
  void aBodyThatComesInPiecesIsEchoedExactly() throws Exception {
    byte[] body = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    for (ResourceConfig application : fastPathAndJersey()) {
      try (Equivalence.Deployed servlet = deploy(application, true, true);
          java.net.Socket socket = new java.net.Socket(servlet.baseUri().getHost(), servlet.baseUri().getPort())) {
        socket.setSoTimeout(10_000);
        java.io.OutputStream out = socket.getOutputStream();
        for (int call = 0; call < 3; call++) {
          boolean chunked = call == 1;
          out.write(("POST " + servlet.baseUri().getPath() + "connect HTTP/1.1\r\nHost: " + servlet.baseUri().getHost()
              + "\r\nContent-Type: application/json\r\n"
              + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length) + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
          for (int sent = 0; sent < body.length; sent += 300) {
            int piece = Math.min(300, body.length - sent);
            if (chunked) {
              out.write((Integer.toHexString(piece) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(body, sent, piece);
            if (chunked) {
              out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
            Thread.sleep(20);
          }
          if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
          }
          String answer = oneAnswer(socket.getInputStream());
          assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
          assertEquals(WcsBodies.CONNECT, new String(answer.substring(answer.indexOf("\r\n\r\n") + 4)
              .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /**
   * A chunked body is read ahead up to one byte past the limit and no further: past it, a JSON 413
   * and its connection closed, whether its chunks came with the head or later, on the fast path and
   * through Jersey. The client sends exactly that much and stops, so that only a server that reads
   * no further answers.
   */
  @Test
  void aChunkedBodyPastTheLimitGetsA413AndItsConnectionCloses() throws Exception {
    int past = JsonLimits.DEFAULTS.maxBodyBytes() + 1;
    for (ResourceConfig application : fastPathAndJersey()) {
      try (Equivalence.Deployed servlet = deploy(application, true, true)) {
        for (boolean later : List.of(false, true)) {
          try (java.net.Socket socket = new java.net.Socket(servlet.baseUri().getHost(), servlet.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
            sent.writeBytes(("POST " + servlet.baseUri().getPath() + "connect HTTP/1.1\r\nHost: "
                + servlet.baseUri().getHost() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            java.io.OutputStream out = socket.getOutputStream();
            for (int chunk = 0, left = past; left > 0; chunk++) {
              int size = Math.min(64 * 1024, left);
              left -= size;
              sent.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
              byte[] data = new byte[size];
              java.util.Arrays.fill(data, (byte) ' ');
              sent.writeBytes(data);
              if (left > 0) {
                sent.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
              }
              if (later && (chunk == 0 || left == 0)) {
                // The head and a chunk, then the rest after a pause: read as it comes.
                out.write(sent.toByteArray());
                out.flush();
                sent.reset();
                Thread.sleep(200);
              }
            }
            out.write(sent.toByteArray());
            out.flush();
            String answer = oneAnswer(socket.getInputStream());
            assertJsonAnswer(413, answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close\r\n"),
                "fast path " + servlet.fastPath() + ", later " + later + ": " + answer);
            assertEquals(-1, socket.getInputStream().read(), "the connection closed");
          }
        }
        HttpResponse<byte[]> answer = Equivalence.send(post("connect", WcsBodies.CONNECT).request()
            .apply(servlet.baseUri()));
        assertEquals(200, answer.statusCode());
      }
    }
  }

  /**
   * A chunked body whose framing breaks (a chunk size that is no hex number), with its head or
   * later: a JSON 400, on the fast path and through Jersey. Tomcat answered one that came with its
   * head with its own HTML page: read in the first dispatch, its failure marked the response.
   */
  @Test
  void aChunkedBodyWhoseFramingBreaksGetsAJson400() throws Exception {
    for (ResourceConfig application : fastPathAndJersey()) {
      try (Equivalence.Deployed servlet = deploy(application, true, true)) {
        for (boolean later : List.of(false, true)) {
          try (java.net.Socket socket = new java.net.Socket(servlet.baseUri().getHost(), servlet.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + servlet.baseUri().getPath() + "connect HTTP/1.1\r\nHost: " + servlet.baseUri().getHost()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + (later ? "5\r\n{\"a\":\r\n" : "")).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (later) {
              Thread.sleep(300);
            }
            out.write("zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = oneAnswer(socket.getInputStream());
            assertJsonAnswer(400, answer);
            assertTrue(answer.contains(HookCalls.INCOMPLETE_BODY),
                "fast path " + servlet.fastPath() + ", later " + later + ": " + answer);
          }
        }
      }
    }
  }

  /**
   * A client that waits for {@code 100 Continue} before it sends its body gets it, and its body is
   * read ahead like any other: echoed exactly, on the fast path and through Jersey. Read by the
   * container's stream instead, a client that then sent part of it and stopped held a thread.
   */
  @Test
  void aBodyWhoseClientWaitsFor100ContinueIsEchoed() throws Exception {
    byte[] body = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    for (ResourceConfig application : fastPathAndJersey()) {
      try (Equivalence.Deployed servlet = deploy(application, true, true);
          java.net.Socket socket = new java.net.Socket(servlet.baseUri().getHost(), servlet.baseUri().getPort())) {
        socket.setSoTimeout(10_000);
        java.io.OutputStream out = socket.getOutputStream();
        out.write(("POST " + servlet.baseUri().getPath() + "connect HTTP/1.1\r\nHost: " + servlet.baseUri().getHost()
            + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        java.io.ByteArrayOutputStream interim = new java.io.ByteArrayOutputStream();
        java.io.InputStream in = socket.getInputStream();
        while (!interim.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          int b = in.read();
          assertTrue(b >= 0, "closed before 100 Continue: " + interim);
          interim.write(b);
        }
        assertTrue(interim.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 100 "), interim.toString());
        out.write(body);
        out.flush();
        String answer = oneAnswer(in);
        assertTrue(answer.startsWith("HTTP/1.1 200 "), "fast path " + servlet.fastPath() + ": " + answer);
        assertEquals(WcsBodies.CONNECT, new String(answer.substring(answer.indexOf("\r\n\r\n") + 4)
            .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * The same application twice: as it is, its hook calls on the fast path, and with a filter of its
   * own, which sends every call through Jersey.
   */
  private static List<ResourceConfig> fastPathAndJersey() {
    ContainerRequestFilter own = request -> { };
    return List.of(application(new TestHooks(), HookSecurity.none()),
        application(new TestHooks(), HookSecurity.none()).register(own));
  }

  private static void assertJsonAnswer(int status, String answer) {
    assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertTrue(body.startsWith("{\"status\":" + status + ",\"reason\":"), answer);
    assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-length: " + body.length() + "\r\n"), answer);
  }

  /** One answer with a Content-Length, read without waiting for the connection to close. */
  private static String oneAnswer(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1; ) {
      read.write(b);
      String text = read.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)\r\n")
          .matcher(text);
      if (end >= 0 && length.find() && read.size() == end + 4 + Integer.parseInt(length.group(1))) {
        break;
      }
    }
    return read.toString(StandardCharsets.ISO_8859_1);
  }

  /** Sends a POST that declares {@code length} bytes of body, sends ten, closes its output and reads the answer. */
  private static String halfSent(URI base, String hook, int length, String... headers) throws IOException {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      StringBuilder head = new StringBuilder("POST " + base.getPath() + hook + " HTTP/1.1\r\nHost: "
          + base.getHost() + "\r\nContent-Length: " + length + "\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      head.append("\r\n{\"sessionI");
      socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static final HookSecurity BASIC = HookSecurity.builder().basicAuth("wcs", "pass").build();

  private static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anApplicationsOwnFilterSeesEveryHookCall() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    ContainerRequestFilter counting = request -> seen.incrementAndGet();
    ResourceConfig application = application(new TestHooks(), HookSecurity.none()).register(counting);
    try (Equivalence.Deployed servlet = deploy(application, true, true)) {
      assertFalse(servlet.fastPath(), "a filter of the application's own must see the calls: no fast path");
      assertEquals(200, Equivalence.send(post("connect", WcsBodies.CONNECT).request().apply(servlet.baseUri()))
          .statusCode());
      assertEquals(200, Equivalence.send(post("ConnectionStatusEvent", "{}").request().apply(servlet.baseUri()))
          .statusCode());
      assertEquals(2, seen.get());
    }
  }

  /**
   * An application Jersey refuses at init (here: two resource methods for one request) never gets
   * destroy(): it must leave no handler thread, or its threads outlive the WAR (and Tomcat, trying
   * again at each request, would start more each time). Given to the servlet's constructor, or
   * named by the init parameter (Jersey makes it, and the servlet never sees it to close it: its
   * deadline keeper was left running).
   */
  @Test
  void anApplicationJerseyRefusesLeavesNoHandlerThreads() throws Exception {
    // Made by the container from its class, as a @WebServlet subclass is.
    assertRefusedAndNoThreadLeft(RefusedApplicationServlet.class, Map.of());
    // Named in web.xml.
    assertRefusedAndNoThreadLeft(WcsHooksServlet.class,
        Map.of("jakarta.ws.rs.Application", RefusedApplication.class.getName()));
  }

  private void assertRefusedAndNoThreadLeft(Class<? extends Servlet> type, Map<String, String> initParameters)
      throws Exception {
    Set<Thread> before = hookThreads();
    Equivalence.Deployed deployed = null;
    try {
      deployed = deploy(null, type, initParameters, true);
      // Tomcat keeps the context running and tries the servlet again at the first call, with a new
      // instance: the failure is remembered in the context, so that attempt is permanently
      // unavailable at once (its own 404), not the same application refused again and a 500 page
      // with the stack trace. It must leave no thread either.
      assertEquals(404, Equivalence.send(post("connect", WcsBodies.CONNECT).request().apply(deployed.baseUri()))
          .statusCode());
    } catch (IllegalStateException e) {
      // Jetty refuses to start the context: what an operator should see.
    } finally {
      if (deployed != null) {
        deployed.close();
      }
    }
    Set<Thread> left = hookThreads();
    left.removeAll(before);
    assertEquals(Set.of(), left, "threads of the refused application still run");
  }

  /** An application class Jersey refuses, as a WAR names it in {@code web.xml}. */
  public static final class RefusedApplication extends ResourceConfig {
    public RefusedApplication() {
      super(application(new TestHooks(), HookSecurity.none()).register(Ambiguous.class));
    }
  }

  /** A {@code @WebServlet} subclass whose application Jersey refuses. */
  public static final class RefusedApplicationServlet extends WcsHooksServlet {
    private static final long serialVersionUID = 1L;

    public RefusedApplicationServlet() {
      super(application(new TestHooks(), HookSecurity.none()).register(Ambiguous.class));
    }
  }

  /** Two GET methods for one path: Jersey's model validation fails. */
  @jakarta.ws.rs.Path("ambiguous")
  public static final class Ambiguous {
    @jakarta.ws.rs.GET
    public String one() {
      return "1";
    }

    @jakarta.ws.rs.GET
    public String two() {
      return "2";
    }
  }

  /** The runtime's live threads (handler pools, deadline keepers). */
  private static Set<Thread> hookThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("wcs-hooks-") && thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  /**
   * A {@code web.xml} that names the application under Jersey 2's parameter: Jersey starts an
   * empty application, and every hook call got the container's 404 with nothing said at
   * deployment. The servlet now refuses to start, saying why, with an exception that fails the
   * context where the container fails one for a servlet (an UnavailableException left Jetty's
   * running, silently). Where the context runs on, the container's next attempt, at the first
   * call, is permanently unavailable: its 404 from then on, not a new attempt and a 500 page
   * with the stack trace at every call.
   */
  @Test
  void aServletWithoutHooksRefusesToStartAndSaysWhy() throws Exception {
    RefusalRecorder.refusals.clear();
    Equivalence.Deployed deployed = null;
    try {
      deployed = deploy(null, RefusalRecorder.class, Map.of("javax.ws.rs.Application", HooksApplication.class.getName()),
          true);
      for (int call = 0; call < 3; call++) {
        HttpResponse<byte[]> answer = Equivalence.send(post("connect", WcsBodies.CONNECT).request()
            .apply(deployed.baseUri()));
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertEquals(404, answer.statusCode(), body);
        assertFalse(body.contains("Exception"), body);
      }
    } catch (IllegalStateException e) {
      // The container failed the context.
    } finally {
      if (deployed != null) {
        deployed.close();
      }
    }
    List<ServletException> refusals = List.copyOf(RefusalRecorder.refusals);
    assertFalse(refusals.isEmpty(), "the servlet started");
    ServletException refused = refusals.get(0);
    assertFalse(refused instanceof UnavailableException, "leaves a Jetty context running: " + refused);
    assertTrue(refused.getMessage().contains("registers no WcsHooksFeature")
        && refused.getMessage().contains("jakarta.ws.rs.Application"), refused.getMessage());
    assertTrue(refusals.size() <= 2, "tried again at every call: " + refusals);
    for (ServletException again : refusals.subList(1, refusals.size())) {
      assertTrue(again instanceof UnavailableException unavailable && unavailable.isPermanent(), String.valueOf(again));
      assertTrue(again.getMessage().contains("registers no WcsHooksFeature"), again.getMessage());
    }
  }

  /**
   * Mapped as the default servlet ({@code /}) the servlet path is each request's whole path, so
   * Jersey's base path is too: every hook call and health check got a JSON 404 ("no such hook")
   * and nothing said why. The servlet refuses that mapping at init, naming the fix.
   */
  @Test
  void aMappingNoHookCallCanReachIsRefusedAtInit() throws Exception {
    RefusalRecorder.refusals.clear();
    try (Equivalence.Deployed deployed = deploy(null, RefusalRecorder.class,
        Map.of("jakarta.ws.rs.Application", HooksApplication.class.getName()), true, "/")) {
      assertFalse(deployed.fastPath());
    } catch (IllegalStateException e) {
      // The container failed the context.
    }
    ServletException refused = RefusalRecorder.refusals.get(0);
    assertFalse(refused instanceof UnavailableException, "leaves a Jetty context running: " + refused);
    assertTrue(refused.getMessage().contains("map it with a path pattern"), refused.getMessage());
  }

  /** Records why the servlet did not start, each time it is tried. */
  public static final class RefusalRecorder extends WcsHooksServlet {
    private static final long serialVersionUID = 1L;
    static final List<ServletException> refusals = new CopyOnWriteArrayList<>();

    @Override
    public void init() throws ServletException {
      try {
        super.init();
      } catch (ServletException e) {
        refusals.add(e);
        throw e;
      }
    }
  }

  /** As {@code web.xml} declares it: the no-argument constructor and the application's class name. */
  @Test
  void theApplicationMayComeFromTheInitParameter() throws Exception {
    try (Equivalence.Deployed servlet = deploy(null, WcsHooksServlet.class,
        Map.of("jakarta.ws.rs.Application", HooksApplication.class.getName()), true)) {
      assertTrue(servlet.fastPath());
      HttpResponse<byte[]> answer = Equivalence.send(post("StreamStatusEvent", WcsBodies.STREAM_STATUS).request()
          .apply(servlet.baseUri()));
      assertEquals(200, answer.statusCode());
      assertEquals(WcsBodies.STREAM_STATUS, new String(answer.body(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Jersey starts without its WADL warning ("JAXBContext implementation could not be found. WADL
   * feature is disabled."), a WARNING an operator would read at every deployment for a document
   * WCS never asks for: the runtime's feature turns WADL off, however a WAR deploys the hooks (this
   * servlet given the application or naming it in {@code web.xml}; Jersey's own servlet with the
   * same application, or with only the feature registered by class name).
   */
  @Test
  void jerseyStartsWithoutItsWadlWarning() throws Exception {
    String application = HooksApplication.class.getName();
    Map<String, Supplier<Equivalence.Deployed>> deployments = new LinkedHashMap<>();
    deployments.put("this servlet, given the application",
        () -> deploy(application(new TestHooks(), HookSecurity.none()), true, true));
    deployments.put("Jersey's servlet, given the application",
        () -> deploy(application(new TestHooks(), HookSecurity.none()), false, true));
    deployments.put("this servlet, web.xml", () -> deploy(null, WcsHooksServlet.class,
        Map.of(ServletProperties.JAXRS_APPLICATION_CLASS, application), true));
    deployments.put("Jersey's servlet, web.xml", () -> deploy(null, ServletContainer.class,
        Map.of(ServletProperties.JAXRS_APPLICATION_CLASS, application), true));
    deployments.put("Jersey's servlet, web.xml naming the feature", () -> deploy(null, ServletContainer.class,
        Map.of(ServerProperties.PROVIDER_CLASSNAMES, WcsHooksFeature.class.getName()), true));
    try (LogCapture log = LogCapture.asConfigured(WADL_LOGGER)) {
      deployments.forEach((how, deployment) -> {
        try (Equivalence.Deployed deployed = deployment.get()) {
          // Jersey answers what is not a hook call: it has started.
          assertEquals(404, send(deployed, Equivalence.get("nosuch")).statusCode(), how);
        } catch (Exception e) {
          throw new AssertionError(how, e);
        }
        assertEquals(List.of(), log.messages(), how);
      });
    }
  }

  /**
   * An application that sets Jersey's WADL property itself (to have its WADL, with JAXB on its
   * class path) keeps its value, in its ResourceConfig or as an init parameter in {@code web.xml}:
   * the runtime's feature set it to true over the application's.
   */
  @Test
  void anApplicationsOwnWadlSettingIsKept() throws Exception {
    assertJerseyTriedWadl(() -> deploy(application(new TestHooks(), HookSecurity.none())
        .property(ServerProperties.WADL_FEATURE_DISABLE, false), true, true));
    assertJerseyTriedWadl(() -> deploy(null, WcsHooksServlet.class, Map.of(ServletProperties.JAXRS_APPLICATION_CLASS,
        HooksApplication.class.getName(), ServerProperties.WADL_FEATURE_DISABLE, "false"), true));
  }

  /**
   * Jersey's WADL feature was on: it serves {@code application.wadl}, or, without a JAXB
   * implementation (as in these tests), it said so.
   */
  private void assertJerseyTriedWadl(Supplier<Equivalence.Deployed> deployment) throws Exception {
    try (LogCapture log = LogCapture.asConfigured(WADL_LOGGER); Equivalence.Deployed deployed = deployment.get()) {
      int wadl = send(deployed, Equivalence.get("application.wadl")).statusCode();
      assertTrue(wadl == 200 || log.messages().stream().anyMatch(m -> m.contains("WADL feature is disabled")),
          "application.wadl: " + wadl + ", log: " + log.messages());
    }
  }

  /** The logger of Jersey's WADL feature, which warns when it finds no JAXB implementation. */
  private static final String WADL_LOGGER = "org.glassfish.jersey.server.wadl.WadlFeature";

  /** An application class as a WAR names it in {@code web.xml}. */
  public static final class HooksApplication extends ResourceConfig {
    public HooksApplication() {
      super(application(new TestHooks(), HookSecurity.none()));
    }
  }

  // ---------------------------------------------------------------------------------------------

  static ResourceConfig application(TestHooks hooks, HookSecurity security) {
    return new ResourceConfig()
        .register(WcsHooksFeature.builder().limits(JsonLimits.DEFAULTS).dispatcher(hooks).build())
        .register(hooks)
        .register(security);
  }

  private Equivalence.Deployed deploy(ResourceConfig application, boolean fastPath, boolean async) {
    Servlet instance = fastPath ? new WcsHooksServlet(application) : new ServletContainer(application);
    return deploy(instance, instance.getClass(), Map.of(), async);
  }

  /** Whether a deployed servlet is a {@link WcsHooksServlet} serving hook calls on the fast path. */
  static boolean onFastPath(Servlet servlet) {
    return servlet instanceof WcsHooksServlet hooks && hooks.fastPath();
  }
}
