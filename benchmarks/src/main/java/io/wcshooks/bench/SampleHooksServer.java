package io.wcshooks.bench;

import io.wcshooks.runtime.server.WcsHookServer;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * (b) The sample app's handlers ({@code SampleHooks.application(config, clock, audit, env)} with its
 * bundled configuration and no hook authentication) on the embedded server; the audit trail is
 * written as in production (to the log). Runs on the sample's shaded jar; its classes are reached
 * by reflection because the sample module's Maven artifact is its WAR (see pom.xml). Args: port
 * [jersey] (see {@link HookServerSettings}).
 */
public final class SampleHooksServer {
  private SampleHooksServer() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    ResourceConfig application = application(SampleHooksServer.class.getClassLoader(), Map.of(), Optional.empty());
    WcsHookServer server = WcsHookServer.start(application, HookServerSettings.from(args));
    server.runUntilShutdown();
  }

  /**
   * The sample's application with its bundled configuration, built from the sample's classes.
   *
   * @param sampleClasses a class loader that has the sample's classes (the shaded jar)
   * @param env the environment the sample reads: {@code WCS_SAMPLE_<KEY>} overrides a configuration
   *     key, and the {@code WCS_HOOKS_*} security variables are honoured
   * @param auditSink where the audit lines go; empty for the sample's own {@code wcs.audit} logger,
   *     as in production
   */
  static ResourceConfig application(ClassLoader sampleClasses, Map<String, String> env, Optional<Consumer<String>> auditSink)
      throws ReflectiveOperationException {
    Clock clock = Clock.systemUTC();
    Class<?> configType = Class.forName("io.wcshooks.sample.SampleConfig", true, sampleClasses);
    Class<?> auditType = Class.forName("io.wcshooks.sample.AuditLog", true, sampleClasses);
    Object config = configType.getMethod("load", Optional.class, Map.class).invoke(null, Optional.empty(), env);
    Object audit = auditSink.isPresent()
        ? auditType.getConstructor(Clock.class, Consumer.class).newInstance(clock, auditSink.get())
        : auditType.getConstructor(Clock.class).newInstance(clock);
    return (ResourceConfig) Class.forName("io.wcshooks.sample.SampleHooks", true, sampleClasses)
        .getMethod("application", configType, Clock.class, auditType, Map.class)
        .invoke(null, config, clock, audit, env);
  }
}
