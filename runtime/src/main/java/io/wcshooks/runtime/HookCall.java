package io.wcshooks.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookContext;
import io.wcshooks.api.HookFieldException;
import io.wcshooks.api.HookRequest;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.failure.HandlerRunner;
import io.wcshooks.runtime.failure.HookKind;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.JsonAnswer;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.logging.LogText;
import io.wcshooks.runtime.logging.Throttle;
import io.wcshooks.runtime.logging.Throttles;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One hook call on its way through the generated resource: the body as received and parsed, and
 * the ways to answer it. Generated code is its only intended caller.
 */
public final class HookCall {
  private static final System.Logger LOG = System.getLogger(HookCall.class.getName());
  /**
   * The headers of a handler's thrown response that its answer keeps: those an error status is
   * read with. The rest describe its entity (replaced by the JSON body), the connection, or another
   * server (a rethrown JAX-RS client exception carries that server's Date, Set-Cookie...).
   */
  private static final Set<String> ERROR_HEADERS = Set.of("www-authenticate", "allow", "retry-after");

  private final byte[] body;
  /** The parsed body; for a body only validated so far, parsed when first asked for. */
  private ObjectNode json;
  private final Map<String, List<String>> headers;
  private final HookJson codec;
  private final ErrorBodies errors;
  private final HandlerRunner runner;
  private final DisabledHooks disabled;
  /** The application's throttle on warnings about handlers that did not answer (a full pool repeats them). */
  private final Throttle lateWarnings;
  private final Throttles failureLines;
  /**
   * Set by {@link #handle} or {@link #echo(HookKind)} before anything answers (the pool's submit
   * orders it before the handler).
   */
  private HookKind kind;
  private boolean repeat;
  /**
   * The sessionId, read by {@link #handle} on the request thread: a late answer's warning is written
   * on the deadline thread while the handler may still be changing the tree.
   */
  private String sessionIdForLog;
  private AnswerLater later;
  private boolean answeredLater;

  HookCall(byte[] body, ObjectNode json, Map<String, List<String>> headers, HookJson codec, ErrorBodies errors,
      HandlerRunner runner, DisabledHooks disabled, Throttle lateWarnings, Throttles failureLines) {
    this.disabled = disabled;
    this.lateWarnings = lateWarnings;
    this.failureLines = failureLines;
    this.body = body;
    this.json = json;
    this.headers = headers;
    this.codec = codec;
    this.errors = errors;
    this.runner = runner;
  }

  /**
   * Where the answer of a call goes when the container need not hold a thread while the handler
   * runs (the embedded server's fast path): the handler runs on the handler pool, the request
   * thread goes back to serving others.
   */
  public interface AnswerLater {
    /** On the request thread, before the handler is handed off: the container suspends the exchange. */
    void suspend();

    /**
     * Once, on a handler or deadline thread: the answer, as the synchronous resource method would
     * return it (the supplier may throw what that method would throw).
     */
    void resume(Supplier<Response> answer);
  }

  /**
   * Lets {@link #handle} hand the handler off without waiting: it then returns null at once and
   * the answer goes to {@code later}. Set by the container before the resource method runs.
   */
  public void answerLater(AnswerLater later) {
    this.later = later;
  }

  /** Whether {@link #handle} handed the answer to {@link #answerLater}'s target. */
  public boolean isAnsweredLater() {
    return answeredLater;
  }

  /**
   * Runs a hook's handler (which answers through this call) under the application's
   * {@link io.wcshooks.runtime.failure.HandlerPolicy}: records the call for repeat detection, waits
   * at most the handler deadline, and answers a failure by the hook's kind and the policy.
   *
   * @param hook the hook's wire name
   * @param kind the hook's kind, from the spec
   * @param handler calls the user's handler and returns this call's answer
   * @return the answer; null when the container asked for it {@linkplain #answerLater later}
   */
  public Response handle(String hook, HookKind kind, Callable<Response> handler) {
    this.kind = kind;
    this.repeat = runner.isRepeat(hook, body);
    this.sessionIdForLog = sessionId();
    if (later != null) {
      // Suspended first: if the container cannot, the failure is answered here, synchronously.
      later.suspend();
      answeredLater = true;
      runner.submit(handler, new HandlerRunner.Completion<>() {
        @Override
        public void done(Response answer) {
          later.resume(() -> answer);
        }

        @Override
        public void failed(Throwable failure) {
          later.resume(() -> failure(hook, kind, failure));
        }
      });
      return null;
    }
    try {
      return runner.run(handler);
    } catch (Exception | Error e) {
      return failure(hook, kind, e);
    }
  }

  /** The answer when a handler did not answer: threw, missed its deadline, or never ran. */
  private Response failure(String hook, HookKind kind, Throwable failure) {
    if (failure instanceof TimeoutException) {
      return late(hook, kind, "did not answer within " + runner.policy().handlerDeadline().toMillis() + " ms");
    }
    if (failure instanceof HandlerRunner.Stopped) {
      return late(hook, kind, "was not run or did not return: the backend is stopping");
    }
    if (failure instanceof RejectedExecutionException) {
      return late(hook, kind, "was not run: every handler thread is busy and the queue is full");
    }
    if (failure instanceof InterruptedException || failure instanceof CancellationException) {
      return late(hook, kind, "was abandoned: the request thread was interrupted");
    }
    if (failure instanceof Exception e) {
      return failed(hook, kind, e);
    }
    return failed(hook, kind, new IllegalStateException("the handler failed with an error", failure));
  }

  /** The parsed body, for the generated request type to wrap. */
  public ObjectNode json() {
    if (json == null) {
      // Validated already (HookCalls.validated): the same bytes parse.
      json = codec.readObject(body);
    }
    return json;
  }

  /** The context a handler may ask for. */
  public HookContext context(String hook) {
    return new HookContext(hook, json(), body, headers, repeat);
  }

  /**
   * 200 with the body exactly as received: the answer for a hook nobody handles. For a
   * {@code connect} hook of an application that {@linkplain DisabledHooks turns unhandled hooks off},
   * the body with those settings added.
   *
   * @param kind the hook's kind, from the spec
   */
  public Response echo(HookKind kind) {
    this.kind = kind;
    return echo();
  }

  /** 200 with the body exactly as received (see {@link #echo(HookKind)}). */
  public Response echo() {
    if (kind == HookKind.CONNECT && !disabled.isEmpty()) {
      // From the bytes, not the tree: a handler that failed (or is still running, past its deadline)
      // may have changed the tree, and the echo of a failure is the body as received.
      ObjectNode answer = codec.readObject(body);
      if (disabled.applyTo(answer)) {
        return ok(codec.write(answer, answerSizeHint()));
      }
    }
    return ok(body);
  }

  /** What a rewritten answer is likely to take: its request's body and room for a few fields more. */
  private int answerSizeHint() {
    return body.length + 512;
  }

  /** 200 with the echo of a request a handler has seen (and may have changed). */
  public Response answer(String hook, HookRequest request) {
    if (request == null) {
      return failed(hook, new IllegalStateException("the handler returned null instead of a request"));
    }
    // isModified() first: handing out the tree (json()) counts as a modification.
    boolean rewritten = request.isModified() || request.json() != json();
    ObjectNode answer = request.json();
    if (kind == HookKind.CONNECT && disabled.applyTo(answer)) {
      rewritten = true;
    }
    return rewritten ? ok(codec.write(answer, answerSizeHint())) : echo();
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
   * The answer when a handler threw, by the kind {@link #handle} was given (fails closed without
   * one).
   */
  public Response failed(String hook, Exception e) {
    return kind == null ? failed(hook, HookKind.CONNECT, e) : failed(hook, kind, e);
  }

  /**
   * The answer when a handler threw: 400 for a field of the wrong type; for a
   * {@link WebApplicationException} with an error status (4xx, 5xx), that status with the JSON
   * error body (see {@link #httpError}), logged when it is a 5xx; else, logged, the echo when the
   * hook fails open, or a 500 with no detail for the caller when it fails closed.
   */
  public Response failed(String hook, HookKind kind, Exception e) {
    if (e instanceof HookFieldException field) {
      return errors.response(400, field.getMessage());
    }
    if (e instanceof WebApplicationException web) {
      Response error = httpError(web.getResponse());
      if (error != null) {
        if (error.getStatus() >= 500) {
          // A server error the handler chose: still a failure of the backend, logged with its cause.
          logFailure(hook, "answered " + error.getStatus(), "", web);
        }
        return error;
      }
      e = new IllegalStateException("the handler threw a WebApplicationException with status "
          + web.getResponse().getStatus() + ", which is not an error status", web);
    }
    if (runner.policy().failsOpen(hook, kind)) {
      logFailure(hook, "failed", "; answered the echo (fails open)", e);
      return echo();
    }
    logFailure(hook, "failed", "", e);
    return errors.response(500, "the backend failed to handle " + hook);
  }

  /**
   * An error line with its cause, at most one per hook an interval ({@link HookCalls#FAILURE_LINE_INTERVAL}):
   * a handler failing on every call would write a stack trace per call. The next line counts the
   * failures of the hook held back (or a line of their own, when none comes within the interval).
   */
  private void logFailure(String hook, String what, String answered, Throwable cause) {
    failureLines.of(hook).offer(others -> LOG.log(System.Logger.Level.ERROR, () -> "hook " + hook + " " + what
        + " (sessionId " + sessionId() + ")" + answered
        + (others == 0 ? "" : "; " + others + " other failures of this hook since the last line"), cause));
  }

  /**
   * A handler's deliberate HTTP error, answered as every error is, whichever path the call took:
   * its status, its {@link #ERROR_HEADERS}, and {@code {"status":N,"reason":R}} with the response's reason phrase
   * (a custom one, {@code Response.status(403, "Banned")}, included) in place of any entity, since
   * WCS reads only JSON and that shape; null for a status below 400, which is no error.
   */
  private Response httpError(Response thrown) {
    int status = thrown.getStatus();
    if (status < 400) {
      return null;
    }
    Response.ResponseBuilder answer = Response.status(thrown.getStatusInfo());
    thrown.getHeaders().forEach((name, values) -> {
      if (ERROR_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> answer.header(name, value));
      }
    });
    String reason = thrown.getStatusInfo().getReasonPhrase();
    return answer.type(MediaType.APPLICATION_JSON_TYPE)
        .entity(errors.body(status, reason == null || reason.isBlank() ? null : reason))
        .build();
  }

  /**
   * A handler that did not finish: the echo when the hook fails open, else a 503. Warned about at
   * most once in {@link HookCalls#LATE_WARNING_INTERVAL}, with a count of the others.
   */
  private Response late(String hook, HookKind kind, String what) {
    boolean open = runner.policy().failsOpen(hook, kind);
    String session = sessionIdForLog;
    lateWarnings.offer(others -> LOG.log(System.Logger.Level.WARNING, () -> "the handler of hook " + hook + " " + what
        + " (sessionId " + session + "); answered " + (open ? "the echo (fails open)" : "503 (fails closed)")
        + (others == 0 ? "" : "; " + others + " other calls not handled in time since the last warning")));
    return open ? echo() : errors.response(503, "the backend did not handle " + hook + " in time");
  }

  /**
   * The sessionId as a log line shows it: the caller's text, so {@linkplain LogText#safe made safe}
   * (a newline in it would forge a line).
   */
  private String sessionId() {
    var value = json().get("sessionId");
    return LogText.safe(value == null ? null : value.asText());
  }

  private static Response ok(byte[] entity) {
    return new JsonAnswer(entity);
  }
}
