package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.testing.ClosingAnswer;
import io.wcshooks.runtime.testing.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies read ahead while their clients send them hold no more memory than the server's budget.
 * Past it, on Jetty, a body that needs room waits in the network, with no thread, until a body in
 * progress is answered, and is then answered as any other, exactly; Grizzly, which reads whatever
 * comes, refuses it with a 503 and closes its connection.
 */
class ReadAheadBudgetOverHttpTest {
  private static final int BUDGET = 64 * 1024;

  private TestServer wcs;

  @BeforeEach
  void start() {
    System.setProperty("wcshooks.readAheadBytes", String.valueOf(BUDGET));
    try {
      wcs = TestServer.start();
    } finally {
      System.clearProperty("wcshooks.readAheadBytes");
    }
  }

  @AfterEach
  void stop() {
    if (wcs != null) {
      wcs.close();
    }
  }

  @Test
  void aBodyPastTheBudgetWaitsForRoomAndIsThenEchoedExactly() throws Exception {
    byte[] large = body(200_000);
    byte[] small = body(30_000);
    try (Socket first = connect(); Socket second = connect()) {
      // Half of a declared 200,000 bytes, after its head: what is read ahead of it takes more than the whole budget.
      send(first, head(large.length));
      Thread.sleep(100);
      first.getOutputStream().write(large, 0, 100_000);
      first.getOutputStream().flush();
      Thread.sleep(300);
      // All of a second body, after its head (so that it is read, and copied, on its own).
      send(second, head(small.length));
      Thread.sleep(100);
      second.getOutputStream().write(small);
      second.getOutputStream().flush();

      if (TestServer.CONTAINER == ServerContainer.GRIZZLY) {
        String answer = new String(second.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(answer.startsWith("HTTP/1.1 503 "), answer);
        assertTrue(answer.endsWith("{\"status\":503,\"reason\":\"too many bodies are coming in at once; try again later\"}"), answer);
      } else {
        second.setSoTimeout(700);
        assertThrows(SocketTimeoutException.class, () -> second.getInputStream().read(),
            "the second body waits for room while the first holds it");
      }

      first.getOutputStream().write(large, 100_000, large.length - 100_000);
      first.getOutputStream().flush();
      assertEchoed(large, first);
      if (TestServer.CONTAINER != ServerContainer.GRIZZLY) {
        assertEchoed(small, second);
      }
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", wcs.server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String head(int length) {
    return "POST /connect HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + "Content-Length: " + length + "\r\n\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** A connect body of exactly {@code size} bytes. */
  private static byte[] body(int size) {
    String start = "{\"sessionId\":\"s1\",\"sdp\":\"";
    return (start + "v".repeat(size - start.length() - 2) + "\"}").getBytes(StandardCharsets.US_ASCII);
  }

  private static void assertEchoed(byte[] body, Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    assertArrayEquals(body, ClosingAnswer.okBody(socket.getInputStream()));
  }
}
