package io.wcshooks.runtime.concurrency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.security.HookSignature;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.KeepAliveConnection;
import io.wcshooks.runtime.testing.KeepAliveConnection.Answer;
import io.wcshooks.runtime.testing.TestHooks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 64 clients at once, each on its own HTTP/1.1 keep-alive connection as WCS keeps them, sending
 * {@value #REQUESTS_PER_CLIENT} hook calls one after the other: every answer is the exact one for
 * its own request (bodies and refusal reasons are unique per request, so an answer crossed between
 * connections or threads shows), no connection is closed, nothing fails, within
 * {@value #DEADLINE_SECONDS} s.
 *
 * <p>The mix: raw echoes, a handler that reads, a handler that renames (a rewritten echo), a
 * handler that forbids every fifth call with the request's id as reason, bodies from 400 bytes to
 * 22 KB. Once on an open server, once on one that checks signatures (every seventh call wrongly
 * signed).
 */
class ConcurrentClientsTest {
  private static final int CLIENTS = 64;
  private static final int REQUESTS_PER_CLIENT = 50;
  private static final int DEADLINE_SECONDS = 60;
  private static final String SECRET = "concurrency-secret";
  private static final String[] HOOKS = {"connect", "StreamStatusEvent", "publishStream", "ConnectionStatusEvent"};

  @Test
  void sixtyFourKeepAliveClients() throws Exception {
    try (ConfiguredTestServer wcs = ConfiguredTestServer.start()) {
      run(wcs, null);
    }
  }

  @Test
  void sixtyFourKeepAliveClientsOfASignedServer() throws Exception {
    try (ConfiguredTestServer wcs = ConfiguredTestServer.start(HookSecurity.builder().signatureSecret(SECRET).build())) {
      run(wcs, new HookSignature(SECRET));
    }
  }

  private static void run(ConfiguredTestServer wcs, HookSignature signature) throws Exception {
    install(wcs.hooks);
    List<KeepAliveConnection> connections = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int i = 0; i < CLIENTS; i++) {
        connections.add(new KeepAliveConnection(wcs.server.baseUri(), Duration.ofSeconds(20)));
      }
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger answered = new AtomicInteger();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int client = i;
        KeepAliveConnection connection = connections.get(i);
        done.add(clients.submit(() -> {
          go.await();
          for (int j = 0; j < REQUESTS_PER_CLIENT && errors.isEmpty(); j++) {
            try {
              call(connection, client, j, signature);
              answered.incrementAndGet();
            } catch (Throwable e) {
              errors.add("client " + client + ", request " + j + ": " + e);
            }
          }
          return null;
        }));
      }
      long start = System.nanoTime();
      go.countDown();
      for (Future<?> future : done) {
        long left = TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS) - (System.nanoTime() - start);
        future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("ConcurrentClientsTest%s: %d requests on %d keep-alive connections in %d ms%n",
          signature == null ? "" : " (signed)", answered.get(), CLIENTS, millis);

      assertTrue(errors.isEmpty(), () -> errors.size() + " errors, e.g. " + errors.peek());
      assertEquals(CLIENTS * REQUESTS_PER_CLIENT, answered.get());
      for (KeepAliveConnection connection : connections) {
        assertEquals(REQUESTS_PER_CLIENT, connection.requests(), "every request of a client on its one connection");
      }
    } finally {
      clients.shutdownNow();
      for (KeepAliveConnection connection : connections) {
        connection.close();
      }
      wcs.hooks.reset();
    }
  }

  private static void install(TestHooks hooks) {
    hooks.connect = request -> {
      var deny = request.get("deny");
      if (deny != null && deny.asBoolean()) {
        return HookResult.forbid("denied " + request.sipLogin());
      }
      request.hasVideo();
      return HookResult.echo();
    };
    hooks.streamStatusEvent = request -> {
      request.name();
      request.status();
      if (request.name().hashCode() % 10 == 0) {
        Thread.sleep(1);
      }
    };
    hooks.publishStream = request -> request.name(request.name() + "-renamed");
  }

  /** One call and the checks of its answer. */
  private static void call(KeepAliveConnection connection, int client, int j, HookSignature signature) throws Exception {
    String hook = HOOKS[(client + j) % HOOKS.length];
    String id = "c" + client + "-r" + j;
    boolean deny = hook.equals("connect") && j % 5 == 0;
    String name = "поток-" + id;
    String sdp = j % 9 == 0 ? "v=0\\r\\n" + "a=candidate:1 1 udp 2122260223 10.0.0.1 5000 typ host\\r\\n".repeat(j % 2 == 0 ? 40 : 400) : "v=0";
    String text = "{\"nodeId\":\"node@10.0.0.1\",\"appKey\":\"defaultApp\",\"sessionId\":\"" + id + "\","
        + "\"sipLogin\":\"" + id + "\",\"name\":\"" + name + "\",\"status\":\"PUBLISHING\",\"published\":true,"
        + "\"hasAudio\":\"true\",\"hasVideo\":true,\"bitrate\":1.10,\"createDate\":1700000000000,\"big\":123456789012345678901234567890,"
        + (deny ? "\"deny\":true," : "") + "\"emoji\":\"😀\",\"sdp\":\"" + sdp + "\",\"record\":null}";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    boolean wronglySigned = signature != null && j % 7 == 3;

    Answer answer;
    if (signature == null) {
      answer = connection.post(hook, body);
    } else {
      byte[] signed = wronglySigned ? (text + " ").getBytes(StandardCharsets.UTF_8) : body;
      answer = connection.post(hook, body, "Authorization", signature.authorization(signed));
    }

    assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
    if (wronglySigned) {
      assertEquals(403, answer.status());
      assertArrayEquals(utf8("{\"status\":403,\"reason\":\"Wrong hook signature\"}"), answer.body());
    } else if (deny) {
      assertEquals(403, answer.status());
      assertArrayEquals(utf8("{\"status\":403,\"reason\":\"denied " + id + "\"}"), answer.body());
    } else if (hook.equals("publishStream")) {
      assertEquals(200, answer.status());
      // A rewritten echo is the same JSON, to the digit and key order; escapes may be written
      // differently (an emoji as an escaped surrogate pair), so compare trees exactly.
      ExactJson.assertExactlyEqual(
          ExactJson.parse(utf8(text.replace("\"name\":\"" + name + "\"", "\"name\":\"" + name + "-renamed\""))),
          ExactJson.parse(answer.body()));
    } else {
      if (answer.status() != 200) {
        fail(answer.status() + " " + new String(answer.body(), StandardCharsets.UTF_8));
      }
      assertArrayEquals(body, answer.body());
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
