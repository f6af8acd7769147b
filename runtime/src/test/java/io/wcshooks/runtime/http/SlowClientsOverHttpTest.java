package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.ClosingAnswer;
import io.wcshooks.runtime.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that send a request head and then their body slowly, or not at all, do not take the
 * server from the others: no thread waits for a body. A connection held this way for each of the
 * server's threads, and more, left no thread to answer WCS's calls until the idle timeout ended
 * them, on every container and path (and a byte every few seconds kept them for ever). On Grizzly a
 * chunked body, and any body through Jersey, held a worker until the body came (GrizzlyBodyAhead
 * now reads it ahead); the build runs this class through Jersey on Grizzly too (pom.xml).
 */
class SlowClientsOverHttpTest {
  /** More than the server has threads on any container and path ({@link WcsHookServer#workerThreads()} + 8 at most). */
  private static final int STALLED = Math.max(64, WcsHookServer.workerThreads() + 16);

  private TestServer wcs;
  private final List<Socket> stalled = new ArrayList<>();

  @BeforeEach
  void start() {
    wcs = TestServer.start();
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : stalled) {
      socket.close();
    }
    wcs.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"connect", "ConnectionStatusEvent"})
  void bodiesThatDoNotComeLeaveTheServerAnsweringOthers(String hook) throws Exception {
    AtomicInteger handled = wcs.hooks.countingConnect();
    for (int i = 0; i < STALLED; i++) {
      // Half a body, then nothing: the server waits for the rest.
      stall("POST /" + hook + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{\"sessionId\":");
    }
    for (int i = 0; i < STALLED / 2; i++) {
      stall("POST /" + hook + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"sessionId\":");
    }

    byte[] body = "{\"sessionId\":\"s1\",\"appKey\":\"defaultApp\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> answer = wcs.call(hook, body);

    assertEquals(200, answer.statusCode());
    assertArrayEquals(body, answer.body());
    assertEquals(hook.equals("connect") ? 1 : 0, handled.get());

    // The stalled clients leave: nothing to log (through Jersey on Grizzly, each left a SEVERE with a stack trace).
    try (LogCapture glassfish = LogCapture.asConfigured("org.glassfish");
        LogCapture jetty = LogCapture.asConfigured("org.eclipse.jetty");
        LogCapture wcsLog = LogCapture.asConfigured("io.wcshooks")) {
      for (Socket socket : stalled) {
        socket.close();
      }
      stalled.clear();
      // The server's side ends after the client's: given time to log what it would.
      Thread.sleep(500);
      List<String> logged = new ArrayList<>();
      for (LogCapture log : List.of(glassfish, jetty, wcsLog)) {
        log.records().stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
            .forEach(r -> logged.add(r.getLoggerName() + ": " + r.getMessage()));
      }
      assertEquals(List.of(), logged);
    }
  }

  /**
   * Requests answered without their body (a path outside the base path; a call refused from its head
   * whose client expects {@code 100 Continue}) still have it read and dropped, so that the client
   * that sends all of it first gets the answer: on Jetty a thread waited for that body, so clients
   * that sent half of it, any client, with no hook or credential, left none to answer WCS.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"outside the base path", "100-continue refused"})
  void bodiesOfRequestsAnsweredWithoutThemLeaveTheServerAnsweringOthers(String kind) throws Exception {
    wcs.close();
    wcs = TestServer.start(new JsonLimits(16 * 1024, 64, 512 * 1024, 200), "/rest-hooks");
    String head = kind.startsWith("outside")
        ? "POST /elsewhere HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        // Over the 16 KiB limit: a 413 from the head; the client sends without waiting for 100 Continue, as it may.
        : "POST /rest-hooks/connect HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Expect: 100-continue\r\nContent-Length: 20000\r\n\r\n";
    for (int i = 0; i < STALLED; i++) {
      stall(head + "{\"sessionId\":");
    }

    byte[] body = "{\"sessionId\":\"s1\",\"appKey\":\"defaultApp\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> answer = wcs.call("connect", body);

    assertEquals(200, answer.statusCode());
    assertArrayEquals(body, answer.body());
  }

  /** A body that comes in pieces, with pauses, is answered as any other: reading it ahead changes nothing. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"connect", "ConnectionStatusEvent"})
  void aBodyThatComesInPiecesIsEchoedExactly(String hook) throws Exception {
    byte[] body = ("{\"sessionId\":\"s1\",\"bitrate\":1.50,\"sdp\":\"" + "v=0 ".repeat(3000) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", wcs.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /" + hook + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      for (int at = 0; at < body.length; at += 4000) {
        out.write(body, at, Math.min(4000, body.length - at));
        out.flush();
        Thread.sleep(50);
      }
      assertArrayEquals(body, ClosingAnswer.okBody(socket.getInputStream()));
    }
  }

  /**
   * A chunked body past the hooks' limit that keeps coming in pieces gets its 413 at once. Through
   * Jersey on Jetty the rest was read in the callback that had read ahead, and Jetty held back the
   * callback that read waited for until that one returned: no answer until the idle timeout.
   */
  @Test
  void aChunkedBodyPastTheLimitThatComesInPiecesIsRefusedAtOnce() throws Exception {
    wcs.close();
    wcs = TestServer.start(new JsonLimits(16 * 1024, 64, 512 * 1024, 200), "/");
    byte[] piece = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket("127.0.0.1", wcs.server.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(("POST /connect HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // Three pieces of 8 KiB, each after a pause so that each comes in a read of its own: the third passes the limit.
      for (int i = 0; i < 3; i++) {
        out.write(piece);
        out.flush();
        Thread.sleep(200);
      }
      if (TestServer.CONTAINER == ServerContainer.JETTY && !TestServer.FAST_PATH) {
        // Jersey on Jetty reads a body in full before it answers: the rest, then the 413. (The
        // others answer from what they have read, and may close before more could be sent.)
        out.write(piece);
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      socket.setSoTimeout(5_000);
      String status = firstLine(in);
      assertTrue(status.startsWith("HTTP/1.1 413 "), status);
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) != '\n' && b != -1; ) {
      line.append((char) b);
    }
    return line.toString().trim();
  }

  private void stall(String request) throws IOException {
    Socket socket = new Socket("127.0.0.1", wcs.server.port());
    stalled.add(socket);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
  }
}
