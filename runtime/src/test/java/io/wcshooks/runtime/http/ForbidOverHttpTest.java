package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonContentType;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 403 is exactly the body WCS (5.2.968+) reads a reason from, or the bare status. */
class ForbidOverHttpTest {
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  @Test
  void forbidWithAReasonIsExactlyStatusAndReason() {
    wcs.hooks.connect = request -> HookResult.forbid("Wrong credentials");

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertEquals(403, response.statusCode());
    assertJsonContentType(response);
    assertEquals("{\"status\":403,\"reason\":\"Wrong credentials\"}", body(response));
  }

  @Test
  void forbidWithoutAReasonIsExactlyTheStatus() {
    wcs.hooks.connect = request -> HookResult.forbid();

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertEquals(403, response.statusCode());
    assertJsonContentType(response);
    assertEquals("{\"status\":403}", body(response));
  }

  @Test
  void aReasonWithQuotesAndNonAsciiIsEscapedJson() {
    String reason = "Неверный \"токен\" \\ 😀";
    wcs.hooks.connect = request -> HookResult.forbid(reason);

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertEquals(reason, assertJsonError(response, 403));
  }

  @Test
  void forbidDependsOnTheRequest() {
    wcs.hooks.connect = request -> "alice".equals(request.sipLogin())
        ? HookResult.forbid("alice is banned")
        : HookResult.echo();

    assertEquals(403, wcs.call("connect", WcsBodies.CONNECT).statusCode());
    assertEquals(200, wcs.call("connect", WcsBodies.CONNECT.replace("\"alice\"", "\"bob\"")).statusCode());
  }
}
