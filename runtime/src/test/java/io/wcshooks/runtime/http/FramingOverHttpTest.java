package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.security.HookSignature;
import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.SentRequest;
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
    try (Socket socket = SentRequest.send(port, request, stop)) {
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

  /**
   * Writes the bytes and reads the answer until the server closes the connection: it fails when
   * the server stays silent, or keeps the connection open, for the read timeout.
   */
  private static List<Answer> exchangeUntilClosed(String request) throws IOException, InterruptedException {
    return exchangeUntilClosed(request, Integer.MAX_VALUE);
  }

  /**
   * As {@link #exchangeUntilClosed(String)}, but the request's bytes from {@code from} on are
   * written one at a time, each a few milliseconds after the last: the server reads them in pieces.
   */
  private static List<Answer> exchangeUntilClosed(String request, int from) throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", wcs.server.port())) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(3000);
      byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
      int whole = Math.min(from, bytes.length);
      socket.getOutputStream().write(bytes, 0, whole);
      socket.getOutputStream().flush();
      try {
        for (int i = whole; i < bytes.length; i++) {
          Thread.sleep(3);
          socket.getOutputStream().write(bytes[i]);
          socket.getOutputStream().flush();
        }
      } catch (java.net.SocketException e) {
        // The server has answered and closed before the rest came: its answer is read below.
      }
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(read);
      } catch (SocketTimeoutException e) {
        fail("neither answered and closed within 3 s: " + read.toString(StandardCharsets.UTF_8));
      } catch (java.net.SocketException e) {
        // Reset by the server, which closed with part of the request unread: what came is the answer.
      }
      return parse(read.toString(StandardCharsets.UTF_8));
    }
  }

  /** Writes the pieces one by one, a while apart, then reads as {@link #exchange(String)}. */
  private static List<Answer> exchangeInPieces(String... pieces) throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", wcs.server.port())) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(3000);
      for (String piece : pieces) {
        socket.getOutputStream().write(piece.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        // For the server to read each piece on its own.
        Thread.sleep(100);
      }
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(read);
      } catch (SocketTimeoutException e) {
        // The connection stayed open: what came so far is the answer.
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
   * other, at once, the connection closed after it, with the status each container gives. Grizzly
   * answered its own 400s and 505s with an empty body, and the ones Jersey's container failed on
   * with a 500 HTML page carrying the stack trace and Grizzly's version; requests its codec could
   * not parse (no space in the request line, a header line without a colon) it did not answer at
   * all until the idle timeout, and others (a folded header, a control character, a Host with a
   * port that is no number) it took as calls. Each but the first two carries a hook call's body,
   * answered with an echo where the request is taken.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unparseable")
  void aRequestTheContainerCannotParseGetsAJsonError(String what, String request, int status, int onGrizzly)
      throws Exception {
    List<Answer> answers = exchangeUntilClosed(request);
    assertRefused(answers, TestServer.CONTAINER == ServerContainer.GRIZZLY ? onGrizzly : status);
    Answer answer = answers.get(0);
    assertTrue(answer.closes(), answer::toString);
    assertFalse(answer.headers().stream().anyMatch(h -> h.startsWith("server: ")), answer::toString);
    assertFalse(answer.body().toLowerCase(Locale.ROOT).contains("grizzly") || answer.body().contains("jetty")
        || answer.body().contains("Exception"), answer::toString);
  }

  static List<Arguments> unparseable() {
    String post = "POST /connect HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    // A hook call's head without its Host, and its end: a body an accepted request gets echoed.
    String hostless = "POST /connect HTTP/1.1\r\nContent-Type: application/json\r\n";
    String call = "Content-Length: 2\r\n\r\n{}";
    return List.of(
        Arguments.of("an HTTP version no container speaks", "POST /connect HTTP/9.9\r\nHost: x\r\n\r\n", 505, 505),
        Arguments.of("a space in the path", "POST /con nect HTTP/1.1\r\nHost: x\r\n\r\n", 400, 400),
        Arguments.of("no Host", "POST /connect HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 400, 400),
        Arguments.of("a Host with a space", "POST /connect HTTP/1.1\r\nHost: x y\r\n\r\n", 400, 400),
        Arguments.of("an invalid escape in the path", "POST /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, 400),
        Arguments.of("a Content-Length that is no number", post + "Content-Length: abc\r\n\r\n{}", 400, 400),
        Arguments.of("two Content-Lengths", post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400, 400),
        Arguments.of("a chunk size that is no number", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            400, 400),
        Arguments.of("a header too large", post + "X-Pad: " + "a".repeat(20_000) + "\r\n\r\n", 431, 431),
        Arguments.of("no request line", "GARBAGE\r\n\r\n", 400, 400),
        Arguments.of("a request line that is not ended", "GARBAGE\r\n", 400, 400),
        Arguments.of("a header line without a colon", post + "Content-Length: 2\r\nNoColon\r\n\r\n{}", 400, 400),
        Arguments.of("a control character first", "\u0001" + post + call, 400, 400),
        Arguments.of("a tab in the request line", post.replace("POST /connect ", "POST\t/connect\t") + call, 400, 400),
        Arguments.of("a space after the version", post.replace("HTTP/1.1", "HTTP/1.1 ") + call, 400, 400),
        Arguments.of("a Host port that is no number", hostless + "Host: x:abc\r\n" + call, 400, 400),
        Arguments.of("a Host port too large", hostless + "Host: x:99999\r\n" + call, 400, 400),
        Arguments.of("a Host with an @", hostless + "Host: user@x\r\n" + call, 400, 400),
        Arguments.of("an empty Host", hostless + "Host:\r\n" + call, 400, 400),
        Arguments.of("two Hosts", post + "Host: x\r\n" + call, 400, 400),
        Arguments.of("a folded Host", hostless + "Host: x\r\n y\r\n" + call, 400, 400),
        Arguments.of("a folded header", post + "X-A: a\r\n b\r\n" + call, 400, 400),
        Arguments.of("a space before a colon", post + "X-A : a\r\n" + call, 400, 400),
        Arguments.of("a control character in a header value", post + "X-A: a\u0001b\r\n" + call, 400, 400),
        Arguments.of("a CR alone in a header value", post + "X-A: a\rb\r\n" + call, 400, 400));
  }

  /**
   * With a base path, Grizzly's mapping of its handlers decodes the path before Jersey sees it, and
   * answered one it could not decode with an empty 500 (without a base path, Jersey's 400).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/hooks/con%2Fnect", "/hooks/a\\b", "/hooks/%00", "/hooks/%c3%28", "/hooks/../../connect",
      "/hooks/%2e%2e/%2e%2e/connect", "/hooks/%zz"})
  void aPathThatCannotBeDecodedUnderABasePathIsAJson400(String path) throws Exception {
    try (TestServer based = TestServer.start(JsonLimits.DEFAULTS, "/hooks")) {
      AtomicInteger handled = based.hooks.countingConnect();
      List<Answer> answers = exchange(based.server.port(), head(path, "Content-Length: 2") + "{}", false);
      assertRefused(answers, 400);
      assertTrue(answers.get(0).closes(), answers.get(0)::toString);
      assertEquals(0, handled.get(), "handled");
    }
  }

  /** The spellings of a request both containers take: each is a hook call, echoed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormed")
  void aRequestInASpellingBothContainersTakeIsACall(String what, String request) throws Exception {
    List<Answer> answers = exchangeUntilClosed(request);
    assertEquals(1, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertEquals(BODY, answers.get(0).body());
  }

  static List<Arguments> wellFormed() {
    String line = "POST /connect HTTP/1.1\r\n";
    String host = "Host: localhost\r\n";
    String call = "Content-Type: application/json\r\nContent-Length: " + BODY.length() + "\r\nConnection: close\r\n\r\n"
        + BODY;
    return List.of(
        Arguments.of("lines ended by LF alone", (line + host + call).replace("\r\n", "\n")),
        Arguments.of("runs of spaces in the request line", "POST  /connect   HTTP/1.1\r\n" + host + call),
        Arguments.of("tabs, spaces and bytes above ASCII in header values",
            line + host + "X-A: \ta  b\t\r\nX-B: caf\u00e9\r\n" + call),
        Arguments.of("an empty header value", line + host + "X-A:\r\n" + call),
        Arguments.of("every token character in a header name", line + host + "X-a.b_c~!#$%&'*+^`|: 1\r\n" + call),
        Arguments.of("an IPv6 Host with a port", line + "Host: [::1]:8080\r\n" + call),
        Arguments.of("an IPv4 Host", line + "Host: 127.0.0.1\r\n" + call),
        Arguments.of("a Host with spaces around it", line + "Host:   localhost  \r\n" + call),
        Arguments.of("a target in absolute form", "POST http://localhost:80/connect HTTP/1.1\r\nHost: localhost:80\r\n" + call),
        Arguments.of("HTTP/1.0 without a Host", "POST /connect HTTP/1.0\r\n" + call));
  }

  @Test
  void aRequestHeadInPiecesIsReadAsOne() throws Exception {
    // Grizzly's head is checked again as each piece comes, from where the head starts in what the
    // connection has read: at its start, and past the first request for the second.
    String first = head("/connect", "Content-Length: " + BODY.length()) + BODY;
    String second = head("/connect", "Content-Length: " + BODY.length(), "Connection: close") + BODY;
    int crlf = first.indexOf("\r\n");
    List<Answer> answers = exchangeInPieces(first.substring(0, 2), first.substring(2, 8), first.substring(8, crlf + 1),
        first.substring(crlf + 1, crlf + 9), first.substring(crlf + 9) + second.substring(0, 30), second.substring(30, 31),
        second.substring(31));
    assertEquals(2, answers.size(), answers::toString);
    for (Answer answer : answers) {
      assertEquals(200, answer.status(), answers::toString);
      assertEquals(BODY, answer.body());
    }
  }

  @Test
  void aMalformedLineInALaterPieceOfTheHeadIs400() throws Exception {
    String head = head("/connect", "X-A: a", " b", "Content-Length: " + BODY.length()) + BODY;
    int fold = head.indexOf(" b");
    assertRefused(exchangeInPieces(head.substring(0, fold), head.substring(fold)), 400);
    assertRefused(exchangeInPieces("GARB", "AGE\r", "\n"), 400);
  }

  @Test
  void aRequestSentAByteAtATimeIsACall() throws Exception {
    // Grizzly's head is checked as it comes, each byte once (it was checked from its start for each).
    List<Answer> answers = exchangeUntilClosed(head("/connect", "Content-Length: " + BODY.length(), "Connection: close")
        + BODY, 0);
    assertEquals(1, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertEquals(BODY, answers.get(0).body());
  }

  @Test
  void aMalformedHeadSentAByteAtATimeIs400() throws Exception {
    // The second Host comes many reads after the first.
    assertRefused(exchangeUntilClosed(head("/connect", "Host: x", "Content-Length: " + BODY.length()) + BODY, 0), 400);
  }

  @Test
  void aMalformedHeadAfterAWellFormedRequestOnTheConnectionIs400() throws Exception {
    // The check of a connection's head starts afresh with each request (no Host seen, no head complete).
    String first = head("/connect", "Content-Length: " + BODY.length()) + BODY;
    // The second once the first is answered (in the same read: the test below).
    List<Answer> answers = exchangeInPieces(first, head("/connect", "NoColon"));
    assertEquals(2, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertRefused(answers.subList(1, 2), 400);
  }

  @Test
  void aMalformedHeadInTheSameWriteAsAWellFormedRequestIs400AfterItsAnswer() throws Exception {
    // Pipelined, both in one read: Grizzly answered the first and closed the connection without
    // the second's 400 (refused before the codec parsed its request line, the answer had no method
    // and Grizzly failed on it), where Jetty answers both.
    String first = head("/connect", "Content-Length: " + BODY.length()) + BODY;
    List<Answer> answers = exchangeUntilClosed(first + head("/connect", "NoColon"));
    assertEquals(2, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertEquals(BODY, answers.get(0).body());
    assertRefused(answers.subList(1, 2), 400);
    assertTrue(answers.get(1).closes(), answers::toString);
  }

  @Test
  void aBrokenChunkIs400WithoutAWarning() throws Exception {
    // Anyone could fill the log: Grizzly logged a WARNING with a stack trace for each.
    try (LogCapture grizzly = LogCapture.asConfigured("org.glassfish.grizzly");
        LogCapture jetty = LogCapture.asConfigured("org.eclipse.jetty");
        LogCapture wcsLog = LogCapture.asConfigured("io.wcshooks")) {
      String chunked = head("/connect", "Transfer-Encoding: chunked");
      assertRefused(exchangeUntilClosed(chunked + "zz\r\n{}\r\n0\r\n\r\n"), 400);
      // And once the handler reads the body.
      assertRefused(exchangeInPieces(chunked + "1\r\n{\r\n", "zz\r\n}\r\n0\r\n\r\n"), 400);
      // The server's side ends after the client's: given time to log what it would.
      Thread.sleep(500);
      List<String> warnings = new ArrayList<>();
      for (LogCapture log : List.of(grizzly, jetty, wcsLog)) {
        log.records().stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
            .forEach(r -> warnings.add(r.getLoggerName() + ": " + r.getMessage()));
      }
      assertEquals(List.of(), warnings);
    }
  }

  /**
   * Chunked bodies both containers refuse: a JSON 400 at once, the connection closed. Grizzly
   * skipped to the next LF after a chunk's data and took an empty line for the last chunk's size:
   * it left the first waiting for the idle timeout and took the second as a call, what came after
   * the data dropped. It took spaces around a chunk size, and trailer lines without a colon or
   * folded, and waited on a CR alone in the trailer section.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedChunkedBodies")
  void aMalformedChunkedBodyIs400(String what, String body) throws Exception {
    List<Answer> answers = exchangeUntilClosed(head("/connect", "Transfer-Encoding: chunked") + body);
    assertRefused(answers, 400);
    assertTrue(answers.get(0).closes(), answers::toString);
  }

  static List<Arguments> malformedChunkedBodies() {
    String chunk = "18\r\n" + BODY;
    String last = "\r\n0\r\n\r\n";
    return List.of(
        Arguments.of("chunk data followed by other bytes, then the last chunk", chunk + "XX0\r\n\r\n"),
        Arguments.of("chunk data followed by other bytes, then CRLF", chunk + "XX" + last),
        Arguments.of("chunk data followed by a CR alone", chunk + "\r0\r\n\r\n"),
        Arguments.of("a space before a chunk size", " " + chunk + last),
        Arguments.of("a space after a chunk size", "18 \r\n" + BODY + last),
        Arguments.of("a tab after a chunk size", "18\t\r\n" + BODY + last),
        Arguments.of("a space before a chunk extension", "18 ;a\r\n" + BODY + last),
        Arguments.of("a chunk size with 0x", "0x" + chunk + last),
        Arguments.of("a chunk size too large", "fffffffffffffffffff\r\n" + BODY + last),
        Arguments.of("a CR alone after a chunk size", "18\r" + BODY + last),
        Arguments.of("a control character in a chunk extension", "18;a\u0001\r\n" + BODY + last),
        Arguments.of("a trailer line without a colon", chunk + "\r\n0\r\nNoColon\r\n\r\n"),
        Arguments.of("a folded trailer line", chunk + "\r\n0\r\nX-A: a\r\n b\r\n\r\n"),
        Arguments.of("a CR alone in the trailer section", chunk + "\r\n0\r\n\rX"),
        Arguments.of("trailer fields too large", chunk + "\r\n0\r\nX-A: " + "a".repeat(9000) + "\r\n\r\n"));
  }

  /** Chunked bodies both containers take: each decodes to the body, echoed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormedChunkedBodies")
  void aChunkedBodyInASpellingBothContainersTakeIsEchoed(String what, String body) throws Exception {
    List<Answer> answers = exchangeUntilClosed(head("/connect", "Transfer-Encoding: chunked", "Connection: close") + body);
    assertEquals(1, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertEquals(BODY, answers.get(0).body());
  }

  static List<Arguments> wellFormedChunkedBodies() {
    String chunk = "18\r\n" + BODY;
    return List.of(
        // Grizzly refused extensions.
        Arguments.of("chunk extensions", "18;a=b\r\n" + BODY + "\r\n0;c\r\n\r\n"),
        Arguments.of("a chunk extension with a quoted value", "18;a=\"b; c\"\r\n" + BODY + "\r\n0\r\n\r\n"),
        Arguments.of("lines ended by LF alone", "18\n" + BODY + "\n0\n\n"),
        Arguments.of("chunk sizes with leading zeros", "0018\r\n" + BODY + "\r\n000\r\n\r\n"),
        Arguments.of("chunk sizes in upper case", "A\r\n" + BODY.substring(0, 10) + "\r\nE\r\n" + BODY.substring(10)
            + "\r\n0\r\n\r\n"),
        Arguments.of("trailer fields", chunk + "\r\n0\r\nX-A: 1\r\nX-B:\t2 \r\n\r\n"),
        Arguments.of("trailer fields ended by LF alone", chunk + "\r\n0\r\nX-A: 1\n\n"));
  }

  @Test
  void aChunkedBodySentAByteAtATimeIsEchoed() throws Exception {
    // Each chunk line, each chunk's data and the trailer section split at every byte.
    String head = head("/connect", "Transfer-Encoding: chunked", "Connection: close");
    String body = "a;x=y\r\n" + BODY.substring(0, 10) + "\r\nE\r\n" + BODY.substring(10) + "\r\n0\r\nX-A: 1\r\n\r\n";
    List<Answer> answers = exchangeUntilClosed(head + body, head.length());
    assertEquals(1, answers.size(), answers::toString);
    assertEquals(200, answers.get(0).status(), answers::toString);
    assertEquals(BODY, answers.get(0).body());
  }

  @ParameterizedTest(name = "fast path: {0}")
  @ValueSource(booleans = {true, false})
  void aChunkBrokenOnceTheHandlerReadsIs400(boolean fastPath) throws Exception {
    // The handler has the first chunk when the second breaks: one answer, a 400, never a call, and
    // nothing logged. Both paths here, as the build runs Grizzly on the fast path only.
    assertNeverHandledNorLogged(fastPath, null, port -> {
      String request = head("/connect", "Transfer-Encoding: chunked") + "a\r\n" + BODY.substring(0, 10) + "XX\r\n";
      List<Answer> answers = exchange(port, request, false);
      assertRefused(answers, 400);
      assertTrue(answers.get(0).closes(), answers::toString);
    });
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
    assertNeverHandledNorLogged(fastPath, security, port -> {
      for (String hook : List.of("/connect", "/ConnectionStatusEvent")) {
        List<Answer> answers = exchange(port, request.apply(hook), true);
        if (!answers.isEmpty()) {
          assertRefused(answers, 400);
        }
      }
    });
  }

  /** What a test sends to the server on {@code port}, and checks of the answers. */
  private interface Exchange {
    void run(int port) throws Exception;
  }

  /**
   * Runs {@code exchange} against an application whose {@code connect} has a handler (with
   * {@code security} when not null), then checks that the handler was never called and that
   * nothing (ours, Grizzly or Jetty) logged at WARNING or above.
   */
  private static void assertNeverHandledNorLogged(boolean fastPath, HookSecurity security, Exchange exchange)
      throws Exception {
    TestHooks hooks = new TestHooks();
    AtomicInteger handled = hooks.countingConnect();
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks).build());
    config.register(hooks);
    if (security != null) {
      config.register(security);
    }
    try (WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", fastPath));
        LogCapture wcsLog = LogCapture.asConfigured("io.wcshooks");
        LogCapture grizzly = LogCapture.asConfigured("org.glassfish.grizzly");
        LogCapture jetty = LogCapture.asConfigured("org.eclipse.jetty")) {
      exchange.run(server.port());
      // The server's side ends after the client's: given time to log what it would.
      Thread.sleep(500);
      assertEquals(0, handled.get(), "the handler never sees a broken or partial body");
      List<String> failures = new ArrayList<>();
      for (LogCapture log : List.of(wcsLog, grizzly, jetty)) {
        log.records().stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
            .forEach(r -> failures.add(r.getLoggerName() + ": " + r.getMessage()));
      }
      assertEquals(List.of(), failures);
    }
  }

  /**
   * A body that stops coming, or keeps coming a byte at a time without ever ending, is a JSON 400
   * after the idle timeout, on every path, and its connection is closed. Jetty through Jersey
   * answered 500 when its idle timeout ended the read of a stalled body; on Jetty, a client that
   * sent a byte every few seconds (never idle for the timeout) held its connection, and its share of
   * the read-ahead budget, for as long as it liked: the whole body now has the idle timeout as its
   * deadline, as on Grizzly. So has the body of a call refused before it was read (here a 413 from
   * its length), which is dropped after the answer. All at once: the test waits the idle timeout
   * (30 s) once. The 400 says {@code Connection: close}.
   */
  @Test
  void aBodyThatStopsOrTricklesIs400AfterTheIdleTimeout() throws Exception {
    long started = System.nanoTime();
    try (Socket sized = new Socket("127.0.0.1", wcs.server.port());
        Socket chunked = new Socket("127.0.0.1", wcs.server.port());
        Socket trickling = new Socket("127.0.0.1", wcs.server.port());
        Socket refused = new Socket("127.0.0.1", wcs.server.port())) {
      sized.getOutputStream().write((head("/connect", "Content-Length: 100") + "{\"a\":").getBytes(StandardCharsets.UTF_8));
      chunked.getOutputStream().write((head("/connect", "Transfer-Encoding: chunked") + "10\r\n{\"a\":")
          .getBytes(StandardCharsets.UTF_8));
      trickling.getOutputStream().write((head("/connect", "Content-Length: 100") + "{").getBytes(StandardCharsets.UTF_8));
      // Over the 1 MiB limit, within what is drained after the answer.
      refused.getOutputStream().write((head("/connect", "Content-Length: 2000000") + "{").getBytes(StandardCharsets.UTF_8));
      List<Thread> trickles = List.of(trickle(trickling), trickle(refused));
      try {
        for (Socket socket : List.of(sized, chunked, trickling, refused)) {
          socket.setSoTimeout((WcsHookServer.IDLE_TIMEOUT_SECONDS + 15) * 1000);
          List<Answer> answers = parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
          if (socket == refused) {
            assertRefused(answers, 413);
          } else {
            assertRefused(answers, 400);
            assertTrue(answers.get(0).body().contains(HookCalls.INCOMPLETE_BODY), answers::toString);
            // Said, not only done: the fast path closed it without a word.
            assertTrue(answers.get(0).headers().contains("connection: close"), answers::toString);
          }
        }
      } finally {
        trickles.forEach(Thread::interrupt);
      }
    }
    long waited = System.nanoTime() - started;
    assertTrue(waited >= WcsHookServer.IDLE_TIMEOUT_SECONDS * 1_000_000_000L - 1_000_000_000L,
        "answered when the idle timeout ended the wait");
    assertTrue(waited < (WcsHookServer.IDLE_TIMEOUT_SECONDS + 10) * 1_000_000_000L,
        () -> "the trickling bodies were ended at their deadline, not at their end: " + waited / 1_000_000 + " ms");
  }

  /** Sends a space (JSON whitespace) every 3 s, well within the idle timeout, until the server closes or the test ends. */
  private static Thread trickle(Socket socket) {
    Thread thread = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(3000);
          socket.getOutputStream().write(' ');
        }
      } catch (IOException | InterruptedException e) {
        // Closed by the server, or the test is over.
      }
    }, "trickling-client");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
