package io.wcshooks.runtime.logging;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Throttle} for each key, e.g. a hook's name: one hook failing on every call is held to a
 * line an interval, and its flood does not hide the first failure of another. Thread-safe.
 */
public final class Throttles {
  private final Duration interval;
  private final ConcurrentHashMap<String, Throttle> byKey = new ConcurrentHashMap<>();

  public Throttles(Duration interval) {
    this.interval = interval;
  }

  /** The throttle of {@code key}; keys must be few (hook names are). */
  public Throttle of(String key) {
    return byKey.computeIfAbsent(key, unused -> new Throttle(interval));
  }
}
