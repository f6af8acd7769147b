package io.wcshooks.runtime.server;

import io.wcshooks.runtime.fastpath.HookAnswer;
import io.wcshooks.runtime.fastpath.HookExchange;
import io.wcshooks.runtime.fastpath.HookFastPath;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.io.NIOInputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The {@link HookFastPath} on Grizzly, in front of Jersey's Grizzly container. */
final class GrizzlyFastPath extends HttpHandler {
  private final HookFastPath fast;
  private final JerseyOnDemand<GrizzlyHttpContainer> jersey;

  GrizzlyFastPath(HookFastPath fast, ResourceConfig config) {
    this.fast = fast;
    this.jersey = new JerseyOnDemand<>(() -> ContainerFactory.createContainer(GrizzlyHttpContainer.class, config),
        GrizzlyHttpContainer::start, GrizzlyHttpContainer::destroy, !fast.jerseyOnDemand());
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (!fast.serve(new Exchange(request, response))) {
      jersey.get().service(request, response);
    }
  }

  /**
   * Starts Jersey with the server when it was created at once, and the handler pool again when
   * the application's last server stopped it.
   */
  @Override
  public void start() {
    fast.open();
    jersey.start();
  }

  /** Stops Jersey, if it was started, and the handler threads. */
  @Override
  public void destroy() {
    jersey.destroy();
    fast.close();
  }

  /** Whether Jersey has been started (for tests and diagnostics). */
  boolean jerseyStarted() {
    return jersey.isStarted();
  }

  private static final class Exchange implements HookExchange {
    private final Request request;
    private final Response response;
    private boolean suspended;
    /** Set once the wait for the body is over: by its arrival, or by its deadline. */
    private final AtomicBoolean bodyWaitOver = new AtomicBoolean();
    /** Whether the body did not come in time: reading it fails, and the answer closes the connection. */
    private volatile boolean bodyLate;

    Exchange(Request request, Response response) {
      this.request = request;
      this.response = response;
    }

    @Override
    public String method() {
      return request.getMethod().getMethodString();
    }

    @Override
    public String rawPath() {
      return request.getRequestURI();
    }

    @Override
    public String query() {
      return request.getQueryString();
    }

    @Override
    public List<String> headers(String name) {
      List<String> values = null;
      for (String value : request.getHeaders(name)) {
        if (values == null) {
          values = new ArrayList<>(1);
        }
        values.add(value);
      }
      return values;
    }

    @Override
    public Map<String, List<String>> allHeaders() {
      Map<String, List<String>> headers = new HashMap<>();
      for (String name : request.getHeaderNames()) {
        headers.put(name, headers(name));
      }
      return headers;
    }

    @Override
    public long contentLength() {
      return request.getContentLengthLong();
    }

    @Override
    public InputStream body() throws IOException {
      if (bodyLate) {
        throw new IOException("the body did not arrive within " + WcsHookServer.IDLE_TIMEOUT_SECONDS + " s");
      }
      return request.getInputStream();
    }

    /**
     * Runs at once in all but one case: the body has been read ahead before the fast path
     * ({@link GrizzlyBodyAhead}), whole or past the most read ahead, which is at least the hook's
     * limit unless that is above {@link JettyDrain#LIMIT}. Only then is the exchange suspended while
     * a body of a declared length comes, Grizzly buffering it and calling back, for at most the idle
     * timeout, past which the call is answered as one whose body broke off; a chunked body past
     * that size is read on as it comes, blocking (see below).
     */
    @Override
    public void whenBodyArrived(int maxBytes, Runnable then) {
      NIOInputStream in = request.getNIOInputStream();
      // Not a chunked body: a chunk the codec refuses mid-wait reaches Grizzly's server filter as a
      // request of its own, which fails there with a logged warning (the codec's 400 is out already).
      if (in.isFinished() || in.readyData() > maxBytes || request.getRequest().isChunked()) {
        then.run();
        return;
      }
      suspended = true;
      response.suspend(WcsHookServer.IDLE_TIMEOUT_SECONDS, TimeUnit.SECONDS, null, timedOut -> {
        if (bodyWaitOver.compareAndSet(false, true)) {
          bodyLate = true;
          then.run();
        }
        // Answered above, or by the handler's own answer: nothing left for Grizzly to cancel.
        return false;
      });
      Runnable arrived = () -> {
        if (bodyWaitOver.compareAndSet(false, true)) {
          // The deadline was for the body; a handler has its own.
          response.getSuspendContext().setTimeout(-1, TimeUnit.MILLISECONDS);
          then.run();
        }
      };
      // Called back once more than maxBytes have come (which the reader refuses) or all of it.
      in.notifyAvailable(new ReadHandler() {
        @Override
        public void onDataAvailable() {
          arrived.run();
        }

        @Override
        public void onAllDataRead() {
          arrived.run();
        }

        @Override
        public void onError(Throwable failure) {
          // The reader finds the failure in the stream: a 400.
          arrived.run();
        }
      }, maxBytes + 1);
    }

    @Override
    public void suspend() {
      if (!suspended) {
        suspended = true;
        response.suspend();
      }
    }

    @Override
    public void send(HookAnswer answer) throws IOException {
      try {
        if (answer.reasonPhrase() != null) {
          response.setStatus(answer.status(), answer.reasonPhrase());
        } else {
          response.setStatus(answer.status());
        }
        response.setContentType(answer.contentType());
        for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
          for (String value : header.getValue()) {
            response.addHeader(header.getKey(), value);
          }
        }
        response.setContentLength(answer.body().length);
        if (bodyLate) {
          // The rest of the body may still come: it is no request of its own.
          response.setHeader("Connection", "close");
        }
        response.getOutputStream().write(answer.body());
      } finally {
        if (suspended) {
          response.resume();
        }
      }
    }
  }
}
