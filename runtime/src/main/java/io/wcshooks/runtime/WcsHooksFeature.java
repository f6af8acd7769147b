package io.wcshooks.runtime;

import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.http.HealthEndpoint;
import io.wcshooks.runtime.http.MalformedHeaders;
import io.wcshooks.runtime.http.UnexpectedExceptionMapper;
import io.wcshooks.runtime.http.WebApplicationExceptionMapper;
import io.wcshooks.runtime.http.ZeroQualityAccept;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.logging.CallLog;
import io.wcshooks.runtime.security.HookSecurity;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Everything a generated hook resource needs from Jersey: the body reader, the exact JSON
 * configuration (also given to Jersey's Jackson provider), and the JSON error mapping. It also
 * carries what the embedded server's container-level path needs ({@link #calls()}).
 *
 * <p>It turns Jersey's WADL off ({@link ServerProperties#WADL_FEATURE_DISABLE}) unless the
 * application sets that property itself: WCS never asks for {@code application.wadl}, and without
 * a JAXB implementation Jersey warned at every start.
 */
public final class WcsHooksFeature implements Feature {
  /**
   * The configuration property holding the body limit in bytes ({@link JsonLimits#maxBodyBytes()}),
   * for filters that read a body before the hook does (signature checks).
   */
  public static final String MAX_BODY_BYTES = "io.wcshooks.maxBodyBytes";

  private final HookCalls calls;

  public WcsHooksFeature() {
    this(JsonLimits.DEFAULTS);
  }

  public WcsHooksFeature(JsonLimits limits) {
    this(limits, HandlerPolicy.DEFAULTS);
  }

  /**
   * @param limits bounds on request bodies
   * @param handling handler deadline, failure policy per hook and repeat detection
   */
  public WcsHooksFeature(JsonLimits limits, HandlerPolicy handling) {
    this(builder().limits(limits).handling(handling));
  }

  private WcsHooksFeature(Builder builder) {
    this.calls = new HookCalls(builder.limits, builder.handling, builder.disabled, builder.dispatcher);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** What the application's hook calls share; the embedded server answers hook calls with it. */
  public HookCalls calls() {
    return calls;
  }

  @Override
  public boolean configure(FeatureContext context) {
    // WADL needs a JAXB implementation, and WCS never asks for application.wadl: without this Jersey
    // warns at every start that it found none. An application that sets the property itself (to
    // have its WADL, with JAXB on its class path) keeps its value: in its ResourceConfig, or as the
    // servlet's init parameter.
    if (context.getConfiguration().getProperty(ServerProperties.WADL_FEATURE_DISABLE) == null) {
      context.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
    context.register(JacksonFeature.withoutExceptionMappers());
    context.register(new ObjectMapperResolver(calls.codec().mapper()));
    context.register(new HookCallReader(calls));
    context.register(new UndecodedBody.Mark(calls), UndecodedBody.MARK_PRIORITY);
    context.register(new UndecodedBody.Check(calls.errors()), UndecodedBody.CHECK_PRIORITY);
    context.register(new UntypedEmptyBody(calls.errors()));
    context.register(new CallsLifecycle(calls, context.getConfiguration().getInstances().stream()
        .filter(HookSecurity.class::isInstance).map(HookSecurity.class::cast).toList()));
    context.register(new WebApplicationExceptionMapper(calls.errors()));
    context.register(new UnexpectedExceptionMapper(calls.errors()));
    context.register(new MalformedHeaders(calls.errors()));
    context.register(new ZeroQualityAccept());
    context.register(HealthEndpoint.class);
    context.property(MAX_BODY_BYTES, calls.limits().maxBodyBytes());
    // Off unless the io.wcshooks.calls logger is at DEBUG; then one line per call.
    context.register(new CallLog());
    return true;
  }

  /** The settings of a feature; generated code uses it. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.DEFAULTS;
    private HandlerPolicy handling = HandlerPolicy.DEFAULTS;
    private DisabledHooks disabled = DisabledHooks.NONE;
    private HookDispatcher dispatcher;

    private Builder() {}

    /** Bounds on request bodies. */
    public Builder limits(JsonLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /** Handler deadline, failure policy per hook and repeat detection. */
    public Builder handling(HandlerPolicy value) {
      this.handling = Objects.requireNonNull(value, "handling");
      return this;
    }

    /** The hooks the connect answer turns off for the session (none by default). */
    public Builder disabledHooks(DisabledHooks value) {
      this.disabled = Objects.requireNonNull(value, "disabled");
      return this;
    }

    /**
     * The hook resource as plain calls, which lets the embedded server answer well-formed hook
     * calls without Jersey's request pipeline.
     */
    public Builder dispatcher(HookDispatcher value) {
      this.dispatcher = Objects.requireNonNull(value, "dispatcher");
      return this;
    }

    public WcsHooksFeature build() {
      return new WcsHooksFeature(this);
    }
  }

  /**
   * Stops the handler pool with the application, and lets the application that replaces it when
   * Jersey reloads start it again, with its first call (the old one is shut down first, then the
   * new one started).
   */
  private static final class CallsLifecycle implements ContainerLifecycleListener {
    private final HookCalls calls;
    /** The application's authentication, whose throttled refusal warnings are flushed with it. */
    private final List<HookSecurity> securities;

    CallsLifecycle(HookCalls calls, List<HookSecurity> securities) {
      this.calls = calls;
      this.securities = securities;
    }

    @Override
    public void onStartup(Container container) {
      calls.open();
    }

    @Override
    public void onReload(Container container) {}

    @Override
    public void onShutdown(Container container) {
      try {
        calls.close();
      } finally {
        securities.forEach(HookSecurity::flushRefusalLog);
      }
    }
  }
}
