package io.wcshooks.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.failure.HandlerRunner;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.json.MalformedJsonException;
import io.wcshooks.runtime.logging.Throttle;
import io.wcshooks.runtime.logging.Throttles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every hook call of one application shares, whichever path it arrives by (Jersey's body
 * reader, or the embedded server's container-level path): the JSON codec and limits, the error
 * bodies, the handler runner, the hooks turned off for sessions, and the resource as a
 * {@link HookDispatcher}. One per {@link WcsHooksFeature}.
 */
public final class HookCalls implements AutoCloseable {
  private final JsonLimits limits;
  private final HookJson codec;
  private final ErrorBodies errors;
  private final HandlerRunner runner;
  private final DisabledHooks disabled;
  private final HookDispatcher dispatcher;
  private final Throttle lateWarnings = new Throttle(LATE_WARNING_INTERVAL, count -> CALL_LOG.log(
      System.Logger.Level.WARNING, () -> count + " other calls not handled in time since the last warning"));
  private final Throttles failureLines = new Throttles(FAILURE_LINE_INTERVAL, (hook, count) -> CALL_LOG.log(
      System.Logger.Level.ERROR, () -> "hook " + hook + ": " + count + " other failures of this hook since the last line"));

  /** Where {@link HookCall} writes the lines these throttles hold back: their counts go there too. */
  private static final System.Logger CALL_LOG = System.getLogger(HookCall.class.getName());

  /**
   * The least time between two warnings about calls whose handler did not answer (late, refused by
   * a full pool, stopped): a stuck database would otherwise log a line per call.
   */
  static final Duration LATE_WARNING_INTERVAL = Duration.ofSeconds(10);

  /**
   * The least time between two lines about one hook's failing handler: one that fails on every call
   * (its database down) would otherwise write a stack trace per call, thousands a second.
   */
  static final Duration FAILURE_LINE_INTERVAL = Duration.ofSeconds(10);

  HookCalls(JsonLimits limits, HandlerPolicy handling, DisabledHooks disabled, HookDispatcher dispatcher) {
    this.limits = limits;
    this.codec = new HookJson(limits);
    this.errors = new ErrorBodies(codec);
    this.runner = new HandlerRunner(handling, threadName(dispatcher));
    this.disabled = disabled;
    this.dispatcher = dispatcher;
  }

  /**
   * What the application's handler threads are named after: the dispatcher's class, or, for the
   * generated resource (a {@code WcsHooksResource} in every application), the last part of its
   * package, where each application's code is generated. Empty without a dispatcher.
   */
  static String threadName(HookDispatcher dispatcher) {
    if (dispatcher == null) {
      return "";
    }
    Class<?> type = dispatcher.getClass();
    String name = type.getSimpleName();
    String packageName = type.getPackageName();
    if (name.equals(GENERATED_RESOURCE) && !packageName.isEmpty()) {
      return packageName.substring(packageName.lastIndexOf('.') + 1);
    }
    return name; // empty for an anonymous class
  }

  /** The simple name of the resource the processor generates, the same in every application. */
  private static final String GENERATED_RESOURCE = "WcsHooksResource";

  /**
   * A call from a body read within {@link JsonLimits#maxBodyBytes()} and the request headers.
   *
   * @throws MalformedJsonException when the body is not one JSON object within the limits (a 400,
   *     with the exception's message as the reason)
   */
  public HookCall call(byte[] body, Map<String, List<String>> headers) {
    ObjectNode json = codec.readObject(body);
    return new HookCall(body, json, headers, codec, errors, runner, disabled, lateWarnings, failureLines);
  }

  /**
   * A call whose body is only validated, as strictly as {@link #call} parses it (same limits, same
   * errors), and parsed only if something asks for the tree: for a hook without a handler, whose
   * answer is the body as received.
   *
   * @throws MalformedJsonException exactly when {@link #call} would, with the same message
   */
  public HookCall validated(byte[] body, Map<String, List<String>> headers) {
    codec.validateObject(body);
    return new HookCall(body, null, headers, codec, errors, runner, disabled, lateWarnings, failureLines);
  }

  /** The reason of the 413 for a body over the limit. */
  public String tooLarge() {
    return "the body is larger than the limit of " + limits.maxBodyBytes() + " bytes";
  }

  /**
   * The reason of the 400 for a body the client did not send in full (the connection ended, broke or
   * stayed idle past the timeout before its end): the caller's failure, not the server's.
   */
  public static final String INCOMPLETE_BODY = "the body did not arrive in full";

  public JsonLimits limits() {
    return limits;
  }

  public HookJson codec() {
    return codec;
  }

  public ErrorBodies errors() {
    return errors;
  }

  public DisabledHooks disabledHooks() {
    return disabled;
  }

  /** The resource as plain calls, when the application was given one. */
  public Optional<HookDispatcher> dispatcher() {
    return Optional.ofNullable(dispatcher);
  }

  /** How long a call waits for its handler; zero for no deadline. */
  public Duration handlerDeadline() {
    return runner.policy().handlerDeadline();
  }

  /**
   * Names the handler threads started from now on after where the application is deployed too (a
   * servlet context path), so that two deployments of one application can be told apart.
   */
  public void deployedAt(String place) {
    runner.deployedAt(place);
  }

  /**
   * Stops the handler threads, then writes the counts of warnings and failure lines held back (the
   * calls the stop cut off among them): nothing may come after them to carry the counts.
   */
  @Override
  public void close() {
    try {
      runner.close();
    } finally {
      lateWarnings.flush();
      failureLines.flush();
    }
  }

  /** Lets the handler pool start again, with the next call, after {@link #close()} (Jersey reloading the application). */
  public void open() {
    runner.open();
  }
}
