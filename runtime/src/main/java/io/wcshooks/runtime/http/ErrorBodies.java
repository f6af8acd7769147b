package io.wcshooks.runtime.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.HookJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every answer that is not an echo has one shape, the one WCS reads on a 403:
 * {@code {"status":N,"reason":"..."}}. No stack trace or exception text of ours ever goes into it.
 */
public final class ErrorBodies {
  private final HookJson json;

  public ErrorBodies(HookJson json) {
    this.json = json;
  }

  /** The body for a status, with a reason, or with only the status when reason is null. */
  public byte[] body(int status, String reason) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", status);
    if (reason != null) {
      body.put("reason", reason);
    }
    return json.write(body);
  }

  public Response response(int status, String reason) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status, reason)).build();
  }
}
