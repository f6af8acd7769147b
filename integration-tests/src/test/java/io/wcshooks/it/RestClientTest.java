package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.wcshooks.hooks.CallStatus;
import io.wcshooks.hooks.DtmfType;
import io.wcshooks.hooks.FindRequest;
import io.wcshooks.hooks.InjectStreamRequest;
import io.wcshooks.hooks.RtmpStreamStatus;
import io.wcshooks.hooks.SendDtmfRequest;
import io.wcshooks.hooks.StartupRequest;
import io.wcshooks.hooks.TerminateRequest;
import io.wcshooks.hooks.WcsCall;
import io.wcshooks.hooks.WcsRestClient;
import io.wcshooks.runtime.client.WcsRestConflictException;
import io.wcshooks.runtime.client.WcsRestException;
import io.wcshooks.runtime.client.WcsRestNotFoundException;
import io.wcshooks.runtime.client.WcsRestTimeoutException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated {@link WcsRestClient} against a fake of WCS's REST API, over real HTTP. */
class RestClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK server delays small answers (Nagle) without it.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** A request the fake received. */
  record Received(String path, JsonNode body, String authorization, String contentType) {}

  /** A scripted answer: status, body, and an optional delay. */
  record Answer(int status, String body, long delayMillis) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private HttpServer server;
  private ExecutorService executor;
  private String baseUri;

  @BeforeEach
  void startFakeWcs() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/rest-api/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath().substring("/rest-api".length());
        byte[] in = exchange.getRequestBody().readAllBytes();
        received.add(new Received(path, JSON.readTree(in),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type")));
        Answer answer = answers.getOrDefault(path, new Answer(200, "", 0));
        if (answer.delayMillis() > 0) {
          try {
            Thread.sleep(answer.delayMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(out);
          }
        }
      } catch (IOException e) {
        // the client went away (the timeout test)
      }
    });
    server.start();
    baseUri = "http://127.0.0.1:" + server.getAddress().getPort() + WcsRestClient.BASE_PATH;
  }

  @AfterEach
  void stopFakeWcs() {
    server.stop(0);
    executor.shutdownNow();
  }

  private WcsRestClient client() {
    return WcsRestClient.builder().baseUri(baseUri).requestTimeout(Duration.ofSeconds(10)).build();
  }

  @Test
  void startupSendsTheTypedBody() {
    client().startup(StartupRequest.create()
        .callId("call-1")
        .callee("10002")
        .toStream("call-1-stream")
        .rtmpUrl("rtmp://rtmp.example.com:1935/live")
        .hasAudio(true)
        .hasVideo(false)
        .sipLogin("10001")
        .sipPassword("secret")
        .sipDomain("sip.example.com")
        .sipPort(5060)
        .sipRegisterRequired(false));

    Received request = received.get(0);
    assertEquals("/call/startup", request.path());
    assertTrue(request.contentType().startsWith("application/json"));
    assertNull(request.authorization(), "no credentials unless configured");
    JsonNode body = request.body();
    assertEquals("call-1", body.get("callId").asText());
    assertTrue(body.get("hasAudio").isBoolean() && body.get("hasAudio").booleanValue());
    assertEquals(5060, body.get("sipPort").intValue());
    assertFalse(body.has("rtmpStream"), "unset fields are not sent");
  }

  @Test
  void startupConflictIs409() {
    answers.put("/call/startup", new Answer(409, "{\"error\":\"RTMP URL is in use\"}", 0));
    WcsRestConflictException e = assertThrows(WcsRestConflictException.class,
        () -> client().startup(StartupRequest.create().callId("dup").rtmpUrl("rtmp://r/live")));
    assertEquals(409, e.status());
    assertEquals("/call/startup", e.path());
    assertTrue(e.body().contains("RTMP URL is in use"));
    assertTrue(e.getMessage().contains("409"), e.getMessage());
  }

  @Test
  void findReadsTheCallLenientlyAndKeepsUnknownFields() {
    answers.put("/call/find", new Answer(200, "[{\"callId\":\"call-1\",\"status\":\"ESTABLISHED\","
        + "\"hasAudio\":\"true\",\"hasVideo\":false,\"sipStatus\":\"200\",\"incoming\":false,"
        + "\"rtmpStreamStatus\":\"RTMP_STREAM_ACTIVE\",\"caller\":\"10001\",\"custom\":{\"k\":1},"
        + "\"newerWcsField\":\"kept\"}]", 0));

    List<WcsCall> calls = client().find(FindRequest.create().callId("call-1"));

    assertEquals(1, calls.size());
    WcsCall call = calls.get(0);
    assertEquals("call-1", call.callId());
    assertEquals(CallStatus.ESTABLISHED, call.status());
    assertEquals(Boolean.TRUE, call.hasAudio());
    assertEquals(Boolean.FALSE, call.hasVideo());
    assertEquals(200, call.sipStatus());
    assertEquals(RtmpStreamStatus.RTMP_STREAM_ACTIVE, call.rtmpStreamStatus());
    assertEquals(1, call.custom().get("k").intValue());
    assertEquals("kept", call.get("newerWcsField").asText());
    assertEquals("call-1", received.get(0).body().get("callId").asText());
  }

  @Test
  void findOf404IsEmpty() {
    answers.put("/call/find", new Answer(404, "", 0));
    assertEquals(List.of(), client().find(FindRequest.create().status(CallStatus.RING)));
    assertEquals("RING", received.get(0).body().get("status").asText());
  }

  @Test
  void findAllListsEveryCall() {
    answers.put("/call/find_all", new Answer(200, "[{\"callId\":\"a\"},{\"callId\":\"b\",\"status\":\"HOLD\"}]", 0));
    List<WcsCall> calls = client().findAll();
    assertEquals(List.of("a", "b"), calls.stream().map(WcsCall::callId).toList());
    assertEquals(CallStatus.HOLD, calls.get(1).status());
    assertEquals("/call/find_all", received.get(0).path());
    assertEquals(0, received.get(0).body().size(), "an empty JSON object");
  }

  @Test
  void terminateOfAnUnknownCallIs404() {
    answers.put("/call/terminate", new Answer(404, "Call not found", 0));
    WcsRestNotFoundException e = assertThrows(WcsRestNotFoundException.class,
        () -> client().terminate(TerminateRequest.create().callId("nope")));
    assertEquals(404, e.status());
    assertEquals("Call not found", e.body());
  }

  @Test
  void terminate200() {
    client().terminate(TerminateRequest.create().callId("call-1"));
    assertEquals("/call/terminate", received.get(0).path());
  }

  @Test
  void sendDtmf() {
    client().sendDtmf(SendDtmfRequest.create().callId("call-1").dtmf("5").type(DtmfType.RFC2833));
    Received request = received.get(0);
    assertEquals("/call/send_dtmf", request.path());
    assertEquals("5", request.body().get("dtmf").asText());
    assertEquals("RFC2833", request.body().get("type").asText());
  }

  @Test
  void injectStream() {
    client().injectStream(InjectStreamRequest.create().callId("call-1").streamName("announcement"));
    Received request = received.get(0);
    assertEquals("/call/inject_stream", request.path());
    assertEquals("announcement", request.body().get("streamName").asText());
  }

  @Test
  void basicAuthHeaderIsSent() {
    WcsRestClient client = WcsRestClient.builder().baseUri(baseUri).basicAuth("admin", "pa:ss").build();
    client.findAll();
    String expected = "Basic " + Base64.getEncoder().encodeToString("admin:pa:ss".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, received.get(0).authorization());
  }

  @Test
  void otherStatusesCarryStatusAndBody() {
    answers.put("/call/terminate", new Answer(401, "Unauthorized", 0));
    WcsRestException e = assertThrows(WcsRestException.class,
        () -> client().terminate(TerminateRequest.create().callId("x")));
    assertEquals(401, e.status());
    assertEquals("Unauthorized", e.body());
  }

  @Test
  void aTimeoutIsAClearException() {
    answers.put("/call/find_all", new Answer(200, "[]", 3_000));
    WcsRestClient client = WcsRestClient.builder().baseUri(baseUri).requestTimeout(Duration.ofMillis(300)).build();
    long start = System.nanoTime();
    WcsRestTimeoutException e = assertThrows(WcsRestTimeoutException.class, client::findAll);
    assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up at the timeout");
    assertEquals(WcsRestException.NO_STATUS, e.status());
    assertTrue(e.getMessage().contains("/call/find_all") && e.getMessage().contains("PT0.3S"), e.getMessage());
    assertInstanceOf(java.net.http.HttpTimeoutException.class, e.getCause());
  }

  @Test
  void aRefusedConnectionIsAWcsRestException() throws IOException {
    server.stop(0);
    WcsRestException e = assertThrows(WcsRestException.class, () -> client().findAll());
    assertEquals(WcsRestException.NO_STATUS, e.status());
  }
}
