package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The WAR as Tomcat 10.1 and Jetty 12 (ee10) deploy a WAR file, embedded here: when its servlet
 * cannot start (a bad configuration, or a servlet without hooks), the deployment fails, where an
 * operator looks for it. Tomcat, by default, fails only the servlet: the context ran (the manager
 * said so, the log said the deployment had finished) and every hook call got a 404. The WAR's
 * {@code META-INF/context.xml} makes it fail the context. Jetty fails the context (unavailable, a
 * 503 to every request) for any failure but an UnavailableException from init, which the servlet
 * no longer throws. The configuration is the file {@code WCS_SAMPLE_CONFIG} names, which failsafe
 * sets for this test alone (sample-app's pom) and the test writes before each deployment.
 */
class WarDeploymentIT {
  private static final String CONTEXT_PATH = "/wcs-hooks-sample";

  @Test
  void aBadConfigurationFailsTheDeploymentInTomcat() throws Exception {
    writeConfiguration(true);
    try (Deployed tomcat = tomcat(war())) {
      assertFalse(tomcat.available(), "the context runs without its servlet: " + tomcat.state());
    }
  }

  @Test
  void aGoodConfigurationDeploysInTomcat() throws Exception {
    writeConfiguration(false);
    try (Deployed tomcat = tomcat(war())) {
      assertTrue(tomcat.available(), tomcat.state());
      assertEquals(200, get(tomcat.uri().resolve(CONTEXT_PATH + "/_health")));
    }
  }

  @Test
  void aBadConfigurationFailsTheDeploymentInJetty() throws Exception {
    writeConfiguration(true);
    try (Deployed jetty = jetty(war())) {
      assertFalse(jetty.available(), jetty.state());
      assertEquals(503, get(jetty.uri().resolve(CONTEXT_PATH + "/_health")));
    }
  }

  @Test
  void aGoodConfigurationDeploysInJetty() throws Exception {
    writeConfiguration(false);
    try (Deployed jetty = jetty(war())) {
      assertTrue(jetty.available(), jetty.state());
      assertEquals(200, get(jetty.uri().resolve(CONTEXT_PATH + "/_health")));
    }
  }

  @Test
  void aServletWithoutHooksFailsTheDeploymentInTomcat() throws Exception {
    writeConfiguration(false);
    try (Deployed tomcat = tomcat(warWithAServletWithoutHooks())) {
      assertFalse(tomcat.available(), "the context runs without its servlet: " + tomcat.state());
    }
  }

  /** Jetty failed the context for a servlet's constructor, but took an UnavailableException from init quietly. */
  @Test
  void aServletWithoutHooksFailsTheDeploymentInJetty() throws Exception {
    writeConfiguration(false);
    try (Deployed jetty = jetty(warWithAServletWithoutHooks())) {
      assertFalse(jetty.available(), jetty.state());
      assertEquals(503, get(jetty.uri().resolve(CONTEXT_PATH + "/_health")));
    }
  }

  /** A started container with the WAR deployed (or failed) at {@link #CONTEXT_PATH}. */
  private interface Deployed extends AutoCloseable {
    URI uri();

    /** Whether the container counts the WAR as deployed and running. */
    boolean available();

    /** The container's own account of the context, for a failure message. */
    String state();

    @Override
    void close();
  }

  private static Deployed tomcat(Path war) throws Exception {
    Path base = Files.createTempDirectory(work(), "tomcat");
    Files.createDirectories(base.resolve("webapps"));
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    // A real Tomcat's conf/web.xml adds Jasper's JSP servlet, which the embedded jar does not have:
    // left in, it would fail to load, and with failCtxIfServletStartFails fail the good WAR's context too.
    tomcat.setAddDefaultWebXmlToWebapp(false);
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    // As Tomcat deploys a WAR: its META-INF/context.xml configures the context.
    Context context = tomcat.addWebapp(CONTEXT_PATH, war.toString());
    // A real Tomcat's class path is its own jars; this one's is the test's, nothing of the WAR's.
    ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      tomcat.destroy();
      throw e;
    }
    URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    return new Deployed() {
      @Override
      public URI uri() {
        return uri;
      }

      @Override
      public boolean available() {
        // What the manager lists as running or stopped.
        return context.getState().isAvailable();
      }

      @Override
      public String state() {
        return context.getState().toString();
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

  private static Deployed jetty(Path war) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    WebAppContext context = new WebAppContext(war.toString(), CONTEXT_PATH);
    context.setTempDirectory(Files.createTempDirectory(work(), "jetty").toFile());
    // The ee10-annotations module a Jetty base needs for the WAR (README): the servlet is found by its @WebServlet.
    context.addConfiguration(new AnnotationConfiguration());
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    return new Deployed() {
      @Override
      public URI uri() {
        return uri;
      }

      @Override
      public boolean available() {
        return context.isStarted() && context.isAvailable();
      }

      @Override
      public String state() {
        return context + ", " + context.getUnavailableException();
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

  /** The bundled configuration, or the same with a misspelt key, which the sample refuses. */
  private static void writeConfiguration(boolean broken) throws IOException {
    String file = System.getenv(SampleConfig.CONFIG_ENV);
    assertNotNull(file, "run by failsafe with " + SampleConfig.CONFIG_ENV + " set (sample-app's pom)");
    byte[] bundled;
    try (InputStream in = SampleConfig.class.getClassLoader().getResourceAsStream(SampleConfig.BUNDLED)) {
      assertNotNull(in, SampleConfig.BUNDLED);
      bundled = in.readAllBytes();
    }
    String text = new String(bundled, StandardCharsets.UTF_8) + (broken ? "\nsip.pasword=secret\n" : "");
    Files.createDirectories(Path.of(file).getParent());
    Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
  }

  /**
   * The sample's WAR with a second servlet, declared in a {@code web.xml} as a user's WAR gets it
   * wrong (README): the application under Jersey 2's init parameter, so it has no hooks and refuses
   * to start. The sample's own servlet starts.
   */
  private static Path warWithAServletWithoutHooks() throws IOException {
    Path war = work().resolve("without-hooks.war");
    Files.copy(war(), war, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem zip = FileSystems.newFileSystem(war)) {
      Files.writeString(zip.getPath("WEB-INF/web.xml"), """
          <?xml version="1.0" encoding="UTF-8"?>
          <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
            <servlet>
              <servlet-name>without-hooks</servlet-name>
              <servlet-class>io.wcshooks.runtime.servlet.WcsHooksServlet</servlet-class>
              <init-param>
                <param-name>javax.ws.rs.Application</param-name>
                <param-value>com.example.HooksApplication</param-value>
              </init-param>
              <load-on-startup>1</load-on-startup>
              <async-supported>true</async-supported>
            </servlet>
            <servlet-mapping>
              <servlet-name>without-hooks</servlet-name>
              <url-pattern>/other/*</url-pattern>
            </servlet-mapping>
          </web-app>
          """, StandardCharsets.UTF_8);
    }
    return war;
  }

  private static Path war() {
    String war = System.getProperty("sample.war");
    assertNotNull(war, "run by failsafe with sample.war set to the built WAR");
    return Path.of(war);
  }

  private static Path work() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("sample.war")).resolveSibling("war-deployment"));
  }

  private static int get(URI uri) throws Exception {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
