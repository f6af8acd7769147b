package io.wcshooks.runtime.security;

import static io.wcshooks.runtime.security.Signatures.hmacMd5Hex;
import static io.wcshooks.runtime.security.Signatures.utf8;
import static io.wcshooks.runtime.security.Signatures.wcsHeader;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonContentType;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signed hooks over real HTTP: {@code Authorization: WCS <hex HMAC-MD5 of the body>}, the digest
 * computed here with {@code javax.crypto.Mac} over the exact bytes sent. A good signature gets the
 * exact echo; anything else a 403 JSON answer, with the handler never called.
 */
class SignedHooksOverHttpTest {
  private static final String SECRET = "rest-hook-secret-0123456789";
  private static final int MAX_BODY = 16 * 1024;
  private static final List<String> HOOKS = List.of("connect", "StreamStatusEvent", "publishStream", "ConnectionStatusEvent");
  /** Cyrillic and emoji in values and keys, as WCS sends them (raw UTF-8). */
  private static final String NON_ASCII = "{\"sessionId\":\"сессия-😀\",\"appKey\":\"приложение\","
      + "\"name\":\"поток 🎥 №1\",\"ключ\":\"значение\",\"flags\":\"🇷🇺👩‍💻\"}";

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\nContent-Length: *(\\d+)");

  private static ConfiguredTestServer wcs;
  private static final AtomicInteger handled = new AtomicInteger();

  @BeforeAll
  static void start() {
    wcs = ConfiguredTestServer.start(new JsonLimits(MAX_BODY, 64, 8 * 1024, 200),
        HookSecurity.builder().signatureSecret(SECRET).build());
  }

  @AfterAll
  static void stop() {
    wcs.close();
  }

  @BeforeEach
  void countHandlerCalls() {
    handled.set(0);
    wcs.hooks.connect = request -> {
      handled.incrementAndGet();
      return HookResult.echo();
    };
    wcs.hooks.streamStatusEvent = request -> handled.incrementAndGet();
    wcs.hooks.publishStream = request -> {
      handled.incrementAndGet();
      return request;
    };
  }

  static Stream<Arguments> signedCalls() {
    return HOOKS.stream().flatMap(hook -> Stream.of(
        Arguments.of(hook, "connect body", WcsBodies.CONNECT),
        Arguments.of(hook, "stream status", WcsBodies.STREAM_STATUS),
        Arguments.of(hook, "cyrillic and emoji", NON_ASCII)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("signedCalls")
  void aCorrectlySignedCallIsEchoedExactly(String hook, String what, String text) {
    byte[] body = utf8(text);

    HttpResponse<byte[]> response = wcs.call(hook, body, "Authorization", wcsHeader(SECRET, body));

    assertEquals(200, response.statusCode(), () -> body(response));
    assertJsonContentType(response);
    assertArrayEquals(body, response.body());
    assertEquals(hook.equals("ConnectionStatusEvent") ? 0 : 1, handled.get(), "handler calls");
  }

  @Test
  void upperCaseHexAndAnyCaseOfTheSchemeAreAccepted() {
    byte[] body = utf8(NON_ASCII);
    String hex = hmacMd5Hex(SECRET, body);

    for (String header : List.of("WCS " + hex.toUpperCase(), "wcs " + hex, "Wcs " + hex, "WCS   " + hex + "  ")) {
      HttpResponse<byte[]> response = wcs.call("connect", body, "Authorization", header);
      assertEquals(200, response.statusCode(), () -> header + ": " + body(response));
      assertArrayEquals(body, response.body());
    }
  }

  @Test
  void aSignatureWrittenWithoutItsLeadingZerosIsTheSameSignature() {
    // Java code that hex-encodes a digest with BigInteger.toString(16) drops leading zeros.
    byte[] body = null;
    String hex = null;
    for (int i = 0; hex == null || !hex.startsWith("0"); i++) {
      body = utf8("{\"sessionId\":\"s" + i + "\",\"name\":\"поток\"}");
      hex = hmacMd5Hex(SECRET, body);
    }
    String stripped = hex.replaceFirst("^0+", "");

    HttpResponse<byte[]> response = wcs.call("connect", body, "Authorization", "WCS " + stripped);

    assertEquals(200, response.statusCode(), () -> body(response));
    assertEquals(1, handled.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.wcshooks.runtime.security.SignedHooksOverHttpTest#hooks")
  void aCallWithoutSignatureIs403AndNoHandlerRuns(String hook) {
    HttpResponse<byte[]> response = wcs.call(hook, utf8(WcsBodies.CONNECT));

    assertEquals(HookSecurity.MISSING_SIGNATURE, assertJsonError(response, 403));
    assertEquals(0, handled.get(), "the handler must not run");
  }

  static Stream<String> hooks() {
    return HOOKS.stream();
  }

  static Stream<Arguments> wrongSignatures() {
    byte[] body = utf8(WcsBodies.CONNECT);
    String good = hmacMd5Hex(SECRET, body);
    String flipped = (good.charAt(0) == '0' ? '1' : '0') + good.substring(1);
    String lastFlipped = good.substring(0, 31) + (good.charAt(31) == 'f' ? 'e' : 'f');
    byte[] compact = utf8(WcsBodies.CONNECT.replaceAll("\\s+\"", "\"").replace(" : ", ":"));
    byte[] altered = utf8(WcsBodies.CONNECT.replace("Привет", "Привeт")); // a Latin e
    return Stream.of(
        Arguments.of("another secret", "WCS " + hmacMd5Hex(SECRET + "x", body)),
        Arguments.of("a secret differing only in case", "WCS " + hmacMd5Hex(SECRET.toUpperCase(), body)),
        Arguments.of("the signature of the same JSON without its whitespace", wcsHeader(SECRET, compact)),
        Arguments.of("the signature of a body with one letter changed", wcsHeader(SECRET, altered)),
        Arguments.of("the first digit changed", "WCS " + flipped),
        Arguments.of("the last digit changed", "WCS " + lastFlipped),
        Arguments.of("the last digit missing", "WCS " + good.substring(0, 31)),
        Arguments.of("a digit too many", "WCS " + good + "0"),
        Arguments.of("a zero in front", "WCS 0" + good),
        Arguments.of("not hex", "WCS " + good.substring(0, 30) + "zz"),
        Arguments.of("a plain MD5 of the body, no key", "WCS " + HexFormat.of().formatHex(md5(body))),
        Arguments.of("base64 instead of hex", "WCS " + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(good))),
        Arguments.of("the scheme without a signature", "WCS"),
        Arguments.of("the scheme and a space", "WCS "),
        Arguments.of("a signature without the scheme", good),
        Arguments.of("another scheme", "Bearer " + good),
        Arguments.of("Basic credentials", "Basic " + java.util.Base64.getEncoder().encodeToString(utf8("wcs:" + SECRET))),
        Arguments.of("the scheme run into the signature", "WCS" + good),
        Arguments.of("the secret itself", "WCS " + SECRET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongSignatures")
  void aWrongSignatureIs403AndNoHandlerRuns(String what, String header) {
    for (String hook : HOOKS) {
      HttpResponse<byte[]> response = wcs.call(hook, utf8(WcsBodies.CONNECT), "Authorization", header);

      String reason = assertJsonError(response, 403);
      assertTrue(reason.equals(HookSecurity.WRONG_SIGNATURE) || reason.equals(HookSecurity.MISSING_SIGNATURE), reason);
    }
    assertEquals(0, handled.get(), "the handler must not run");
  }

  @Test
  void theRefusalIsExactlyTheBodyWcsShowsItsClient() {
    byte[] body = utf8(WcsBodies.CONNECT);

    HttpResponse<byte[]> response = wcs.call("connect", body, "Authorization", "WCS " + "0".repeat(32));

    assertEquals(403, response.statusCode());
    assertEquals("{\"status\":403,\"reason\":\"Wrong hook signature\"}", body(response));
  }

  @Test
  void twoAuthorizationHeadersAre403() {
    byte[] body = utf8(WcsBodies.CONNECT);
    String good = wcsHeader(SECRET, body);

    HttpResponse<byte[]> response = wcs.call("connect", body, "Authorization", good, "Authorization", good);

    assertJsonError(response, 403);
    assertEquals(0, handled.get());
  }

  @Test
  void aSignatureForAnotherBodyOfTheSameLengthIs403() {
    byte[] body = utf8("{\"sessionId\":\"alice\"}");
    byte[] forged = utf8("{\"sessionId\":\"mallo\"}");
    assertEquals(body.length, forged.length);

    HttpResponse<byte[]> response = wcs.call("connect", forged, "Authorization", wcsHeader(SECRET, body));

    assertJsonError(response, 403);
    assertEquals(0, handled.get());
  }

  @Test
  void aChunkedSignedBodyIsHashedWhole() {
    byte[] body = utf8(WcsBodies.CONNECT);
    HttpRequest.Builder request = TestServer.wcsRequest(wcs.uri("connect"))
        .header("Authorization", wcsHeader(SECRET, body))
        // No length known in advance: the JDK client sends it chunked.
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    HttpResponse<byte[]> response = wcs.send(request);

    assertEquals(200, response.statusCode(), () -> body(response));
    assertArrayEquals(body, response.body());
  }

  @Test
  void aSignedBodyAtTheLimitIsEchoed() {
    byte[] body = padded(MAX_BODY);

    HttpResponse<byte[]> response = wcs.call("ConnectionStatusEvent", body, "Authorization", wcsHeader(SECRET, body));

    assertEquals(200, response.statusCode(), () -> body(response));
    assertArrayEquals(body, response.body());
  }

  @Test
  void aSignedBodyOverTheLimitIs413() {
    byte[] body = padded(MAX_BODY + 1);

    String reason = assertJsonError(wcs.call("connect", body, "Authorization", wcsHeader(SECRET, body)), 413);

    assertTrue(reason.contains(String.valueOf(MAX_BODY)), reason);
    assertEquals(0, handled.get());
  }

  @Test
  void aChunkedSignedBodyOverTheLimitIs413() {
    byte[] body = padded(4 * MAX_BODY);
    HttpRequest.Builder request = TestServer.wcsRequest(wcs.uri("connect"))
        .header("Authorization", wcsHeader(SECRET, body))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertJsonError(wcs.send(request), 413);
    assertEquals(0, handled.get());
  }

  @Test
  void theFilterReadsNoFurtherThanTheConfiguredLimit() {
    // Over this server's 16 KiB but under the 1 MiB default: only a filter that knows the
    // configured limit answers 413 here; one that read on would find the signature wrong (403).
    byte[] body = padded(MAX_BODY + 1);

    assertJsonError(wcs.call("connect", body, "Authorization", "WCS " + "0".repeat(32)), 413);
  }

  @Test
  void aContentLengthBeyondTwoGigabytesIs413() throws IOException {
    // Jersey reads Content-Length as an int and throws past 2^31-1: through its pipeline the filter
    // answered a logged 500 with a stack trace, to any caller that wrote "WCS" and a few digits.
    String head = "POST " + wcs.uri("connect").getRawPath() + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nAccept: application/json\r\n"
        + "Authorization: WCS " + "0".repeat(32) + "\r\nContent-Length: 3000000000\r\n\r\n{\"sessionId\":\"s1\"";

    String answer = answerTo(head);

    assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    assertTrue(answer.endsWith("{\"status\":413,\"reason\":\"the body is larger than the limit of " + MAX_BODY
        + " bytes\"}"), answer);
    assertEquals(0, handled.get());
  }

  @Test
  void aContentLengthSentTwiceIsTheLengthOnce() throws IOException {
    // Grizzly lets the same Content-Length through twice (Jetty answers 400 itself): through Jersey's
    // pipeline the filter read the two as one value, "2,2", and answered a small body 413. On Grizzly
    // through Jersey here, whatever container and path the build runs this class on.
    TestHooks hooks = new TestHooks();
    AtomicInteger calls = new AtomicInteger();
    hooks.connect = request -> {
      calls.incrementAndGet();
      return HookResult.echo();
    };
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks).build());
    config.register(hooks);
    config.register(HookSecurity.builder().signatureSecret(SECRET).build());
    String body = "{\"sessionId\":\"s1\"}";
    String request = "POST /connect HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n"
        + "Authorization: " + wcsHeader(SECRET, utf8(body)) + "\r\nContent-Length: " + body.length()
        + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;

    try (WcsHookServer server = WcsHookServer.start(config,
        new ServerSettings("127.0.0.1", 0, "/", false, ServerContainer.GRIZZLY))) {
      String answer = answerTo(server.port(), request);

      assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
      assertTrue(answer.endsWith("\r\n\r\n" + body), answer);
      assertEquals(1, calls.get());
    }
  }

  /** Writes a request (its body never finished) and reads one answer, whose body has a Content-Length. */
  private static String answerTo(String request) throws IOException {
    return answerTo(wcs.server.port(), request);
  }

  private static String answerTo(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      for (int b; (b = in.read()) != -1; ) {
        read.write(b);
        String text = read.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        Matcher length = CONTENT_LENGTH.matcher(text);
        if (end >= 0 && length.find() && read.size() == end + 4 + Integer.parseInt(length.group(1))) {
          break;
        }
      }
      return read.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void anUnsignedBodyOverTheLimitIs403WithoutBeingRead() {
    assertJsonError(wcs.call("connect", padded(4 * MAX_BODY)), 403);
  }

  @Test
  void aCorrectlySignedMalformedBodyIsStill400() {
    byte[] body = utf8("{\"sessionId\":\"сессия\",");

    assertJsonError(wcs.call("connect", body, "Authorization", wcsHeader(SECRET, body)), 400);
    assertEquals(0, handled.get());
  }

  @Test
  void aForbiddingHandlerStillForbidsASignedCall() {
    wcs.hooks.connect = request -> HookResult.forbid("Invalid token");
    byte[] body = utf8(NON_ASCII);

    assertEquals("Invalid token", assertJsonError(wcs.call("connect", body, "Authorization", wcsHeader(SECRET, body)), 403));
  }

  @Test
  void theHealthEndpointStaysOpen() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("_health")).GET());

    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"UP\"}", body(response));
  }

  @Test
  void anUnknownHookIs404EitherWay() {
    byte[] body = utf8(WcsBodies.CONNECT);

    assertJsonError(wcs.call("noSuchHook", body), 404);
    assertJsonError(wcs.call("noSuchHook", body, "Authorization", wcsHeader(SECRET, body)), 404);
  }

  @Test
  void theSignatureCoversTheBodyNotTheHook() {
    // Documented: WCS signs the body only, so a body signed for one hook passes on another.
    byte[] body = utf8(WcsBodies.STREAM_STATUS);
    String header = wcsHeader(SECRET, body);

    assertEquals(200, wcs.call("StreamStatusEvent", body, "Authorization", header).statusCode());
    assertEquals(200, wcs.call("publishStream", body, "Authorization", header).statusCode());
  }

  @Test
  void ourDigestsAreTheRfc2104Ones() {
    // RFC 2104's test vector: the test's own HMAC-MD5 is the standard one.
    assertEquals("750c783e6ab0b503eaa86e310a5db738", hmacMd5Hex("Jefe", utf8("what do ya want for nothing?")));
    assertNotEquals(hmacMd5Hex("Jefe", utf8("a")), hmacMd5Hex("jefe", utf8("a")));
  }

  private static byte[] md5(byte[] body) {
    try {
      return MessageDigest.getInstance("MD5").digest(body);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An object body of exactly {@code size} bytes, with Cyrillic, padded with whitespace. */
  private static byte[] padded(int size) {
    byte[] head = utf8("{\"name\":\"поток\",\"pad\":0");
    byte[] bytes = new byte[size];
    System.arraycopy(head, 0, bytes, 0, head.length);
    java.util.Arrays.fill(bytes, head.length, size - 1, (byte) ' ');
    bytes[size - 1] = '}';
    return bytes;
  }
}
