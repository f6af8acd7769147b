package io.wcshooks.bench;

import io.wcshooks.runtime.server.ServerSettings;
import java.util.Arrays;

/**
 * Where the generated-server launchers ({@link EchoHooksServer}, {@link SampleHooksServer}) listen,
 * from their arguments: {@code port [jersey]}. {@code jersey} turns the container-level fast path
 * off, so that every hook goes through Jersey's request pipeline as before the fast path: the
 * benchmark's "echo-jersey" and "sample-jersey" servers, which show what the fast path is worth.
 */
final class HookServerSettings {
  /** The optional second argument: the fast path off. */
  static final String JERSEY = "jersey";

  private HookServerSettings() {}

  static ServerSettings from(String[] args) {
    ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(Integer.parseInt(args[0])).withBasePath("/");
    if (args.length == 1) {
      return settings;
    }
    if (args.length == 2 && args[1].equals(JERSEY)) {
      return settings.withFastPath(false);
    }
    throw new IllegalArgumentException("arguments: port [" + JERSEY + "], not " + Arrays.toString(args));
  }
}
