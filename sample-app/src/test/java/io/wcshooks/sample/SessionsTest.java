package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsTest {
  /** A clock the test moves. */
  private static final class Moving extends Clock {
    private Instant now = Instant.parse("2026-11-23T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void sessionsWcsNeverClosedAreForgottenOnceIdle() {
    Moving clock = new Moving();
    Sessions sessions = new Sessions(Map.of(), clock, Duration.ofHours(24));
    for (int i = 0; i < 1000; i++) {
      sessions.open("lost-" + i, "alice"); // WCS restarted: no DISCONNECTED for these, ever
    }
    clock.advance(Duration.ofHours(25));
    assertEquals(Optional.empty(), sessions.user("lost-1"));
    sessions.open("new", "bob");
    assertEquals(1, sessions.size(), "idle sessions are swept, not kept forever");
  }

  @Test
  void aSessionInUseStaysOpen() {
    Moving clock = new Moving();
    Sessions sessions = new Sessions(Map.of(), clock, Duration.ofHours(24));
    sessions.open("s1", "alice");
    for (int hour = 0; hour < 72; hour += 12) {
      clock.advance(Duration.ofHours(12));
      assertEquals(Optional.of("alice"), sessions.user("s1"), "hour " + hour);
    }
  }

  @Test
  void theIdleTimeoutIsConfigured() {
    assertEquals(Duration.ofHours(24), SampleConfig.load(Optional.empty(), Map.of()).sessionIdleTimeout());
    assertEquals(Duration.ofMinutes(90), SampleConfig.load(Optional.empty(),
        Map.of("WCS_SAMPLE_SESSIONS_IDLETIMEOUT", "PT90M")).sessionIdleTimeout());
    for (String bad : new String[] {"24h", "PT0S", "-PT1H"}) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> SampleConfig.load(Optional.empty(), Map.of("WCS_SAMPLE_SESSIONS_IDLETIMEOUT", bad)));
      assertTrue(refused.getMessage().contains("sessions.idleTimeout"), refused.getMessage());
    }
  }

  @Test
  void aTokenMatchesExactlyOneConfiguredTokenWholly() {
    Sessions sessions = new Sessions(Map.of(
        "abcdef", new SampleConfig.Token("alice", Optional.empty()),
        "abcdeg", new SampleConfig.Token("bob", Optional.empty()),
        "abc", new SampleConfig.Token("carol", Optional.empty())), Clock.systemUTC());
    assertEquals("alice", sessions.authenticate("abcdef").user());
    assertEquals("bob", sessions.authenticate("abcdeg").user());
    assertEquals("carol", sessions.authenticate("abc").user());
    for (String wrong : new String[] {"abcde", "abcdefg", "ABCDEF", "abcdef ", "abcdeF"}) {
      assertEquals(Sessions.Refusal.UNKNOWN, sessions.authenticate(wrong).refusal(), wrong);
    }
    assertEquals(Sessions.Refusal.MISSING, sessions.authenticate(" ").refusal());
  }
}
