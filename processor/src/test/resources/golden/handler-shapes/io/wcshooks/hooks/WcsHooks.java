package io.wcshooks.hooks;

import com.example.hooks.Gate;
import com.example.hooks.Streams;
import io.wcshooks.runtime.DisabledHooks;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.json.JsonLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The hook backend generated from the WCS hooks spec 0.1.0 and this module's
 * {@code @WcsHook} methods.
 *
 * <pre>{@code
 * ResourceConfig app = WcsHooks.builder()
 *     .gate(new Gate(...))
 *     .build();
 * }</pre>
 *
 * <p>Optional: {@code streams(...)}. The builder creates the instances it is not given with
 * their classes' no-argument constructors.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class WcsHooks {
  /**
   * The version of the spec this code was generated from.
   */
  public static final String SPEC_VERSION = "0.1.0";

  /**
   * Every hook's wire name, in the spec's order.
   */
  public static final List<String> HOOKS = List.of(
      "connect",
      "StreamStatusEvent",
      "StreamKeepAliveEvent");

  /**
   * The hooks that have a {@code @WcsHook} handler; the others answer the echo.
   */
  public static final Set<String> HANDLED_HOOKS = Set.of(
      "connect",
      "StreamStatusEvent",
      "StreamKeepAliveEvent");

  private WcsHooks() {
  }

  /**
   * Starts an application: give it the handler instances it cannot create itself.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects handler instances and settings; {@link #build()} makes the Jersey application.
   */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.DEFAULTS;

    private HandlerPolicy handling = HandlerPolicy.DEFAULTS;

    private boolean disableUnhandled;

    private Gate gate;

    private Streams streams;

    private Builder() {
    }

    /**
     * The instance whose {@code @WcsHook} methods handle {@code connect}.
     *
     * @param instance the instance, used for every request
     * @return this builder
     */
    public Builder gate(Gate instance) {
      this.gate = Objects.requireNonNull(instance, "gate");
      return this;
    }

    /**
     * The instance whose {@code @WcsHook} methods handle {@code StreamStatusEvent} and
     * {@code StreamKeepAliveEvent}. Optional: by default, {@code new Streams()}.
     *
     * @param instance the instance, used for every request
     * @return this builder
     */
    public Builder streams(Streams instance) {
      this.streams = Objects.requireNonNull(instance, "streams");
      return this;
    }

    /**
     * Bounds on request bodies; the defaults suit real WCS traffic.
     *
     * @param limits the bounds
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * When a handler of one of these hooks throws or misses its deadline, answer 200 with the
     * body as received (and log the error). By default only events fail open.
     *
     * @param hooks wire names, e.g. {@code connect} or {@code StreamStatusEvent}
     * @return this builder
     * @throws IllegalArgumentException for a name that is no hook of the spec
     */
    public Builder failOpen(String... hooks) {
      for (String hook : hooks) {
        if (!HOOKS.contains(hook)) {
          throw new IllegalArgumentException("no such hook: " + hook);
        }
      }
      this.handling = this.handling.withFailOpen(hooks);
      return this;
    }

    /**
     * When a handler of one of these hooks throws or misses its deadline, answer a non-200 (500,
     * or 503 past the deadline), so that WCS declines. By default {@code connect}, direct and
     * incoming invocations fail closed.
     *
     * @param hooks wire names, e.g. {@code connect} or {@code StreamStatusEvent}
     * @return this builder
     * @throws IllegalArgumentException for a name that is no hook of the spec
     */
    public Builder failClosed(String... hooks) {
      for (String hook : hooks) {
        if (!HOOKS.contains(hook)) {
          throw new IllegalArgumentException("no such hook: " + hook);
        }
      }
      this.handling = this.handling.withFailClosed(hooks);
      return this;
    }

    /**
     * How long a call waits for its handler before it is answered by the failure policy (the
     * handler's thread is then interrupted); keep it under WCS's rest_request_timeout (15 s by
     * default). {@code Duration.ZERO}: no deadline, handlers run on the request thread.
     *
     * @param deadline the deadline, default 5 s
     * @return this builder
     */
    public Builder handlerDeadline(Duration deadline) {
      this.handling = this.handling.withHandlerDeadline(deadline);
      return this;
    }

    /**
     * How long a call is remembered so that a resend of it (same hook, same body) is a repeat
     * ({@code HookContext.isRepeat()}). {@code Duration.ZERO}: never a repeat.
     *
     * @param window the window, default 30 s
     * @return this builder
     */
    public Builder repeatWindow(Duration window) {
      this.handling = this.handling.withRepeatWindow(window);
      return this;
    }

    /**
     * Every handler setting at once (replacing those made before): deadline, handler threads,
     * failure policy per hook, repeat window and capacity.
     *
     * @param handling the policy
     * @return this builder
     */
    public Builder handling(HandlerPolicy handling) {
      this.handling = Objects.requireNonNull(handling, "handling");
      return this;
    }

    /**
     * Answers {@code connect} with a {@code restClientConfig} that sets
     * {@code "restPolicy": "DISABLE"} for each hook without a handler (0 of the spec's 3), so
     * that WCS does not call the backend for them during that session: the calls not made cost
     * nothing. Entries the handler of {@code connect} (or the client) put there already are
     * kept. Off by default: with it, those hooks no longer reach this backend at all (nor its
     * call log).
     *
     * @return this builder
     */
    public Builder disableUnhandledHooks() {
      this.disableUnhandled = true;
      return this;
    }

    /**
     * The Jersey application: the hook resource and the runtime's JSON and error handling.
     *
     * @return a new application, which serves every request with one resource instance
     */
    public ResourceConfig build() {
      if (this.gate == null) {
        throw new IllegalStateException("WcsHooks needs an instance of com.example.hooks.Gate: call gate(...) on the builder (the class has no accessible no-argument constructor)");
      }
      WcsHooksResource resource = new WcsHooksResource(this.gate,
          this.streams != null ? this.streams : new Streams());
      ResourceConfig config = new ResourceConfig();
      config.register(WcsHooksFeature.builder()
          .limits(this.limits)
          .handling(this.handling)
          .disabledHooks(this.disableUnhandled
              ? DisabledHooks.unhandled(HOOKS, HANDLED_HOOKS, Set.of("connect"))
              : DisabledHooks.NONE)
          .dispatcher(resource)
          .build());
      // A resource class, and the one instance bound to it: registering the instance itself
      // works alike, but makes Jersey warn at every start (eclipse-ee4j/jersey#3700).
      config.register(WcsHooksResource.class);
      config.register(new ResourceBinder(resource));
      return config;
    }
  }

  /**
   * Makes Jersey use one {@link WcsHooksResource} for every request.
   */
  private static final class ResourceBinder extends AbstractBinder {
    private final WcsHooksResource resource;

    private ResourceBinder(WcsHooksResource resource) {
      this.resource = resource;
    }

    @Override
    protected void configure() {
      bind(this.resource).to(WcsHooksResource.class).ranked(1);
    }
  }
}
