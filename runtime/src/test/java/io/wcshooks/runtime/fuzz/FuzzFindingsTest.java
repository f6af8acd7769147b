package io.wcshooks.runtime.fuzz;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link HookFuzzTest} found, pinned as plain examples.
 */
class FuzzFindingsTest {
  private static TestServer wcs;

  @BeforeAll
  static void start() {
    wcs = TestServer.start();
  }

  @AfterAll
  static void stop() {
    wcs.close();
  }

  /**
   * A decimal whose exponent does not fit an {@code int} is short enough for the number-length
   * limit, but {@code BigDecimal} cannot hold it: {@code TreeReader} calls
   * {@code getDecimalValue()}, which throws {@code NumberFormatException}; {@code HookJson.readObject}
   * does not catch it, so the call ends in the catch-all mapper as a 500 (and a SEVERE log line
   * with a stack trace, which a caller can trigger at will). The fix belongs in {@code json/}: catch
   * {@code NumberFormatException} (or check the exponent) in {@code HookJson.readObject} and answer
   * 400, like the other limits. Until then {@link HookFuzzTest} keeps exponents within an
   * {@code int}.
   */
  @Disabled("bug found by HookFuzzTest: a decimal exponent beyond int is a 500 (HookJson/TreeReader, owned elsewhere)")
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"bitrate\":1e2147483648}",
      "{\"bitrate\":1e-2147483649}",
      "{\"bitrate\":1.5e9999999999}",
      "{\"custom\":[1e99999999999]}",
      "{\"bitrate\":1E+9999999999}"})
  void aDecimalExponentBeyondIntIs400(String body) {
    assertJsonError(wcs.call("connect", body), 400);
  }

  /**
   * A lone high surrogate (U+D800 to U+DBFF, sent as a JSON escape: raw it is invalid UTF-8 and refused) followed
   * by any other character comes back garbled when the echo is rewritten (a handler changed a
   * field): jackson-core 2.18.2's {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}, which
   * {@code HookJson} enables so that emoji go back raw, pairs it with the next character as if that
   * were its low surrogate (U+D800 then U+0000 becomes U+10000). Untouched echoes are the
   * raw bytes and are not affected. Fixed in jackson-core 2.21.2 (still present in 2.20.1): the fix
   * is raising {@code jackson.version}. Until then {@link HookFuzzTest} does not compare such
   * rewritten echoes.
   */
  @Disabled("bug found by HookFuzzTest: jackson-core 2.18.2 garbles a lone high surrogate in rewritten echoes; fixed by 2.21.2")
  @ParameterizedTest
  @ValueSource(strings = {"\\ud800\\u0000", "\\ud800a", "\\ud800\\ud800", "\\ud800\\ud83d\\ude00", "x\\udbff y"})
  void aLoneHighSurrogateSurvivesARewrittenEcho(String escaped) {
    wcs.hooks.publishStream = request -> request.name("renamed");
    try {
      String body = "{\"name\":\"cam1\",\"sdp\":\"" + escaped + "\"}";

      HttpResponse<byte[]> response = wcs.call("publishStream", body);

      assertEquals(200, response.statusCode());
      JsonNode sent = ExactJson.parse(body.getBytes(StandardCharsets.UTF_8));
      assertEquals(sent.get("sdp").textValue(), ExactJson.parse(response.body()).get("sdp").textValue());
    } finally {
      wcs.hooks.reset();
    }
  }

  /** Exponents within an {@code int} are fine, however large the number: echoed byte for byte. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"bitrate\":1e2147483647}", "{\"bitrate\":1e-2147483647}", "{\"bitrate\":1e999999999}",
      "{\"bitrate\":-1.5E-999999999}"})
  void aDecimalExponentWithinIntIsEchoedExactly(String body) {
    HttpResponse<byte[]> response = wcs.call("ConnectionStatusEvent", body);

    assertEquals(200, response.statusCode());
    assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), response.body());
  }
}
