package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest {
  private static String time(String instant) throws Exception {
    List<String> lines = new ArrayList<>();
    new AuditLog(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), lines::add).event("connect", "s1").write();
    return new ObjectMapper().readTree(lines.get(0)).get("time").asText();
  }

  @Test
  void theTimeAlwaysHasTheSameShapeMillisecondsInUtc() throws Exception {
    assertEquals("2026-11-23T12:00:00.000Z", time("2026-11-23T12:00:00Z"), "a whole second keeps its .000");
    assertEquals("2026-11-23T12:00:00.120Z", time("2026-11-23T12:00:00.12Z"));
    assertEquals("2026-11-23T12:00:00.123Z", time("2026-11-23T12:00:00.123456789Z"), "no micro- or nanoseconds");
  }
}
