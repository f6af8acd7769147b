package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
