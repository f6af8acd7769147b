package io.wcshooks.runtime.servlet;

import static io.wcshooks.runtime.testing.Equivalence.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.testing.Equivalence;
import io.wcshooks.runtime.testing.KeepAliveConnection;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;

/**
 * {@link WcsHooksServlet} in a real servlet container (Jetty 12, ee10), under a context path and
 * a servlet mapping of its own, answers exactly what Jersey's servlet answers for the same
 * application: the embedded server's equivalence suite, deployed as a WAR deploys it.
 */
class ServletFastPathTest {

  /** The servlet with the fast path, or Jersey's own, at {@code /ctx/hooks/*}, async supported as Jersey registers it. */
  private static final Equivalence.Deployment SERVLET = (hooks, security, fastPath) ->
      deploy(application(hooks, security), fastPath, true);

  /** The same, registered without async support. */
  private static final Equivalence.Deployment SERVLET_WITHOUT_ASYNC = (hooks, security, fastPath) ->
      deploy(application(hooks, security), fastPath, false);

  @Test
  void answersEveryRequestAsJerseysServletDoes() throws Exception {
    Equivalence.compare(SERVLET, HookSecurity.none(), Equivalence.requests(), hooks -> { });
  }

  @Test
  void answersHandlerOutcomesAsJerseysServletDoes() throws Exception {
    for (Consumer<TestHooks> handlers : Equivalence.handlerOutcomes()) {
      Equivalence.compare(SERVLET, HookSecurity.none(), Equivalence.handledCalls(), handlers);
    }
  }

  @Test
  void answersHandlerOutcomesAsJerseysServletDoesWithoutAsyncSupport() throws Exception {
    for (Consumer<TestHooks> handlers : Equivalence.handlerOutcomes()) {
      Equivalence.compare(SERVLET_WITHOUT_ASYNC, HookSecurity.none(), Equivalence.handledCalls(), handlers);
    }
  }

  @Test
  void answersBasicAuthenticationAsJerseysServletDoes() throws Exception {
    Equivalence.compare(SERVLET, HookSecurity.builder().basicAuth("wcs", "pass").build(), Equivalence.basicAuthCalls(),
        hooks -> { });
  }

  @Test
  void answersSignedHooksAsJerseysServletDoes() throws Exception {
    Equivalence.compare(SERVLET, HookSecurity.builder().signatureSecret(Equivalence.SECRET).build(),
        Equivalence.signedCalls(), hooks -> { });
  }

  @Test
  void aHandlerAnswersFromTheHandlerPoolWhileTheRequestIsSuspended() throws Exception {
    AtomicReference<String> thread = new AtomicReference<>();
    TestHooks hooks = new TestHooks();
    hooks.connect = request -> {
      thread.set(Thread.currentThread().getName());
      request.sipLogin("from the pool");
      return HookResult.echo();
    };
    try (Equivalence.Deployed servlet = SERVLET.start(hooks, HookSecurity.none(), true)) {
      HttpResponse<byte[]> answer = Equivalence.send(post("connect", WcsBodies.CONNECT).request().apply(servlet.baseUri()));
      assertEquals(200, answer.statusCode());
      assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("\"sipLogin\":\"from the pool\""));
      assertFalse(thread.get().startsWith("qtp"), "the handler ran on " + thread.get() + ", a container thread");
    }
  }

  /** Refusals and 413s answer before the body is read: it is read anyway, so the connection stays usable. */
  @Test
  void answersGivenBeforeTheBodyLeaveTheConnectionUsable() throws Exception {
    byte[] call = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    try (Equivalence.Deployed servlet = SERVLET.start(new TestHooks(),
            HookSecurity.builder().basicAuth("wcs", "pass").build(), true);
        KeepAliveConnection connection = new KeepAliveConnection(servlet.baseUri(), Duration.ofSeconds(10))) {
      String good = "Basic " + Base64.getEncoder().encodeToString("wcs:pass".getBytes(StandardCharsets.UTF_8));
      assertEquals(401, connection.post("connect", call).status());
      assertEquals(413, connection.post("connect", new byte[(1 << 20) + 1], "Authorization", good).status());
      KeepAliveConnection.Answer answer = connection.post("connect", call, "Authorization", good);
      assertEquals(200, answer.status());
      assertEquals(WcsBodies.CONNECT, new String(answer.body(), StandardCharsets.UTF_8));
      assertEquals(3, connection.requests());
    }
  }

  @Test
  void anApplicationsOwnFilterSeesEveryHookCall() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    ContainerRequestFilter counting = request -> seen.incrementAndGet();
    ResourceConfig application = application(new TestHooks(), HookSecurity.none()).register(counting);
    try (Equivalence.Deployed servlet = deploy(application, true, true)) {
      assertFalse(servlet.fastPath(), "a filter of the application's own must see the calls: no fast path");
      assertEquals(200, Equivalence.send(post("connect", WcsBodies.CONNECT).request().apply(servlet.baseUri()))
          .statusCode());
      assertEquals(200, Equivalence.send(post("ConnectionStatusEvent", "{}").request().apply(servlet.baseUri()))
          .statusCode());
      assertEquals(2, seen.get());
    }
  }

  /** As {@code web.xml} declares it: the no-argument constructor and the application's class name. */
  @Test
  void theApplicationMayComeFromTheInitParameter() throws Exception {
    ServletHolder holder = new ServletHolder(WcsHooksServlet.class);
    holder.setInitParameter("jakarta.ws.rs.Application", HooksApplication.class.getName());
    try (Equivalence.Deployed servlet = deploy(holder, true, null)) {
      assertTrue(servlet.fastPath());
      HttpResponse<byte[]> answer = Equivalence.send(post("StreamStatusEvent", WcsBodies.STREAM_STATUS).request()
          .apply(servlet.baseUri()));
      assertEquals(200, answer.statusCode());
      assertEquals(WcsBodies.STREAM_STATUS, new String(answer.body(), StandardCharsets.UTF_8));
    }
  }

  /** An application class as a WAR names it in {@code web.xml}. */
  public static final class HooksApplication extends ResourceConfig {
    public HooksApplication() {
      super(application(new TestHooks(), HookSecurity.none()));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static ResourceConfig application(TestHooks hooks, HookSecurity security) {
    return new ResourceConfig()
        .register(WcsHooksFeature.builder().limits(JsonLimits.DEFAULTS).dispatcher(hooks).build())
        .register(hooks)
        .register(security);
  }

  private static Equivalence.Deployed deploy(ResourceConfig application, boolean fastPath, boolean async) {
    Servlet servlet = fastPath ? new WcsHooksServlet(application) : new ServletContainer(application);
    return deploy(new ServletHolder(servlet), async, servlet);
  }

  /**
   * Starts Jetty on a free loopback port with the servlet at {@code /ctx/hooks/*}, initialised at
   * start; {@code instance} is the holder's servlet when it was given one (Jetty wraps a servlet
   * without async support, so the holder no longer hands it out), else null.
   */
  private static Equivalence.Deployed deploy(ServletHolder holder, boolean async, Servlet instance) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/ctx");
    holder.setAsyncSupported(async);
    holder.setInitOrder(1);
    context.addServlet(holder, "/hooks/*");
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not start", e);
    }
    URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/ctx/hooks/");
    return new Equivalence.Deployed() {
      @Override
      public URI baseUri() {
        return base;
      }

      @Override
      public boolean fastPath() {
        try {
          Servlet servlet = instance != null ? instance : holder.getServlet();
          return servlet instanceof WcsHooksServlet hooks && hooks.fastPath();
        } catch (ServletException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public void close() {
        try {
          server.stop();
        } catch (Exception e) {
          throw new IllegalStateException("Jetty did not stop", e);
        }
      }
    };
  }
}
