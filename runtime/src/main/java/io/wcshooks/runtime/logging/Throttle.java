package io.wcshooks.runtime.logging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * At most one log line an interval for a warning that a flood would repeat (forged calls, a full
 * handler pool at thousands of calls a second), with the count of those held back since the last
 * line. The first one is written at once, so that the problem shows as soon as it starts. Thread-safe.
 */
public final class Throttle {
  private final long intervalNanos;
  private final AtomicLong nextLine = new AtomicLong(System.nanoTime());
  private final AtomicLong heldBack = new AtomicLong();

  public Throttle(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /**
   * Writes a line now when one is due, else counts this one.
   *
   * @param line writes the line, given how many were held back since the last one (0 for none)
   */
  public void offer(LongConsumer line) {
    long now = System.nanoTime();
    long due = nextLine.get();
    if (now - due >= 0 && nextLine.compareAndSet(due, now + intervalNanos)) {
      line.accept(heldBack.getAndSet(0));
    } else {
      heldBack.incrementAndGet();
    }
  }
}
