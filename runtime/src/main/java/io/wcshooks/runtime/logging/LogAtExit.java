package io.wcshooks.runtime.logging;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work that logs while the JVM shuts down (a server stopping in a shutdown hook, a background log
 * writer draining its queue) holds the log open until it is done: {@link ShutdownLogManager}
 * closes the log only then. Not a {@code LogManager} itself, so that {@link #useShutdownLogManager()}
 * can run before {@code java.util.logging} starts.
 */
public final class LogAtExit {
  /** The longest the log is kept open at exit, so that a stop that hangs cannot keep the JVM alive. */
  public static final Duration MOST_WAIT = Duration.ofSeconds(60);

  private static final Object LOCK = new Object();
  /** The holds not released yet. Guarded by LOCK. */
  private static int open;

  private LogAtExit() {}

  /**
   * Makes {@link ShutdownLogManager} {@code java.util.logging}'s manager, unless
   * {@code java.util.logging.manager} is set already. Works only before anything logs (the manager
   * is chosen once, when first needed): first thing in {@code main}.
   */
  public static void useShutdownLogManager() {
    if (System.getProperty("java.util.logging.manager") == null) {
      System.setProperty("java.util.logging.manager", ShutdownLogManager.NAME);
    }
  }

  /**
   * Keeps the log open at JVM shutdown until the hold is closed: taken before the shutdown, by work
   * a shutdown hook finishes and that logs as it does.
   */
  public static Hold keepOpen() {
    synchronized (LOCK) {
      open++;
    }
    return new Hold();
  }

  /** Work that keeps the log open at exit; {@link #close()} releases it (again: nothing). */
  public static final class Hold implements AutoCloseable {
    private final AtomicBoolean released = new AtomicBoolean();

    private Hold() {}

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        synchronized (LOCK) {
          open--;
          LOCK.notifyAll();
        }
      }
    }
  }

  /** Whether every hold has been released within {@code wait}. */
  static boolean awaitReleased(Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (LOCK) {
      while (open > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(LOCK, left);
      }
      return true;
    }
  }
}
