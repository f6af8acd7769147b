package io.wcshooks.bench;

import io.wcshooks.runtime.server.ServerContainer;
import io.wcshooks.runtime.server.ServerSettings;
import java.util.Arrays;

/**
 * Where the generated-server launchers ({@link EchoHooksServer}, {@link SampleHooksServer}) listen,
 * from their arguments: {@code port [jersey] [grizzly]}. {@code jersey} turns the container-level fast
 * path off, so that every hook goes through Jersey's request pipeline as before the fast path: the
 * benchmark's "echo-jersey" and "sample-jersey" servers, which show what the fast path is worth.
 * {@code grizzly} runs on Grizzly instead of the default container (Jetty): "echo-grizzly" and
 * "sample-grizzly", which show what the container is worth.
 */
final class HookServerSettings {
  /** The optional second argument: the fast path off. */
  static final String JERSEY = "jersey";
  /** An optional argument: Grizzly rather than the default container. */
  static final String GRIZZLY = "grizzly";

  private HookServerSettings() {}

  static ServerSettings from(String[] args) {
    ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(Integer.parseInt(args[0])).withBasePath("/");
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case JERSEY -> settings = settings.withFastPath(false);
        case GRIZZLY -> settings = settings.withContainer(ServerContainer.GRIZZLY);
        default -> throw new IllegalArgumentException(
            "arguments: port [" + JERSEY + "] [" + GRIZZLY + "], not " + Arrays.toString(args));
      }
    }
    return settings;
  }
}
