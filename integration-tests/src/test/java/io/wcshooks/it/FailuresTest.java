package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.hooks.WcsHooks;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Handler failures over HTTP, by the hook's kind: connect, direct and incoming invocations fail
 * closed (500 for an exception, 503 past the deadline), events fail open (200 and the body exactly
 * as received); per-hook overrides; and resends recognised as repeats.
 */
class FailuresTest {
  /** An event body as WCS sends it, with fields no spec knows, in WCS's order and spacing. */
  private static final String EVENT = "{\"nodeId\":\"n1@192.168.1.59\",\"appKey\":\"defaultApp\","
      + "\"sessionId\":\"/192.168.1.38:64604/192.168.1.59:8443\",\"status\":\"ESTABLISHED\","
      + "\"hasAudio\":\"true\",\"bitrate\":1.50000000000000000001,\"custom\":null,\"test\":\"%s\"}";
  private static final String CALL = "{\"sessionId\":\"s-call\",\"callId\":\"c1\",\"test\":\"%s\"}";

  private static void assertEcho(String sent, HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    assertArrayEquals(sent.getBytes(StandardCharsets.UTF_8), response.body());
  }

  private static void assertJsonError(int status, HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), body);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), body);
    assertTrue(body.startsWith("{\"status\":" + status + ",\"reason\":\""), body);
    assertFalse(body.contains("Exception") || body.contains("\tat "), body);
  }

  @Test
  void anEventWhoseHandlerThrowsStillEchoesExactly() {
    try (HookServer server = new HookServer("/rest-hooks")) {
      String body = EVENT.formatted("throw");
      assertEcho(body, server.post("ConnectionStatusEvent", body));
    }
  }

  @Test
  void connectDirectAndIncomingWhoseHandlerThrowsAre500() {
    try (HookServer server = new HookServer("/rest-hooks")) {
      assertJsonError(500, server.post("connect", "{\"sessionId\":\"s1\",\"custom\":{\"action\":\"fail\"}}"));
      assertJsonError(500, server.post("OnCallEvent", CALL.formatted("throw")));
      assertJsonError(500, server.post("playStream", "{\"sessionId\":\"s1\",\"test\":\"throw\"}"));
    }
  }

  @Test
  void aFieldOfTheWrongTypeIs400ForEveryKind() {
    try (HookServer server = new HookServer("/rest-hooks")) {
      assertJsonError(400, server.post("ConnectionStatusEvent",
          "{\"sessionId\":\"s1\",\"sipRegisterRequired\":{\"x\":1},\"test\":\"badField\"}"));
      assertJsonError(400, server.post("connect",
          "{\"sessionId\":\"s1\",\"sipRegisterRequired\":[1],\"custom\":{\"action\":\"readsBadField\"}}"));
    }
  }

  @Test
  void overridesPerHook() {
    try (HookServer server = new HookServer("/rest-hooks",
        b -> b.failClosed("ConnectionStatusEvent").failOpen("OnCallEvent"))) {
      assertJsonError(500, server.post("ConnectionStatusEvent", EVENT.formatted("throw")));
      String call = CALL.formatted("throw");
      assertEcho(call, server.post("OnCallEvent", call));
    }
  }

  @Test
  void unknownHookNamesAreRefusedByTheBuilder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WcsHooks.builder().failOpen("conect"));
    assertTrue(e.getMessage().contains("conect"), e.getMessage());
  }

  @Test
  void aLateHandlerIsAnsweredAtTheDeadlineByKind() throws InterruptedException {
    try (HookServer server = new HookServer("/rest-hooks", b -> b.handlerDeadline(Duration.ofMillis(300)))) {
      // The handlers sleep 60 s; HookServer's client gives up after 30 s: these answers came at the deadline.
      String event = EVENT.formatted("slow");
      assertEcho(event, server.post("ConnectionStatusEvent", event));
      assertJsonError(503, server.post("OnCallEvent", CALL.formatted("slow")));
      assertTrue(server.failures.interrupted.await(30, TimeUnit.SECONDS), "both late handlers were interrupted");
      // and the server still answers normally
      String plain = EVENT.formatted("");
      assertEcho(plain, server.post("ConnectionStatusEvent", plain));
    }
  }

  @Test
  void resendsAreRecognisedAsRepeats() {
    try (HookServer server = new HookServer("/rest-hooks")) {
      String play = "{\"sessionId\":\"s-repeat\",\"name\":\"stream1\",\"mediaProvider\":\"WebRTC\"}";
      for (int i = 0; i < 4; i++) { // the call and WCS's 3 resends
        assertEcho(play, server.post("playStream", play));
      }
      assertEquals(1, server.failures.plays("s-repeat"));
      String other = "{\"sessionId\":\"s-repeat\",\"name\":\"stream2\",\"mediaProvider\":\"WebRTC\"}";
      assertEcho(other, server.post("playStream", other));
      assertEquals(2, server.failures.plays("s-repeat"));
    }
  }

  @Test
  void repeatDetectionCanBeTurnedOff() {
    try (HookServer server = new HookServer("/rest-hooks", b -> b.repeatWindow(Duration.ZERO))) {
      String play = "{\"sessionId\":\"s-norepeat\",\"name\":\"stream1\"}";
      server.post("playStream", play);
      server.post("playStream", play);
      assertEquals(2, server.failures.plays("s-norepeat"));
    }
  }
}
