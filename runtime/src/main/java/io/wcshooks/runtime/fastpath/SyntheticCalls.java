package io.wcshooks.runtime.fastpath;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic hook calls for warming the fast path's code up before real calls arrive: WCS-like
 * bodies, sent only to hooks without a handler (no user code runs), signed or authenticated as
 * the application's security requires, their calls kept out of the call log.
 */
public final class SyntheticCalls {
  /** A WCS-like body: context fields, strings with escapes, numbers, booleans, a nested object, an array. */
  public static final String SMALL = "{\"nodeId\":\"warm-up@127.0.0.1\",\"appKey\":\"defaultApp\","
      + "\"sessionId\":\"/127.0.0.1:1/127.0.0.1:2\",\"name\":\"warm-up\",\"mediaSessionId\":\"00000000-0000\","
      + "\"published\":true,\"hasVideo\":false,\"width\":1280,\"height\":720,\"bitrate\":0.5,\"status\":\"PUBLISHING\","
      + "\"info\":\"\",\"custom\":{\"token\":\"x\",\"tags\":[\"a\",\"b\",1,2.50,null]},\"createDate\":1732364400123}";

  /** The same with an SDP-sized string, as publishStream and playStream carry. */
  public static final String LARGE = SMALL.substring(0, SMALL.length() - 1) + ",\"sdp\":\""
      + "a=candidate:1 1 UDP 2122252543 127.0.0.1 50000 typ host generation 0\\r\\n".repeat(48) + "\"}";

  private SyntheticCalls() {}

  /**
   * Serves synthetic calls to the hooks without a handler through {@code fast} in memory, no
   * container involved, for about {@code budget}: what a deployment that cannot call itself over
   * HTTP (a servlet) does before its first request.
   *
   * @return the number of calls answered 200
   */
  public static int serveInMemory(HookFastPath fast, Duration budget) {
    List<String> hooks = fast.unhandledHooks();
    if (hooks.isEmpty()) {
      return 0;
    }
    byte[][] bodies = {SMALL.getBytes(StandardCharsets.UTF_8), LARGE.getBytes(StandardCharsets.UTF_8)};
    long deadline = System.nanoTime() + budget.toNanos();
    int answered = 0;
    fast.warmingUp(true);
    try {
      for (int i = 0; System.nanoTime() < deadline; i++) {
        byte[] body = bodies[i % 2];
        Exchange exchange = new Exchange(fast.prefix() + hooks.get((i / 2) % hooks.size()), body,
            fast.security().authorizationFor(body));
        if (!fast.serve(exchange) || exchange.status != 200) {
          return answered; // not what a synthetic call should get: stop quietly
        }
        answered++;
      }
    } catch (IOException | RuntimeException e) {
      // A warm-up is never a reason not to start.
    } finally {
      fast.warmingUp(false);
    }
    return answered;
  }

  /** A call in memory: WCS's headers, the body, the answer's status kept. */
  private static final class Exchange implements HookExchange {
    private final String path;
    private final byte[] body;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    int status;

    Exchange(String path, byte[] body, String authorization) {
      this.path = path;
      this.body = body;
      headers.put("Content-Type", List.of("application/json;charset=UTF-8"));
      headers.put("Accept", List.of("application/json"));
      if (authorization != null) {
        headers.put("Authorization", List.of(authorization));
      }
    }

    @Override
    public String method() {
      return "POST";
    }

    @Override
    public String rawPath() {
      return path;
    }

    @Override
    public String query() {
      return null;
    }

    @Override
    public List<String> headers(String name) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }

    @Override
    public Map<String, List<String>> allHeaders() {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      headers.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
      return copy;
    }

    @Override
    public long contentLength() {
      return body.length;
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public boolean canSuspend() {
      return false;
    }

    @Override
    public void suspend() {
      throw new UnsupportedOperationException("synthetic calls go only to hooks without a handler");
    }

    @Override
    public void send(HookAnswer answer) {
      status = answer.status();
    }
  }
}
