package io.wcshooks.runtime.servlet;

import io.wcshooks.runtime.testing.Equivalence;
import jakarta.servlet.Servlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardWrapper;
import org.apache.catalina.startup.Tomcat;

/** {@link ServletFastPathContract} in Tomcat 10.1 (embedded, the version the WAR is tested in). */
class TomcatServletFastPathTest extends ServletFastPathContract {

  @Override
  Equivalence.Deployed deploy(Servlet servlet, Class<? extends Servlet> type, Map<String, String> initParameters,
      boolean async, String contextPath, String mapping) {
    Path base;
    try {
      base = Files.createTempDirectory("wcs-hooks-tomcat");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    Context context = tomcat.addContext(contextPath, base.toString());
    Wrapper wrapper = servlet != null
        ? Tomcat.addServlet(context, "hooks", servlet)
        : Tomcat.addServlet(context, "hooks", type.getName());
    initParameters.forEach(wrapper::addInitParameter);
    wrapper.setAsyncSupported(async);
    wrapper.setLoadOnStartup(1);
    context.addServletMapping(mapping, "hooks");
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      throw new IllegalStateException("Tomcat did not start", e);
    }
    URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + contextPath + mapping.replace("*", ""));
    return new Equivalence.Deployed() {
      @Override
      public URI baseUri() {
        return uri;
      }

      @Override
      public boolean fastPath() {
        return onFastPath(servlet != null ? servlet : ((StandardWrapper) wrapper).getServlet());
      }

      @Override
      public void close() {
        try {
          tomcat.stop();
          tomcat.destroy();
        } catch (LifecycleException e) {
          throw new IllegalStateException("Tomcat did not stop", e);
        }
      }
    };
  }
}
