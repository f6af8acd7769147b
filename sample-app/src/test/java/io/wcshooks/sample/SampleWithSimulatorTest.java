package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.testkit.ClientEvent;
import io.wcshooks.testkit.HookExchange;
import io.wcshooks.testkit.Session;
import io.wcshooks.testkit.Stream;
import io.wcshooks.testkit.WcsSimulator;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample's scenarios as a client sees them, with the testkit's simulator acting as WCS: unlike
 * {@link SampleHooksTest}, which checks each answer, these check what WCS does with the answers under
 * the restClientConfig the sample returns on connect.
 */
class SampleWithSimulatorTest {
  private static final String CONFIG = String.join("\n",
      "tokens=t-alice:alice, t-bob:bob",
      "sip.login=10001", "sip.password=s3cret", "sip.domain=sip.example.com",
      "streams.blocked=alice/banned", "streams.publicPrefix=public/");

  private WcsHookServer server;
  private WcsSimulator wcs;

  @BeforeEach
  void start() throws IOException {
    Properties file = new Properties();
    file.load(new StringReader(CONFIG));
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    server = WcsHookServer.start(
        SampleHooks.application(SampleConfig.from(file, Map.of()), clock, new AuditLog(clock, line -> { }), Map.of()),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withBasePath("/rest-hooks"));
    wcs = WcsSimulator.forBackend(URI.create(server.baseUri().toString())).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aBadTokenIsRefusedWithTheReason() {
    Session session = wcs.connect(Map.of("token", "nope"));
    assertFalse(session.connected());
    assertEquals("Invalid token", session.refusal().orElseThrow());
    assertEquals("Invalid token", session.clientEvents("ConnectionStatusEvent").get(0).info());
    assertFalse(wcs.wasCalled("ConnectionStatusEvent"), "a declined connect goes no further");
  }

  @Test
  void aGoodTokenGetsTheServersSipAccount() {
    Session session = wcs.connect(Map.of("token", "t-alice"));
    assertTrue(session.connected());
    assertEquals("10001", session.connection().get("sipLogin").asText());
  }

  @Test
  void theSipPasswordNeverReachesTheClientNorComesBackInEvents() {
    Session session = wcs.connect(Map.of("token", "t-alice"));
    assertEquals("s3cret", session.connection().get("sipPassword").asText(), "WCS itself gets it");
    session.disconnect();
    List<ClientEvent> events = session.clientEvents("ConnectionStatusEvent");
    assertEquals(2, events.size(), events.toString());
    for (ClientEvent event : events) {
      assertFalse(event.fields().has("sipPassword"), event.toString());
      assertEquals("10001", event.text("sipLogin"), "only the password is held back");
    }
    for (HookExchange call : wcs.calls("ConnectionStatusEvent")) {
      assertFalse(call.sent().has("sipPassword"), call.toString());
    }
  }

  @Test
  void theStreamIsRenamedIntoTheUsersNamespaceByOverwrite() {
    Session alice = wcs.connect(Map.of("token", "t-alice"));
    Stream cam = alice.publish("cam1");
    assertEquals("alice/cam1", cam.name());
    assertEquals("PUBLISHING", cam.status());
    assertEquals("alice/cam1", alice.clientEvents("StreamStatusEvent").get(0).text("name"));
    alice.keepAlive(cam).unpublish(cam);
    assertEquals("UNPUBLISHED", cam.status());
  }

  @Test
  void playingAnotherUsersStreamIsRefusedForReal() {
    Session alice = wcs.connect(Map.of("token", "t-alice"));
    Stream own = alice.play("alice/cam1");
    assertTrue(own.active(), "a user plays their own streams");
    Stream others = alice.play("bob/cam1");
    assertEquals("FAILED", others.status(), "connect set restOnError FAIL for playStream, so the 403 counts");
    assertEquals("Stream not available", others.info());
    assertFalse(others.active());
  }

  @Test
  void aBlockedStreamIsStoppedAtItsNextKeepAlive() {
    Session alice = wcs.connect(Map.of("token", "t-alice"));
    Stream banned = alice.publish("banned");
    assertEquals("alice/banned", banned.name());
    assertEquals("PUBLISHING", banned.status());
    alice.keepAlive(banned);
    assertEquals("FAILED", banned.status(), "restOnError FAIL makes the 403 stop it");
    assertEquals("Stream blocked", banned.info());
    assertFalse(banned.active());
    assertEquals(1, alice.errorEvents().size());

    Stream fine = alice.publish("cam1");
    alice.keepAlive(fine);
    assertTrue(fine.active());
  }

  @Test
  void callsGoOutWithTheServersSipLoginByOverwrite() {
    Session alice = wcs.connect(Map.of("token", "t-alice"));
    assertEquals("10001", alice.call("10002").caller());
  }

  @Test
  void wcsDoesNotCallTheHooksTheSampleDoesNotHandle() {
    Session session = wcs.connect(Map.of("token", "t-alice"));
    Stream stream = session.publish("cam1");
    session.keepAlive(stream).sendData(Map.of("text", "hi"));
    session.unpublish(stream).disconnect();
    assertTrue(wcs.wasCalled("StreamKeepAliveEvent"), "handled: the kill switch needs it");
    assertFalse(wcs.wasCalled("sendData"));
    assertTrue(wcs.hookLog().stream().anyMatch(e -> e.method().equals("sendData") && !e.called()),
        "the simulator logs the call it skipped: " + wcs.hookLog());
    assertEquals("DISABLE", session.rules("sendData").restPolicy().name());
  }
}
