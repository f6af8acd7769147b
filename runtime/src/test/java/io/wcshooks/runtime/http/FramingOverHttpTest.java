package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.security.HookSignature;
import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests whose body framing is ambiguous or broken, or that the container cannot parse at all,
 * written byte by byte on a raw socket (an HTTP client would not send them): each is refused with
 * a JSON error, never answered as a hook call, on every container and path.
 */
class FramingOverHttpTest {
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  private static final String BODY = "{\"sessionId\":\"s1\",\"a\":1}";

  /** One answer read off the socket: status, header lines (lower-case names) and body. */
  record Answer(int status, List<String> headers, String body) {
    boolean closes() {
      return headers.contains("connection: close");
    }
  }

  private static String head(String path, String... headers) {
    StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nAccept: application/json\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  private static String chunked(String body) {
    return Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
  }

  /** Writes the bytes, then reads every answer until the server closes the connection (or goes quiet). */
  private static List<Answer> exchange(String request) throws IOException, InterruptedException {
    return exchange(wcs.server.port(), request, false);
  }

  /** As {@link #exchange(String)}; with {@code stop}, the client then stops sending (a half-close). */
  private static List<Answer> exchange(int port, String request, boolean stop) throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(3000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      if (stop) {
        // Once the server waits for the rest of the body (else it may see the end before the request).
        Thread.sleep(300);
        socket.shutdownOutput();
      }
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      try {
        in.transferTo(read);
      } catch (SocketTimeoutException e) {
        // The connection stayed open: what came so far is the answer.
      } catch (java.net.SocketException e) {
        // Reset by the server after the client stopped: what came so far is the answer.
      }
      return parse(read.toString(StandardCharsets.UTF_8));
    }
  }

  private static List<Answer> parse(String text) {
    List<Answer> answers = new ArrayList<>();
    while (!text.isEmpty()) {
      int end = text.indexOf("\r\n\r\n");
      String incomplete = text;
      assertTrue(end > 0, () -> "an incomplete answer: " + incomplete);
      String[] lines = text.substring(0, end).split("\r\n");
      List<String> headers = new ArrayList<>();
      int length = -1;
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].toLowerCase(Locale.ROOT).replace(": ", ":").replace(":", ": ");
        headers.add(line);
        if (line.startsWith("content-length: ")) {
          length = Integer.parseInt(line.substring("content-length: ".length()).strip());
        }
      }
      String rest = text.substring(end + 4);
      if (headers.contains("transfer-encoding: chunked")) {
        StringBuilder body = new StringBuilder();
        for (int size; (size = Integer.parseInt(rest.substring(0, rest.indexOf("\r\n")), 16)) > 0; ) {
          int start = rest.indexOf("\r\n") + 2;
          body.append(rest, start, start + size);
          rest = rest.substring(start + size + 2);
        }
        answers.add(new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body.toString()));
        text = rest.substring(rest.indexOf("\r\n\r\n") + 4);
        continue;
      }
      // Neither length nor chunks: the body ends with the connection.
      int bodyLength = length < 0 ? rest.length() : length;
      answers.add(new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, rest.substring(0, bodyLength)));
      text = rest.substring(bodyLength);
    }
    return answers;
  }

  private static void assertRefused(List<Answer> answers, int status) {
    assertEquals(1, answers.size(), () -> "one answer, then the connection closed: " + answers);
    Answer answer = answers.get(0);
    assertEquals(status, answer.status(), answer::toString);
    assertTrue(answer.headers().contains("content-type: application/json"), answer::toString);
    JsonNode body = ExactJson.parse(answer.body().getBytes(StandardCharsets.UTF_8));
    assertEquals(status, body.get("status").intValue(), answer::toString);
    assertTrue(Set.of("status", "reason").containsAll(ExactJson.keys(body)), answer::toString);
    assertFalse(answer.body().contains("sessionId"), () -> "not an echo: " + answer);
  }

  @Test
  void aChunkedBodyIsEchoed() throws Exception {
    // The framing that is fine: chunks decode to the body.
    String request = head("/connect", "Transfer-Encoding: chunked", "Connection: close")
        + "5\r\n" + BODY.substring(0, 5) + "\r\n"
        + Integer.toHexString(BODY.length() - 5) + "\r\n" + BODY.substring(5) + "\r\n0\r\n\r\n";
    List<Answer> answers = exchange(request);
    assertEquals(1, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertEquals(BODY, answers.get(0).body());
  }

  /** A call that must never be answered: it hides in the body of another. */
  private static final String SMUGGLED = "POST /ConnectionStatusEvent HTTP/1.1\r\nHost: x\r\n"
      + "Content-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"smuggled\":true}";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Content-Length: 4|Transfer-Encoding: chunked", "Transfer-Encoding: chunked|Content-Length: 4"})
  void aCallHiddenBehindContentLengthAndTransferEncodingIsNeverAnswered(String headers) throws Exception {
    // Request smuggling: a proxy in front that frames by the length sees other requests than this server.
    List<Answer> answers = exchange(head("/connect", headers.split("\\|")) + chunked(BODY) + SMUGGLED);
    assertEquals(1, answers.size(), () -> "one answer, then the connection closed: " + answers);
    assertTrue(answers.get(0).closes(), answers::toString);
    assertFalse(answers.get(0).body().contains("smuggled"), answers::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Transfer-Encoding: chunked|Content-Length: 4", "Transfer-Encoding: identity|Content-Length: 24"})
  void contentLengthAndTransferEncodingTogetherAre400(String headers) throws Exception {
    // Where the container sees both (Grizzly's codec drops a Content-Length that comes before a Transfer-Encoding).
    String body = headers.contains("chunked") ? chunked(BODY) + SMUGGLED : BODY;
    assertRefused(exchange(head("/connect", headers.split("\\|")) + body), 400);
  }

  @ParameterizedTest(name = "Transfer-Encoding: {0}")
  @ValueSource(strings = {"gzip, chunked", "deflate,chunked"})
  void aTransferCodingOtherThanChunkedIs400(String codings) throws Exception {
    // Decoded by neither container: Jetty took the still gzipped chunks for the JSON body, Grizzly for the next request.
    assertRefused(exchange(head("/connect", "Transfer-Encoding: " + codings) + chunked(BODY)), 400);
  }

  /**
   * Requests the container refuses before any code of ours runs: the same JSON error as every
   * other, with the status Jetty gives (Grizzly's differs where noted). Grizzly answered its own
   * 400s and 505s with an empty body, and the ones Jersey's container failed on with a 500 HTML
   * page carrying the stack trace and Grizzly's version.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unparseable")
  void aRequestTheContainerCannotParseGetsAJsonError(String what, String request, int status, int onGrizzly)
      throws Exception {
    List<Answer> answers = exchange(request);
    assertRefused(answers, TestServer.CONTAINER == ServerContainer.GRIZZLY ? onGrizzly : status);
    Answer answer = answers.get(0);
    assertFalse(answer.headers().stream().anyMatch(h -> h.startsWith("server: ")), answer::toString);
    assertFalse(answer.body().toLowerCase(Locale.ROOT).contains("grizzly") || answer.body().contains("jetty")
        || answer.body().contains("Exception"), answer::toString);
  }

  static List<Arguments> unparseable() {
    String post = "POST /connect HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    return List.of(
        Arguments.of("an HTTP version no container speaks", "POST /connect HTTP/9.9\r\nHost: x\r\n\r\n", 505, 505),
        Arguments.of("a space in the path", "POST /con nect HTTP/1.1\r\nHost: x\r\n\r\n", 400, 505),
        Arguments.of("no Host", "POST /connect HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 400, 400),
        Arguments.of("a Host with a space", "POST /connect HTTP/1.1\r\nHost: x y\r\n\r\n", 400, 400),
        Arguments.of("an invalid escape in the path", "POST /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, 400),
        Arguments.of("a Content-Length that is no number", post + "Content-Length: abc\r\n\r\n{}", 400, 400),
        Arguments.of("two Content-Lengths", post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400, 400),
        Arguments.of("a chunk size that is no number", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            400, 400),
        Arguments.of("a header too large", post + "X-Pad: " + "a".repeat(20_000) + "\r\n\r\n", 431, 400));
  }

  @ParameterizedTest(name = "fast path: {0}")
  @ValueSource(booleans = {true, false})
  void aBodyCutShortIsNeverHandledAsACall(boolean fastPath) throws Exception {
    // A client that stops mid-body: 400 where it can still read an answer, never the part that came
    // handled as the call, never a logged 500 (Grizzly through Jersey logged one). Both paths here,
    // as the build runs Grizzly on the fast path only.
    assertCutShortCallsAre400(fastPath, null, hook -> head(hook, "Content-Length: 100") + BODY);
  }

  @ParameterizedTest(name = "fast path: {0}")
  @ValueSource(booleans = {true, false})
  void aSignedBodyCutShortIs400NotARefusal(boolean fastPath) throws Exception {
    // WCS signed the whole body; the part that came is not what it signed. That is a broken call
    // (400, as unsigned), not a wrong signature: a 403 would tell WCS's client "Wrong hook
    // signature", and the security log would send the operator to check a secret that is right.
    // Grizzly through Jersey hashed the part that came and refused it so.
    String full = BODY.replace("}", ",\"pad\":\"" + "x".repeat(60) + "\"}");
    String signature = new HookSignature("secret").authorization(full.getBytes(StandardCharsets.UTF_8));
    assertCutShortCallsAre400(fastPath, HookSecurity.builder().signatureSecret("secret").build(),
        hook -> head(hook, "Content-Length: " + full.length(), "Authorization: " + signature) + full.substring(0, 20));
  }

  /**
   * Sends {@code request} (whose body stops before its Content-Length, the client half-closing) to
   * a handled and an unhandled hook: a 400 where the client can still read it (Grizzly closes such
   * a connection without an answer), the handler never called, nothing logged at WARNING or above.
   */
  private static void assertCutShortCallsAre400(boolean fastPath, HookSecurity security,
      Function<String, String> request) throws Exception {
    TestHooks hooks = new TestHooks();
    AtomicInteger handled = new AtomicInteger();
    hooks.connect = call -> {
      handled.incrementAndGet();
      return HookResult.echo();
    };
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks).build());
    config.register(hooks);
    if (security != null) {
      config.register(security);
    }
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", fastPath));
        LogCapture wcsLog = LogCapture.asConfigured("io.wcshooks");
        LogCapture grizzly = LogCapture.asConfigured("org.glassfish.grizzly")) {
      for (String hook : List.of("/connect", "/ConnectionStatusEvent")) {
        List<Answer> answers = exchange(server.port(), request.apply(hook), true);
        if (!answers.isEmpty()) {
          assertRefused(answers, 400);
        }
      }
      // The server's side ends after the client's: given time to log what it would.
      Thread.sleep(500);
      assertEquals(0, handled.get(), "the handler never sees a partial body");
      List<String> failures = new ArrayList<>();
      for (LogCapture log : List.of(wcsLog, grizzly)) {
        log.records().stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
            .forEach(r -> failures.add(r.getLoggerName() + ": " + r.getMessage()));
      }
      assertEquals(List.of(), failures);
    }
  }

  @Test
  void aBodyThatStopsComingIs400AfterTheIdleTimeout() throws Exception {
    // Jetty through Jersey answered 500 when its idle timeout ended the read of a body that stalled.
    // Only there: the wait is the idle timeout (30 s; Grizzly's blocking read waits longer).
    assumeTrue(TestServer.CONTAINER == ServerContainer.JETTY && !TestServer.FAST_PATH);
    long started = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", wcs.server.port())) {
      socket.setSoTimeout((WcsHookServer.IDLE_TIMEOUT_SECONDS + 15) * 1000);
      socket.getOutputStream().write((head("/connect", "Content-Length: 100") + "{\"a\":").getBytes(StandardCharsets.UTF_8));
      List<Answer> answers = parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      assertRefused(answers, 400);
      assertTrue(answers.get(0).body().contains(HookCalls.INCOMPLETE_BODY), answers::toString);
    }
    assertTrue(System.nanoTime() - started >= WcsHookServer.IDLE_TIMEOUT_SECONDS * 1_000_000_000L - 1_000_000_000L,
        "answered when the idle timeout ended the wait");
  }
}
