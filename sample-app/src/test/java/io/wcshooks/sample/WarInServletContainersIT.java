package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WAR, deployed unchanged to a real Tomcat 10.1 and a real Jetty 12 (ee10) that the build
 * downloads and starts (Cargo), answers WCS's hook traffic in each. The URLs come from the build
 * ({@code sample.war.urls}, space-separated).
 */
class WarInServletContainersIT {

  static List<String> containers() {
    String urls = System.getProperty("sample.war.urls");
    assertNotNull(urls, "run by failsafe with sample.war.urls set to the deployed WARs");
    return List.of(urls.trim().split("\\s+"));
  }

  @ParameterizedTest
  @MethodSource("containers")
  void connectAcceptsAGoodTokenAndFillsInTheSipAccount(String url) {
    SampleClient wcs = new SampleClient(URI.create(url));
    SampleClient.Answer answer = wcs.post("connect", SampleClient.connect("war-1", "{\"token\":\"demo-alice\"}"));
    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
    assertEquals("10001", answer.json().get("sipLogin").asText());
    assertEquals("OVERWRITE", answer.json().at("/restClientConfig/publishStream/restPolicy").asText());
  }

  @ParameterizedTest
  @MethodSource("containers")
  void connectRefusesBadAndMissingTokensWithTheReason(String url) {
    SampleClient wcs = new SampleClient(URI.create(url));
    SampleClient.Answer bad = wcs.post("connect", SampleClient.connect("war-2", "{\"token\":\"wrong\"}"));
    assertEquals(403, bad.status());
    assertEquals("{\"status\":403,\"reason\":\"Invalid token\"}", bad.body());
    SampleClient.Answer none = wcs.post("connect", SampleClient.connect("war-3", "{}"));
    assertEquals(403, none.status());
    assertEquals("{\"status\":403,\"reason\":\"Missing token\"}", none.body());
  }

  @ParameterizedTest
  @MethodSource("containers")
  void publishIsRenamedAndEventsEchoExactly(String url) {
    SampleClient wcs = new SampleClient(URI.create(url));
    wcs.post("connect", SampleClient.connect("war-4", "{\"token\":\"demo-bob\"}"));
    SampleClient.Answer publish = wcs.post("publishStream", "{\"name\":\"cam\",\"sessionId\":\"war-4\"}");
    assertEquals("bob/cam", publish.json().get("name").asText());
    String event = "{\"name\":\"bob/cam\",\"status\":\"PUBLISHING\",\"sessionId\":\"war-4\",\"bitrate\":1.50e3,"
        + "\"big\":123456789012345678901234567890,\"x\":null,\"unicode\":\"Привет 👋\"}";
    SampleClient.Answer echo = wcs.post("StreamStatusEvent", event);
    assertEquals(200, echo.status());
    assertEquals(event, echo.body());
    assertEquals(event, wcs.post("OnTransferEvent", event).body(), "a hook without handler echoes too");
  }

  @ParameterizedTest
  @MethodSource("containers")
  void theHealthEndpointAnswersGet(String url) throws Exception {
    HttpResponse<String> health = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(url).resolve("_health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"UP\"}", health.body());
  }

  @ParameterizedTest
  @MethodSource("containers")
  void errorsAreJsonInTheContainerToo(String url) {
    SampleClient wcs = new SampleClient(URI.create(url));
    SampleClient.Answer unknown = wcs.post("no-such-hook", "{}");
    assertEquals(404, unknown.status());
    assertTrue(unknown.body().startsWith("{\"status\":404"), unknown.body());
    SampleClient.Answer malformed = wcs.post("connect", "{\"token\":");
    assertEquals(400, malformed.status());
    assertTrue(malformed.body().startsWith("{\"status\":400"), malformed.body());
  }
}
