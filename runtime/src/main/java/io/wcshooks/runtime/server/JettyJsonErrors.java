package io.wcshooks.runtime.server;

import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a request it cannot parse, an ambiguous path, headers too
 * large) as the same JSON body as every other error, {@code {"status":N,"reason":"..."}}, instead
 * of Jetty's HTML page. A server error says no more than its status: no exception text. The body
 * of the refused request is read first (see {@link JettyDrain}).
 */
final class JettyJsonErrors extends ErrorHandler {
  private final ErrorBodies errors = new ErrorBodies(new HookJson(JsonLimits.DEFAULTS));

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = HttpStatus.getMessage(status);
    Object message = request.getAttribute(ERROR_MESSAGE);
    if (status < 500 && message instanceof String text && !text.isBlank()) {
      reason = text;
    }
    byte[] body = errors.body(status, reason);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    JettyDrain.dropBody(request, response, () -> {
      // Jetty closes the connection after an error of its own: say so, or the client sends its next call on it.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      response.write(true, ByteBuffer.wrap(body), callback);
    });
    return true;
  }
}
