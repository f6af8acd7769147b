package io.wcshooks.runtime.server;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The time a body has on Jetty, in all, whether it is read ahead or dropped: the idle timeout,
 * which alone restarts with every byte, so that a client sending a byte now and then held its
 * connection (and what it had read ahead) for as long as it liked. As on Grizzly.
 */
final class BodyDeadline {
  private BodyDeadline() {}

  /**
   * Runs {@code late} {@value WcsHookServer#IDLE_TIMEOUT_SECONDS} s from now, on Jetty's scheduler,
   * unless the task returned is cancelled first. Never while the server stops: its connections go.
   */
  static Scheduler.Task start(Request request, Runnable late) {
    try {
      return request.getComponents().getScheduler().schedule(late, WcsHookServer.IDLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (RejectedExecutionException e) {
      // The scheduler stopped between this request and now.
      return () -> false;
    }
  }

  /** The failure a body that was late ends with: a 400 for whoever reads it. */
  static TimeoutException late() {
    return new TimeoutException("the body did not arrive within " + WcsHookServer.IDLE_TIMEOUT_SECONDS + " s");
  }
}
