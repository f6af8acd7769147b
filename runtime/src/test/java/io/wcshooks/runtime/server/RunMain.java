package io.wcshooks.runtime.server;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.testing.TestHooks;
import org.glassfish.jersey.server.ResourceConfig;

/** A user's main, as the README's tutorial writes it, for {@link RunFailuresTest}'s child JVMs. */
public final class RunMain {
  private RunMain() {}

  public static void main(String[] args) {
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks).build());
    config.register(hooks);
    WcsHookServer.run(config, args);
  }
}
