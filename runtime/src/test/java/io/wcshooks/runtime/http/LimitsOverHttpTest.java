package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.fastpath.HookExchange;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Configured {@link JsonLimits} are enforced over HTTP: 413 for size, 400 for the rest. */
class LimitsOverHttpTest {
  private static final int MAX_BODY = 1000;
  private static final int MAX_DEPTH = 5;
  private static final int MAX_STRING = 100;
  private static final int MAX_NUMBER = 30;
  private static TestServer wcs;

  @BeforeAll
  static void start() {
    wcs = TestServer.start(new JsonLimits(MAX_BODY, MAX_DEPTH, MAX_STRING, MAX_NUMBER), "/");
  }

  @AfterAll
  static void stop() {
    wcs.close();
  }

  @Test
  void aBodyAtTheLimitIsEchoed() {
    byte[] body = padded(MAX_BODY);

    HttpResponse<byte[]> response = wcs.call("connect", body);

    assertEquals(200, response.statusCode());
    assertArrayEquals(body, response.body());
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String reason = assertJsonError(wcs.call("connect", padded(MAX_BODY + 1)), 413);

    assertTrue(reason.contains(String.valueOf(MAX_BODY)), reason);
  }

  @Test
  void aBodyFarOverTheLimitIs413() {
    assertJsonError(wcs.call("ConnectionStatusEvent", padded(64 * MAX_BODY)), 413);
  }

  /** Chunked, so the size shows only while reading: 413, and the client's next call goes through. */
  @Test
  void aChunkedBodyOverTheLimitIs413AndTheNextCallGoesThrough() {
    byte[] body = padded(64 * MAX_BODY);
    HttpResponse<byte[]> refused = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    assertJsonError(refused, 413);
    assertEquals(200, wcs.call("connect", padded(MAX_BODY)).statusCode());
  }

  /**
   * A body limit raised above {@link HookExchange#DRAIN_LIMIT} (the most read only to be dropped)
   * is the one applied, chunked or not: through Jersey on Jetty, a chunked body was refused with
   * 413 at the drain limit, whatever the configured one.
   */
  @Test
  void aLimitAboveTheDrainLimitIsTheOneApplied() {
    int limit = (int) HookExchange.DRAIN_LIMIT + (1 << 20);
    try (TestServer large = TestServer.start(new JsonLimits(limit, MAX_DEPTH, MAX_STRING, MAX_NUMBER), "/")) {
      byte[] body = padded((int) HookExchange.DRAIN_LIMIT + 1024);
      HttpResponse<byte[]> chunked = large.send(TestServer.wcsRequest(large.uri("connect"))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
      assertEquals(200, chunked.statusCode());
      assertArrayEquals(body, chunked.body());
      HttpResponse<byte[]> declared = large.call("connect", body);
      assertEquals(200, declared.statusCode());
      assertArrayEquals(body, declared.body());

      // Chunked: a declared length past the drain limit is refused unread, and the connection
      // closed on a client still sending, which may lose the answer (see HookExchange.DRAIN_LIMIT).
      byte[] over = padded(limit + 1);
      String reason = assertJsonError(large.send(TestServer.wcsRequest(large.uri("connect"))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over)))), 413);
      assertTrue(reason.contains(String.valueOf(limit)), reason);
    }
  }

  @Test
  void nestingAtTheLimitIsEchoed() {
    // The body object is one level, so MAX_DEPTH - 1 more.
    String body = "{\"custom\":" + "[".repeat(MAX_DEPTH - 1) + "]".repeat(MAX_DEPTH - 1) + "}";

    assertEquals(200, wcs.call("connect", body).statusCode());
  }

  @Test
  void nestingOverTheLimitIs400() {
    String body = "{\"custom\":" + "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH) + "}";

    assertJsonError(wcs.call("connect", body), 400);
  }

  @Test
  void aStringOverTheLimitIs400() {
    assertJsonError(wcs.call("connect", "{\"sdp\":\"" + "v".repeat(MAX_STRING + 1) + "\"}"), 400);
  }

  @Test
  void aNumberOverTheLimitIs400() {
    assertJsonError(wcs.call("connect", "{\"bitrate\":" + "9".repeat(MAX_NUMBER + 1) + "}"), 400);
  }

  /** An object body of exactly {@code size} bytes, padded with whitespace. */
  private static byte[] padded(int size) {
    String head = "{\"pad\":0";
    byte[] bytes = (head + " ".repeat(size - head.length() - 1) + "}").getBytes(StandardCharsets.UTF_8);
    assertEquals(size, bytes.length);
    return bytes;
  }
}
