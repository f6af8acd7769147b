package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample's scenarios over real HTTP against the embedded server. */
class SampleHooksTest {
  private static final String CONFIG = String.join("\n",
      "tokens=t-alice:alice, t-bob:bob, t-old:olga@2026-01-01T00:00:00Z",
      "sip.login=10001", "sip.password=s3cret", "sip.domain=sip.example.com", "sip.port=5070",
      "streams.blocked=alice/banned", "streams.publicPrefix=public/");

  private final List<String> auditLines = new CopyOnWriteArrayList<>();
  private WcsHookServer server;
  private SampleClient wcs;

  @BeforeEach
  void start() throws IOException {
    Properties file = new Properties();
    file.load(new StringReader(CONFIG));
    SampleConfig config = SampleConfig.from(file, Map.of());
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    server = WcsHookServer.start(
        SampleHooks.application(config, clock, new AuditLog(clock, auditLines::add), Map.of()),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withBasePath("/rest-hooks"));
    wcs = new SampleClient(server.baseUri());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void connectAs(String sessionId, String token) {
    assertEquals(200, wcs.post("connect", SampleClient.connect(sessionId, "{\"token\":\"" + token + "\"}")).status());
  }

  @Test
  void withASecretInTheEnvironmentOnlySignedCallsGetThrough() throws IOException {
    Properties file = new Properties();
    file.load(new StringReader(CONFIG));
    Clock clock = Clock.systemUTC();
    try (WcsHookServer signed = WcsHookServer.start(
        SampleHooks.application(SampleConfig.from(file, Map.of()), clock, new AuditLog(clock, line -> { }),
            Map.of("WCS_HOOKS_SECRET_KEY", "s3cret-key")),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0))) {
      SampleClient client = new SampleClient(signed.baseUri());
      assertEquals(403, client.post("connect", SampleClient.connect("x", "{\"token\":\"t-alice\"}")).status());
      String body = SampleClient.connect("x", "{\"token\":\"t-alice\"}");
      assertEquals(200, client.post("connect", body,
          new io.wcshooks.runtime.security.HookSignature("s3cret-key").authorization(
              body.getBytes(java.nio.charset.StandardCharsets.UTF_8))).status());
    }
  }

  @Test
  void aGoodTokenConnectsWithTheServersSipAccount() {
    SampleClient.Answer answer = wcs.post("connect", SampleClient.connect("s1", "{\"token\":\"t-alice\"}"));
    assertEquals(200, answer.status(), answer.body());
    JsonNode json = answer.json();
    assertEquals("10001", json.get("sipLogin").asText());
    assertEquals("s3cret", json.get("sipPassword").asText());
    assertEquals(5070, json.get("sipPort").asInt());
    assertEquals("2.0.240", json.get("clientVersion").asText(), "fields the spec does not know stay");
    assertEquals(1280, json.get("width").asInt());
    JsonNode config = json.get("restClientConfig");
    assertEquals("OVERWRITE", config.at("/publishStream/restPolicy").asText());
    assertEquals("name", config.at("/publishStream/restOverwrite").asText());
    assertEquals("caller", config.at("/call/restOverwrite").asText());
    assertEquals("FAIL", config.at("/StreamKeepAliveEvent/restOnError").asText());
    for (String refusable : List.of("publishStream", "playStream", "call")) {
      assertEquals("FAIL", config.at("/" + refusable + "/restOnError").asText(), refusable);
    }
    assertTrue(auditLines.stream().anyMatch(l -> l.contains("\"event\":\"connect\"") && l.contains("\"user\":\"alice\"")));
  }

  @Test
  void aResentCallIsAuditedAsARepeat() {
    // WCS resends a call whose sending failed: the audit trail must not show a second connection.
    String connect = SampleClient.connect("s-r", "{\"token\":\"t-alice\"}");
    assertEquals(200, wcs.post("connect", connect).status());
    assertEquals(200, wcs.post("connect", connect).status());
    assertEquals(200, wcs.post("connect", SampleClient.connect("s-r2", "{\"token\":\"t-alice\"}")).status());
    List<String> lines = auditLines.stream().filter(l -> l.contains("\"event\":\"connect\"")).toList();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(!lines.get(0).contains("repeat") && !lines.get(2).contains("repeat"), lines.toString());
    assertTrue(lines.get(1).contains("\"sessionId\":\"s-r\",\"repeat\":\"true\""), lines.toString());
  }

  @Test
  void badExpiredAndMissingTokensAreRefusedWithAReason() {
    assertRefused(wcs.post("connect", SampleClient.connect("s2", "{\"token\":\"nope\"}")), "Invalid token");
    assertRefused(wcs.post("connect", SampleClient.connect("s3", "{\"token\":\"t-old\"}")), "Expired token");
    assertRefused(wcs.post("connect", SampleClient.connect("s4", "{}")), "Missing token");
    assertRefused(wcs.post("connect", "{\"sessionId\":\"s5\"}"), "Missing token");
  }

  private static void assertRefused(SampleClient.Answer answer, String reason) {
    assertEquals(403, answer.status(), answer.body());
    assertEquals("{\"status\":403,\"reason\":\"" + reason + "\"}", answer.body());
    assertTrue(answer.contentType().startsWith("application/json"));
  }

  @Test
  void publishesGoIntoTheUsersNamespace() {
    connectAs("s1", "t-alice");
    SampleClient.Answer answer = wcs.post("publishStream",
        "{\"name\":\"cam1\",\"mediaSessionId\":\"m1\",\"sessionId\":\"s1\",\"published\":true,\"hasVideo\":\"true\"}");
    assertEquals(200, answer.status());
    assertEquals("alice/cam1", answer.json().get("name").asText());
    assertEquals("true", answer.json().get("hasVideo").asText(), "a stringly boolean stays a string");

    SampleClient.Answer already = wcs.post("publishStream", "{\"name\":\"alice/cam2\",\"sessionId\":\"s1\"}");
    assertEquals("{\"name\":\"alice/cam2\",\"sessionId\":\"s1\"}", already.body(), "nothing to change: exact echo");

    assertRefused(wcs.post("publishStream", "{\"name\":\"cam1\",\"sessionId\":\"unknown\"}"), "Not connected");
  }

  @Test
  void aPublishCarryingAValidTokenIsAcceptedAfterABackendRestart() {
    SampleClient.Answer answer = wcs.post("publishStream",
        "{\"name\":\"cam1\",\"sessionId\":\"s9\",\"custom\":{\"token\":\"t-bob\"}}");
    assertEquals(200, answer.status());
    assertEquals("bob/cam1", answer.json().get("name").asText());
  }

  @Test
  void playIsLimitedToOwnAndPublicStreams() {
    connectAs("s1", "t-alice");
    assertEquals(200, wcs.post("playStream", "{\"name\":\"alice/cam1\",\"sessionId\":\"s1\"}").status());
    assertEquals(200, wcs.post("playStream", "{\"name\":\"public/lobby\",\"sessionId\":\"s1\"}").status());
    assertRefused(wcs.post("playStream", "{\"name\":\"bob/cam1\",\"sessionId\":\"s1\"}"), "Stream not available");
  }

  @Test
  void aBlockedStreamIsStoppedAtItsNextKeepAlive() {
    assertEquals(200, wcs.post("StreamKeepAliveEvent", "{\"name\":\"alice/cam1\",\"status\":\"PUBLISHING\"}").status());
    assertRefused(wcs.post("StreamKeepAliveEvent", "{\"name\":\"alice/banned\",\"status\":\"PUBLISHING\"}"),
        "Stream blocked");
  }

  @Test
  void callsAlwaysGoOutWithTheServersSipLogin() {
    connectAs("s1", "t-alice");
    SampleClient.Answer answer = wcs.post("call",
        "{\"callId\":\"c1\",\"callee\":\"10002\",\"caller\":\"spoofed\",\"sessionId\":\"s1\",\"hasVideo\":false}");
    assertEquals(200, answer.status());
    assertEquals("10001", answer.json().get("caller").asText());
    assertRefused(wcs.post("call", "{\"callId\":\"c2\",\"sessionId\":\"stranger\"}"), "Not connected");
  }

  @Test
  void eventsAreAuditedOneJsonLineEachAndEchoed() throws IOException {
    connectAs("s1", "t-alice");
    String status = "{\"name\":\"alice/cam1\",\"status\":\"PUBLISHING\",\"sessionId\":\"s1\",\"info\":null}";
    assertEquals(status, wcs.post("StreamStatusEvent", status).body());
    String call = "{\"callId\":\"c1\",\"status\":\"RING_MEDIA\",\"sipStatus\":183,\"sessionId\":\"s1\"}";
    assertEquals(call, wcs.post("CallStatusEvent", call).body());
    String disconnected = "{\"status\":\"DISCONNECTED\",\"sessionId\":\"s1\"}";
    assertEquals(disconnected, wcs.post("ConnectionStatusEvent", disconnected).body());

    ObjectMapper json = new ObjectMapper();
    for (String line : auditLines) {
      assertFalse(line.contains("\n"), line);
      assertTrue(json.readTree(line).has("time"), line);
    }
    assertTrue(auditLines.stream().anyMatch(l -> l.contains("\"event\":\"StreamStatusEvent\"")
        && l.contains("\"user\":\"alice\"") && l.contains("\"status\":\"PUBLISHING\"")), auditLines.toString());
    assertTrue(auditLines.stream().anyMatch(l -> l.contains("\"status\":\"RING_MEDIA\"")), auditLines.toString());
    assertTrue(auditLines.stream().anyMatch(l -> l.contains("\"event\":\"ConnectionStatusEvent\"")));
    // The disconnected session is gone: its publishes are refused now.
    assertRefused(wcs.post("publishStream", "{\"name\":\"cam1\",\"sessionId\":\"s1\"}"), "Not connected");
  }
}
