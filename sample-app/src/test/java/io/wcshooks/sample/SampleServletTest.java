package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleServletTest {
  private static long auditWriters() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("wcs-audit")).count();
  }

  @Test
  void aWarThatFailsToStartLeavesNoAuditThreadBehind() {
    long before = auditWriters();
    assertThrows(IllegalArgumentException.class, () -> new SampleServlet(Map.of("WCS_SAMPLE_SERVER_PORT", "http")));
    assertThrows(IllegalArgumentException.class, () -> new SampleServlet(Map.of("WCS_HOOKS_SECRET_KEY", "")));
    assertEquals(before, auditWriters(), "a failed deployment must not keep the WAR's class loader alive");
  }

  @Test
  void aServletWhoseInitFailsLeavesNoAuditThreadBehind() throws InterruptedException {
    long before = auditWriters();
    SampleServlet servlet = new SampleServlet(Map.of());
    assertEquals(before + 1, auditWriters(), "the writer runs from construction");
    // No container gave it a ServletConfig: Jersey's init fails, and the container never calls destroy().
    assertThrows(ServletException.class, servlet::init);
    for (int i = 0; i < 100 && auditWriters() > before; i++) {
      Thread.sleep(20);
    }
    assertEquals(before, auditWriters(), "a failed init must not keep the WAR's class loader alive");
  }
}
