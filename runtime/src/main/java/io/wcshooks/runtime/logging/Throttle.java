package io.wcshooks.runtime.logging;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * At most one log line an interval for a warning that a flood would repeat (forged calls, a full
 * handler pool at thousands of calls a second), with the count of those held back since the last
 * line. The first one is written at once, so that the problem shows as soon as it starts. When the
 * interval ends with lines held back and none comes to carry their count (a burst, then silence),
 * the count is written by itself, as a summary line, once the interval is over (by a timer shared
 * with every throttle, see {@link ThrottleTimer}), or at {@link #flush()}. Thread-safe.
 */
public final class Throttle {
  private final long intervalNanos;
  private final LongConsumer summary;
  private final LongSupplier nanoTime;
  private final AtomicLong nextLine;
  private final AtomicLong heldBack = new AtomicLong();
  /** Whether the timer is to tell this throttle that its interval is over. */
  private final AtomicBoolean summaryScheduled = new AtomicBoolean();

  /**
   * @param interval the least time between two lines
   * @param summary writes the line for a count of lines held back that no further line carried
   *     (more than 0); it runs on the timer's thread, or the one calling {@link #flush()}
   */
  public Throttle(Duration interval, LongConsumer summary) {
    this(interval, summary, System::nanoTime);
  }

  Throttle(Duration interval, LongConsumer summary, LongSupplier nanoTime) {
    this.intervalNanos = interval.toNanos();
    this.summary = Objects.requireNonNull(summary, "summary");
    this.nanoTime = nanoTime;
    this.nextLine = new AtomicLong(nanoTime.getAsLong());
    if (intervalNanos <= 0) {
      throw new IllegalArgumentException("the interval must be positive: " + interval);
    }
  }

  /**
   * Writes a line now when one is due, else counts this one.
   *
   * @param line writes the line, given how many were held back since the last one (0 for none)
   */
  public void offer(LongConsumer line) {
    long now = nanoTime.getAsLong();
    long due = nextLine.get();
    if (now - due >= 0 && nextLine.compareAndSet(due, now + intervalNanos)) {
      line.accept(heldBack.getAndSet(0));
    } else {
      heldBack.incrementAndGet();
      // Counted first, then checked: the timer clears the flag before it takes the count, so one
      // of the two always sees the other (no count is left without a timer to write it).
      if (!summaryScheduled.get() && summaryScheduled.compareAndSet(false, true)) {
        ThrottleTimer.schedule(this, nextLine.get());
      }
    }
  }

  /** Writes the count of lines held back now, if any (e.g. at a stop, the last chance to). */
  public void flush() {
    if (summaryScheduled.compareAndSet(true, false)) {
      ThrottleTimer.cancel(this);
    }
    writeSummary();
  }

  /**
   * From the timer, at the end of the interval during which lines were held back: their count,
   * unless a line came since and opened a new interval (its count then waits for that one's end).
   */
  void intervalOver() {
    long due = nextLine.get();
    if (nanoTime.getAsLong() - due < 0) {
      if (summaryScheduled.get()) { // not flushed meanwhile
        ThrottleTimer.schedule(this, due);
      }
      return;
    }
    summaryScheduled.set(false);
    writeSummary();
  }

  private void writeSummary() {
    // Not a line of the interval: the next offer still writes its line at once, the start of
    // another burst showing as soon as it comes. The count goes to this summary or to that line,
    // whichever takes it first, never to both.
    long count = heldBack.getAndSet(0);
    if (count > 0) {
      summary.accept(count);
    }
  }
}
