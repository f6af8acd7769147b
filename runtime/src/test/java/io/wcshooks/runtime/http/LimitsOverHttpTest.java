package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.ChunkedBody.dechunked;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.fastpath.HookExchange;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.SentRequest;
import io.wcshooks.runtime.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * A declared length over the limit is refused from the head, before any of the body is read: the
   * client gets its 413 without sending more. Through Jersey the body was read first (up to the
   * limit, or up to the drain limit on Jetty), so a client that waits for an answer got none, and
   * one that then half-closed got a 400. Both paths here, open and with Basic authentication, as
   * the build runs Grizzly on the fast path only.
   */
  @ParameterizedTest(name = "fast path: {0}, Basic: {1}, Content-Length: {2}, half-close: {3}")
  @MethodSource("declaredLengthsOverTheLimit")
  void aDeclaredLengthOverTheLimitIs413BeforeTheBodyIsRead(boolean fastPath, boolean basic, long declared,
      boolean halfClose) throws Exception {
    TestHooks hooks = new TestHooks();
    AtomicInteger handled = hooks.countingConnect();
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().limits(new JsonLimits(MAX_BODY, MAX_DEPTH, MAX_STRING, MAX_NUMBER))
        .dispatcher(hooks).build());
    config.register(hooks);
    String authorization = "";
    if (basic) {
      config.register(HookSecurity.builder().basicAuth("wcs", "secret").build());
      authorization = "Authorization: Basic " + Base64.getEncoder().encodeToString(
          "wcs:secret".getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }
    String request = head(declared).replace("\r\n\r\n", "\r\n" + authorization + "\r\n") + "{\"sessionId\":";
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", fastPath))) {
      String answer = firstAnswer(server.port(), request, halfClose);

      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
      assertTrue(answer.endsWith("\r\n\r\n{\"status\":413,\"reason\":\"the body is larger than the limit of " + MAX_BODY
          + " bytes\"}"), answer);
      assertEquals(0, handled.get());
    }
  }

  static List<Arguments> declaredLengthsOverTheLimit() {
    List<Arguments> cases = new ArrayList<>();
    for (boolean fastPath : new boolean[] {true, false}) {
      for (boolean basic : new boolean[] {false, true}) {
        // Under the drain limit, over it, and over an int.
        for (long declared : new long[] {100_000, HookExchange.DRAIN_LIMIT + 1, 3_000_000_000L}) {
          cases.add(Arguments.of(fastPath, basic, declared, false));
        }
      }
      cases.add(Arguments.of(fastPath, false, 100_000L, true));
    }
    return cases;
  }

  /**
   * After a 413 from the head, a client that then sends the body it announced, as WCS's does, can
   * send its next call on the same connection: the body is read and dropped after the answer. On
   * Jetty through Jersey the connection closed, Jersey having closed the unread body's stream.
   */
  @ParameterizedTest(name = "fast path: {0}")
  @ValueSource(booleans = {true, false})
  void aClientThatSendsTheBodyAfterA413FromTheHeadKeepsItsConnection(boolean fastPath) throws Exception {
    ResourceConfig config = new ResourceConfig();
    TestHooks hooks = new TestHooks();
    config.register(WcsHooksFeature.builder().limits(new JsonLimits(MAX_BODY, MAX_DEPTH, MAX_STRING, MAX_NUMBER))
        .dispatcher(hooks).build());
    config.register(hooks);
    byte[] tooLarge = padded(4 * MAX_BODY);
    String body = "{\"sessionId\":\"s1\"}";
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", fastPath));
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(3000);
      OutputStream out = socket.getOutputStream();
      out.write(head(tooLarge.length).getBytes(StandardCharsets.UTF_8));
      out.write(tooLarge, 0, 10);
      out.flush();
      String refused = readAnswer(socket.getInputStream());
      assertTrue(refused.startsWith("HTTP/1.1 413 "), refused);
      if (TestServer.CONTAINER == ServerContainer.GRIZZLY) {
        // Grizzly closes the connection after every 413, whatever was read, and says so.
        assertTrue(refused.toLowerCase(Locale.ROOT).contains("\r\nconnection: close\r\n"), refused);
        return;
      }
      assertFalse(refused.toLowerCase(Locale.ROOT).contains("connection: close"), refused);

      out.write(tooLarge, 10, tooLarge.length - 10);
      out.write((head(body.length()) + body).getBytes(StandardCharsets.UTF_8));
      out.flush();
      String next = readAnswer(socket.getInputStream());
      assertTrue(next.startsWith("HTTP/1.1 200 "), next);
      assertTrue(next.endsWith("\r\n\r\n" + body), next);
    }
  }

  private static String head(long contentLength) {
    return "POST /connect HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Accept: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\nContent-Length: *(\\d+)");

  /**
   * Writes the request (its body far from finished), with {@code halfClose} then stops sending, and
   * reads one answer.
   */
  private static String firstAnswer(int port, String request, boolean halfClose) throws IOException,
      InterruptedException {
    try (Socket socket = SentRequest.send(port, request, halfClose)) {
      return readAnswer(socket.getInputStream());
    }
  }

  /**
   * One answer, its head and its body (chunks decoded, for Jersey's answers); fails if none came
   * within the socket's read timeout.
   */
  private static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try {
      for (int b; (b = in.read()) != -1; ) {
        read.write(b);
        String text = read.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
          continue;
        }
        Matcher length = CONTENT_LENGTH.matcher(text.substring(0, end + 2));
        if (length.find() && read.size() == end + 4 + Integer.parseInt(length.group(1))) {
          break;
        }
        if (CHUNKED.matcher(text.substring(0, end + 2)).find() && text.endsWith("\r\n0\r\n\r\n")) {
          return text.substring(0, end + 4) + dechunked(text.substring(end + 4));
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer in time: " + read.toString(StandardCharsets.UTF_8), e);
    }
    return read.toString(StandardCharsets.UTF_8);
  }

  private static final Pattern CHUNKED = Pattern.compile("(?i)\r\nTransfer-Encoding: *chunked\r\n");

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
