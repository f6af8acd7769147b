package io.wcshooks.runtime.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.testing.Equivalence;
import io.wcshooks.runtime.testing.KeepAliveConnection;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.WcsBodies;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** {@link ServletFastPathContract} in Jetty 12's servlet container (ee10). */
class JettyServletFastPathTest extends ServletFastPathContract {

  /**
   * Jetty keeps a connection open after a 413 when the body was read: the servlet reads a body it
   * refused (up to {@code HookExchange.DRAIN_LIMIT}), else Jetty would close the connection on the
   * client. (Tomcat closes after every 413 whatever was read, and says so.)
   */
  @Test
  void theConnectionSurvivesA413() throws Exception {
    byte[] call = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    TestHooks hooks = new TestHooks();
    try (Equivalence.Deployed servlet = deploy(new WcsHooksServlet(application(hooks, HookSecurity.none())),
            WcsHooksServlet.class, Map.of(), true);
        KeepAliveConnection connection = new KeepAliveConnection(servlet.baseUri(), Duration.ofSeconds(10))) {
      assertEquals(413, connection.post("connect", new byte[(1 << 20) + 1]).status());
      assertEquals(200, connection.post("connect", call).status());
      assertEquals(2, connection.requests());
    }
  }

  /** Jersey answers an unknown path without reading the body: the servlet reads it, and Jetty keeps the connection. */
  @Test
  void jerseysOwnAnswersLeaveTheConnectionUsable() throws Exception {
    byte[] call = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    byte[] large = ("{\"pad\":\"" + "x".repeat(256 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    try (Equivalence.Deployed servlet = deploy(new WcsHooksServlet(application(new TestHooks(), HookSecurity.none())),
            WcsHooksServlet.class, Map.of(), true);
        KeepAliveConnection connection = new KeepAliveConnection(servlet.baseUri(), Duration.ofSeconds(10))) {
      assertEquals(404, connection.post("nosuchhook", large).status());
      assertEquals(404, connection.post("Connect", large).status());
      assertEquals(200, connection.post("connect", call).status());
      assertEquals(3, connection.requests());
    }
  }

  /**
   * A servlet that cannot serve hooks fails its context, which for a WAR Jetty's log shows as
   * "Failed startup of context" and a 503 to every request. An UnavailableException from init left
   * the context running, with nothing in Jetty's log and a 404 for every hook call.
   */
  @Test
  void aServletThatCannotServeHooksFailsItsContext() {
    IllegalStateException failed = assertThrows(IllegalStateException.class, () -> deploy(null, WcsHooksServlet.class,
        Map.of("javax.ws.rs.Application", HooksApplication.class.getName()), true));
    Throwable cause = failed;
    while (cause != null && !String.valueOf(cause.getMessage()).contains("registers no WcsHooksFeature")) {
      cause = cause.getCause();
    }
    assertNotNull(cause, () -> "not the servlet's reason: " + failed);
  }

  @Override
  Equivalence.Deployed deploy(Servlet servlet, Class<? extends Servlet> type, Map<String, String> initParameters,
      boolean async, String contextPath, String mapping) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(contextPath.isEmpty() ? "/" : contextPath);
    ServletHolder holder = servlet != null ? new ServletHolder(servlet) : new ServletHolder(type);
    holder.setInitParameters(initParameters);
    holder.setAsyncSupported(async);
    holder.setInitOrder(1);
    context.addServlet(holder, mapping);
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop(); // its connector may have started: no thread left behind for the next test
      } catch (Exception stop) {
        e.addSuppressed(stop);
      }
      throw new IllegalStateException("Jetty did not start", e);
    }
    URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + contextPath + mapping.replace("*", ""));
    return new Equivalence.Deployed() {
      @Override
      public URI baseUri() {
        return base;
      }

      @Override
      public boolean fastPath() {
        try {
          // Jetty wraps a servlet without async support: the instance given is the one to ask.
          return onFastPath(servlet != null ? servlet : holder.getServlet());
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
