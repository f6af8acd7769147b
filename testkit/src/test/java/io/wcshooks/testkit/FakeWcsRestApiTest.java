package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.SpecLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's answers on the wire, against seed 002 as the spec records it. */
class FakeWcsRestApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private FakeWcsRestApi wcs;

  @BeforeEach
  void start() {
    wcs = FakeWcsRestApi.start();
  }

  @AfterEach
  void stop() {
    wcs.close();
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(wcs.baseUri() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void foundCallsHaveEveryFieldOf002sCallObject() throws Exception {
    // 002's example body for startup: booleans and the port as strings.
    assertEquals(200, post("/call/startup", "{\"callId\":\"c1\",\"callee\":\"10000\",\"toStream\":\"stream1\","
        + "\"rtmpUrl\":\"rtmp://localhost:1935/live/\",\"rtmpStream\":\"rtmp_stream1\",\"hasAudio\":\"true\","
        + "\"hasVideo\":\"true\",\"sipLogin\":\"10009\",\"sipPort\":\"5060\",\"appKey\":\"defaultApp\"}").statusCode());
    List<String> documented = SpecLoader.loadBundled().restApi().object("Call").orElseThrow().fields().stream()
        .map(Parameter::name).toList();

    for (String path : List.of("/call/find", "/call/find_all")) {
      HttpResponse<String> found = post(path, path.endsWith("find") ? "{\"callId\":\"c1\"}" : "{}");
      assertEquals(200, found.statusCode(), path);
      JsonNode call = JSON.readTree(found.body()).get(0);
      assertEquals(documented, names(call), path + ": " + call);
      assertEquals("ESTABLISHED", call.get("status").textValue());
      assertEquals("10009", call.get("caller").textValue());
      assertTrue(call.get("hasAudio").booleanValue());
      assertTrue(call.get("parentCallId").isNull(), call.toString());
      assertEquals(false, call.get("holdForTransfer").booleanValue());
    }
  }
}
