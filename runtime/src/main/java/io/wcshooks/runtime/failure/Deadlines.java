package io.wcshooks.runtime.failure;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The deadlines of the calls on the handler pool, all of one length, kept by one thread. A call
 * takes a slot in a fixed table when it is submitted and gives it back when it ends: no lock, no
 * allocation beyond the call's own entry, nothing left behind to expire. The thread sleeps until
 * the earliest deadline in the table, and never longer than one deadline's length after it looked:
 * a call that starts after the look is due later than that, so no call ever needs to wake it.
 *
 * <p>Why not a {@code ScheduledThreadPoolExecutor}: every call scheduled and cancelled a task under
 * its one lock, taken by every handler thread; on two cores, a lock holder preempted made the
 * others wait 10 ms and more (JFR: dozens of such waits in 9 s under load).
 */
final class Deadlines implements AutoCloseable {
  /** One call's deadline; {@link #expire} runs at most once, at {@link #due}, unless ended first. */
  static final class Deadline {
    final long due;
    private final Runnable expire;
    private int slot = -1;

    private Deadline(long due, Runnable expire) {
      this.due = due;
      this.expire = expire;
    }
  }

  private final long lengthNanos;
  private final AtomicReferenceArray<Deadline> slots;
  private final AtomicInteger cursor = new AtomicInteger();
  private final Thread keeper;
  private volatile boolean closed;

  /**
   * @param lengthNanos every deadline's length
   * @param capacity the most calls that can be waiting or running at once (the pool's threads
   *     plus its queue); the table has room for twice that
   */
  Deadlines(long lengthNanos, int capacity, String threadName) {
    this.lengthNanos = lengthNanos;
    this.slots = new AtomicReferenceArray<>(2 * capacity);
    this.keeper = new Thread(this::keep, threadName);
    keeper.setDaemon(true);
    keeper.start();
  }

  /**
   * Starts a deadline that runs {@code expire} (on the keeper's thread) unless {@link #end} comes
   * first.
   *
   * @throws RejectedExecutionException if the table is full (more calls than the pool can hold)
   */
  Deadline start(Runnable expire) {
    Deadline deadline = new Deadline(System.nanoTime() + lengthNanos, expire);
    int length = slots.length();
    int from = Math.floorMod(cursor.getAndIncrement(), length);
    for (int k = 0; k < length; k++) {
      int i = from + k < length ? from + k : from + k - length;
      if (slots.get(i) == null && slots.compareAndSet(i, null, deadline)) {
        deadline.slot = i;
        return deadline;
      }
    }
    throw new RejectedExecutionException("more calls than the handler pool holds");
  }

  /** The call ended: its deadline will not run. */
  void end(Deadline deadline) {
    if (deadline.slot >= 0) {
      slots.compareAndSet(deadline.slot, deadline, null);
    }
  }

  private void keep() {
    while (!closed) {
      long now = System.nanoTime();
      // A deadline started after this look is due after now + lengthNanos: waking by then is enough.
      long wake = now + lengthNanos;
      for (int i = 0; i < slots.length(); i++) {
        Deadline deadline = slots.get(i);
        if (deadline == null) {
          continue;
        }
        if (deadline.due - now <= 0) {
          if (slots.compareAndSet(i, deadline, null)) {
            try {
              deadline.expire.run();
            } catch (RuntimeException | Error e) {
              // An expiry only answers the call; what fails there must not stop the keeper.
            }
          }
        } else if (deadline.due - wake < 0) {
          wake = deadline.due;
        }
      }
      LockSupport.parkNanos(this, wake - System.nanoTime());
    }
  }

  /** Runs every deadline not yet ended or expired now, on the calling thread (before {@link #close()}). */
  void expireAll() {
    for (int i = 0; i < slots.length(); i++) {
      Deadline deadline = slots.get(i);
      if (deadline != null && slots.compareAndSet(i, deadline, null)) {
        try {
          deadline.expire.run();
        } catch (RuntimeException | Error e) {
          // As in keep(): an expiry that fails must not keep the others from running.
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(keeper);
  }

  /** Waits at most {@code nanos} for the keeper thread to end after {@link #close()}. */
  void awaitStop(long nanos) throws InterruptedException {
    keeper.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
  }
}
