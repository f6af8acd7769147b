package io.wcshooks.sample;

import io.wcshooks.runtime.servlet.WcsHooksServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The WAR's entry point: the servlet container finds this class and serves the hooks at
 * {@code http://<host>:<port>/<context path>/<hook>}, on the fast path. Configured like the
 * embedded server ({@code WCS_SAMPLE_CONFIG} and {@code WCS_SAMPLE_*} variables); the port and path
 * are the container's.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
public class SampleServlet extends WcsHooksServlet {
  private static final long serialVersionUID = 1L;

  /** Closed with the servlet: its writer thread must not outlive an undeployed WAR. */
  private final transient AuditLog audit;

  public SampleServlet() {
    this(System.getenv());
  }

  SampleServlet(Map<String, String> env) {
    this(Parts.of(env));
  }

  private SampleServlet(Parts parts) {
    super(parts.application());
    this.audit = parts.audit();
  }

  /** The application and its audit log, built so that a configuration error leaves no writer thread behind. */
  private record Parts(ResourceConfig application, AuditLog audit) {
    static Parts of(Map<String, String> env) {
      // The configuration first: a bad one fails the deployment before any thread is started.
      SampleConfig config = SampleConfig.load(Optional.empty(), env);
      Clock clock = Clock.systemUTC();
      AuditLog audit = new AuditLog(clock);
      try {
        return new Parts(SampleHooks.application(config, clock, audit, env), audit);
      } catch (RuntimeException e) {
        // destroy() is never called for a servlet that failed to construct.
        audit.close();
        throw e;
      }
    }
  }

  @Override
  public void init() throws ServletException {
    try {
      super.init();
    } catch (ServletException | RuntimeException | Error e) {
      // A servlet whose init fails is never destroyed: its writer thread would outlive the WAR.
      audit.close();
      throw e;
    }
    // Two copies of the WAR in one container: their audit writers are told apart by context path,
    // as the runtime's handler threads are.
    String contextPath = getServletContext().getContextPath();
    audit.deployedAt(contextPath.isEmpty() ? "/" : contextPath);
  }

  @Override
  public void destroy() {
    super.destroy();
    audit.close();
  }
}
