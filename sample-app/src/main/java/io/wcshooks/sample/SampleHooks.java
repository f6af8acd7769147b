package io.wcshooks.sample;

import io.wcshooks.hooks.WcsHooks;
import io.wcshooks.runtime.security.HookSecurity;
import java.time.Clock;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;

/** The sample backend as a Jersey application, the same for the embedded server and the WAR. */
public final class SampleHooks {
  private SampleHooks() {}

  /**
   * The application; WCS must sign its calls or send Basic credentials when the environment says
   * so ({@code WCS_HOOKS_SECRET_KEY}, or {@code WCS_HOOKS_USERNAME} and {@code WCS_HOOKS_PASSWORD}).
   */
  public static ResourceConfig application(SampleConfig config, Clock clock, AuditLog audit, Map<String, String> env) {
    Sessions sessions = new Sessions(config.tokens(), clock, config.sessionIdleTimeout());
    WcsHooks.Builder hooks = WcsHooks.builder()
        .authHooks(new AuthHooks(sessions, config.sip(), audit))
        .streamHooks(new StreamHooks(sessions, config.blockedStreams(), config.publicPrefix(), audit))
        .callHooks(new CallHooks(sessions, config.sip(), audit));
    if (config.disableUnhandledHooks()) {
      // The hooks the sample does not handle would only be echoed: WCS need not call them at all.
      hooks.disableUnhandledHooks();
    }
    ResourceConfig application = hooks.build();
    application.register(HookSecurity.fromEnvironment(env));
    return application;
  }
}
