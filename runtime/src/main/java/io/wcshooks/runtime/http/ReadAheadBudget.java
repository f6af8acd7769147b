package io.wcshooks.runtime.http;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most memory a server holds in bodies read ahead while their clients send them (by the
 * embedded server, on either container, and by the servlet in a WAR). Reading ahead frees the
 * threads from slow clients, but each such client then holds its body so far in memory: 600
 * clients each sending 1 MB of a declared 1 MB body and pausing filled a 256 MB heap, and a normal
 * call then took 10 s in garbage collection. With no room left, a body waits where it is, in the
 * network, until there is (on Jetty), or is refused (where the container reads whatever comes).
 *
 * <p>The runtime's own: applications do not use it.
 *
 * <p>Room is given while any is left, so the budget may be passed by the last room given (at most
 * one body's limit): a body larger than the budget is not kept waiting for room that cannot come.
 * Those waiting get room in the order they asked.
 */
public final class ReadAheadBudget {
  /**
   * What of each body is read ahead outside the budget: every hook body WCS sends (a few KB, with an
   * SDP) is, so none waits for room whatever slow clients hold. Per connection, about what the
   * container itself holds for a request in progress.
   */
  public static final int FREE_BYTES = 16 * 1024;

  /** Overrides the default size, in bytes (for tests, and for an operator who must). */
  public static final String PROPERTY = "wcshooks.readAheadBytes";

  private final AtomicLong left;
  private final Queue<Waiting> waiting = new ArrayDeque<>();

  public ReadAheadBudget(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("a read-ahead budget must be positive: " + bytes);
    }
    this.left = new AtomicLong(bytes);
  }

  /** An eighth of the largest heap the JVM may use, or {@value #PROPERTY} where set. */
  public static ReadAheadBudget ofThisJvm() {
    Long configured = Long.getLong(PROPERTY);
    return new ReadAheadBudget(configured != null ? configured : Runtime.getRuntime().maxMemory() / 8);
  }

  /** What {@code bytes} read ahead of one body hold of the budget: the first {@value #FREE_BYTES} are not counted. */
  public static int charged(int bytes) {
    return Math.max(0, bytes - FREE_BYTES);
  }

  /** Takes {@code bytes} if any room is left (nothing is always there); false, and nothing taken, if none is. */
  public boolean take(int bytes) {
    if (bytes == 0) {
      return true;
    }
    while (true) {
      long now = left.get();
      if (now <= 0) {
        return false;
      }
      if (left.compareAndSet(now, now - bytes)) {
        return true;
      }
    }
  }

  /** Gives back what {@link #take} or {@link #whenRoom} took, and gives room to those waiting while there is some. */
  public void give(int bytes) {
    if (bytes == 0) {
      return;
    }
    left.addAndGet(bytes);
    wake();
  }

  /**
   * Takes {@code bytes} as soon as any room is left, first come first served, then runs {@code
   * task} on the thread that gave the room back (or this one, when there is room already): a task
   * that only hands its work to another thread.
   */
  public void whenRoom(int bytes, Runnable task) {
    synchronized (waiting) {
      waiting.add(new Waiting(bytes, task));
    }
    // Room given back between the failed take and the lines above would wake no one.
    wake();
  }

  /** Takes a task of {@link #whenRoom} out of the queue, if it is still there (it has taken nothing yet). */
  public void forget(Runnable task) {
    synchronized (waiting) {
      waiting.removeIf(next -> next.task() == task);
    }
  }

  private void wake() {
    while (true) {
      Waiting next;
      synchronized (waiting) {
        next = waiting.peek();
        if (next == null || !take(next.bytes())) {
          return;
        }
        waiting.poll();
      }
      next.task().run();
    }
  }

  private record Waiting(int bytes, Runnable task) {}

  /** The room left, in bytes: negative when passed. */
  public long left() {
    return left.get();
  }
}
