package io.wcshooks.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.failure.HandlerRunner;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.HealthEndpoint;
import io.wcshooks.runtime.http.UnexpectedExceptionMapper;
import io.wcshooks.runtime.http.WebApplicationExceptionMapper;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.logging.CallLog;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Everything a generated hook resource needs from Jersey: the body reader, the exact JSON
 * configuration (also given to Jersey's Jackson provider), and the JSON error mapping.
 */
public final class WcsHooksFeature implements Feature {
  /**
   * The configuration property holding the body limit in bytes ({@link JsonLimits#maxBodyBytes()}),
   * for filters that read a body before the hook does (signature checks).
   */
  public static final String MAX_BODY_BYTES = "io.wcshooks.maxBodyBytes";

  private final JsonLimits limits;
  private final HandlerPolicy handling;

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
    this.limits = Objects.requireNonNull(limits, "limits");
    this.handling = Objects.requireNonNull(handling, "handling");
  }

  @Override
  public boolean configure(FeatureContext context) {
    HookJson codec = new HookJson(limits);
    ErrorBodies errors = new ErrorBodies(codec);
    ObjectMapper mapper = codec.mapper();
    // WADL needs JAXB, which a hook server has no use for; without this Jersey warns at every start.
    context.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    context.register(JacksonFeature.withoutExceptionMappers());
    context.register(new ObjectMapperResolver(mapper));
    HandlerRunner runner = new HandlerRunner(handling);
    context.register(new HookCallReader(codec, errors, limits, runner));
    context.register(new RunnerLifecycle(runner));
    context.register(new WebApplicationExceptionMapper(errors));
    context.register(new UnexpectedExceptionMapper(errors));
    context.register(HealthEndpoint.class);
    context.property(MAX_BODY_BYTES, limits.maxBodyBytes());
    // Off unless the io.wcshooks.calls logger is at DEBUG; then one line per call.
    context.register(new CallLog());
    return true;
  }

  /** Stops the handler pool with the application. */
  private static final class RunnerLifecycle implements ContainerLifecycleListener {
    private final HandlerRunner runner;

    RunnerLifecycle(HandlerRunner runner) {
      this.runner = runner;
    }

    @Override
    public void onStartup(Container container) {}

    @Override
    public void onReload(Container container) {}

    @Override
    public void onShutdown(Container container) {
      runner.close();
    }
  }
}
