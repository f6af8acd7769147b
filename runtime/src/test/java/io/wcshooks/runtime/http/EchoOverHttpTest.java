package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.ExactJson.assertExactlyEqual;
import static io.wcshooks.runtime.testing.ExactJson.keys;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonContentType;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The echo over real HTTP: untouched, it is the request's exact bytes; after a handler changed a
 * field, it is the same tree (exact numbers, key order, nulls, strings) with that one change.
 */
class EchoOverHttpTest {
  private static final byte[] CONNECT = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  @Test
  void aHookWithoutHandlerEchoesTheExactBytes() {
    HttpResponse<byte[]> response = wcs.call("ConnectionStatusEvent", CONNECT);

    assertEquals(200, response.statusCode());
    assertJsonContentType(response);
    assertArrayEquals(CONNECT, response.body(), () -> body(response));
  }

  @Test
  void aHandlerThatOnlyReadsEchoesTheExactBytes() {
    AtomicReference<List<Object>> seen = new AtomicReference<>();
    wcs.hooks.connect = request -> {
      List<Object> values = new ArrayList<>();
      values.add(request.sipLogin());
      values.add(request.sipPort());
      values.add(request.hasVideo());
      seen.set(values);
      return HookResult.echo();
    };

    HttpResponse<byte[]> response = wcs.call("connect", CONNECT);

    assertEquals(200, response.statusCode());
    assertJsonContentType(response);
    assertArrayEquals(CONNECT, response.body(), () -> body(response));
    assertEquals("alice", seen.get().get(0));
    assertEquals(5060, seen.get().get(1), "a port sent as a string reads as a number");
    assertNull(seen.get().get(2), "an absent field reads as null");
  }

  @Test
  void aVoidHandlerEchoesTheExactBytes() {
    byte[] body = WcsBodies.STREAM_STATUS.getBytes(StandardCharsets.UTF_8);
    AtomicReference<String> status = new AtomicReference<>();
    wcs.hooks.streamStatusEvent = request -> status.set(request.status() + "/" + request.hasAudio());

    HttpResponse<byte[]> response = wcs.call("StreamStatusEvent", body);

    assertEquals(200, response.statusCode());
    assertArrayEquals(body, response.body(), () -> body(response));
    assertEquals("PLAYBACK_PROBLEM/false", status.get());
  }

  @Test
  void aChangedFieldKeepsItsPlaceAndEverythingElseStaysExact() {
    wcs.hooks.connect = request -> {
      request.hasVideo(); // absent: reading it must not add it
      request.sipLogin("bob");
      return HookResult.echo();
    };

    HttpResponse<byte[]> response = wcs.call("connect", CONNECT);

    assertEquals(200, response.statusCode());
    assertJsonContentType(response);
    ObjectNode expected = ExactJson.parseObject(WcsBodies.CONNECT);
    expected.put("sipLogin", "bob");
    JsonNode actual = ExactJson.parse(response.body());
    assertExactlyEqual(expected, actual);
    assertEquals(keys(ExactJson.parseObject(WcsBodies.CONNECT)), keys(actual), "key order, sipLogin in place");

    String text = body(response);
    assertTrue(text.contains("\"huge\":123456789012345678901234567890"), text);
    assertTrue(text.contains("\"negativeHuge\":-98765432109876543210987654321"), text);
    assertTrue(text.contains("\"pi\":3.14159265358979323846264338327950288"), text);
    assertTrue(text.contains("\"price\":1.10"), text);
    assertTrue(text.contains("\"zero\":0.000"), text);
    assertTrue(text.contains("[1,2.50,"), text);
    assertTrue(text.contains("\"useWsTunnel\":null"), "a present null stays: " + text);
    assertTrue(text.contains("\"hasAudio\":\"true\""), "a stringly boolean stays a string: " + text);
    assertTrue(text.contains("\"sipPort\":\"5060\""), "a stringly port stays a string: " + text);
    assertTrue(text.contains("Привет, мир"), "non-ASCII is written as UTF-8, not escaped: " + text);
    assertFalse(actual.has("hasVideo"), "an absent field stays absent: " + text);
  }

  @Test
  void anAddedFieldGoesLast() {
    wcs.hooks.connect = request -> {
      ObjectNode config = JsonNodeFactory.instance.objectNode();
      config.putObject("publishStream").put("restPolicy", "OVERWRITE").put("restOverwrite", "name");
      request.put("restClientConfig", config);
      return HookResult.echo();
    };

    HttpResponse<byte[]> response = wcs.call("connect", CONNECT);

    assertEquals(200, response.statusCode());
    ObjectNode expected = ExactJson.parseObject(WcsBodies.CONNECT);
    expected.putObject("restClientConfig").putObject("publishStream")
        .put("restPolicy", "OVERWRITE").put("restOverwrite", "name");
    assertExactlyEqual(expected, ExactJson.parse(response.body()));
  }

  @Test
  void aRemovedFieldIsGone() {
    wcs.hooks.connect = request -> {
      request.remove("origin");
      return HookResult.echo();
    };

    HttpResponse<byte[]> response = wcs.call("connect", CONNECT);

    assertEquals(200, response.statusCode());
    ObjectNode expected = ExactJson.parseObject(WcsBodies.CONNECT);
    expected.remove("origin");
    assertExactlyEqual(expected, ExactJson.parse(response.body()));
  }

  @Test
  void aReturnedRequestIsEchoedWithItsChanges() {
    wcs.hooks.publishStream = request -> request.name("renamed");
    byte[] body = WcsBodies.STREAM_STATUS.getBytes(StandardCharsets.UTF_8);

    HttpResponse<byte[]> response = wcs.call("publishStream", body);

    assertEquals(200, response.statusCode());
    assertJsonContentType(response);
    ObjectNode expected = ExactJson.parseObject(WcsBodies.STREAM_STATUS);
    expected.put("name", "renamed");
    assertExactlyEqual(expected, ExactJson.parse(response.body()));
  }

  @Test
  void aReturnedRequestUnchangedIsEchoedExactly() {
    byte[] body = WcsBodies.STREAM_STATUS.getBytes(StandardCharsets.UTF_8);

    HttpResponse<byte[]> response = wcs.call("publishStream", body);

    assertEquals(200, response.statusCode());
    assertArrayEquals(body, response.body(), () -> body(response));
  }

  @Test
  void escapesSurviveARewrite() {
    wcs.hooks.connect = request -> {
      request.sipLogin("bob");
      return HookResult.echo();
    };

    JsonNode actual = ExactJson.parse(wcs.call("connect", CONNECT).body());

    assertEquals("tab\t quote\" backslash\\ nul\0 slash/ e\u00e9", actual.get("escapes").textValue());
    assertEquals("\uD83D\uDE00", actual.get("escapedEmoji").textValue());
    assertEquals("\uD83D\uDE00", actual.get("emoji").textValue());
  }
}
