package io.wcshooks.runtime.server;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Jersey container behind the fast path, started when the first request that needs it arrives
 * (or at once, for an application with resources or providers of its own). A hook server's calls
 * never need it, so a hook server does not pay Jersey's start (most of a second, tens of MB) before
 * it answers its first call, and not at all unless something else is asked of it (an unknown
 * path, a wrong method or media type).
 *
 * @param <C> the container: Grizzly's or Jetty's Jersey container
 */
final class JerseyOnDemand<C> {
  private static final System.Logger LOG = System.getLogger(WcsHookServer.class.getName());

  private final Supplier<C> create;
  private final Consumer<C> start;
  private final Consumer<C> stop;
  private volatile C container;
  private boolean stopped;

  /**
   * @param create creates the container for the application
   * @param start starts a created container
   * @param stop stops a started container
   * @param now whether to create it now (its errors are then the server's start errors) rather than
   *     when it is first needed
   */
  JerseyOnDemand(Supplier<C> create, Consumer<C> start, Consumer<C> stop, boolean now) {
    this.create = create;
    this.start = start;
    this.stop = stop;
    if (now) {
      container = create.get();
    }
  }

  /** The container, started on the first call; a failed start fails each call (and is retried). */
  C get() {
    C started = container;
    if (started != null) {
      return started;
    }
    synchronized (this) {
      if (container == null) {
        if (stopped) {
          throw new IllegalStateException("the server is stopping");
        }
        long begin = System.nanoTime();
        C fresh = create.get();
        start.accept(fresh);
        container = fresh;
        LOG.log(System.Logger.Level.DEBUG, () -> "Jersey started on demand in "
            + (System.nanoTime() - begin) / 1_000_000 + " ms");
      }
      return container;
    }
  }

  /** Whether Jersey has been created. */
  boolean isStarted() {
    return container != null;
  }

  /** With the server, before it takes requests: starts a container created at once. */
  synchronized void start() {
    if (container != null) {
      start.accept(container);
    }
  }

  /** With the server: stops the container if there is one. */
  synchronized void destroy() {
    stopped = true;
    if (container != null) {
      stop.accept(container);
    }
  }
}
