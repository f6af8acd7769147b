package io.wcshooks.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookContext;
import io.wcshooks.api.HookFieldException;
import io.wcshooks.api.HookRequest;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * One hook call on its way through the generated resource: the body as received and parsed, and
 * the ways to answer it. Generated code is its only intended caller.
 */
public final class HookCall {
  private static final System.Logger LOG = System.getLogger(HookCall.class.getName());

  private final byte[] body;
  private final ObjectNode json;
  private final Map<String, List<String>> headers;
  private final HookJson codec;
  private final ErrorBodies errors;

  HookCall(byte[] body, ObjectNode json, Map<String, List<String>> headers, HookJson codec, ErrorBodies errors) {
    this.body = body;
    this.json = json;
    this.headers = headers;
    this.codec = codec;
    this.errors = errors;
  }

  /** The parsed body, for the generated request type to wrap. */
  public ObjectNode json() {
    return json;
  }

  /** The context a handler may ask for. */
  public HookContext context(String hook) {
    return new HookContext(hook, json, body, headers);
  }

  /** 200 with the body exactly as received: the answer for a hook nobody handles. */
  public Response echo() {
    return ok(body);
  }

  /** 200 with the echo of a request a handler has seen (and may have changed). */
  public Response answer(String hook, HookRequest request) {
    if (request == null) {
      return failed(hook, new IllegalStateException("the handler returned null instead of a request"));
    }
    return request.isModified() || request.json() != json ? ok(codec.write(request.json())) : echo();
  }

  /** The echo, or a 403 with the result's reason. */
  public Response answer(String hook, HookResult result, HookRequest request) {
    if (result == null) {
      return failed(hook, new IllegalStateException("the handler returned null instead of a HookResult"));
    }
    if (result.isForbidden()) {
      return errors.response(403, result.reason().orElse(null));
    }
    return answer(hook, request);
  }

  /**
   * The answer when a handler threw: 400 for a field of the wrong type, the exception's own status
   * for a {@link WebApplicationException}, else a logged 500 with no detail for the caller.
   */
  public Response failed(String hook, Exception e) {
    if (e instanceof HookFieldException field) {
      return errors.response(400, field.getMessage());
    }
    if (e instanceof WebApplicationException web) {
      throw web;
    }
    LOG.log(System.Logger.Level.ERROR,
        () -> "hook " + hook + " failed (sessionId " + sessionId() + ")", e);
    return errors.response(500, "the backend failed to handle " + hook);
  }

  private String sessionId() {
    var value = json.get("sessionId");
    return value == null ? null : value.asText();
  }

  private static Response ok(byte[] entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
