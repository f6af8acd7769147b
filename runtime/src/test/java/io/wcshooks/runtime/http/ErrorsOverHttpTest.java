package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.testing.HttpAssertions;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal, over real HTTP, is {@code Content-Type: application/json} with a body of
 * {@code {"status":N,"reason":...}} and nothing of our internals in it.
 */
class ErrorsOverHttpTest {
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("truncated", bytes("{\"sipLogin\":")),
        Arguments.of("not JSON", bytes("sipLogin=alice")),
        Arguments.of("empty", new byte[0]),
        Arguments.of("only whitespace", bytes("  \r\n ")),
        Arguments.of("array", bytes("[{\"sipLogin\":\"alice\"}]")),
        Arguments.of("string", bytes("\"alice\"")),
        Arguments.of("number", bytes("42")),
        Arguments.of("null", bytes("null")),
        Arguments.of("trailing garbage", bytes("{\"sipLogin\":\"alice\"} x")),
        Arguments.of("two objects", bytes("{\"a\":1}{\"b\":2}")),
        Arguments.of("a stray close bracket", bytes("{\"sipLogin\":\"alice\"]")),
        Arguments.of("a close bracket after the object", bytes("{\"sipLogin\":\"alice\"}]")),
        Arguments.of("an unclosed object", bytes("{\"custom\":{\"a\":1}")),
        Arguments.of("duplicate keys", bytes("{\"sipLogin\":\"alice\",\"sipLogin\":\"mallory\"}")),
        Arguments.of("duplicate nested keys", bytes("{\"custom\":{\"a\":1,\"a\":2}}")),
        Arguments.of("invalid UTF-8 in a string", concat(bytes("{\"sipLogin\":\""), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}"))),
        Arguments.of("stray continuation byte", concat(bytes("{\"sipLogin\":\""), new byte[] {(byte) 0x80}, bytes("\"}"))),
        Arguments.of("nesting deeper than the default limit", bytes("{\"custom\":" + "[".repeat(100) + "]".repeat(100) + "}")),
        Arguments.of("single quotes", bytes("{'sipLogin':'alice'}")),
        Arguments.of("comment", bytes("{/* c */\"sipLogin\":\"alice\"}")),
        Arguments.of("NaN", bytes("{\"bitrate\":NaN}")),
        Arguments.of("leading zero", bytes("{\"sipPort\":05060}")),
        Arguments.of("unescaped control character", bytes("{\"sipLogin\":\"a\tb\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void aMalformedBodyIs400(String what, byte[] body) {
    HttpResponse<byte[]> response = wcs.call("connect", body);

    String reason = assertJsonError(response, 400);
    assertNotNull(reason, "a 400 says what is wrong");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void aMalformedBodyIs400EvenForAHookWithoutHandler(String what, byte[] body) {
    assertJsonError(wcs.call("ConnectionStatusEvent", body), 400);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void aMalformedBodysReasonNamesNoLibraryInternals(String what, byte[] body) {
    String reason = assertJsonError(wcs.call("connect", body), 400);

    for (String internal : HttpAssertions.LIBRARY_INTERNALS) {
      assertFalse(reason.contains(internal), () -> "the reason names '" + internal + "': " + reason);
    }
  }

  static Stream<Arguments> invalidUtf8AcceptedByJackson() {
    return Stream.of(
        Arguments.of("overlong '/' (C0 AF)", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Arguments.of("overlong DEL (C1 BF)", new byte[] {(byte) 0xC1, (byte) 0xBF}),
        Arguments.of("3-byte overlong '/' (E0 80 AF)", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
        Arguments.of("UTF-8-encoded surrogate (ED A0 80)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("beyond U+10FFFF (F4 90 80 80)", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
        Arguments.of("lead byte F5", new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8AcceptedByJackson")
  void invalidUtf8ThatJacksonAcceptsIs400(String what, byte[] sequence) {
    byte[] body = concat(bytes("{\"sipLogin\":\""), sequence, bytes("\"}"));

    assertJsonError(wcs.call("ConnectionStatusEvent", body), 400);
    assertJsonError(wcs.call("connect", body), 400);
  }

  @Test
  void anUnknownHookIs404() {
    String reason = assertJsonError(wcs.call("noSuchHook", WcsBodies.CONNECT), 404);
    assertNotNull(reason);
  }

  @Test
  void hookNamesAreCaseSensitive() {
    assertJsonError(wcs.call("Connect", WcsBodies.CONNECT), 404);
  }

  @Test
  void getIs405WithAnAllowHeader() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("connect")).GET());

    assertEquals("hooks are called with POST", assertJsonError(response, 405));
    String allow = response.headers().firstValue("Allow").orElse("");
    assertTrue(allow.contains("POST"), "Allow: " + allow);
  }

  @Test
  void postToTheHealthCheckIs405WithItsOwnReason() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("_health"))
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));

    assertEquals("the health check is called with GET", assertJsonError(response, 405));
    String allow = response.headers().firstValue("Allow").orElse("");
    assertTrue(allow.contains("GET") && !allow.contains("POST"), "Allow: " + allow);
  }

  @Test
  void putIs405() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .PUT(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));

    assertJsonError(response, 405);
  }

  /**
   * Jersey hands a resource no call at all (null) for a body that is both empty and untyped; it is
   * still the empty body's 400, for a handled hook and an echoed one alike, never a 500.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"connect", "ConnectionStatusEvent"})
  void anEmptyBodyWithoutAContentTypeIs400(String hook) {
    HttpResponse<byte[]> response = wcs.send(HttpRequest.newBuilder(wcs.uri(hook))
        .POST(HttpRequest.BodyPublishers.noBody()));

    assertEquals("the body is empty; a hook body is a JSON object", assertJsonError(response, 400));
  }

  @Test
  void textPlainIs415() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .setHeader("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));

    assertJsonError(response, 415);
  }

  @Test
  void formEncodedIs415() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .setHeader("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("sipLogin=alice")));

    assertJsonError(response, 415);
  }

  @Test
  void anAcceptWithoutJsonIs406() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .setHeader("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));

    assertJsonError(response, 406);
  }

  /**
   * A quality of 0 is a refusal: JSON refused by the most specific range that matches it gets a
   * 406, on a hook and on the health check. Jersey answered 200.
   */
  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {"application/json;q=0", "*/*;q=0", "application/json;q=0, */*", "application/*;q=0",
      "application/*;q=0, */*;q=1", "text/html, application/json;q=0"})
  void anAcceptThatGivesJsonAQualityOf0Is406(String accept) {
    HttpResponse<byte[]> call = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .setHeader("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));
    assertJsonError(call, 406);
    HttpResponse<byte[]> health = wcs.send(HttpRequest.newBuilder(wcs.uri("_health")).header("Accept", accept).GET());
    assertJsonError(health, 406);
  }

  /** Headers Jersey cannot parse: it would answer a bare 400 of its own before any mapper. */
  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {"application/json;q=2", "application/json;q=abc", "application/json;q=0.0001",
      "application/json, @/@", "application/json;x=\"unterminated"})
  void aMalformedAcceptIs400(String accept) {
    HttpResponse<byte[]> call = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .setHeader("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));
    assertEquals("the Accept header is malformed", assertJsonError(call, 400));
    HttpResponse<byte[]> health = wcs.send(HttpRequest.newBuilder(wcs.uri("_health")).header("Accept", accept).GET());
    assertEquals("the Accept header is malformed", assertJsonError(health, 400));
    // As in Jersey: the path and the verb are matched first.
    assertJsonError(wcs.send(TestServer.wcsRequest(wcs.uri("nosuchhook")).setHeader("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT))), 404);
    HttpResponse<byte[]> get = wcs.send(TestServer.wcsRequest(wcs.uri("connect")).setHeader("Accept", accept).GET());
    assertJsonError(get, 405);
    assertTrue(get.headers().firstValue("Allow").orElse("").contains("POST"), get.headers().toString());
  }

  @Test
  void aMalformedContentTypeIs400EvenOnTheHealthCheck() {
    HttpResponse<byte[]> garbage = wcs.send(HttpRequest.newBuilder(wcs.uri("_health"))
        .header("Content-Type", "garbage").GET());
    assertEquals("the Content-Type header is malformed", assertJsonError(garbage, 400));
    HttpResponse<byte[]> two = wcs.send(HttpRequest.newBuilder(wcs.uri("_health"))
        .header("Content-Type", "text/plain").header("Content-Type", "text/html").GET());
    assertEquals("the Content-Type header is malformed", assertJsonError(two, 400));
    HttpResponse<byte[]> twoOnAHook = wcs.send(TestServer.wcsRequest(wcs.uri("connect"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)));
    assertEquals("the Content-Type header is malformed", assertJsonError(twoOnAHook, 400));
  }

  @Test
  void aHandlerFailureIs500WithoutDetail() {
    wcs.hooks.connect = request -> {
      throw new IllegalStateException("db password is hunter2");
    };

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertJsonError(response, 500);
    assertFalse(body(response).contains("hunter2"), body(response));
    assertFalse(body(response).contains("IllegalState"), body(response));
  }

  @Test
  void aCheckedHandlerFailureIs500WithoutDetail() {
    wcs.hooks.streamStatusEvent = request -> {
      throw new java.io.IOException("connection to 10.0.0.5 refused");
    };

    HttpResponse<byte[]> response = wcs.call("StreamStatusEvent", WcsBodies.STREAM_STATUS);

    assertJsonError(response, 500);
    assertFalse(body(response).contains("10.0.0.5"), body(response));
  }

  @Test
  void aHandlerReturningNullIs500() {
    wcs.hooks.connect = request -> null;

    assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 500);
  }

  @Test
  void readingAFieldOfTheWrongTypeIs400NamingTheField() {
    wcs.hooks.connect = request -> {
      request.hasVideo();
      return HookResult.echo();
    };

    String reason = assertJsonError(wcs.call("connect", "{\"sipLogin\":\"alice\",\"hasVideo\":{\"x\":1}}"), 400);

    assertNotNull(reason);
    assertTrue(reason.contains("hasVideo"), reason);
  }

  @Test
  void aNonNumericPortIs400NamingTheField() {
    wcs.hooks.connect = request -> {
      request.sipPort();
      return HookResult.echo();
    };

    String reason = assertJsonError(wcs.call("connect", "{\"sipPort\":\"five thousand\"}"), 400);

    assertTrue(reason.contains("sipPort"), reason);
  }

  @Test
  void aLongValueOfTheWrongTypeIsShortenedInTheReason() {
    wcs.hooks.connect = request -> {
      request.hasVideo();
      return HookResult.echo();
    };
    String value = "x".repeat(100_000);

    String reason = assertJsonError(wcs.call("connect", "{\"hasVideo\":\"" + value + "\"}"), 400);

    assertTrue(reason.startsWith("field 'hasVideo' must be a boolean"), reason);
    assertTrue(reason.length() < 200, () -> "a reason of " + reason.length() + " characters");
  }

  @Test
  void aFieldOfTheWrongTypeThatNobodyReadsIsEchoedUntouched() {
    byte[] body = bytes("{\"sipLogin\":\"alice\",\"hasVideo\":{\"x\":1},\"sipPort\":[5060]}");

    HttpResponse<byte[]> unhandled = wcs.call("ConnectionStatusEvent", body);
    HttpResponse<byte[]> handledWithoutReading = wcs.call("connect", body);

    assertEquals(200, unhandled.statusCode());
    assertArrayEquals(body, unhandled.body());
    assertEquals(200, handledWithoutReading.statusCode());
    assertArrayEquals(body, handledWithoutReading.body());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
