package io.wcshooks.runtime.fastpath;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.HealthEndpoint;
import io.wcshooks.runtime.http.JsonAnswer;
import io.wcshooks.runtime.security.Refusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A fast-path answer as any container writes it: status, content type, extra headers, body. */
public final class HookAnswer {
  private final int status;
  /** A reason phrase other than the status's standard one, or null. */
  private final String reasonPhrase;
  private final String contentType;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  /** For the call log only. */
  final String sessionId;

  private HookAnswer(int status, String contentType, Map<String, List<String>> headers, byte[] body,
      String sessionId) {
    this(status, null, contentType, headers, body, sessionId);
  }

  private HookAnswer(int status, String reasonPhrase, String contentType, Map<String, List<String>> headers,
      byte[] body, String sessionId) {
    this.status = status;
    this.reasonPhrase = reasonPhrase;
    this.contentType = contentType;
    this.headers = headers;
    this.body = body;
    this.sessionId = sessionId;
  }

  public int status() {
    return status;
  }

  /**
   * The reason phrase a handler gave its status ({@code Response.status(403, "Banned")}), for the
   * containers that write one on the status line as Jersey then does (Grizzly); null for the
   * status's standard phrase.
   */
  public String reasonPhrase() {
    return reasonPhrase;
  }

  public String contentType() {
    return contentType;
  }

  /** Headers besides Content-Type and Content-Length (WWW-Authenticate, a handler's own). */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body; the caller must not change it. */
  public byte[] body() {
    return body;
  }

  static final HookAnswer HEALTHY = new HookAnswer(200, "application/json", Map.of(), HealthEndpoint.up(), null);

  static HookAnswer error(int status, String reason, ErrorBodies errors) {
    return new HookAnswer(status, "application/json", Map.of(), errors.body(status, reason), null);
  }

  /**
   * The 400 for a body that did not come in full: the rest of it may still come, and would be read
   * as the next request, so the connection closes and the answer says so.
   */
  static HookAnswer incompleteBody(ErrorBodies errors) {
    return new HookAnswer(400, "application/json", Map.of("Connection", List.of("close")),
        errors.body(400, HookCalls.INCOMPLETE_BODY), null);
  }

  static HookAnswer refusal(Refusal refusal, ErrorBodies errors) {
    Map<String, List<String>> headers = refusal.challenge() == null
        ? Map.of()
        : Map.of("WWW-Authenticate", List.of(refusal.challenge()));
    return new HookAnswer(refusal.status(), "application/json", headers,
        errors.body(refusal.status(), refusal.reason()), null);
  }

  /** A JAX-RS answer of the resource method (or an exception mapper) as bytes. */
  static HookAnswer of(jakarta.ws.rs.core.Response answer, String sessionId, HookCalls calls) throws IOException {
    if (answer instanceof JsonAnswer json) {
      return new HookAnswer(200, "application/json", Map.of(), json.body(), sessionId);
    }
    String contentType = "application/json";
    Map<String, List<String>> headers = Map.of();
    for (Map.Entry<String, List<String>> header : answer.getStringHeaders().entrySet()) {
      if (header.getKey().equalsIgnoreCase("Content-Type")) {
        contentType = header.getValue().get(0);
      } else if (!header.getKey().equalsIgnoreCase("Content-Length")) {
        if (headers.isEmpty()) {
          headers = new HashMap<>();
        }
        headers.put(header.getKey(), header.getValue());
      }
    }
    Object entity = answer.getEntity();
    byte[] body;
    if (entity == null) {
      body = new byte[0];
    } else if (entity instanceof byte[] bytes) {
      body = bytes;
    } else if (entity instanceof String text) {
      body = text.getBytes(StandardCharsets.UTF_8);
    } else {
      // An object entity (an exception mapper's, a resource's own): JSON, as Jersey would write it.
      body = calls.codec().mapper().writeValueAsBytes(entity);
    }
    return new HookAnswer(answer.getStatus(), customPhrase(answer), contentType, headers, body, sessionId);
  }

  /** The answer's reason phrase when it is not its status's standard one (errors only: a 200 is a JsonAnswer). */
  private static String customPhrase(jakarta.ws.rs.core.Response answer) {
    String phrase = answer.getStatusInfo().getReasonPhrase();
    jakarta.ws.rs.core.Response.Status standard = jakarta.ws.rs.core.Response.Status.fromStatusCode(answer.getStatus());
    boolean custom = phrase != null && !phrase.isEmpty() && (standard == null || !standard.getReasonPhrase().equals(phrase));
    return custom ? phrase : null;
  }
}
