package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The WAR, deployed unchanged to a real Tomcat 10.1 that the build downloads and starts (Cargo),
 * answers WCS's hook traffic. The URL comes from the build ({@code sample.war.url}).
 */
class WarOnTomcatIT {
  private final SampleClient wcs = new SampleClient(URI.create(url()));

  private static String url() {
    String url = System.getProperty("sample.war.url");
    assertNotNull(url, "run by failsafe with sample.war.url set to the deployed WAR");
    return url;
  }

  @Test
  void connectAcceptsAGoodTokenAndFillsInTheSipAccount() {
    SampleClient.Answer answer = wcs.post("connect", SampleClient.connect("war-1", "{\"token\":\"demo-alice\"}"));
    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
    assertEquals("10001", answer.json().get("sipLogin").asText());
    assertEquals("OVERWRITE", answer.json().at("/restClientConfig/publishStream/restPolicy").asText());
  }

  @Test
  void connectRefusesBadAndMissingTokensWithTheReason() {
    SampleClient.Answer bad = wcs.post("connect", SampleClient.connect("war-2", "{\"token\":\"wrong\"}"));
    assertEquals(403, bad.status());
    assertEquals("{\"status\":403,\"reason\":\"Invalid token\"}", bad.body());
    SampleClient.Answer none = wcs.post("connect", SampleClient.connect("war-3", "{}"));
    assertEquals(403, none.status());
    assertEquals("{\"status\":403,\"reason\":\"Missing token\"}", none.body());
  }

  @Test
  void publishIsRenamedAndEventsEchoExactly() {
    wcs.post("connect", SampleClient.connect("war-4", "{\"token\":\"demo-bob\"}"));
    SampleClient.Answer publish = wcs.post("publishStream", "{\"name\":\"cam\",\"sessionId\":\"war-4\"}");
    assertEquals("bob/cam", publish.json().get("name").asText());
    String event = "{\"name\":\"bob/cam\",\"status\":\"PUBLISHING\",\"sessionId\":\"war-4\",\"bitrate\":1.50e3,"
        + "\"big\":123456789012345678901234567890,\"x\":null}";
    SampleClient.Answer echo = wcs.post("StreamStatusEvent", event);
    assertEquals(200, echo.status());
    assertEquals(event, echo.body());
    assertEquals(event, wcs.post("OnTransferEvent", event).body(), "a hook without handler echoes too");
  }

  @Test
  void theHealthEndpointAnswersGet() throws Exception {
    java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(URI.create(url()).resolve("_health")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"UP\"}", health.body());
  }

  @Test
  void errorsAreJsonInTheContainerToo() {
    SampleClient.Answer unknown = wcs.post("no-such-hook", "{}");
    assertEquals(404, unknown.status());
    assertTrue(unknown.body().startsWith("{\"status\":404"), unknown.body());
    SampleClient.Answer malformed = wcs.post("connect", "{\"token\":");
    assertEquals(400, malformed.status());
    assertTrue(malformed.body().startsWith("{\"status\":400"), malformed.body());
  }
}
