package io.wcshooks.runtime.fuzz;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What {@link HookFuzzTest} found, pinned as plain examples.
 */
class FuzzFindingsTest {
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  /**
   * Found by fuzzing: a decimal whose exponent does not fit an {@code int} is short enough for the
   * number-length limit, but {@code BigDecimal} cannot hold it. It was a 500; it is a 400.
   */
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
   * Found by fuzzing: NUL bytes at the start of a body made Jackson read it as UTF-16 or UTF-32 and
   * fail with an I/O error. It was a 500 (on Grizzly's fast path an HTML page with a stack trace);
   * it is a 400, on every path and container.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\0\0\0{}", "\0{}", "{\0}", "\0\0{\"a\":1}", "\0", "{}\0\0\0", " \0\0\0{}"})
  void nulBytesAreA400(String body) {
    for (String hook : new String[] {"connect", "StreamStatusEvent", "ConnectionStatusEvent", "publishStream"}) {
      assertJsonError(wcs.call(hook, body.getBytes(StandardCharsets.UTF_8)), 400);
    }
  }

  /**
   * Found by fuzzing: a lone high surrogate (sent as a JSON escape) followed by another character
   * came back garbled in a rewritten echo while {@code HookJson} wrote supplementary characters raw
   * (jackson-core 2.18's {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} paired it with the next
   * character). That feature is off now; the text survives.
   */
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
