package io.wcshooks.runtime.logging;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjLongConsumer;

/**
 * A {@link Throttle} for each key, e.g. a hook's name: one hook failing on every call is held to a
 * line an interval, and its flood does not hide the first failure of another. Thread-safe.
 */
public final class Throttles {
  private final Duration interval;
  private final ObjLongConsumer<String> summary;
  private final ConcurrentHashMap<String, Throttle> byKey = new ConcurrentHashMap<>();

  /**
   * @param summary writes the line for a key's count of lines held back that no further line
   *     carried (see {@link Throttle#Throttle(Duration, java.util.function.LongConsumer)})
   */
  public Throttles(Duration interval, ObjLongConsumer<String> summary) {
    this.interval = interval;
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /** The throttle of {@code key}; keys must be few (hook names are). */
  public Throttle of(String key) {
    return byKey.computeIfAbsent(key, unused -> new Throttle(interval, count -> summary.accept(key, count)));
  }

  /** Writes every key's count of lines held back now ({@link Throttle#flush()}). */
  public void flush() {
    byKey.values().forEach(Throttle::flush);
  }
}
