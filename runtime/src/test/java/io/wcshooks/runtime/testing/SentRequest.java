package io.wcshooks.runtime.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A connection to a test server with a request written on it, for tests that then read what the
 * server answers: the read gives up after 3 s, so that a server that stays silent fails the test.
 */
public final class SentRequest {
  private SentRequest() {}

  /**
   * Connects, writes the request and, with {@code halfClose}, then stops sending, once the server is
   * waiting for the rest of the body (else it may see the end before the request).
   */
  public static Socket send(int port, String request, boolean halfClose) throws IOException, InterruptedException {
    Socket socket = new Socket("127.0.0.1", port);
    try {
      socket.setSoTimeout(3000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      if (halfClose) {
        Thread.sleep(300);
        socket.shutdownOutput();
      }
      return socket;
    } catch (IOException | InterruptedException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }
}
