package io.wcshooks.hooks;

import com.example.hooks.Gate;
import com.example.hooks.Streams;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The hook backend generated from the WCS hooks spec 0.1.0 and this module's {@code @WcsHook} methods.
 *
 * <pre>{@code
 * ResourceConfig app = WcsHooks.builder().gate(new Gate(...)).streams(new Streams(...)).build();
 * }</pre>
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
  public static final Set<String> HANDLED_HOOKS = Set.of("connect", "StreamStatusEvent", "StreamKeepAliveEvent");

  private WcsHooks() {
  }

  /**
   * Starts an application: give it the handler instances it cannot create itself.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects handler instances and settings; {@link #build()} makes the Jersey application.
   */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.DEFAULTS;

    private Gate gate;

    private Streams streams;

    private Builder() {
    }

    /**
     * The instance whose {@code @WcsHook} methods handle hooks.
     *
     * @return this builder
     */
    public Builder gate(Gate instance) {
      this.gate = Objects.requireNonNull(instance, "gate");
      return this;
    }

    /**
     * The instance whose {@code @WcsHook} methods handle hooks. Optional: by default, {@code new Streams()}.
     *
     * @return this builder
     */
    public Builder streams(Streams instance) {
      this.streams = Objects.requireNonNull(instance, "streams");
      return this;
    }

    /**
     * Bounds on request bodies; the defaults suit real WCS traffic.
     *
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The Jersey application: the hook resource and the runtime's JSON and error handling.
     */
    public ResourceConfig build() {
      if (this.gate == null) {
        throw new IllegalStateException("WcsHooks needs an instance of com.example.hooks.Gate: call gate(...) on the builder (the class has no accessible no-argument constructor)");
      }
      Gate gate = this.gate;
      Streams streams = this.streams != null ? this.streams : new Streams();
      ResourceConfig config = new ResourceConfig();
      config.register(new WcsHooksFeature(limits));
      config.register(new WcsHooksResource(gate, streams));
      return config;
    }
  }
}
