package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@link WebApplicationException} a handler throws is its deliberate HTTP answer: the status and
 * headers are kept, the body is always the JSON error shape (whatever entity it carried), and the
 * reason is the status's own, never one meant for Jersey's refusals. The same on the fast path and
 * through Jersey (this class runs in both of the runtime's test executions).
 */
class HandlerHttpErrorsOverHttpTest {
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  @Test
  void anHtmlEntityIsReplacedByTheJsonErrorBody() {
    wcs.hooks.connect = request -> {
      throw new WebApplicationException(Response.status(400).entity("<html>oops secret</html>").type(MediaType.TEXT_HTML).build());
    };

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertEquals("Bad Request", assertJsonError(response, 400));
    assertFalse(body(response).contains("secret"), body(response));
  }

  @Test
  void aJsonEntityOfTheHandlersOwnIsReplacedToo() {
    wcs.hooks.connect = request -> {
      throw new WebApplicationException(Response.status(409).entity("{\"mine\":true}").type(MediaType.APPLICATION_JSON).build());
    };

    assertEquals("Conflict", assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 409));
  }

  @Test
  void aCustomReasonPhraseIsTheReason() {
    wcs.hooks.connect = request -> {
      throw new WebApplicationException(Response.status(403, "Banned").build());
    };

    assertEquals("Banned", assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 403));
  }

  @Test
  void aHandlersNotFoundIsNotMistakenForAnUnknownHook() {
    wcs.hooks.connect = request -> {
      throw new NotFoundException("no such user");
    };

    assertEquals("Not Found", assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 404));
  }

  @Test
  void aStatusWithoutAPhraseHasOnlyTheStatus() {
    wcs.hooks.connect = request -> {
      throw new WebApplicationException(418);
    };

    assertNull(assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 418));
  }

  @Test
  void headersOtherThanTheEntitysAreKept() {
    wcs.hooks.connect = request -> {
      throw new NotAuthorizedException("who are you", "Bearer realm=\"wcs\"");
    };

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertEquals("Unauthorized", assertJsonError(response, 401));
    assertEquals("Bearer realm=\"wcs\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
  }

  @Test
  void aStatusBelow400IsAHandlerFailureAnsweredByThePolicy() {
    WebApplicationException ok = new WebApplicationException(Response.ok("{\"hacked\":true}", MediaType.APPLICATION_JSON).build());
    wcs.hooks.connect = request -> {
      throw ok;
    };
    wcs.hooks.publishStream = request -> {
      throw ok;
    };

    assertEquals("the backend failed to handle connect", assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 500));
    assertEquals("the backend failed to handle publishStream",
        assertJsonError(wcs.call("publishStream", WcsBodies.STREAM_STATUS), 500));
  }
}
