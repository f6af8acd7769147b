package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.server.ServerContainer;
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
  void aCustomReasonPhraseIsTheReason() throws Exception {
    wcs.hooks.connect = request -> {
      throw new WebApplicationException(Response.status(403, "Banned").build());
    };

    assertEquals("Banned", assertJsonError(wcs.call("connect", WcsBodies.CONNECT), 403));
    if (TestServer.CONTAINER == ServerContainer.GRIZZLY) {
      // Grizzly writes a custom phrase on the status line, as Jersey on Grizzly does (Jetty writes none).
      assertEquals("HTTP/1.1 403 Banned", statusLine("connect", WcsBodies.CONNECT));
    }
  }

  /** The status line of a hook call, read from the socket (HttpClient does not show it). */
  private static String statusLine(String hook, String body) throws java.io.IOException {
    byte[] content = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.net.URI uri = wcs.uri(hook);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      String request = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
          + "Content-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n"
          + "Content-Length: " + content.length + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
    }
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
  void onlyTheHeadersAnErrorIsReadWithAreKept() {
    wcs.hooks.connect = request -> {
      // As a rethrown JAX-RS client exception would carry them: another server's headers.
      throw new WebApplicationException(Response.status(503)
          .header("Retry-After", "30")
          .header("Date", "Tue, 01 Jan 2030 00:00:00 GMT")
          .header("Set-Cookie", "other=server")
          .header("Connection", "close")
          .header("X-Other", "server")
          .location(java.net.URI.create("calls/1"))
          .build());
    };

    HttpResponse<byte[]> response = wcs.call("connect", WcsBodies.CONNECT);

    assertEquals("Service Unavailable", assertJsonError(response, 503));
    assertEquals(java.util.List.of("30"), response.headers().allValues("Retry-After"));
    for (String dropped : java.util.List.of("Set-Cookie", "Location", "X-Other")) {
      assertEquals(java.util.List.of(), response.headers().allValues(dropped), dropped);
    }
    assertTrue(response.headers().allValues("Date").size() <= 1, "the server's own Date only (Grizzly sends none)");
    assertFalse(response.headers().allValues("Date").contains("Tue, 01 Jan 2030 00:00:00 GMT"));
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
