package io.wcshooks.runtime.server;

import io.wcshooks.runtime.fastpath.HookFastPath;
import io.wcshooks.runtime.security.HookSecurity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Synthetic hook calls over loopback HTTP, sent by the server to itself before its real port opens:
 * they run the container's and the fast path's code (HTTP parsing, body checks, JSON, the echo)
 * often enough for the JIT to compile it, so the first real calls do not pay for the interpreter.
 * Only hooks without a handler are called (no user code runs), within a short time budget.
 */
final class WarmUp {
  /** The name of the warm-up's connector (Grizzly: listener), which the container's log lines show. */
  static final String CONNECTOR_NAME = "wcs-hooks-warm-up";

  private static final System.Logger LOG = System.getLogger(WcsHookServer.class.getName());

  /** A WCS-like body: context fields, strings with escapes, numbers, booleans, a nested object, an array. */
  private static final String SMALL = "{\"nodeId\":\"warm-up@127.0.0.1\",\"appKey\":\"defaultApp\","
      + "\"sessionId\":\"/127.0.0.1:1/127.0.0.1:2\",\"name\":\"warm-up\",\"mediaSessionId\":\"00000000-0000\","
      + "\"published\":true,\"hasVideo\":false,\"width\":1280,\"height\":720,\"bitrate\":0.5,\"status\":\"PUBLISHING\","
      + "\"info\":\"\",\"custom\":{\"token\":\"x\",\"tags\":[\"a\",\"b\",1,2.50,null]},\"createDate\":1732364400123}";
  private static final String LARGE = SMALL.substring(0, SMALL.length() - 1) + ",\"sdp\":\""
      + "a=candidate:1 1 UDP 2122252543 127.0.0.1 50000 typ host generation 0\\r\\n".repeat(48) + "\"}";

  private WarmUp() {}

  /**
   * Replays calls to the hooks without a handler through a server listening on a loopback port of
   * its own, for {@link WcsHookServer#WARM_UP}, with the fast path told not to log them.
   */
  static void through(HookFastPath fast, int port, ServerSettings settings) {
    fast.warmingUp(true);
    long begin = System.nanoTime();
    int calls = run(port, settings.basePath(), fast.unhandledHooks(), fast.security(),
        WcsHookServer.WARM_UP.toNanos());
    fast.warmingUp(false);
    LOG.log(System.Logger.Level.DEBUG, () -> "warmed up with " + calls + " synthetic calls in "
        + (System.nanoTime() - begin) / 1_000_000 + " ms");
  }

  /**
   * Calls each of {@code hooks} in turn until {@code budgetNanos} have passed; stops early, quietly,
   * on any I/O trouble (a warm-up is never a reason not to start).
   *
   * @return the number of calls answered
   */
  static int run(int port, String basePath, List<String> hooks, HookSecurity security, long budgetNanos) {
    if (hooks.isEmpty()) {
      return 0;
    }
    byte[][] requests = new byte[hooks.size() * 2][];
    for (int i = 0; i < hooks.size(); i++) {
      requests[2 * i] = request(basePath, hooks.get(i), SMALL, security);
      requests[2 * i + 1] = request(basePath, hooks.get(i), LARGE, security);
    }
    long deadline = System.nanoTime() + budgetNanos;
    int answered = 0;
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      socket.setSoTimeout(1000);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      InputStream in = new BufferedInputStream(socket.getInputStream());
      while (System.nanoTime() < deadline) {
        out.write(requests[answered % requests.length]);
        out.flush();
        readAnswer(in);
        answered++;
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "warm-up stopped early: " + e);
    }
    return answered;
  }

  private static byte[] request(String basePath, String hook, String body, HookSecurity security) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String authorization = security.authorizationFor(content);
    String head = "POST " + (basePath.equals("/") ? "" : basePath) + "/" + hook + " HTTP/1.1\r\n"
        + "Host: localhost\r\nContent-Type: application/json;charset=UTF-8\r\nAccept: application/json\r\n"
        + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
        + "Content-Length: " + content.length + "\r\n\r\n";
    byte[] start = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[start.length + content.length];
    System.arraycopy(start, 0, request, 0, start.length);
    System.arraycopy(content, 0, request, start.length, content.length);
    return request;
  }

  /** Reads one answer: the head up to the blank line, then Content-Length bytes. */
  private static void readAnswer(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int length = 0;
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\n') {
        line.append((char) c);
        continue;
      }
      String header = line.toString().strip();
      line.setLength(0);
      if (header.isEmpty()) {
        break;
      }
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).strip());
      }
    }
    if (in.readNBytes(length).length != length) {
      throw new IOException("answer cut short");
    }
  }
}
