package io.wcshooks.runtime.security;

import static io.wcshooks.runtime.security.Signatures.utf8;
import static io.wcshooks.runtime.security.Signatures.wcsHeader;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTTP Basic authentication over real HTTP, as WCS does it for an application with
 * {@code restUsername}/{@code restPassword}: the right credentials get the exact echo; anything
 * else a 401 JSON answer with the {@code Basic realm="wcs-hooks", charset="UTF-8"} challenge, the handler never
 * called.
 */
class BasicAuthOverHttpTest {
  private static final String USER = "wcs";
  /** A colon is allowed in a password, and WCS passwords may well be non-ASCII. */
  private static final String PASSWORD = "p:ässwörd-пароль-😀";
  private static final List<String> HOOKS = List.of("connect", "StreamStatusEvent", "publishStream", "ConnectionStatusEvent");

  private static ConfiguredTestServer wcs;
  private static final AtomicInteger handled = new AtomicInteger();

  @BeforeAll
  static void start() {
    wcs = ConfiguredTestServer.start(HookSecurity.builder().basicAuth(USER, PASSWORD).build());
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

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString(utf8(user + ":" + password));
  }

  static Stream<String> hooks() {
    return HOOKS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hooks")
  void theRightCredentialsGetTheExactEcho(String hook) {
    byte[] body = utf8(WcsBodies.CONNECT);

    HttpResponse<byte[]> response = wcs.call(hook, body, "Authorization", basic(USER, PASSWORD));

    assertEquals(200, response.statusCode(), () -> body(response));
    assertArrayEquals(body, response.body());
    assertEquals(hook.equals("ConnectionStatusEvent") ? 0 : 1, handled.get());
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    byte[] body = utf8(WcsBodies.STREAM_STATUS);

    HttpResponse<byte[]> response = wcs.call("StreamStatusEvent", body, "Authorization",
        "basic " + basic(USER, PASSWORD).substring("Basic ".length()));

    assertEquals(200, response.statusCode(), () -> body(response));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hooks")
  void noCredentialsIs401WithAChallengeAndNoHandlerRuns(String hook) {
    HttpResponse<byte[]> response = wcs.call(hook, utf8(WcsBodies.CONNECT));

    assertEquals(HookSecurity.MISSING_CREDENTIALS, assertJsonError(response, 401));
    assertEquals(List.of(HookSecurity.CHALLENGE), response.headers().allValues("WWW-Authenticate"));
    assertEquals(0, handled.get(), "the handler must not run");
  }

  static Stream<Arguments> wrongCredentials() {
    String password = PASSWORD;
    return Stream.of(
        Arguments.of("a wrong password", basic(USER, password + "x")),
        Arguments.of("the password cut short", basic(USER, password.substring(0, password.length() - 1))),
        Arguments.of("the password's prefix up to its colon", basic(USER, "p")),
        Arguments.of("an empty password", basic(USER, "")),
        Arguments.of("a wrong user", basic("admin", password)),
        Arguments.of("the user in another case", basic("WCS", password)),
        Arguments.of("user and password swapped", basic(password, USER)),
        Arguments.of("no colon", "Basic " + Base64.getEncoder().encodeToString(utf8(USER + password))),
        Arguments.of("the password in Latin-1, which lacks its characters", "Basic " + Base64.getEncoder().encodeToString(
            (USER + ":" + password).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))),
        Arguments.of("not base64", "Basic !!!not-base64!!!"),
        Arguments.of("nothing after the scheme", "Basic"),
        Arguments.of("a space after the scheme", "Basic "),
        Arguments.of("unencoded credentials", "Basic " + USER + ":p"),
        Arguments.of("a signature instead", wcsHeader(password, utf8(WcsBodies.CONNECT))),
        Arguments.of("a bearer token", "Bearer " + Base64.getEncoder().encodeToString(utf8(password))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCredentials")
  void wrongCredentialsAre401AndNoHandlerRuns(String what, String header) {
    for (String hook : HOOKS) {
      HttpResponse<byte[]> response = wcs.call(hook, utf8(WcsBodies.CONNECT), "Authorization", header);

      String reason = assertJsonError(response, 401);
      assertTrue(reason.equals(HookSecurity.WRONG_CREDENTIALS) || reason.equals(HookSecurity.MISSING_CREDENTIALS), reason);
      assertEquals(List.of(HookSecurity.CHALLENGE), response.headers().allValues("WWW-Authenticate"));
    }
    assertEquals(0, handled.get(), "the handler must not run");
  }

  @Test
  void aJavaClientAnsweringTheChallengeGetsIn() throws IOException, InterruptedException {
    String password = "s3cret:with-colon";
    try (ConfiguredTestServer server = ConfiguredTestServer.start(HookSecurity.builder().basicAuth(USER, password).build())) {
      byte[] body = utf8(WcsBodies.CONNECT);

      HttpResponse<byte[]> response = answeringTheChallenge(server, password, body);

      assertEquals(200, response.statusCode(), () -> body(response));
      assertArrayEquals(body, response.body());
    }
  }

  @Test
  void aJavaClientAnsweringTheChallengeGetsInWithANonAsciiPassword() throws IOException, InterruptedException {
    // WCS is a Java client: the JDK's clients encode Basic credentials in ISO-8859-1 unless the
    // challenge says charset="UTF-8" (RFC 7617), which newer JDKs then follow; older ones (WCS runs
    // on Java 8) do not, so the ISO-8859-1 form of the credentials is accepted as well.
    String password = "pässwörd:ü";
    try (ConfiguredTestServer server = ConfiguredTestServer.start(HookSecurity.builder().basicAuth(USER, password).build())) {
      byte[] body = utf8(WcsBodies.CONNECT);

      HttpResponse<byte[]> answered = answeringTheChallenge(server, password, body);
      HttpResponse<byte[]> latin1 = server.call("ConnectionStatusEvent", body, "Authorization", "Basic "
          + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      HttpResponse<byte[]> utf8 = server.call("ConnectionStatusEvent", body, "Authorization", basic(USER, password));

      assertEquals(200, answered.statusCode(), () -> body(answered));
      assertArrayEquals(body, answered.body());
      assertEquals(200, latin1.statusCode(), () -> body(latin1));
      assertEquals(200, utf8.statusCode(), () -> body(utf8));
      assertEquals(List.of("Basic realm=\"wcs-hooks\", charset=\"UTF-8\""),
          server.call("ConnectionStatusEvent", body).headers().allValues("WWW-Authenticate"));
    }
  }

  @Test
  void theHealthEndpointStaysOpen() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("_health")).GET());

    assertEquals(200, response.statusCode());
  }

  /**
   * A call to ConnectionStatusEvent from a JDK client that sends credentials only after a 401
   * challenge, as {@code java.net.Authenticator} does (and in the charset the challenge names).
   */
  private static HttpResponse<byte[]> answeringTheChallenge(ConfiguredTestServer server, String password, byte[] body)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .authenticator(new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(USER, password.toCharArray());
          }
        })
        .build();
    return client.send(
        TestServer.wcsRequest(server.uri("ConnectionStatusEvent")).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
