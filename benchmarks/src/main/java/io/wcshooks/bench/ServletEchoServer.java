package io.wcshooks.bench;

import io.wcshooks.bench.echo.WcsHooks;
import io.wcshooks.runtime.servlet.WcsHooksServlet;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The generated hooks with no handlers (echo) deployed as a WAR deploys them, in a servlet
 * container (Jetty 12 ee10, its default thread pool): {@link WcsHooksServlet} at {@code /*}, or
 * with the argument {@code jersey} Jersey's own {@code ServletContainer} (what
 * {@code @ApplicationPath} deploys). Not in the default run. Args: port [jersey].
 */
public final class ServletEchoServer {
  /** The argument for Jersey's own servlet. */
  static final String JERSEY = "jersey";

  private ServletEchoServer() {}

  public static void main(String[] args) throws Exception {
    boolean jersey = args.length > 1 && args[1].equals(JERSEY);
    Servlet servlet = jersey ? new ServletContainer(WcsHooks.builder().build()) : new WcsHooksServlet(WcsHooks.builder().build());
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(Integer.parseInt(args[0]));
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder holder = new ServletHolder(servlet);
    holder.setAsyncSupported(true);
    holder.setInitOrder(1);
    context.addServlet(holder, "/*");
    server.setHandler(context);
    server.start();
    JettyShutdown.stopOnShutdown(server);
    server.join();
  }
}
