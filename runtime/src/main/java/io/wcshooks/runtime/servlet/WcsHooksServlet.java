package io.wcshooks.runtime.servlet;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.fastpath.HookFastPath;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.MalformedHeaders;
import io.wcshooks.runtime.http.ReadAheadBudget;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;

/**
 * Jersey's servlet with the hook fast path in front of it: in a WAR, hook calls are answered as
 * the embedded server answers them, without Jersey's request pipeline, and every other request
 * (health checks aside) goes to Jersey. The answers are the same either way; the fast path is
 * faster, from the first call on. See the {@linkplain io.wcshooks.runtime.servlet package} for
 * how to deploy it.
 *
 * <p>An application that registers filters, interceptors, exception mappers, features or
 * monitoring listeners of its own (or turns Jersey's monitoring on) has every call go through
 * Jersey (they must see them), as on the embedded server.
 */
public class WcsHooksServlet extends ServletContainer {
  private static final long serialVersionUID = 1L;

  /** Set by {@link #init()}; null when the application is not one the fast path can serve. */
  private transient volatile HookFastPath fast;

  /** The application's error bodies, set by {@link #init()}. */
  private transient volatile ErrorBodies errors = DEFAULT_ERRORS;

  /** For an application whose feature Jersey made from its class (so none of its settings). */
  private static final ErrorBodies DEFAULT_ERRORS = new ErrorBodies(new HookJson(JsonLimits.DEFAULTS));

  /** The largest body the application takes, set by {@link #init()}: bodies up to it are read ahead. */
  private transient volatile long maxBodyBytes = JsonLimits.DEFAULTS.maxBodyBytes();

  /** What bodies read ahead may hold together, as on the embedded server. */
  private final transient ReadAheadBudget readAhead = ReadAheadBudget.ofThisJvm();

  /** The application given to the constructor; null when Jersey makes it from the init parameter. */
  private final transient ResourceConfig application;

  /** For {@code web.xml}: the application comes from the init parameter {@code jakarta.ws.rs.Application}, as for Jersey's servlet. */
  public WcsHooksServlet() {
    this.application = null;
  }

  /** For a subclass annotated {@code @WebServlet}, or registration in code. */
  public WcsHooksServlet(ResourceConfig application) {
    super(application);
    this.application = application;
  }

  @Override
  public void init() throws ServletException {
    ServletContext context = servletContext();
    String failedBefore = context == null ? null : (String) context.getAttribute(failureAttribute());
    if (failedBefore != null) {
      closeHandlerPools(application);
      throw new UnavailableException("servlet " + getServletName() + " did not start at deployment: " + failedBefore);
    }
    try {
      super.init();
    } catch (ServletException | RuntimeException e) {
      // Jersey refused the application (a class it cannot load, a resource model error): the
      // container never calls destroy() on this servlet. No handler pool runs (one starts with
      // the first call), which matters most for an application Jersey made from the init
      // parameter: it is out of reach here. One given to the constructor is closed all the same.
      closeHandlerPools(application);
      throw failed("the hooks application did not start: " + e.getMessage(), e);
    } catch (Error e) {
      closeHandlerPools(application);
      throw e;
    }
    ResourceConfig configuration = getConfiguration();
    if (!hasHooks(configuration)) {
      // Jersey starts an empty application when the init parameter is missing or misspelt (e.g.
      // Jersey 2's javax.ws.rs.Application): every hook call would get the container's 404.
      super.destroy();
      throw failed("servlet " + getServletName() + " has no hooks: the application "
          + configuration.getApplication().getClass().getName() + " registers no WcsHooksFeature. Give the servlet"
          + " the application in its constructor, or name its ResourceConfig class in the init parameter "
          + ServletProperties.JAXRS_APPLICATION_CLASS, null);
    }
    String unreachable = hooksUnreachable();
    if (unreachable != null) {
      super.destroy();
      throw failed(unreachable, null);
    }
    adopt(configuration);
    fast = HookFastPath.forApplication(configuration, "");
  }

  /**
   * Names the application's handler threads after the context path too: two copies of one WAR in a
   * container run the same application, whose threads would otherwise have the same names. The
   * root context shows as {@code /}.
   */
  private void nameThreads(ResourceConfig configuration) {
    String contextPath = getServletContext().getContextPath();
    for (Object instance : configuration.getInstances()) {
      if (instance instanceof WcsHooksFeature feature) {
        feature.calls().deployedAt(contextPath.isEmpty() ? "/" : contextPath);
      }
    }
  }

  /** Takes the application's error bodies and body limit (from its first hooks feature), and names its threads. */
  private void adopt(ResourceConfig configuration) {
    nameThreads(configuration);
    HookCalls calls = configuration.getInstances().stream()
        .filter(WcsHooksFeature.class::isInstance)
        .map(instance -> ((WcsHooksFeature) instance).calls())
        .findFirst().orElse(null);
    errors = calls != null ? calls.errors() : DEFAULT_ERRORS;
    maxBodyBytes = calls != null ? calls.limits().maxBodyBytes() : JsonLimits.DEFAULTS.maxBodyBytes();
  }

  /**
   * Why no hook call can reach this servlet, or null. Jersey's base URI is the context path and
   * the servlet path: under {@code /} (the default servlet), an exact or an extension mapping, the
   * servlet path is the whole request path, so every hook call, and the health check, gets a 404.
   */
  private String hooksUnreachable() {
    ServletRegistration registration;
    try {
      registration = getServletContext().getServletRegistration(getServletName());
    } catch (RuntimeException e) {
      return null; // a container that does not say: nothing to check
    }
    Collection<String> mappings = registration == null ? null : registration.getMappings();
    if (mappings == null || mappings.isEmpty() || mappings.stream().anyMatch(m -> m.equals("/*") || m.endsWith("/*"))) {
      return null;
    }
    return "servlet " + getServletName() + " is mapped to " + String.join(", ", mappings)
        + ", where no hook call reaches it (Jersey's base path would be each request's whole path):"
        + " map it with a path pattern, /* or e.g. /rest-hooks/*";
  }

  /**
   * A failed start, as a plain ServletException: Jetty then fails the WAR's context (its log says
   * "Failed startup of context", every request gets a 503), and so does Tomcat told to
   * ({@code failCtxIfServletStartFails}). An UnavailableException fails neither: Jetty keeps the
   * context running without a word in its log and answers 404 for the servlet.
   *
   * <p>The failure is remembered in the servlet context. A container that keeps the context running
   * (Tomcat by default) tries the servlet again at the next request, with a new instance: that
   * attempt is permanently unavailable at once, so the container stops trying and answers its own
   * 404, instead of building the same broken application at every call, each time with a 500 page
   * carrying the stack trace.
   */
  private ServletException failed(String message, Throwable cause) {
    ServletContext context = servletContext();
    if (context != null) {
      context.setAttribute(failureAttribute(), message);
    }
    return new ServletException(message, cause);
  }

  /** The servlet context, or null when init was called without a ServletConfig (not by a container). */
  private ServletContext servletContext() {
    ServletConfig config = getServletConfig();
    return config == null ? null : config.getServletContext();
  }

  /** Where {@link #failed} keeps the reason, one per servlet of the context. */
  private String failureAttribute() {
    return WcsHooksServlet.class.getName() + ".failed." + getServletName();
  }

  private static boolean hasHooks(ResourceConfig configuration) {
    return configuration.getClasses().contains(WcsHooksFeature.class)
        || configuration.getInstances().stream().anyMatch(WcsHooksFeature.class::isInstance);
  }

  private static void closeHandlerPools(ResourceConfig application) {
    if (application == null) {
      return;
    }
    for (Object instance : application.getInstances()) {
      if (instance instanceof WcsHooksFeature feature) {
        feature.calls().close();
      }
    }
  }

  /** Jersey's reload replaces the application (and closes the old one's handler pool): the fast path follows. */
  @Override
  public void reload(ResourceConfig configuration) {
    fast = null;
    super.reload(configuration);
    adopt(getConfiguration());
    fast = HookFastPath.forApplication(getConfiguration(), "");
  }

  @Override
  protected void service(HttpServletRequest sent, HttpServletResponse response)
      throws ServletException, IOException {
    HttpServletRequest request = ServletBodyAhead.read(sent, response, maxBodyBytes, readAhead, errors);
    if (request == null) {
      // Its body is still coming (the request is served again once it has, or answered as late), or it was refused.
      return;
    }
    if (request instanceof ReadBodyRequest read && read.body().restUnread()) {
      // A chunked body past the limit, read no further: whatever the answer, its connection cannot be reused.
      response.setHeader("Connection", "close");
    }
    HookFastPath hooks = fast;
    try {
      if (hooks == null || !hooks.serve(new ServletExchange(request, response))) {
        if (MalformedContentType.in(request)) {
          refuseMalformedContentType(response);
        } else {
          super.service(request, response);
        }
        if (!request.isAsyncStarted()) {
          // Jersey answers some requests (an unknown path, a wrong method or media type) without
          // reading their body: read it, so that a client that reuses the connection is not cut off.
          ServletExchange.drainBody(request, response);
        }
      }
    } finally {
      forgetReadFailure(request);
    }
  }

  /**
   * The embedded server's answer to a Content-Type Jersey cannot read, which Jersey's servlet gives
   * the container to answer (its HTML error page). It comes before the path is matched, so an
   * unknown path with such a header gets this 400, where the embedded server's Jersey says 404.
   */
  private void refuseMalformedContentType(HttpServletResponse response) throws IOException {
    byte[] body = errors.body(400, MalformedHeaders.reason("Content-Type"));
    response.setStatus(400);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * Tomcat keeps a body read that failed (the client sent less than its Content-Length) as the
   * request's error exception, answers its own error page instead of the 400 written here, and
   * shows the client that exception's stack trace: forgotten, the page says only "400". Only a
   * container's failed read leaves an IOException there while the servlet still runs.
   */
  private static void forgetReadFailure(HttpServletRequest request) {
    if (request.getDispatcherType() != DispatcherType.ERROR
        && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof IOException) {
      request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }
  }

  /** Whether hook calls take the fast path (after {@link #init()}). */
  public boolean fastPath() {
    return fast != null;
  }
}
