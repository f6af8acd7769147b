package io.wcshooks.runtime.server;

import io.wcshooks.runtime.fastpath.HookFastPath;

import io.wcshooks.runtime.http.ReadAheadBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** {@link WcsHookServer} on Grizzly: the fast path or Jersey's Grizzly container behind one listener. */
final class GrizzlyEngine implements ServerEngine {
  private static final System.Logger LOG = System.getLogger(WcsHookServer.class.getName());
  private static final String LISTENER = "wcs-hooks";

  private final HttpServer server;
  private final int port;
  private final GrizzlyFastPath fastPath;
  private final GrizzlyBodyAhead bodyAhead;

  private GrizzlyEngine(HttpServer server, int port, GrizzlyFastPath fastPath, GrizzlyBodyAhead bodyAhead) {
    this.server = server;
    this.port = port;
    this.fastPath = fastPath;
    this.bodyAhead = bodyAhead;
  }

  static GrizzlyEngine start(ResourceConfig config, ServerSettings settings, HookFastPath fast) {
    String contextPath = settings.basePath().equals("/") ? "" : settings.basePath();
    GrizzlyFastPath fastPath = fast != null ? new GrizzlyFastPath(fast, config) : null;
    HttpHandler hooks = fastPath != null ? fastPath : ContainerFactory.createContainer(GrizzlyHttpContainer.class, config);
    int workers = fast != null ? WcsHookServer.fastPathWorkerThreads() : WcsHookServer.workerThreads();

    NetworkListener listener = new NetworkListener(LISTENER, settings.host(), settings.port());
    listener.getTransport().setTcpNoDelay(true);
    listener.getTransport().setKeepAlive(true);
    listener.getKeepAlive().setMaxRequestsCount(-1);
    listener.getKeepAlive().setIdleTimeoutInSeconds(WcsHookServer.IDLE_TIMEOUT_SECONDS);
    listener.registerAddOn(new RefuseHttpUpgrades());
    // Each goes just after the codec, before those registered earlier: the framing is checked first,
    // then the body read ahead, before the fast path or Jersey.
    GrizzlyBodyAhead bodyAhead = new GrizzlyBodyAhead(BodyLimit.of(config).ahead(), ReadAheadBudget.ofThisJvm());
    listener.registerAddOn(bodyAhead);
    listener.registerAddOn(new GrizzlyFraming());
    GrizzlyJsonErrors.applyTo(listener);
    listener.getTransport().getWorkerThreadPoolConfig()
        .setThreadFactory(new NamedThreadFactory("wcs-hooks-worker-"))
        .setMaxPoolSize(workers)
        .setCorePoolSize(workers);

    HttpServer server = new HttpServer();
    server.getServerConfiguration().addHttpHandler(hooks,
        HttpHandlerRegistration.builder().contextPath(contextPath).urlPattern("/").build());
    if (!contextPath.isEmpty()) {
      server.getServerConfiguration().addHttpHandler(new OutsideBasePathHandler(settings.basePath()),
          HttpHandlerRegistration.ROOT);
    }

    try {
      if (fast != null) {
        warmUp(server, fast, settings);
        // The server runs already (warm-up): adding the listener starts it.
        server.addListener(listener);
        if (!listener.isStarted()) {
          throw new IOException("the listener did not start (is the port taken?)");
        }
      } else {
        server.addListener(listener);
        server.start();
      }
    } catch (IOException e) {
      server.shutdownNow();
      bodyAhead.close();
      throw new UncheckedIOException(WcsHookServer.cannotListen(settings, e), e);
    } catch (RuntimeException | Error e) {
      // The application's start failed (Jersey starts with the server's handlers, or the warm-up
      // failed): the server stopped all the same, or its port and threads stay taken.
      server.shutdownNow();
      bodyAhead.close();
      throw e;
    }
    return new GrizzlyEngine(server, listener.getPort(), fastPath, bodyAhead);
  }

  /**
   * Starts the server on a loopback port of its own and replays synthetic calls through it (see
   * {@link WarmUp}), then closes that port.
   */
  private static void warmUp(HttpServer server, HookFastPath fast, ServerSettings settings) {
    NetworkListener warm = new NetworkListener(WarmUp.CONNECTOR_NAME, "127.0.0.1", 0);
    warm.getTransport().setTcpNoDelay(true);
    server.addListener(warm);
    try {
      server.start();
    } catch (IOException e) {
      server.removeListener(WarmUp.CONNECTOR_NAME);
      LOG.log(System.Logger.Level.DEBUG, () -> "no warm-up: " + e);
      return;
    }
    WarmUp.through(fast, warm.getPort(), settings);
    server.removeListener(WarmUp.CONNECTOR_NAME);
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public boolean fastPath() {
    return fastPath != null;
  }

  @Override
  public boolean jerseyStarted() {
    return fastPath == null || fastPath.jerseyStarted();
  }

  @Override
  public void stop(Duration grace) throws InterruptedException {
    try {
      server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS).get(grace.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // Cut off below.
    } finally {
      // Also after a graceful shutdown, which only stops the listeners: this destroys the handlers
      // (Jersey, the handler pool) and stops the server's own threads.
      server.shutdownNow();
      bodyAhead.close();
    }
  }
}
