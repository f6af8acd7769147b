package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What handlers do to answers: forbid, overwrite, add restClientConfig, fail, read bad fields. */
class HandlersTest {
  private static final WcsSpec SPEC = SpecLoader.loadBundled();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static HookServer server;

  @BeforeAll
  static void start() {
    server = new HookServer("/");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String connectBody(String action) {
    return Bodies.forMethod(SPEC, SPEC.method("connect").orElseThrow())
        .replace("{\"token\":\"abc\"", "{\"token\":\"abc\",\"action\":\"" + action + "\"");
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void forbidWithReasonGivesExactlyStatusAndReason() {
    HttpResponse<byte[]> response = server.post("connect", connectBody("forbid"));
    assertEquals(403, response.statusCode());
    assertEquals("{\"status\":403,\"reason\":\"Wrong credentials\"}", text(response));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void forbidWithoutReasonGivesOnlyTheStatus() {
    HttpResponse<byte[]> response = server.post("connect", connectBody("forbidSilently"));
    assertEquals(403, response.statusCode());
    assertEquals("{\"status\":403}", text(response));
  }

  @Test
  void overwrittenFieldsKeepTheirPlaceAndEverythingElseStays() {
    String body = connectBody("overwrite");
    HttpResponse<byte[]> response = server.post("connect", body);
    assertEquals(200, response.statusCode(), text(response));

    ObjectNode sent = tree(body);
    ObjectNode answer = tree(text(response));
    assertEquals("alice", answer.get("sipLogin").asText());
    assertEquals("secret", answer.get("sipPassword").asText());
    assertTrue(answer.get("addedByBackend").booleanValue());

    List<String> expectedKeys = keys(sent);
    expectedKeys.add("addedByBackend");
    assertEquals(expectedKeys, keys(answer), "overwriting keeps each field's position; new ones go last");
    sent.fieldNames().forEachRemaining(field -> {
      if (!field.equals("sipLogin") && !field.equals("sipPassword")) {
        assertEquals(sent.get(field), answer.get(field), field);
      }
    });
    // Numbers come back with the text WCS sent, not just the value.
    String answerText = text(response);
    for (String number : List.of("123456789012345678901234567890", "3.14159265358979323846264338327950288",
        ":1.10,", ":0.0000001,", ":1e5,", ":-0,", "1.25e-3", "\"sipPort\":\"5060\"")) {
      assertTrue(answerText.contains(number), () -> number + " in " + answerText);
    }
  }

  @Test
  void connectMayAddATypedRestClientConfig() {
    HttpResponse<byte[]> response = server.post("connect", connectBody("config"));
    assertEquals(200, response.statusCode(), text(response));
    JsonNode config = tree(text(response)).get("restClientConfig");
    assertEquals(tree("{\"publishStream\":{\"clientExclude\":\"\",\"restExclude\":\"\",\"restOnError\":\"LOG\","
        + "\"restPolicy\":\"OVERWRITE\",\"restOverwrite\":\"name\"},"
        + "\"StreamKeepAliveEvent\":{\"clientExclude\":\"\",\"restExclude\":\"\",\"restOnError\":\"FAIL\","
        + "\"restPolicy\":\"NOTIFY\",\"restOverwrite\":\"\"}}"), config);
  }

  @Test
  void aFailingHandlerGivesAJson500WithoutDetail() {
    HttpResponse<byte[]> response = server.post("connect", connectBody("fail"));
    assertEquals(500, response.statusCode());
    String answer = text(response);
    assertEquals(500, tree(answer).get("status").asInt());
    assertFalse(answer.contains("IllegalStateException"), answer);
    assertFalse(answer.contains("a bug in the handler"), answer);
    assertFalse(answer.contains("at io.wcshooks"), answer);
  }

  @Test
  void aFieldOfTheWrongTypeIs400OnlyWhenAHandlerReadsIt() {
    String body = connectBody("readsBadField").replace("\"sipRegisterRequired\":false",
        "\"sipRegisterRequired\":{\"x\":1}");
    assertTrue(body.contains("{\"x\":1}"));
    HttpResponse<byte[]> read = server.post("connect", body);
    assertEquals(400, read.statusCode());
    assertTrue(text(read).contains("sipRegisterRequired"), text(read));

    // ConnectionStatusEvent has no handler: nobody reads the field, so it is echoed untouched.
    HttpResponse<byte[]> echoed = server.post("ConnectionStatusEvent", body);
    assertEquals(200, echoed.statusCode());
    assertEquals(body, text(echoed));
  }

  @Test
  void publishStreamIsRenamedOrRefused() {
    String body = Bodies.forMethod(SPEC, SPEC.method("publishStream").orElseThrow())
        .replace("\"name\":\"name-value-0\"", "\"name\":\"rename:cam1\"");
    HttpResponse<byte[]> renamed = server.post("publishStream", body);
    assertEquals(200, renamed.statusCode());
    assertEquals(tree(body.replace("rename:cam1", "live/cam1")), tree(text(renamed)));
    assertEquals("live/cam1", tree(text(renamed)).get("name").asText());

    HttpResponse<byte[]> refused = server.post("publishStream", "{\"name\":\"forbidden-stream\"}");
    assertEquals(403, refused.statusCode());
    assertEquals("{\"status\":403,\"reason\":\"Stream name not allowed\"}", text(refused));
  }

  @Test
  void unknownEnumValuesReachTheHandlerAndTheEcho() {
    String body = "{\"name\":\"s1\",\"status\":\"SNAPSHOT_COMPLETE\",\"sessionId\":\"x\"}";
    String unknown = "{\"name\":\"s2\",\"status\":\"SOMETHING_NEW\"}";
    assertEquals(body, text(server.post("StreamStatusEvent", body)));
    assertEquals(unknown, text(server.post("StreamStatusEvent", unknown)));
    List<StreamLog.Entry> entries = server.log.entries();
    assertTrue(entries.contains(new StreamLog.Entry("s1", "SNAPSHOT_COMPLETE", true)), entries.toString());
    assertTrue(entries.contains(new StreamLog.Entry("s2", "SOMETHING_NEW", false)), entries.toString());
  }

  @Test
  void aBlockedStreamIsStoppedAtItsNextKeepAlive() {
    String body = "{\"name\":\"to-block\",\"status\":\"PUBLISHING\",\"mediaSessionId\":\"m1\"}";
    assertEquals(200, server.post("StreamKeepAliveEvent", body).statusCode());
    server.log.block("to-block");
    HttpResponse<byte[]> stopped = server.post("StreamKeepAliveEvent", body);
    assertEquals(403, stopped.statusCode());
    assertEquals("{\"status\":403,\"reason\":\"Stream blocked\"}", text(stopped));
  }
}
