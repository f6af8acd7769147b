package com.example.wcs;

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
 * ResourceConfig app = WcsHooks.builder().audit(new Audit(...)).build();
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
  public static final Set<String> HANDLED_HOOKS = Set.of("StreamStatusEvent");

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

    private Audit audit;

    private Builder() {
    }

    /**
     * The instance whose {@code @WcsHook} methods handle hooks. Optional: by default, {@code new Audit()}.
     *
     * @return this builder
     */
    public Builder audit(Audit instance) {
      this.audit = Objects.requireNonNull(instance, "audit");
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
      Audit audit = this.audit != null ? this.audit : new Audit();
      ResourceConfig config = new ResourceConfig();
      config.register(new WcsHooksFeature(limits));
      config.register(new WcsHooksResource(audit));
      return config;
    }
  }
}
