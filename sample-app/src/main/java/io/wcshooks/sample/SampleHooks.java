package io.wcshooks.sample;

import io.wcshooks.hooks.WcsHooks;
import java.time.Clock;
import org.glassfish.jersey.server.ResourceConfig;

/** The sample backend as a Jersey application, the same for the embedded server and the WAR. */
public final class SampleHooks {
  private SampleHooks() {}

  public static ResourceConfig application(SampleConfig config, Clock clock, AuditLog audit) {
    Sessions sessions = new Sessions(config.tokens(), clock);
    return WcsHooks.builder()
        .authHooks(new AuthHooks(sessions, config.sip(), audit))
        .streamHooks(new StreamHooks(sessions, config.blockedStreams(), config.publicPrefix(), audit))
        .callHooks(new CallHooks(sessions, config.sip(), audit))
        .build();
  }
}
