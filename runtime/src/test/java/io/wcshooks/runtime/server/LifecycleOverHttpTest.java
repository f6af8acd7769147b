package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a stop leaves behind and what it answers, on every container and path. */
class LifecycleOverHttpTest {
  private static final byte[] BODY = WcsBodies.STREAM_STATUS.getBytes(StandardCharsets.UTF_8);
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void closeLeavesNoThreadOfTheServerBehind() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    TestServer wcs = TestServer.start();
    wcs.hooks.connect = request -> HookResult.echo();
    assertEquals(200, wcs.call("connect", BODY).statusCode());
    assertEquals(200, wcs.call("ConnectionStatusEvent", BODY).statusCode());

    wcs.close();

    // Among them the handler pool's (wcs-hooks-handler-*) and its deadline keeper (wcs-hooks-deadlines-*).
    assertEquals(List.of(), threadsLeft(before), "threads started with the server and still alive after its close");
  }

  @Test
  void aCallInProgressAtAStopIsAnsweredEvenWithADeadlineLongerThanTheGracePeriod() throws Exception {
    // The grace period was 5 s whatever the deadline: a handler still running then was cut off, and
    // WCS got no answer at all where the policy promises one (503 for connect, at the deadline).
    Duration deadline = WcsHookServer.GRACE_PERIOD.plusSeconds(1);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch stuck = new CountDownLatch(1);
    WcsHookServer server = startWithConnectStuck(HandlerPolicy.DEFAULTS.withHandlerDeadline(deadline), running, stuck);
    try {
      CompletableFuture<HttpResponse<String>> answer = CLIENT.sendAsync(
          TestServer.wcsRequest(URI.create("http://127.0.0.1:" + server.port() + "/connect"))
              .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(running.await(10, TimeUnit.SECONDS), "the handler did not start");

      server.close();

      assertEquals(503, answer.get(1, TimeUnit.SECONDS).statusCode());
    } finally {
      stuck.countDown();
      server.close();
    }
  }

  @Test
  void aCallOnAnOpenConnectionDuringAStopIsAJson503ThatCloses() throws Exception {
    // Grizzly answered it with a 500 status line over a 503 body: it marks the exchange failed before
    // the error page is written, and its codec then sends 500 whatever the page's status.
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch stuck = new CountDownLatch(1);
    WcsHookServer server = startWithConnectStuck(HandlerPolicy.DEFAULTS, running, stuck);
    Thread stop = new Thread(server::close, "test-stop");
    try (Socket open = new Socket("127.0.0.1", server.port())) {
      open.setSoTimeout(5000);
      String call = "POST /ConnectionStatusEvent HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + BODY.length + "\r\n\r\n" + new String(BODY, StandardCharsets.UTF_8);
      open.getOutputStream().write(call.getBytes(StandardCharsets.UTF_8));
      assertTrue(readAnswer(open.getInputStream()).startsWith("HTTP/1.1 200"));
      // A call in progress keeps the stop in its grace period.
      CompletableFuture<HttpResponse<String>> inProgress = CLIENT.sendAsync(
          TestServer.wcsRequest(URI.create("http://127.0.0.1:" + server.port() + "/connect"))
              .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(running.await(10, TimeUnit.SECONDS), "the handler did not start");
      stop.start();
      awaitRefusingConnections(server.port());

      open.getOutputStream().write(call.getBytes(StandardCharsets.UTF_8));
      String answer = readAnswer(open.getInputStream());

      assertTrue(answer.startsWith("HTTP/1.1 503 "), answer);
      assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("\r\nconnection: close\r\n"), answer);
      assertTrue(answer.contains("{\"status\":503,"), answer);
      stuck.countDown();
      assertEquals(200, inProgress.get(10, TimeUnit.SECONDS).statusCode());
    } finally {
      stuck.countDown();
      server.close();
      stop.join(10_000);
    }
  }

  /**
   * Waits until the stop has begun: the port refuses new connections (the server stops taking new
   * calls on open ones in the same step), rather than guessing how long a stop takes to begin.
   */
  @SuppressWarnings("try") // the probe only has to connect
  private static void awaitRefusingConnections(int port) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        Thread.sleep(20);
      } catch (IOException refused) {
        // The graceful handler is told in the same shutdown as the connector: a moment for it.
        Thread.sleep(100);
        return;
      }
    }
    throw new AssertionError("the port still takes connections 10 s after the stop began");
  }

  /** A server whose {@code connect} handler counts down {@code running}, then waits for {@code stuck}. */
  private static WcsHookServer startWithConnectStuck(HandlerPolicy policy, CountDownLatch running,
      CountDownLatch stuck) {
    TestHooks hooks = new TestHooks();
    hooks.connect = request -> {
      running.countDown();
      stuck.await();
      return HookResult.echo();
    };
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().dispatcher(hooks).handling(policy).build())
        .register(hooks);
    return WcsHookServer.start(config, TestServer.settings("/", TestServer.FAST_PATH));
  }

  /** One answer off the connection: its head and its body (by Content-Length, or chunked, left encoded). */
  private static String readAnswer(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
    int length = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      read.write(b);
      String text = read.toString(StandardCharsets.ISO_8859_1);
      if (length < 0 && text.endsWith("\r\n\r\n")) {
        if (text.toLowerCase(java.util.Locale.ROOT).contains("\r\ntransfer-encoding: chunked\r\n")) {
          length = 0; // read on to the last chunk and its empty line
          continue;
        }
        java.util.regex.Matcher declared =
            java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(text);
        length = declared.find() ? Integer.parseInt(declared.group(1)) : 0;
        byte[] body = in.readNBytes(length);
        read.write(body, 0, body.length);
        break;
      }
      if (length == 0 && text.endsWith("\r\n0\r\n\r\n")) {
        break;
      }
    }
    return read.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aStartThatCannotListenLeavesNoThreadBehind() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Set<Thread> before = Thread.getAllStackTraces().keySet();
      TestHooks hooks = new TestHooks();
      // A resource of its own: Jersey starts with the server, before the port is found taken.
      ResourceConfig config = new ResourceConfig()
          .register(WcsHooksFeature.builder().dispatcher(hooks).build())
          .register(hooks)
          .register(Own.class);

      assertThrows(UncheckedIOException.class, () -> WcsHookServer.start(config,
          TestServer.settings("/", TestServer.FAST_PATH).withPort(taken.getLocalPort())));

      assertEquals(List.of(), threadsLeft(before), "threads of the failed start still alive");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aStartThatFailsInTheApplicationsStartupLeavesNoThreadBehindAndThePortFree(boolean error) throws Exception {
    // With an Error (a class that failed to initialise) the Jetty server stayed up: its port taken,
    // its worker threads (not daemons) keeping the JVM from exiting after main had failed.
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().dispatcher(hooks).build())
        .register(hooks)
        .register(new FailingStartup(error));

    Throwable failure = assertThrows(Throwable.class, () -> WcsHookServer.start(config,
        TestServer.settings("/", TestServer.FAST_PATH).withPort(port)));

    assertTrue(causes(failure).anyMatch(c -> c.getMessage() != null && c.getMessage().contains(FailingStartup.WHY)),
        () -> "not the startup's failure: " + failure);
    assertEquals(List.of(), threadsLeft(before), "threads of the failed start still alive");
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort());
    }
  }

  private static java.util.stream.Stream<Throwable> causes(Throwable failure) {
    return java.util.stream.Stream.iterate(failure, java.util.Objects::nonNull, Throwable::getCause);
  }

  /** An application component whose start fails, as one whose class cannot initialise does. */
  public static final class FailingStartup implements ContainerLifecycleListener {
    static final String WHY = "the application's startup failed";
    private final boolean error;

    FailingStartup(boolean error) {
      this.error = error;
    }

    @Override
    public void onStartup(Container container) {
      if (error) {
        throw new ExceptionInInitializerError(WHY);
      }
      throw new IllegalStateException(WHY);
    }

    @Override
    public void onReload(Container container) {}

    @Override
    public void onShutdown(Container container) {}
  }

  /** A resource of the application's own. */
  @Path("own")
  public static final class Own {
    @GET
    public String get() {
      return "own";
    }
  }

  /** The threads started since {@code before} still alive (the test's HTTP client's aside). */
  private static List<String> threadsLeft(Set<Thread> before) throws InterruptedException {
    List<Thread> started = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && !t.getName().startsWith("HttpClient-"))
        .toList();
    for (Thread thread : started) {
      thread.join(2000); // Grizzly stops its own executors without waiting for their threads to end
    }
    return started.stream().filter(Thread::isAlive).map(Thread::getName).toList();
  }

  @Test
  void anApplicationStartedAgainAfterItsServerStoppedRunsItsHandlers() {
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().dispatcher(hooks).build())
        .register(hooks);
    hooks.connect = request -> HookResult.forbid("from the handler");
    for (int i = 0; i < 2; i++) {
      try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", TestServer.FAST_PATH))) {
        HttpResponse<byte[]> response = send(server.baseUri().resolve("connect"));

        assertEquals(403, response.statusCode(), "start " + (i + 1) + ": " + new String(response.body(), StandardCharsets.UTF_8));
      }
    }
  }

  private static HttpResponse<byte[]> send(URI uri) {
    try {
      return CLIENT.send(TestServer.wcsRequest(uri).POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
