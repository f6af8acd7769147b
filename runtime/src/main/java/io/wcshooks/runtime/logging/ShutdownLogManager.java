package io.wcshooks.runtime.logging;

import java.util.logging.LogManager;

/**
 * {@code java.util.logging}'s log manager, except that when the JVM shuts down it keeps the log
 * handlers until the work holding the log open ({@link LogAtExit#keepOpen()}) is done, for at most
 * {@link LogAtExit#MOST_WAIT}. JUL's own shutdown hook resets the log at once, alongside the other
 * hooks: a server stopping in a shutdown hook lost what it wrote while stopping (a handler failing
 * or cut off during the grace period, its "stopped" line), and a background log writer the lines
 * it still held.
 *
 * <p>Chosen before anything logs: {@code -Djava.util.logging.manager=}{@value #NAME}, or
 * {@link LogAtExit#useShutdownLogManager()} first thing in {@code main}. With another manager
 * nothing changes but that loss at exit.
 */
public final class ShutdownLogManager extends LogManager {
  /** The class name, the value of {@code java.util.logging.manager}. */
  public static final String NAME = "io.wcshooks.runtime.logging.ShutdownLogManager";

  /** Called by {@link LogManager} when the system property names this class. */
  public ShutdownLogManager() {}

  /** At JVM shutdown (JUL's own hook), once the holds are released; else at once, as always. */
  @Override
  public void reset() {
    if (shuttingDown()) {
      try {
        LogAtExit.awaitReleased(LogAtExit.MOST_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    super.reset();
  }

  /** Whether the JVM is running its shutdown hooks: it then refuses a new one. */
  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> { });
    try {
      Runtime.getRuntime().addShutdownHook(probe);
    } catch (IllegalStateException e) {
      return true;
    }
    Runtime.getRuntime().removeShutdownHook(probe);
    return false;
  }
}
