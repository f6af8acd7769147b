package io.wcshooks.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP core alone, against a JDK HTTP server, and the lenient view. */
class WcsRestTransportTest {
  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final AtomicReference<String> answer = new AtomicReference<>("");
  private final AtomicReference<String> path = new AtomicReference<>();
  /** The request target as sent: raw path and query. */
  private final AtomicReference<String> target = new AtomicReference<>();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        path.set(exchange.getRequestURI().getPath());
        target.set(exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
            : "?" + exchange.getRequestURI().getRawQuery()));
        byte[] out = answer.get().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(out);
          }
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private WcsRestTransport transport() {
    return WcsRestTransport.builder()
        .baseUri("http://127.0.0.1:" + server.getAddress().getPort() + "/rest-api/")
        .build();
  }

  @Test
  void aTrailingSlashOfTheBaseUriIsDropped() {
    transport().post("/call/terminate", null);
    assertEquals("/rest-api/call/terminate", path.get());
  }

  @Test
  void anEndpointPathIsEncodedAsAPath() {
    // A path to an endpoint the spec does not know (transport().post is public for that): what it
    // holds is path, never a query or fragment, and goes out as ASCII whatever it holds.
    transport().post("/stream/find/a b?c=1#d%e", null);
    assertEquals("/rest-api/stream/find/a%20b%3Fc=1%23d%25e", target.get());
    assertEquals("/rest-api/stream/find/a b?c=1#d%e", path.get());

    transport().post("/поток/ü", null);
    assertEquals("/rest-api/%D0%BF%D0%BE%D1%82%D0%BE%D0%BA/%C3%BC", target.get());

    transport().post("/call/find;x=1:@!$&'()*+,~._-", null);
    assertEquals("/rest-api/call/find;x=1:@!$&'()*+,~._-", target.get(), "what a path holds as it is, kept");
  }

  @Test
  void anEndpointPathStartsWithASlash() {
    // Else it ran into the base URI's last segment: http://wcs:8081/rest-apicall/find.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> transport().post("call/find", null));
    assertTrue(e.getMessage().contains("call/find"), e.getMessage());
    assertNull(path.get(), "nothing sent");
  }

  @Test
  void aSingleObjectOrAnEmptyBodyIsAList() {
    answer.set("{\"callId\":\"a\"}");
    assertEquals(1, transport().postForObjects("/call/find", null, true).size());
    answer.set("");
    assertEquals(List.of(), transport().postForObjects("/call/find", null, true));
  }

  @Test
  void aBodyThatIsNotJsonIsAWcsRestException() {
    answer.set("<html>proxy error</html>");
    WcsRestException e = assertThrows(WcsRestException.class, () -> transport().post("/call/find_all", null));
    assertEquals(200, e.status());
    assertTrue(e.body().contains("proxy error"));
  }

  @Test
  void aBodyThatStallsAfterTheHeadersIsATimeout() throws IOException {
    // WCS (or a proxy) sends its headers, then nothing: the request timeout must still end the wait.
    CountDownLatch release = new CountDownLatch(1);
    server.createContext("/stall", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(200, 100);
        OutputStream body = exchange.getResponseBody();
        body.write('[');
        body.flush();
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    WcsRestTransport transport = WcsRestTransport.builder()
        .baseUri("http://127.0.0.1:" + server.getAddress().getPort() + "/stall")
        .requestTimeout(Duration.ofMillis(500))
        .build();
    long start = System.nanoTime();
    try {
      WcsRestTimeoutException e = assertThrows(WcsRestTimeoutException.class,
          () -> transport.post("/call/find_all", null));
      assertEquals(WcsRestException.NO_STATUS, e.status());
      assertTrue(System.nanoTime() - start < 5_000_000_000L, "gave up near the timeout");
    } finally {
      release.countDown();
    }
  }

  @Test
  void aConnectTimeoutSaysThatNoConnectionWasMade() throws IOException {
    // Unreachable (a firewall dropping packets) and slow are different faults to look for: the
    // connect timeout said "no answer", as a slow WCS does.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> queued = new ArrayList<>();
      try {
        assumeTrue(fillAcceptQueue(full, queued), "this system refuses connections to a full queue, not drops them");
        String base = "http://127.0.0.1:" + full.getLocalPort() + "/rest-api";
        WcsRestTransport transport = WcsRestTransport.builder().baseUri(base)
            .connectTimeout(Duration.ofMillis(300)).requestTimeout(Duration.ofSeconds(20)).build();

        WcsRestTimeoutException e = assertThrows(WcsRestTimeoutException.class,
            () -> transport.post("/call/find_all", null));

        assertEquals("WCS REST API POST /call/find_all: cannot connect to " + base + " within PT0.3S", e.getMessage());
        assertEquals(WcsRestException.NO_STATUS, e.status());
      } finally {
        for (Socket socket : queued) {
          socket.close();
        }
      }
    }
  }

  /**
   * Connects to a server that accepts nothing until a connection hangs, as Linux lets them once
   * the accept queue is full (it drops the handshake); false if none hangs.
   */
  private static boolean fillAcceptQueue(ServerSocket server, List<Socket> queued) throws IOException {
    for (int i = 0; i < 16; i++) {
      Socket socket = new Socket();
      queued.add(socket);
      try {
        socket.connect(server.getLocalSocketAddress(), 200);
      } catch (SocketTimeoutException hangs) {
        return true;
      } catch (IOException refused) {
        return false;
      }
    }
    return false;
  }

  /** Serves {@code [}, {@code size} spaces, {@code ]}: valid JSON, chunked or with a Content-Length. */
  private String serveHugeArray(String context, int size, boolean chunked) {
    server.createContext(context, exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(200, chunked ? 0 : size + 2);
        OutputStream body = exchange.getResponseBody();
        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        body.write('[');
        for (int left = size; left > 0; left -= spaces.length) {
          body.write(spaces, 0, Math.min(left, spaces.length));
        }
        body.write(']');
        body.close();
      } catch (IOException e) {
        // The client gave up reading: what it should do.
      }
    });
    return "http://127.0.0.1:" + server.getAddress().getPort() + context;
  }

  @Test
  void anAnswerOverTheLimitIsAWcsRestExceptionNotAnOutOfMemoryError() {
    // A base URI that points at the wrong thing (a file server, a log stream) must not be read whole.
    int size = (int) WcsRestTransport.DEFAULT_MAX_ANSWER_BYTES + 1;
    for (boolean chunked : new boolean[] {true, false}) {
      WcsRestTransport transport = WcsRestTransport.builder()
          .baseUri(serveHugeArray("/huge-" + chunked, size, chunked)).build();
      WcsRestException e = assertThrows(WcsRestException.class, () -> transport.post("/call/find_all", null));
      assertEquals(200, e.status());
      assertTrue(e.getMessage().contains("more than " + WcsRestTransport.DEFAULT_MAX_ANSWER_BYTES + " bytes"),
          e.getMessage());
    }
    WcsRestTransport small = WcsRestTransport.builder().baseUri(serveHugeArray("/small", 2000, true))
        .maxAnswerBytes(1000).build();
    assertThrows(WcsRestException.class, () -> small.post("/call/find_all", null));
    WcsRestTransport enough = WcsRestTransport.builder().baseUri(serveHugeArray("/enough", 998, true))
        .maxAnswerBytes(1000).build();
    assertTrue(enough.post("/call/find_all", null).isArray(), "exactly the limit is read");
  }

  @Test
  void aTimeoutTooLongToCountInNanosecondsIsRejectedWhenSet() {
    // Accepted, every call then failed with a bare ArithmeticException ("long overflow"), not a WcsRestException.
    Duration forever = java.time.temporal.ChronoUnit.FOREVER.getDuration();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WcsRestTransport.builder().requestTimeout(forever));
    assertTrue(e.getMessage().startsWith("a timeout must be at most "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WcsRestTransport.builder().connectTimeout(forever));
  }

  @Test
  void theBaseUriMustBeHttp() {
    assertThrows(IllegalArgumentException.class, () -> WcsRestTransport.builder().baseUri("wcs:8081/rest-api"));
    assertThrows(IllegalStateException.class, () -> WcsRestTransport.builder().build());
    // The scheme is case-insensitive (RFC 3986), as HttpClient treats it.
    WcsRestTransport.builder().baseUri("HTTP://wcs:8081/rest-api").build();
  }

  @Test
  void aBaseUriItCannotUseIsRejectedWhenBuilt() {
    // No host: HttpClient would refuse it only at the first call.
    assertThrows(IllegalArgumentException.class, () -> WcsRestTransport.builder().baseUri("http:///rest-api"));
    // Endpoint paths are appended to the base URI: after a query or fragment they would not be paths.
    assertThrows(IllegalArgumentException.class,
        () -> WcsRestTransport.builder().baseUri("http://wcs:8081/rest-api?app=1"));
    assertThrows(IllegalArgumentException.class,
        () -> WcsRestTransport.builder().baseUri("http://wcs:8081/rest-api#x"));
  }

  @Test
  void credentialsInTheBaseUriAreRejectedWithoutRepeatingThem() {
    // HttpClient ignores user info: WCS would answer 401, and every message would print the password.
    for (String uri : List.of("http://admin:s3cret@wcs:8081/rest-api", "ftp://admin:s3cret@wcs/rest-api",
        "http://admin:s3 cret@wcs:8081/rest-api")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> WcsRestTransport.builder().baseUri(uri), uri);
      assertFalse(e.getMessage().contains("s3"), e.getMessage());
    }
  }

  @Test
  void aUserNameWithAColonIsRejectedWhenSet() {
    // Basic credentials are "user:password", split at the first colon: WCS would check user "ad"
    // with password "min:s3cret" and answer 401 to every call, for a reason no message gave.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WcsRestTransport.builder().basicAuth("ad:min", "s3cret"));

    assertTrue(e.getMessage().contains("':'"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    // A colon in the password is the password's.
    WcsRestTransport.builder().basicAuth("admin", "s3:cret");
  }

  @Test
  void credentialsWithWhitespaceAtAnEndAreRejectedWhenSet() {
    // A password read from a file keeps its line break: WCS would answer 401 to every call.
    for (String[] credentials : new String[][] {{"admin", "s3cret\n"}, {"admin ", "s3cret"}, {"admin", " s3cret"}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> WcsRestTransport.builder().basicAuth(credentials[0], credentials[1]));
      assertTrue(e.getMessage().contains("whitespace"), e.getMessage());
      assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
    // Inside, a space is the password's.
    WcsRestTransport.builder().basicAuth("admin", "s3 cret");
  }

  /** A view as generated classes use it. */
  static final class View extends JsonObjectView {
    View(ObjectNode json) {
      super(json);
    }
  }

  @Test
  void toStringHidesPasswordsButNotTheRest() throws IOException {
    // A StartupRequest carries the SIP password; a backend that logs the request must not log it.
    View view = new View((ObjectNode) new ObjectMapper().readTree(
        "{\"callId\":\"c1\",\"sipPassword\":\"s3cret\",\"custom\":{\"restPassword\":\"hunter2\"},"
            + "\"pw\":[{\"PASSWORD\":7}],\"emptyPassword\":null}"));
    String text = view.toString();
    assertFalse(text.contains("s3cret") || text.contains("hunter2") || text.contains("7"), text);
    assertTrue(text.contains("\"callId\":\"c1\"") && text.contains("\"sipPassword\":\"<hidden>\"")
        && text.contains("\"emptyPassword\":null"), text);
    assertEquals("s3cret", view.stringField("sipPassword"), "the body itself is untouched");
  }

  @Test
  void theViewReadsStringsAsBooleansAndNumbers() throws IOException {
    View view = new View((ObjectNode) new ObjectMapper().readTree(
        "{\"a\":\"true\",\"b\":\" FALSE \",\"p\":\"5060\",\"n\":null,\"o\":{\"k\":1},\"bad\":\"yes\"}"));
    assertEquals(Boolean.TRUE, view.booleanField("a"));
    assertEquals(Boolean.FALSE, view.booleanField("b"));
    assertEquals(5060, view.integerField("p"));
    assertNull(view.integerField("n"));
    assertNull(view.stringField("missing"));
    assertEquals(1, view.objectField("o").get("k").intValue());
    JsonFieldException e = assertThrows(JsonFieldException.class, () -> view.booleanField("bad"));
    assertEquals("bad", e.field());
  }
}
