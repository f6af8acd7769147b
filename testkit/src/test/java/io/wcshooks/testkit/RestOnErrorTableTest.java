package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.testkit.TinyBackend.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each cell of seed 004's restOnError table (FAIL and LOG by connect, direct, event, incoming), over HTTP. */
class RestOnErrorTableTest {
  @RegisterExtension
  final TinyBackend backend = new TinyBackend();

  private WcsSimulator wcs() {
    return WcsSimulator.forBackend(backend.appUrl()).timeout(Duration.ofMillis(500)).build();
  }

  private static String rule(String method, String restOnError) {
    return "{\"" + method + "\":{\"restOnError\":\"" + restOnError + "\"}}";
  }

  // ---- connect ----

  @Test
  void failConnectDeclinesAndTheClientGetsFailWithTheReason() {
    backend.on("connect", body -> Reply.forbid("Wrong credentials"));
    Session session = wcs().connect(Map.of("token", "bad"));
    assertFalse(session.connected());
    assertEquals("FAILED", session.status());
    assertEquals("Wrong credentials", session.refusal().orElseThrow());
    assertEquals("FAILED", session.clientEvents("ConnectionStatusEvent").get(0).status());
    assertEquals(java.util.List.of("connect"), backend.methods(), "nothing after a declined connect");
  }

  @Test
  void aDeclinedClientIsToldOnlyStatusAndInfo() {
    // 000: "In case of an error, the same event ConnectionStatusEvent will have only two parameters:
    // status and info when sending to a client".
    backend.on("connect", body -> Reply.forbid("Wrong credentials"));
    ClientEvent declined = wcs().connect(Map.of("token", "bad")).clientEvents("ConnectionStatusEvent").get(0);
    List<String> names = new ArrayList<>();
    declined.fields().fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("status", "info"), names);
    assertEquals("Wrong credentials", declined.info());
  }

  @Test
  void failConnectDeclinesOnATimeoutToo() {
    backend.on("connect", body -> Reply.late(1500));
    Session session = WcsSimulator.forBackend(backend.appUrl()).timeout(Duration.ofMillis(300))
        .connectRestOnError(RestOnError.FAIL).build().connect(Map.of());
    assertEquals("FAILED", session.status());
    assertTrue(session.refusal().orElseThrow().startsWith("timeout"), session.refusal().toString());
  }

  @Test
  void anyNon200OnConnectDeclinesEvenUnderLog() {
    backend.on("connect", body -> Reply.status(500));
    Session session = wcs().connect(Map.of());
    assertEquals("Internal Server Error", session.refusal().orElseThrow());
  }

  @Test
  void logConnectLogsATimeoutAndContinues() {
    backend.on("connect", body -> Reply.late(1500));
    WcsSimulator wcs = WcsSimulator.forBackend(backend.appUrl()).timeout(Duration.ofMillis(300)).build();
    Session session = wcs.connect(Map.of("token", "t"));
    assertTrue(session.connected());
    assertEquals("ESTABLISHED", session.status());
    assertTrue(wcs.calls("connect").get(0).isError());
    assertEquals("ESTABLISHED", session.clientEvents("ConnectionStatusEvent").get(0).status());
  }

  // ---- direct invocations ----

  @Test
  void failDirectBreaksAndDeliversTheErrorInTheStatusEvent() {
    backend.restClientConfig(rule("publishStream", "FAIL")).on("publishStream", body -> Reply.forbid("Not yours"));
    Session session = wcs().connect(Map.of());
    Stream stream = session.publish("cam1");
    assertEquals("FAILED", stream.status());
    assertEquals("Not yours", stream.info());
    assertEquals("FAILED", session.clientEvents("StreamStatusEvent").get(0).status());
    assertEquals("Not yours", session.clientEvents("StreamStatusEvent").get(0).info());
    assertTrue(session.errorEvents().isEmpty(), "the error travels in the status event");
  }

  @Test
  void failDirectTreatsA500AsAnError() {
    backend.restClientConfig(rule("sendData", "FAIL")).on("sendData", body -> Reply.status(500));
    ClientEvent status = wcs().connect(Map.of()).sendData(Map.of("text", "hi"));
    assertEquals("DataStatusEvent", status.name());
    assertEquals("FAILED", status.status());
    assertEquals("Internal Server Error", status.info());
  }

  @Test
  void logDirectLogsAndContinuesEvenAfterA403() {
    backend.on("publishStream", body -> Reply.forbid("Not yours"));
    WcsSimulator wcs = wcs();
    Stream stream = wcs.connect(Map.of()).publish("cam1");
    assertEquals("PUBLISHING", stream.status());
    assertTrue(wcs.calls("publishStream").get(0).errorHandling().orElseThrow().contains("continue"));
  }

  // ---- events ----

  @Test
  void failEventContinuesWithAnErrorEvent() {
    backend.restClientConfig(rule("StreamStatusEvent", "FAIL")).on("StreamStatusEvent", body -> Reply.status(500));
    Session session = wcs().connect(Map.of());
    Stream stream = session.publish("cam1");
    assertEquals("PUBLISHING", stream.status(), "execution continues");
    assertEquals(1, session.errorEvents().size());
    assertEquals("StreamStatusEvent: Internal Server Error", session.errorEvents().get(0).info());
    session.unpublish(stream);
    assertEquals("UNPUBLISHED", stream.status());
  }

  @Test
  void failKeepAliveAnswered403StopsTheStream() {
    backend.restClientConfig(rule("StreamKeepAliveEvent", "FAIL"))
        .on("StreamKeepAliveEvent", body -> Reply.forbid("Stream blocked"));
    Session session = wcs().connect(Map.of());
    Stream stream = session.publish("cam1");
    session.keepAlive(stream);
    assertEquals("FAILED", stream.status());
    assertEquals("Stream blocked", stream.info());
    assertFalse(stream.active());
  }

  @Test
  void logEventLogsAndContinuesWithoutAnErrorEvent() {
    backend.on("StreamStatusEvent", body -> Reply.status(500)).on("StreamKeepAliveEvent", body -> Reply.forbid("x"));
    Session session = wcs().connect(Map.of());
    Stream stream = session.publish("cam1");
    session.keepAlive(stream);
    assertEquals("PUBLISHING", stream.status(), "under LOG a 403 to a keep-alive stops nothing");
    assertTrue(session.errorEvents().isEmpty());
  }

  // ---- incoming invocations ----

  @Test
  void failIncomingAnswersTheCaller403AndDeliversTheErrorInTheEvent() {
    backend.sipAccount("10001").restClientConfig(rule("OnCallEvent", "FAIL"))
        .on("OnCallEvent", body -> Reply.forbid("Do not disturb"));
    Session session = wcs().connect(Map.of());
    SipCall call = session.incomingCall("10002");
    assertEquals(OptionalInt.of(403), call.sipAnswerToCaller());
    assertEquals("FAILED", call.status());
    assertEquals("Do not disturb", session.clientEvents("CallStatusEvent").get(0).info());
  }

  @Test
  void logIncomingLogsAndTheCallRings() {
    backend.sipAccount("10001").on("OnCallEvent", body -> Reply.status(503));
    Session session = wcs().connect(Map.of());
    SipCall call = session.incomingCall("10002");
    assertEquals(OptionalInt.of(180), call.sipAnswerToCaller());
    assertEquals("RING", call.status());
    assertEquals("RING", session.clientEvents("CallStatusEvent").get(0).status());
  }
}
