package io.wcshooks.bench;

import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * (b) The sample app's handlers ({@code SampleHooks.application(config, clock, audit, env)} with its
 * bundled configuration and no hook authentication) on the embedded server; the audit trail is
 * written as in production (to the log). Runs on the sample's shaded jar; its classes are reached
 * by reflection because the sample module's Maven artifact is its WAR (see pom.xml). Args: port.
 */
public final class SampleHooksServer {
  private SampleHooksServer() {}

  public static void main(String[] args) throws Exception {
    Clock clock = Clock.systemUTC();
    Class<?> configType = Class.forName("io.wcshooks.sample.SampleConfig");
    Class<?> auditType = Class.forName("io.wcshooks.sample.AuditLog");
    Object config = configType.getMethod("load", Optional.class, Map.class).invoke(null, Optional.empty(), Map.of());
    Object audit = auditType.getConstructor(Clock.class).newInstance(clock);
    ResourceConfig application = (ResourceConfig) Class.forName("io.wcshooks.sample.SampleHooks")
        .getMethod("application", configType, Clock.class, auditType, Map.class)
        .invoke(null, config, clock, audit, Map.of());
    WcsHookServer server = WcsHookServer.start(application,
        ServerSettings.defaults().withHost("127.0.0.1").withPort(Integer.parseInt(args[0])).withBasePath("/"));
    server.runUntilShutdown();
  }
}
