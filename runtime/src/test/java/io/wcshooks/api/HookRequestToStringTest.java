package io.wcshooks.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.testing.TestConnect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A handler that logs its request ({@code log.info("connect " + request)}) writes no credential:
 * not the SIP password, not a token the client put into {@code custom}.
 */
class HookRequestToStringTest {
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);
  private static final String CONNECT = "{\"sipLogin\":\"alice\",\"sipPassword\":\"s3cret\",\"sipPort\":\"5060\","
      + "\"custom\":{\"user\":\"alice\",\"token\":\"t0k3n\",\"devices\":[{\"name\":\"cam\",\"apiKey\":\"k3y\"}]},"
      + "\"appKey\":\"defaultApp\",\"sessionId\":\"/192.168.1.38:64604/192.168.1.59:8443\",\"explicitNull\":null,"
      + "\"precise\":1.10}";

  private static ObjectNode parse(String json) {
    return JSON.readObject(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theTextHidesTheSpecsCredentialsAndThoseInCustom() {
    TestConnect connect = new TestConnect(parse(CONNECT));
    assertEquals("TestConnect{\"sipLogin\":\"alice\",\"sipPassword\":\"<hidden>\",\"sipPort\":\"5060\","
        + "\"custom\":{\"user\":\"alice\",\"token\":\"<hidden>\",\"devices\":[{\"name\":\"cam\",\"apiKey\":\"<hidden>\"}]},"
        + "\"appKey\":\"defaultApp\",\"sessionId\":\"/192.168.1.38:64604/192.168.1.59:8443\",\"explicitNull\":null,"
        + "\"precise\":1.10}", connect.toString());
  }

  /** Only the names tell: a type that names no credential still hides what looks like one. */
  @Test
  void aTypeThatNamesNoCredentialHidesWhatLooksLikeOne() {
    HookRequest request = new HookRequest(parse("{\"pin\":\"1234\",\"restPassword\":\"p\",\"custom\":{\"key\":\"k\"}}")) {};
    String text = request.toString();
    assertEquals("{\"pin\":\"1234\",\"restPassword\":\"<hidden>\",\"custom\":{\"key\":\"<hidden>\"}}",
        text.substring(text.indexOf('{')));
  }

  /** The echo is the tree: logging the request must neither change it nor count as a change to it. */
  @Test
  void theEchoIsUnchanged() {
    ObjectNode json = parse(CONNECT);
    TestConnect connect = new TestConnect(json);
    String text = connect.toString();
    assertFalse(text.contains("s3cret") || text.contains("t0k3n") || text.contains("k3y"), text);
    assertFalse(connect.isModified());
    assertEquals(CONNECT, new String(JSON.write(json), StandardCharsets.UTF_8));
    assertEquals("s3cret", connect.json().get("sipPassword").textValue());
  }

  /** What a handler writes into the echo is hidden as what WCS sent. */
  @Test
  void aCredentialTheHandlerSetsIsHiddenToo() {
    TestConnect connect = new TestConnect(parse("{\"sipLogin\":\"alice\"}"));
    connect.put("sipPassword", "fromTheBackend");
    assertEquals("TestConnect{\"sipLogin\":\"alice\",\"sipPassword\":\"<hidden>\"}", connect.toString());
    assertEquals("fromTheBackend", connect.json().get("sipPassword").textValue());
  }
}
