package io.wcshooks.runtime.server;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.logging.LogAtExit;
import io.wcshooks.runtime.testing.TestHooks;
import java.time.Duration;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A user's main whose {@code connect} handler hangs until its deadline (1 s), for
 * {@link RunShutdownTest}'s child JVM to be stopped during a call. It says on standard output when
 * the handler runs.
 */
public final class StopMain {
  static final String RUNNING = "the connect handler runs";

  private StopMain() {}

  public static void main(String[] args) {
    LogAtExit.useShutdownLogManager();
    TestHooks hooks = new TestHooks();
    hooks.connect = request -> {
      System.out.println(RUNNING);
      System.out.flush();
      Thread.sleep(60_000);
      throw new AssertionError("the handler was not interrupted at its deadline");
    };
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks)
        .handling(HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ofSeconds(1))).build());
    config.register(hooks);
    WcsHookServer.run(config, args);
  }
}
