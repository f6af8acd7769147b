package io.wcshooks.sample;

import jakarta.ws.rs.ApplicationPath;
import java.time.Clock;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The WAR's entry point: Jersey's servlet container finds this class and serves the hooks at
 * {@code http://<host>:<port>/<context path>/<hook>}. Configured like the embedded server
 * ({@code WCS_SAMPLE_CONFIG} and {@code WCS_SAMPLE_*} variables); the port and path are the
 * container's.
 */
@ApplicationPath("/")
public class SampleWebApplication extends ResourceConfig {
  public SampleWebApplication() {
    super(SampleHooks.application(SampleConfig.load(Optional.empty(), System.getenv()), Clock.systemUTC(),
        new AuditLog(Clock.systemUTC()), System.getenv()));
  }
}
