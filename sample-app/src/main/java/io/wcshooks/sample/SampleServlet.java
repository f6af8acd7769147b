package io.wcshooks.sample;

import io.wcshooks.runtime.servlet.WcsHooksServlet;
import jakarta.servlet.annotation.WebServlet;
import java.time.Clock;
import java.util.Optional;

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
    this(new AuditLog(Clock.systemUTC()));
  }

  private SampleServlet(AuditLog audit) {
    super(SampleHooks.application(SampleConfig.load(Optional.empty(), System.getenv()), Clock.systemUTC(),
        audit, System.getenv()));
    this.audit = audit;
  }

  @Override
  public void destroy() {
    super.destroy();
    audit.close();
  }
}
