package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.testkit.TinyBackend.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** restExclude, restPolicy (NOTIFY, OVERWRITE with restOverwrite, DISABLE and DISABLED) and clientExclude. */
class RestClientConfigTest {
  @RegisterExtension
  final TinyBackend backend = new TinyBackend();

  /** publishStream answers with its body, the name and the sdp replaced. */
  private void renameOnPublish() {
    backend.on("publishStream", body -> Reply.echo(
        body.replace("\"name\":\"cam1\"", "\"name\":\"alice/cam1\"").replaceFirst("\"sdp\":\"[^\"]*\"", "\"sdp\":\"changed\"")));
  }

  @Test
  void restExcludedFieldsAreNotSent() {
    backend.restClientConfig("{\"publishStream\":{\"restExclude\":\"sdp, custom\"}}");
    WcsSimulator wcs = WcsSimulator.forBackend(backend.appUrl()).build();
    wcs.connect(Map.of("token", "t")).publish("cam1");
    String sent = backend.received("publishStream").get(0).body();
    assertFalse(sent.contains("\"sdp\""), sent);
    assertFalse(sent.contains("\"custom\""), sent);
    assertTrue(sent.contains("\"name\":\"cam1\""), sent);
    assertTrue(backend.received("StreamStatusEvent").get(0).body().contains("\"sdp\""), "only publishStream excludes it");
  }

  @Test
  void overwriteTakesOnlyTheNamedFieldsFromTheAnswer() {
    backend.restClientConfig("{\"publishStream\":{\"restPolicy\":\"OVERWRITE\",\"restOverwrite\":\"name\"}}");
    renameOnPublish();
    Session session = WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of());
    Stream stream = session.publish("cam1");
    assertEquals("alice/cam1", stream.name());
    assertTrue(stream.fields().get("sdp").asText().startsWith("v=0"), "sdp was not in restOverwrite");
    assertTrue(backend.received("StreamStatusEvent").get(0).body().contains("\"name\":\"alice/cam1\""),
        "later hooks carry the final name");
    assertEquals("alice/cam1", session.clientEvents("StreamStatusEvent").get(0).text("name"));
  }

  @Test
  void overwriteOnTheEndOfAStreamOrCallIsTakenToo() {
    backend.restClientConfig("{\"unPublishStream\":{\"restPolicy\":\"OVERWRITE\",\"restOverwrite\":\"custom\"},"
        + "\"hangup\":{\"restPolicy\":\"OVERWRITE\",\"restOverwrite\":\"hasVideo\"}}");
    backend.on("unPublishStream", body -> Reply.echo(body.replace("\"custom\":{}", "\"custom\":{\"by\":\"backend\"}")));
    backend.on("hangup", body -> Reply.echo(body.replace("\"hasVideo\":false", "\"hasVideo\":true")));
    Session session = WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of());
    Stream stream = session.publish("cam1");
    session.unpublish(stream);
    assertEquals("backend", stream.fields().path("custom").path("by").asText(null), stream.fields().toString());
    assertEquals("backend", session.clientEvents("StreamStatusEvent").get(1).fields().path("custom").path("by").asText(null));
    SipCall call = session.call("10002");
    session.hangup(call);
    assertTrue(call.fields().get("hasVideo").booleanValue(), call.fields().toString());
    assertTrue(backend.received("CallStatusEvent").get(1).body().contains("\"hasVideo\":true"));
  }

  @Test
  void notifyIgnoresTheAnswersFields() {
    renameOnPublish();
    Stream stream = WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of()).publish("cam1");
    assertEquals("cam1", stream.name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"DISABLE", "DISABLED"})
  void disabledHooksAreNotCalled(String spelling) {
    backend.restClientConfig("{\"StreamStatusEvent\":{\"restPolicy\":\"" + spelling + "\"}}");
    WcsSimulator wcs = WcsSimulator.forBackend(backend.appUrl()).build();
    Session session = wcs.connect(Map.of());
    Stream stream = session.publish("cam1");
    session.unpublish(stream);
    assertTrue(backend.received("StreamStatusEvent").isEmpty());
    assertFalse(wcs.wasCalled("StreamStatusEvent"));
    assertEquals(2, wcs.hookLog().stream().filter(e -> e.method().equals("StreamStatusEvent") && !e.called()).count());
    assertEquals("UNPUBLISHED", stream.status(), "the client still gets its events");
    assertEquals(2, session.clientEvents("StreamStatusEvent").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"restPolicy\":\"disable\"}", "{\"restPolicy\":\" DISABLE\"}", "{\"restOnError\":\"fail\"}",
      "{\"restPolicy\":\"SKIP\"}"})
  void spellingsWcsDoesNotDocumentFailTheTest(String entry) {
    backend.restClientConfig("{\"publishStream\":" + entry + "}");
    WcsSimulator wcs = WcsSimulator.forBackend(backend.appUrl()).build();
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> wcs.connect(Map.of()));
    assertTrue(refused.getMessage().startsWith("the connect answer's restClientConfig for publishStream: "),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("is not a value WCS documents"), refused.getMessage());
  }

  @Test
  void clientExcludedFieldsDoNotReachTheClient() {
    backend.restClientConfig("{\"StreamStatusEvent\":{\"clientExclude\":\"custom\"}}");
    Session session = WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of("token", "t"));
    session.publish("cam1");
    assertFalse(session.clientEvents("StreamStatusEvent").get(0).fields().has("custom"));
    assertTrue(backend.received("StreamStatusEvent").get(0).body().contains("\"custom\""));
  }

  @Test
  void noIncomingCallReachesAClientWithoutSipRegistration() {
    // 000, sipRegisterRequired: false means "a web page cannot accept incoming SIP calls".
    Session session = WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of());
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> session.incomingCall("10003"));
    assertTrue(refused.getMessage().contains("sipRegisterRequired"), refused.getMessage());
    assertTrue(backend.received("OnCallEvent").isEmpty());
  }

  @Test
  void aFullSessionCallsTheHooksInWcsOrderWithContextOnEveryBody() {
    backend.sipAccount("10001");
    Session session = WcsSimulator.forBackend(backend.appUrl()).appKey("myApp").build().connect("{\"token\":\"t\"}");
    Stream stream = session.publish("cam1");
    session.keepAlive(stream).unpublish(stream);
    session.play("public/lobby");
    SipCall call = session.call("10002");
    session.callStatus(call, "ESTABLISHED").hangup(call);
    session.incomingCall("10003");
    session.sendData(Map.of("a", 1));
    session.sendDataToClient(Map.of("b", 2));
    session.disconnect();
    assertEquals(java.util.List.of("connect", "ConnectionStatusEvent", "publishStream", "StreamStatusEvent",
        "StreamKeepAliveEvent", "unPublishStream", "StreamStatusEvent", "playStream", "StreamStatusEvent",
        "call", "CallStatusEvent", "CallStatusEvent", "hangup", "CallStatusEvent", "OnCallEvent", "CallStatusEvent",
        "sendData", "DataStatusEvent", "OnDataEvent", "DataStatusEvent", "ConnectionStatusEvent"), backend.methods());
    for (TinyBackend.Received r : backend.received("StreamStatusEvent")) {
      assertTrue(r.body().contains("\"appKey\":\"myApp\"") && r.body().contains("\"nodeId\"")
          && r.body().contains("\"sessionId\":\"" + session.sessionId() + "\""), r.body());
    }
    assertEquals("DISCONNECTED", session.status());
    assertEquals("DISCONNECTED", session.clientEvents("ConnectionStatusEvent").get(1).status());
  }
}
