package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake of WCS's own REST API (the SIP-as-RTMP calls of seed 002), for testing code that drives
 * WCS: it keeps calls as WCS would and answers with WCS's documented statuses. {@code /call/startup}
 * creates an ESTABLISHED call (409 for an RTMP URL and stream in use, as 002 documents; also for a missing or
 * reused callId, which 002 does not cover); {@code /call/find}
 * finds by callId or status (404 when none); {@code /call/find_all} (404 when none);
 * {@code /call/terminate}, {@code /call/send_dtmf}, {@code /call/inject_stream} (404 for an unknown
 * callId). With {@link #requireBasicAuth} every request needs those credentials (401 otherwise), as
 * in WCS's production mode.
 *
 * <pre>{@code
 * try (FakeWcsRestApi wcs = FakeWcsRestApi.start()) {
 *   WcsRestClient client = WcsRestClient.builder().baseUri(wcs.baseUri().toString()).build();
 *   ...
 *   assertEquals(List.of("9"), wcs.dtmfSent("call-1"));
 * }
 * }</pre>
 */
public final class FakeWcsRestApi implements AutoCloseable {
  /** WCS's REST API path. */
  public static final String BASE_PATH = "/rest-api";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, ObjectNode> calls = new LinkedHashMap<>();
  private final Map<String, List<String>> dtmf = new LinkedHashMap<>();
  private final Map<String, List<String>> injected = new LinkedHashMap<>();
  private volatile String requiredAuthorization;

  private FakeWcsRestApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the fake on a free loopback port. */
  public static FakeWcsRestApi start() {
    // The JDK server delays small answers (Nagle) without it; set before the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor = Executors.newFixedThreadPool(4);
      server.setExecutor(executor);
      FakeWcsRestApi fake = new FakeWcsRestApi(server, executor);
      server.createContext(BASE_PATH + "/", fake::handle);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake WCS REST API: " + e.getMessage(), e);
    }
  }

  /** Requires HTTP Basic credentials on every request, as WCS in production mode. */
  public FakeWcsRestApi requireBasicAuth(String username, String password) {
    requiredAuthorization = "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** {@code http://127.0.0.1:<port>/rest-api}: what a client is given as WCS's REST URL. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
  }

  /** The call as the fake holds it, if it exists. */
  public synchronized Optional<JsonNode> call(String callId) {
    return Optional.ofNullable(calls.get(callId)).map(ObjectNode::deepCopy);
  }

  /** The DTMF symbols sent into a call, in order. */
  public synchronized List<String> dtmfSent(String callId) {
    return List.copyOf(dtmf.getOrDefault(callId, List.of()));
  }

  /** The streams injected into a call, in order. */
  public synchronized List<String> streamsInjected(String callId) {
    return List.copyOf(injected.getOrDefault(callId, List.of()));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String expected = requiredAuthorization;
      if (expected != null && !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"wcs\"");
        send(exchange, 401, null);
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, null);
        return;
      }
      JsonNode body;
      try {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
      } catch (IOException e) {
        send(exchange, 400, null);
        return;
      }
      String path = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
      Reply reply = answer(path, body);
      send(exchange, reply.status(), reply.body());
    }
  }

  /**
   * @param status the HTTP status
   * @param body the JSON body, or null for none
   */
  private record Reply(int status, JsonNode body) {}

  private synchronized Reply answer(String path, JsonNode body) {
    String callId = body.path("callId").asText(null);
    switch (path) {
      case "/call/startup" -> {
        // A call published only to a WCS stream names no RTMP URL, so it conflicts with none.
        String rtmpTarget = rtmpTarget(body);
        boolean conflict = callId == null || calls.containsKey(callId) || rtmpTarget != null && calls.values()
            .stream().anyMatch(c -> rtmpTarget.equals(rtmpTarget(c)));
        if (conflict) {
          return new Reply(409, null);
        }
        // Every field of 002's Call object, in its order; those the request does not give are null,
        // as in 002's example, so that code reading the answer sees the shape WCS sends.
        ObjectNode call = JSON.createObjectNode();
        call.set("custom", JSON.createObjectNode());
        call.putNull("nodeId");
        call.putNull("appKey");
        call.putNull("sessionId");
        call.put("callId", callId);
        call.putNull("parentCallId");
        call.put("incoming", false);
        call.put("status", "ESTABLISHED");
        call.put("sipStatus", 200);
        call.put("rtmpUrl", body.path("rtmpUrl").asText(null));
        call.put("rtmpStream", body.path("rtmpStream").asText(null));
        call.put("streamName", body.path("toStream").asText(null));
        call.put("rtmpStreamStatus", "RTMP_STREAM_ACTIVE");
        call.put("caller", body.path("sipLogin").asText(null));
        call.put("callee", body.path("callee").asText(null));
        call.put("hasAudio", body.path("hasAudio").asBoolean(true));
        call.put("hasVideo", body.path("hasVideo").asBoolean(true));
        call.putNull("sdp");
        call.putNull("visibleName");
        call.putNull("inviteParameters");
        call.putNull("mediaProvider");
        call.putNull("sipMessageRaw");
        call.put("isMsrp", false);
        call.putNull("target");
        call.put("holdForTransfer", false);
        calls.put(callId, call);
        return new Reply(200, JSON.createObjectNode());
      }
      case "/call/find" -> {
        String status = body.path("status").asText(null);
        List<ObjectNode> found = new ArrayList<>();
        for (ObjectNode call : calls.values()) {
          boolean matches = (callId == null || callId.equals(call.path("callId").asText()))
              && (status == null || status.equals(call.path("status").asText()));
          if (matches) {
            found.add(call);
          }
        }
        return found.isEmpty() ? new Reply(404, null) : new Reply(200, array(found));
      }
      case "/call/find_all" -> {
        return calls.isEmpty() ? new Reply(404, null) : new Reply(200, array(calls.values()));
      }
      case "/call/terminate" -> {
        return calls.remove(callId) == null ? new Reply(404, null) : new Reply(200, null);
      }
      case "/call/send_dtmf" -> {
        if (!calls.containsKey(callId)) {
          return new Reply(404, null);
        }
        dtmf.computeIfAbsent(callId, id -> new ArrayList<>()).add(body.path("dtmf").asText());
        return new Reply(200, null);
      }
      case "/call/inject_stream" -> {
        if (!calls.containsKey(callId)) {
          return new Reply(404, null);
        }
        injected.computeIfAbsent(callId, id -> new ArrayList<>()).add(body.path("streamName").asText());
        return new Reply(200, null);
      }
      default -> {
        return new Reply(404, null);
      }
    }
  }

  /** Where a call republishes: its RTMP URL (a trailing slash dropped) and stream; null for none. */
  private static String rtmpTarget(JsonNode call) {
    String url = call.path("rtmpUrl").isTextual() ? call.path("rtmpUrl").textValue() : "";
    if (url.isEmpty()) {
      return null;
    }
    return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/" + call.path("rtmpStream").asText("");
  }

  private static ArrayNode array(Iterable<ObjectNode> calls) {
    ArrayNode array = JSON.createArrayNode();
    calls.forEach(c -> array.add(c.deepCopy()));
    return array;
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
