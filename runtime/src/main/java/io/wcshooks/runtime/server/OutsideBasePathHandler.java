package io.wcshooks.runtime.server;

import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.io.IOException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Answers every path outside the base path with a JSON 404 that says where the hooks are, so a
 * WCS application configured with the wrong URL gets a body it can parse and the operator a hint.
 */
final class OutsideBasePathHandler extends HttpHandler {
  private final byte[] body;

  OutsideBasePathHandler(String basePath) {
    this.body = body(basePath);
  }

  /** The answer's body, for Grizzly and Jetty alike. */
  static byte[] body(String basePath) {
    return new ErrorBodies(new HookJson(JsonLimits.DEFAULTS))
        .body(404, "no hook here: the hooks answer at " + basePath + "/<method name>");
  }

  @Override
  public void service(Request request, Response response) throws IOException {
    response.setStatus(404);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
