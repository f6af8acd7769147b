package io.wcshooks.runtime.server;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.fastpath.HookFastPath;

import io.wcshooks.runtime.http.ReadAheadBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@link WcsHookServer} on Jetty 12's core API: the fast path first, then Jersey's Jetty container
 * for the paths under the base path, then a JSON 404 for every path outside it.
 */
final class JettyEngine implements ServerEngine {
  private static final System.Logger LOG = System.getLogger(WcsHookServer.class.getName());

  private final Server server;
  private final int port;
  private final JerseyOnDemand<JettyHttpContainer> jersey;
  /** The fast path; null when every call goes through Jersey. */
  private final HookFastPath fast;

  private JettyEngine(Server server, int port, JerseyOnDemand<JettyHttpContainer> jersey, HookFastPath fast) {
    this.server = server;
    this.port = port;
    this.jersey = jersey;
    this.fast = fast;
  }

  static JettyEngine start(ResourceConfig config, ServerSettings settings, HookFastPath fast, Duration grace) {
    // Measured on 2 cores: Jetty's default of 200 threads answered less (echo 44-46k req/s warm against
    // 54-66k with this); 16 did no better than this within the noise.
    QueuedThreadPool threads = new QueuedThreadPool(WcsHookServer.workerThreads() + 8, 8);
    threads.setName("wcs-hooks-worker");
    Server server = new Server(threads);
    server.setStopTimeout(grace.toMillis());
    server.setErrorHandler(new JettyJsonErrors());

    JerseyOnDemand<JettyHttpContainer> jersey = new JerseyOnDemand<>(() -> {
      JettyHttpContainer container = ContainerFactory.createContainer(JettyHttpContainer.class, config);
      container.setServer(server);
      return container;
    }, JettyEngine::startContainer, JettyEngine::stopContainer, fast == null || !fast.jerseyOnDemand());
    BodyLimit bodyLimit = BodyLimit.of(config);
    ReadAheadBudget budget = ReadAheadBudget.ofThisJvm();
    String contextPath = settings.basePath().equals("/") ? "" : settings.basePath();
    Handler context = new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Request inContext = withoutContextPath(request, contextPath);
        if (inContext == null) {
          return false;
        }
        if (inContext.getLength() > bodyLimit.hooks() && !JettyDrain.expectsContinue(inContext)) {
          // Over every hook's limit: Jersey refuses it from its Content-Length, or answers without it
          // (a refusal, another path), so it goes on unread and is dropped once the answer is out,
          // which the client may wait for before it sends the rest.
          return jersey.get().handle(JettyDrain.keepingBody(inContext), response,
              JettyDrain.dropBodyAfter(inContext, response, callback));
        }
        // Read ahead as it comes, no thread waiting for it (see JettyBodyAhead), then handed to Jersey.
        JettyBodyAhead.read(inContext, bodyLimit.ahead(), budget, ahead -> {
          try {
            toJersey(request, ahead, response, callback);
          } catch (Throwable e) {
            // As from the handler itself: Jetty answers its 500 (JettyJsonErrors), or ends the connection.
            callback.failed(e);
          }
        });
        return true;
      }

      private void toJersey(Request request, Request inContext, Response response, Callback callback) throws Exception {
        // Jersey may answer without reading the body (an unknown path, a wrong method): it gets the
        // body read in full first, so that none is left unread on a connection the client reuses.
        Request whole;
        try {
          whole = JettyDrain.readFirst(inContext, response, bodyLimit.bytes());
        } catch (IOException e) {
          // The client stopped sending mid-body, or sent too slowly (JettyBodyAhead's deadline): a 400 as on the fast path, not Jetty's 500.
          Response.writeError(request, response, callback, 400, HookCalls.INCOMPLETE_BODY);
          return;
        }
        if (whole == null) {
          // The JSON error handler answers it, closing the connection.
          Response.writeError(request, response, callback, 413, bodyLimit.tooLarge());
          return;
        }
        if (!jersey.get().handle(whole, response, callback)) {
          // Not reached: Jersey's container answers every request, with its 404 for an unknown path.
          Response.writeError(request, response, callback, 404);
        }
      }
    };
    Handler hooks = new Handler.Sequence(context, new OutsideBasePath(settings.basePath()));
    server.setHandler(new GracefulHandler(new RefuseTransferCodings(fast != null ? new JettyFastPath(fast, hooks, budget) : hooks)));

    ServerConnector connector = connector(server, settings.host(), settings.port());
    connector.setIdleTimeout(WcsHookServer.IDLE_TIMEOUT_SECONDS * 1000L);
    try {
      if (fast != null) {
        // A server started again on the same application: its handler pool stopped with the last one.
        fast.open();
        ServerConnector warm = connector(server, "127.0.0.1", 0);
        // Jetty logs this connector's start and stop: its name says it is not the port for WCS.
        warm.setName(WarmUp.CONNECTOR_NAME);
        server.addConnector(warm);
        server.start();
        jersey.start();
        WarmUp.through(fast, warm.getLocalPort(), settings);
        server.addConnector(connector);
        if (!connector.isStarted()) {
          connector.start();
        }
        warm.stop();
        server.removeConnector(warm);
      } else {
        server.addConnector(connector);
        server.start();
        jersey.start();
      }
    } catch (Error e) {
      // An application class that cannot initialise, in Jersey's start: the server stopped all the
      // same, or its port stays taken and its threads (no daemons) keep the JVM alive.
      stopQuietly(server, jersey, fast);
      throw e;
    } catch (Exception e) {
      stopQuietly(server, jersey, fast);
      if (e instanceof RuntimeException runtime && !(e.getCause() instanceof IOException)) {
        throw runtime;
      }
      IOException io = e instanceof IOException direct ? direct : e.getCause() instanceof IOException cause ? cause : null;
      if (io == null) {
        // Not the port: a component that failed to start, which the caller must see whole.
        throw new IllegalStateException("the server did not start: " + e, e);
      }
      throw new UncheckedIOException(WcsHookServer.cannotListen(settings, e), io);
    }
    return new JettyEngine(server, connector.getLocalPort(), jersey, fast);
  }

  /**
   * The request as Jersey is to see it: its path without the base path, or null when it is outside.
   * Not a Jetty {@code ContextHandler}: Jersey's Jetty container then puts the context path in
   * twice (base URI {@code /base/}, request URI {@code /base/base/hook}).
   */
  private static Request withoutContextPath(Request request, String contextPath) {
    if (contextPath.isEmpty()) {
      return request;
    }
    String path = request.getHttpURI().getPath();
    if (!path.startsWith(contextPath)
        || (path.length() > contextPath.length() && path.charAt(contextPath.length()) != '/')) {
      return null;
    }
    String inner = path.length() == contextPath.length() ? "/" : path.substring(contextPath.length());
    HttpURI uri = HttpURI.build(request.getHttpURI()).path(inner).asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpURI getHttpURI() {
        return uri;
      }
    };
  }

  private static ServerConnector connector(Server server, String host, int port) {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // Jetty refuses ambiguous paths itself (400); an empty segment ("//connect") it refuses at a
    // point where the refused body cannot be drained, so that one goes on to a JSON 404, as on Grizzly.
    http.setUriCompliance(UriCompliance.DEFAULT.with("wcs-hooks", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  private static void startContainer(JettyHttpContainer container) {
    try {
      container.start();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Jersey did not start: " + e.getMessage(), e);
    }
  }

  private static void stopContainer(JettyHttpContainer container) {
    try {
      container.stop();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "Jersey did not stop cleanly", e);
    }
  }

  /**
   * Stops the server, then Jersey (not in Jetty's handler tree: it is not stopped with the server)
   * and the handler pool (Jersey stops it only when it has started, and the fast path may never
   * start it), so that a stopped server leaves no thread behind.
   */
  private static void stopQuietly(Server server, JerseyOnDemand<JettyHttpContainer> jersey, HookFastPath fast) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "the server did not stop cleanly", e);
    }
    jersey.destroy();
    if (fast != null) {
      fast.close();
    }
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public boolean fastPath() {
    return fast != null;
  }

  @Override
  public boolean jerseyStarted() {
    return jersey.isStarted();
  }

  @Override
  public void stop(Duration grace) {
    // The stop timeout (the grace period) lets the graceful handler wait for requests in progress.
    stopQuietly(server, jersey, fast);
  }

  /**
   * A JSON 400 for a request body in a transfer coding other than chunked ({@code gzip, chunked}):
   * Jetty decodes the chunks and passes the still encoded bytes on as the body, which would be
   * echoed or refused as malformed JSON; Grizzly refuses it the same way ({@link GrizzlyFraming}).
   */
  private static final class RefuseTransferCodings extends Handler.Wrapper {
    RefuseTransferCodings(Handler next) {
      super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      // WCS sends a Content-Length: the common case costs one scan of the headers, no list.
      if (request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)
          && !String.join(",", request.getHeaders().getValuesList(HttpHeader.TRANSFER_ENCODING)).strip()
              .equalsIgnoreCase("chunked")) {
        // The JSON error handler answers it, closing the connection.
        Response.writeError(request, response, callback, 400, GrizzlyFraming.UNSUPPORTED_TRANSFER_ENCODING);
        return true;
      }
      return super.handle(request, response, callback);
    }
  }

  /** A JSON 404 for every path outside the base path. */
  private static final class OutsideBasePath extends Handler.Abstract {
    private final byte[] body;

    OutsideBasePath(String basePath) {
      this.body = OutsideBasePathHandler.body(basePath);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      JettyDrain.dropBody(request, response, () -> {
        response.setStatus(404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
      });
      return true;
    }
  }
}
