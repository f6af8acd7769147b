package io.wcshooks.runtime.server;

import java.util.Locale;

/**
 * The HTTP container {@link WcsHookServer} runs on. Both serve the same answers through the same
 * code (the fast path, then Jersey); they differ in speed, most of all in the first seconds after
 * a start (see {@code benchmarks/RESULTS.md}).
 */
public enum ServerContainer {
  /** Eclipse Jetty 12 (its core API, no servlets), with Jersey's Jetty container. */
  JETTY,
  /** Eclipse Grizzly 4, with Jersey's Grizzly container. */
  GRIZZLY;

  /** The name used in flags and variables: {@code jetty}, {@code grizzly}. */
  public String flagValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The container of a flag or variable value (any case), or null for an unknown name. */
  static ServerContainer parse(String value) {
    String trimmed = value == null ? "" : value.strip();
    for (ServerContainer container : values()) {
      if (container.flagValue().equalsIgnoreCase(trimmed)) {
        return container;
      }
    }
    return null;
  }
}
