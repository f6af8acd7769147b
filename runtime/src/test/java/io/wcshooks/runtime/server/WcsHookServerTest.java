package io.wcshooks.runtime.server;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The embedded server over real HTTP: ports, base paths, lifecycle. */
class WcsHookServerTest {
  private static final byte[] BODY = WcsBodies.STREAM_STATUS.getBytes(StandardCharsets.UTF_8);
  /** The logger of Jersey's WADL feature, which warns when it finds no JAXB implementation. */
  private static final String WADL_LOGGER = "org.glassfish.jersey.server.wadl.WadlFeature";

  @Test
  void portZeroPicksAFreePort() {
    try (TestServer wcs = TestServer.start()) {
      int port = wcs.server.port();

      assertTrue(port > 0 && port <= 65535, "port " + port);
      assertEquals(URI.create("http://127.0.0.1:" + port + "/"), wcs.server.baseUri());
      assertEquals(0, wcs.server.settings().port());
      assertEquals(200, wcs.call("connect", BODY).statusCode());
    }
  }

  @Test
  @SuppressWarnings("try") // each server is started only for the line its start logs
  void theStartLineSaysHowHookCallsAreAuthenticated() {
    try (LogCapture log = LogCapture.at(WcsHookServer.class.getName(), java.util.logging.Level.INFO)) {
      try (TestServer open = TestServer.start()) {
        assertTrue(log.messages().stream().anyMatch(m -> m.contains("; hook calls are not authenticated; ")), log.messages().toString());
      }
      log.clear();
      try (ConfiguredTestServer signed = ConfiguredTestServer.start(HookSecurity.builder().signatureSecret("s").build())) {
        assertTrue(log.messages().stream().anyMatch(m -> m.contains("; hook calls must carry WCS's signature; ")), log.messages().toString());
      }
      log.clear();
      try (ConfiguredTestServer basic = ConfiguredTestServer.start(HookSecurity.builder().basicAuth("wcs", "p").build())) {
        assertTrue(log.messages().stream().anyMatch(m -> m.contains("; hook calls must carry HTTP Basic credentials; ")), log.messages().toString());
      }
    }
  }

  /**
   * Jersey starts without its WADL warning ("JAXBContext implementation could not be found. WADL
   * feature is disabled."), a WARNING an operator would read at every start for a document WCS
   * never asks for: WcsHooksFeature turns WADL off. On both containers, with the fast path (Jersey
   * starting at the first request that is not a hook call) and without.
   */
  @Test
  void jerseyStartsWithoutItsWadlWarning() throws Exception {
    try (LogCapture log = LogCapture.asConfigured(WADL_LOGGER)) {
      for (ServerContainer container : ServerContainer.values()) {
        for (boolean fastPath : new boolean[] {true, false}) {
          TestHooks hooks = new TestHooks();
          ResourceConfig config = new ResourceConfig()
              .register(WcsHooksFeature.builder().dispatcher(hooks).build())
              .register(hooks);
          try (WcsHookServer server = WcsHookServer.start(config, new ServerSettings("127.0.0.1", 0, "/", fastPath,
              container))) {
            HttpResponse<byte[]> notAHook = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(server.baseUri().resolve("nosuch")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, notAHook.statusCode());
            assertTrue(server.jerseyStarted());
          }
          assertEquals(List.of(), log.messages(), container + (fastPath ? ", fast path" : ", through Jersey"));
        }
      }
    }
  }

  @Test
  void twoServersOnPortZeroGetDifferentPorts() {
    try (TestServer one = TestServer.start(); TestServer two = TestServer.start()) {
      assertNotEquals(one.server.port(), two.server.port());
    }
  }

  @Test
  void theHooksAnswerUnderTheBasePath() {
    try (TestServer wcs = TestServer.start(io.wcshooks.runtime.json.JsonLimits.DEFAULTS, "rest-hooks/")) {
      int port = wcs.server.port();
      assertEquals(URI.create("http://127.0.0.1:" + port + "/rest-hooks/"), wcs.server.baseUri());
      assertEquals("http://wcs-backend:" + port + "/rest-hooks", wcs.server.appUrl("wcs-backend"));

      HttpResponse<byte[]> hook = wcs.call("connect", BODY);
      assertEquals(200, hook.statusCode(), () -> body(hook));
      assertArrayEquals(BODY, hook.body());
      assertEquals(URI.create("http://127.0.0.1:" + port + "/rest-hooks/connect"), hook.uri());

      // An unknown hook under the base path: Jersey's 404, in JSON.
      assertJsonError(wcs.call("noSuchHook", BODY), 404);
      // Outside the base path: JSON 404 too, naming where the hooks are.
      String outside = assertJsonError(post(wcs, "/connect"), 404);
      assertTrue(outside.contains("/rest-hooks/"), outside);
      assertJsonError(post(wcs, "/rest-hooksconnect"), 404);
      assertJsonError(post(wcs, "/"), 404);
      assertJsonError(post(wcs, "/other/rest-hooks/connect"), 404);
      assertJsonError(wcs.send(TestServer.wcsRequest(root(wcs, "/favicon.ico")).GET()), 404);
    }
  }

  @Test
  void aNestedBasePath() {
    try (TestServer wcs = TestServer.start(io.wcshooks.runtime.json.JsonLimits.DEFAULTS, "/apps/EchoApp")) {
      assertEquals(200, post(wcs, "/apps/EchoApp/connect").statusCode());
      assertJsonError(post(wcs, "/apps/connect"), 404);
    }
  }

  @Test
  void theRootBasePath() {
    try (TestServer wcs = TestServer.start()) {
      assertEquals("http://backend:" + wcs.server.port(), wcs.server.appUrl("backend"));
      assertEquals(200, post(wcs, "/connect").statusCode());
      assertJsonError(post(wcs, "/rest-hooks/connect"), 404);
    }
  }

  @Test
  void anApplicationPathOnTheResourceConfigIsIgnored() throws Exception {
    try (WcsHookServer server = WcsHookServer.start(new AnnotatedApplication(),
        TestServer.settings("/base", true))) {
      HttpResponse<byte[]> response = postTo(server.baseUri().resolve("connect"));
      assertEquals(200, response.statusCode(), () -> body(response));
      assertJsonError(postTo(server.baseUri().resolve("war-only/connect")), 404);
    }
  }

  @Test
  void startupLogsTheUrlToConfigureInWcs() {
    Logger logger = Logger.getLogger(WcsHookServer.class.getName());
    List<String> messages = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        messages.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(capture);
    try (TestServer wcs = TestServer.start(io.wcshooks.runtime.json.JsonLimits.DEFAULTS, "/rest-hooks")) {
      String expected = "update app -l http://127.0.0.1:" + wcs.server.port() + "/rest-hooks defaultApp";
      assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), () -> messages + " should contain " + expected);
      assertEquals(1, messages.stream().filter(m -> m.contains("update app")).count(), messages::toString);
    } finally {
      logger.removeHandler(capture);
    }
  }

  @Test
  void aTakenPortIsAClearError() {
    try (TestServer wcs = TestServer.start()) {
      int port = wcs.server.port();
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> WcsHookServer.start(application(new TestHooks()), TestServer.settings("/", true).withPort(port)));
      assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }
  }

  @Test
  void closeIsIdempotentAndReleasesThePort() throws Exception {
    TestServer wcs = TestServer.start();
    URI connect = wcs.uri("connect");
    assertFalse(wcs.server.isClosed());

    wcs.close();
    wcs.close();
    wcs.server.close();

    assertTrue(wcs.server.isClosed());
    assertTimeoutPreemptively(Duration.ofSeconds(1), () -> wcs.server.awaitTermination());
    HttpRequest request = TestServer.wcsRequest(connect).POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build();
    assertThrows(IOException.class, () -> wcs.client().send(request, HttpResponse.BodyHandlers.ofByteArray()));
    // The port is free again.
    try (WcsHookServer again = WcsHookServer.start(application(new TestHooks()),
        TestServer.settings("/", true).withPort(connect.getPort()))) {
      assertEquals(connect.getPort(), again.port());
    }
  }

  @Test
  void aCloseWhileAnotherIsStoppingTheServerReturnsOnceItHasStopped() throws Exception {
    // It returned at once: its caller went on (started a server on the same port, exited) while
    // the server was still serving its grace period, the port still taken.
    try (LogCapture log = LogCapture.at(WcsHookServer.class.getName(), java.util.logging.Level.INFO);
        TestServer wcs = TestServer.start()) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      wcs.hooks.connect = request -> {
        entered.countDown();
        release.await();
        return HookResult.echo();
      };
      CompletableFuture<HttpResponse<byte[]>> inFlight = wcs.client().sendAsync(
          TestServer.wcsRequest(wcs.uri("connect")).POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(entered.await(10, TimeUnit.SECONDS));
      Thread first = new Thread(wcs.server::close, "first-close");
      first.start();
      while (!wcs.server.isClosed()) {
        Thread.onSpinWait();
      }
      Thread second = new Thread(wcs.server::close, "second-close");
      second.start();
      // The call in progress ends only once the second close waits (or has returned already).
      while (second.getState() != Thread.State.WAITING && second.getState() != Thread.State.TERMINATED) {
        Thread.onSpinWait();
      }
      release.countDown();
      second.join();

      assertTrue(log.messages().stream().anyMatch(m -> m.endsWith(" stopped")),
          () -> "the second close returned before the server stopped: " + log.messages());
      assertEquals(200, inFlight.get(10, TimeUnit.SECONDS).statusCode());
      first.join();
    }
  }

  @Test
  void awaitTerminationReturnsWhenAnotherThreadCloses() throws Exception {
    try (TestServer wcs = TestServer.start()) {
      CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
        try {
          wcs.server.awaitTermination();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(200);
      assertFalse(waiting.isDone(), "awaitTermination returned before close");

      wcs.server.close();

      waiting.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void runUntilShutdownReturnsWhenClosed() throws Exception {
    try (TestServer wcs = TestServer.start()) {
      CompletableFuture<Void> running = CompletableFuture.runAsync(wcs.server::runUntilShutdown);
      Thread.sleep(200);
      assertFalse(running.isDone(), "runUntilShutdown returned while serving");
      assertEquals(200, wcs.call("connect", BODY).statusCode());

      wcs.server.close();

      running.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void runUntilShutdownClosesTheServerWhenInterrupted() throws Exception {
    try (TestServer wcs = TestServer.start()) {
      Thread runner = new Thread(wcs.server::runUntilShutdown, "runner");
      runner.start();
      Thread.sleep(200);

      runner.interrupt();
      runner.join(TimeUnit.SECONDS.toMillis(10));

      assertFalse(runner.isAlive());
      assertTrue(wcs.server.isClosed());
    }
  }

  @Test
  void closeLetsARequestInProgressFinish() throws Exception {
    try (TestServer wcs = TestServer.start()) {
      CountDownLatch entered = new CountDownLatch(1);
      wcs.hooks.connect = request -> {
        entered.countDown();
        Thread.sleep(500);
        request.sipLogin("late");
        return HookResult.echo();
      };
      HttpRequest request = TestServer.wcsRequest(wcs.uri("connect"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"sipLogin\":\"alice\"}")).build();
      CompletableFuture<HttpResponse<String>> inFlight =
          wcs.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
      assertTrue(entered.await(5, TimeUnit.SECONDS));

      long start = System.nanoTime();
      wcs.server.close();
      long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
      assertEquals(200, response.statusCode());
      assertEquals("{\"sipLogin\":\"late\"}", response.body());
      assertTrue(closeMillis < WcsHookServer.GRACE_PERIOD.toMillis(), "close took " + closeMillis + " ms");
    }
  }

  @Test
  void concurrentCallsOnKeepAliveConnections() throws Exception {
    try (TestServer wcs = TestServer.start()) {
      wcs.hooks.connect = request -> {
        request.put("seen", request.sipLogin());
        return HookResult.echo();
      };
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        HttpRequest request = TestServer.wcsRequest(wcs.uri("connect"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"sipLogin\":\"user" + i + "\"}")).build();
        calls.add(wcs.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      for (int i = 0; i < calls.size(); i++) {
        HttpResponse<String> response = calls.get(i).get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("{\"sipLogin\":\"user" + i + "\",\"seen\":\"user" + i + "\"}", response.body());
      }
    }
  }

  @Test
  void handlersThatBlockRunInParallel() throws Exception {
    int parallel = 20;
    try (TestServer wcs = TestServer.start()) {
      CyclicBarrier barrier = new CyclicBarrier(parallel);
      wcs.hooks.connect = request -> {
        // Every call waits for all the others: fewer worker threads than calls would time out.
        barrier.await(10, TimeUnit.SECONDS);
        return HookResult.echo();
      };
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        HttpRequest request = TestServer.wcsRequest(wcs.uri("connect"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"i\":" + i + "}")).build();
        calls.add(wcs.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      for (CompletableFuture<HttpResponse<String>> call : calls) {
        assertEquals(200, call.get(15, TimeUnit.SECONDS).statusCode());
      }
    }
    assertTrue(WcsHookServer.workerThreads() >= parallel);
  }

  /** A handler runs on a thread named after the application (the dispatcher's class), on every path and container. */
  @Test
  void handlerThreadsAreNamedAfterTheApplication() {
    try (TestServer wcs = TestServer.start()) {
      AtomicReference<String> thread = new AtomicReference<>();
      wcs.hooks.connect = request -> {
        thread.set(Thread.currentThread().getName());
        return HookResult.echo();
      };
      assertEquals(200, wcs.call("connect", "{}").statusCode());
      assertTrue(thread.get().matches("wcs-hooks-handler-TestHooks-\\d+"), thread.get());
    }
  }

  /**
   * The JDK's HttpClient (and {@code curl --http2}) asks to upgrade to HTTP/2 by default; Grizzly
   * without HTTP/2 then hung on the POST body and dropped the Content-Type.
   */
  @Test
  void aRequestAskingToUpgradeToHttp2IsAnsweredAsHttp11() throws Exception {
    try (TestServer wcs = TestServer.start()) {
      HttpClient defaultClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
      for (int i = 0; i < 3; i++) {
        HttpResponse<byte[]> response = defaultClient.send(TestServer.wcsRequest(wcs.uri("connect"))
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode(), () -> body(response));
        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        io.wcshooks.runtime.testing.HttpAssertions.assertJsonContentType(response);
        assertArrayEquals(BODY, response.body());
      }
      HttpResponse<byte[]> get = defaultClient.send(TestServer.wcsRequest(wcs.uri("connect"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertJsonError(get, 405);
    }
  }

  @Test
  void toStringShowsTheAddress() {
    try (TestServer wcs = TestServer.start(io.wcshooks.runtime.json.JsonLimits.DEFAULTS, "/h")) {
      assertEquals("WcsHookServer[http://127.0.0.1:" + wcs.server.port() + "/h]", wcs.server.toString());
    }
  }

  /**
   * The WAR pattern of the servlet package's documentation: a copy of a built application under
   * {@code @ApplicationPath}, which must not move the embedded hooks.
   */
  @jakarta.ws.rs.ApplicationPath("war-only")
  public static final class AnnotatedApplication extends ResourceConfig {
    public AnnotatedApplication() {
      super(application(new TestHooks()));
    }
  }

  private static ResourceConfig application(TestHooks hooks) {
    return new ResourceConfig().register(WcsHooksFeature.builder().dispatcher(hooks).build()).register(hooks);
  }

  private static URI root(TestServer wcs, String path) {
    return URI.create("http://127.0.0.1:" + wcs.server.port() + path);
  }

  private static HttpResponse<byte[]> post(TestServer wcs, String path) {
    return wcs.send(TestServer.wcsRequest(root(wcs, path)).POST(HttpRequest.BodyPublishers.ofByteArray(BODY)));
  }

  private static HttpResponse<byte[]> postTo(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(TestServer.wcsRequest(uri).POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
