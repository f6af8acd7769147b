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
    public InputStream body() {
      return request.getInputStream();
    }

    @Override
    public void suspend() {
      suspended = true;
      response.suspend();
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
        response.getOutputStream().write(answer.body());
      } finally {
        if (suspended) {
          response.resume();
        }
      }
    }
  }
}
