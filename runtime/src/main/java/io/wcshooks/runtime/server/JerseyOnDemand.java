package io.wcshooks.runtime.server;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Jersey container behind the fast path, started when the first request that needs it arrives
 * (or at once, for an application with resources or providers of its own). A hook server's calls
 * never need it, so a hook server does not pay Jersey's start (most of a second, tens of MB) before
 * it answers its first call, and not at all unless something else is asked of it (an unknown
 * path, a wrong method or media type).
 */
final class JerseyOnDemand {
  private static final System.Logger LOG = System.getLogger(WcsHookServer.class.getName());

  private final ResourceConfig config;
  private volatile GrizzlyHttpContainer container;
  private boolean stopped;

  private JerseyOnDemand(ResourceConfig config) {
    this.config = config;
  }

  /** Starts Jersey when it is first needed. */
  static JerseyOnDemand lazy(ResourceConfig config) {
    return new JerseyOnDemand(config);
  }

  /** Starts Jersey now (its errors are the server's start errors). */
  static JerseyOnDemand now(ResourceConfig config) {
    JerseyOnDemand jersey = new JerseyOnDemand(config);
    jersey.container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, config);
    return jersey;
  }

  /** The container, started on the first call; a failed start fails each call (and is retried). */
  HttpHandler get() {
    GrizzlyHttpContainer started = container;
    if (started != null) {
      return started;
    }
    synchronized (this) {
      if (container == null) {
        if (stopped) {
          throw new IllegalStateException("the server is stopping");
        }
        long begin = System.nanoTime();
        GrizzlyHttpContainer created = ContainerFactory.createContainer(GrizzlyHttpContainer.class, config);
        created.start();
        container = created;
        LOG.log(System.Logger.Level.DEBUG, () -> "Jersey started on demand in "
            + (System.nanoTime() - begin) / 1_000_000 + " ms");
      }
      return container;
    }
  }

  /** Whether Jersey has been started. */
  boolean isStarted() {
    return container != null;
  }

  /** With the server: starts a container created at once. */
  void start() {
    GrizzlyHttpContainer started = container;
    if (started != null) {
      started.start();
    }
  }

  /** With the server: stops the container if it was started. */
  synchronized void destroy() {
    stopped = true;
    if (container != null) {
      container.destroy();
    }
  }
}
