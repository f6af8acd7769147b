package io.wcshooks.runtime.logging;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.http.HealthEndpoint;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One log line per hook call, the backend's side of WCS's {@code RECEIVED/SEND REST OBJECT}
 * lines: the hook, WCS's {@code sessionId}, the status answered and the time taken,
 *
 * <pre>
 * POST connect sessionId=/192.168.1.38:64604/192.168.1.59:8443 -&gt; 200 (3 ms)
 * </pre>
 *
 * <p>on the {@value #LOGGER} logger at {@code DEBUG} ({@code FINE} in {@code java.util.logging}),
 * so off unless an operator turns it on; then each call costs one level check. Every request to
 * the application is logged (refusals, malformed bodies, unknown paths included) except the health
 * endpoint's, which load balancers poll. The time is from the request's arrival in the application
 * to the answer's status being set, the body not yet written. Bodies are not logged: they carry
 * SIP passwords and tokens. Values from the request are {@linkplain LogText#safe made safe}.
 *
 * <p>{@code WcsHooksFeature} registers it; nothing to do but turn the logger on.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class CallLog implements ContainerRequestFilter, ContainerResponseFilter, ReaderInterceptor {
  /** The logger the lines go to. */
  public static final String LOGGER = "io.wcshooks.calls";

  private static final System.Logger LOG = System.getLogger(LOGGER);
  private static final String STARTED = CallLog.class.getName() + ".started";
  private static final String SESSION_ID = CallLog.class.getName() + ".sessionId";

  @Override
  public void filter(ContainerRequestContext request) {
    if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      request.setProperty(STARTED, System.nanoTime());
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object entity = context.proceed();
    if (entity instanceof HookCall call && context.getProperty(STARTED) != null) {
      String id = sessionId(call.json());
      if (id != null) {
        context.setProperty(SESSION_ID, id);
      }
    }
    return entity;
  }

  /** Whether lines are written: the logger is at {@code DEBUG}. */
  public static boolean enabled() {
    return LOG.isLoggable(System.Logger.Level.DEBUG);
  }

  /**
   * Writes the line of one call (for calls answered outside Jersey's pipeline, which this filter
   * does not see).
   *
   * @param path the path relative to the base path, e.g. {@code connect}
   * @param sessionId WCS's sessionId from the body, or null
   * @param startedNanos {@link System#nanoTime()} at the request's arrival
   */
  public static void log(String method, String path, String sessionId, int status, long startedNanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    LOG.log(System.Logger.Level.DEBUG, LogText.safe(method) + " " + LogText.safe(path)
        + " sessionId=" + LogText.safe(sessionId) + " -> " + status + " (" + millis + " ms)");
  }

  /** The body's sessionId as text (a non-string one as its JSON), or null. */
  public static String sessionId(JsonNode body) {
    JsonNode id = body.get("sessionId");
    return id == null ? null : id.isTextual() ? id.textValue() : id.toString();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    String path = request.getUriInfo().getPath();
    if (path.equals(HealthEndpoint.PATH) || path.equals("/" + HealthEndpoint.PATH)) {
      return;
    }
    Object sessionId = request.getProperty(SESSION_ID);
    log(request.getMethod(), path, sessionId == null ? null : sessionId.toString(), response.getStatus(), started);
  }
}
