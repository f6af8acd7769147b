package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactedJsonTest {
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);

  private static ObjectNode parse(String json) {
    return JSON.readObject(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void namedFieldsAreHiddenWhateverTheirNamesAndValues() {
    ObjectNode json = parse("{\"pin\":\"1234\",\"sipPassword\":{\"a\":1},\"n\":5060,\"sessionId\":\"s1\"}");
    assertEquals("{\"pin\":\"<hidden>\",\"sipPassword\":\"<hidden>\",\"n\":\"<hidden>\",\"sessionId\":\"s1\"}",
        RedactedJson.toString(json, "pin", "n"));
  }

  /** A client names the fields of custom as it likes, and nests them as deep as it likes. */
  @Test
  void credentialsInsideObjectsAndArraysAreHiddenAtAnyDepth() {
    ObjectNode json = parse("{\"custom\":{\"user\":\"alice\",\"token\":\"t0k3n\",\"login\":{\"realm\":\"r\","
        + "\"Password\":\"hunter2\",\"hints\":[{\"apiKey\":\"k3y\",\"kind\":\"x\"},[{\"client_secret\":\"s3\"}]]}},"
        + "\"payload\":[{\"auth\":\"Bearer b\"},7]}");
    assertEquals("{\"custom\":{\"user\":\"alice\",\"token\":\"<hidden>\",\"login\":{\"realm\":\"r\","
        + "\"Password\":\"<hidden>\",\"hints\":[{\"apiKey\":\"<hidden>\",\"kind\":\"x\"},[{\"client_secret\":"
        + "\"<hidden>\"}]]}},\"payload\":[{\"auth\":\"<hidden>\"},7]}", RedactedJson.toString(json));
  }

  @Test
  void aCredentialHoldingAnObjectOrAnArrayIsHiddenWhole() {
    ObjectNode json = parse("{\"custom\":{\"credentials\":{\"user\":\"alice\",\"pin\":1},\"tokens\":[\"a\",\"b\"]}}");
    assertEquals("{\"custom\":{\"credentials\":\"<hidden>\",\"tokens\":\"<hidden>\"}}", RedactedJson.toString(json));
  }

  /** Null hides nothing, and says that no credential came. */
  @Test
  void anExplicitNullShowsAsNull() {
    ObjectNode json = parse("{\"sipPassword\":null,\"custom\":{\"token\":null,\"password\":\"\"}}");
    assertEquals("{\"sipPassword\":null,\"custom\":{\"token\":null,\"password\":\"<hidden>\"}}",
        RedactedJson.toString(json, "sipPassword"));
  }

  /** Numbers keep their exact text, strings their escapes, fields their order; nothing else changes. */
  @Test
  void everythingElseShowsAsItIs() {
    String body = "{\"z\":1.10,\"a\":1e5,\"big\":123456789012345678901234567890,\"u\":\"\\u00e9 \\\"q\\\"\","
        + "\"nested\":{\"list\":[null,true,{}]},\"appKey\":\"defaultApp\"}";
    ObjectNode json = parse(body);
    assertEquals(json.toString(), RedactedJson.toString(json));
  }

  @Test
  void theObjectItselfIsNotChanged() {
    ObjectNode json = parse("{\"sipPassword\":\"s3cret\",\"custom\":{\"token\":\"t\",\"list\":[{\"key\":\"k\"}]}}");
    ObjectNode before = json.deepCopy();
    String text = RedactedJson.toString(json, "sipPassword");
    assertFalse(text.contains("s3cret"), text);
    assertEquals(before, json);
    assertEquals("{\"sipPassword\":\"s3cret\",\"custom\":{\"token\":\"t\",\"list\":[{\"key\":\"k\"}]}}",
        json.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"password", "sipPassword", "PASSWORD", "passwordHash", "passwd", "pwd", "client_secret",
      "secretKey", "token", "authToken", "access-token", "credentials", "Authorization", "auth", "AUTH", "key", "Key",
      "apiKey", "api_key", "X-Api-Key", "accessKey", "private.key"})
  void namesThatLookLikeCredentials(String name) {
    assertTrue(RedactedJson.looksLikeCredential(name), name);
  }

  /** appKey names the application every call is for: hiding it would hide nothing secret. */
  @ParameterizedTest
  @ValueSource(strings = {"appKey", "sessionId", "nodeId", "sipLogin", "sipAuthenticationName", "author", "keyframe",
      "keys", "monkey", "name", "mediaSessionId", "status", "info", "custom"})
  void namesThatDoNot(String name) {
    assertFalse(RedactedJson.looksLikeCredential(name), name);
  }
}
