package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleConfigTest {

  @Test
  void theBundledConfigurationStartsWithNoSetup() {
    SampleConfig config = SampleConfig.load(Optional.empty(), Map.of());
    assertEquals(9091, config.port());
    assertEquals("/rest-hooks", config.basePath());
    assertEquals("alice", config.tokens().get("demo-alice").user());
    assertEquals(Optional.of(Instant.parse("2020-01-01T00:00:00Z")), config.tokens().get("expired-carol").expires());
    assertEquals(Set.of(), config.blockedStreams());
  }

  @Test
  void environmentVariablesOverrideTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my.properties");
    Files.writeString(file, "sip.password=from-file\nserver.port=9999\n");
    SampleConfig config = SampleConfig.load(Optional.of(file),
        Map.of("WCS_SAMPLE_SIP_PASSWORD", "from-env", "WCS_SAMPLE_STREAMS_BLOCKED", "a/x, b/y"));
    assertEquals("from-env", config.sip().password());
    assertEquals(9999, config.port());
    assertEquals(Set.of("a/x", "b/y"), config.blockedStreams());
    assertTrue(config.sip().toString().contains("***"), "the password never reaches a log");
  }

  @Test
  void theConfigFileCanComeFromTheEnvironment(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("env.properties");
    Files.writeString(file, "tokens=x:xavier\n");
    SampleConfig config = SampleConfig.load(Optional.empty(), Map.of(SampleConfig.CONFIG_ENV, file.toString()));
    assertEquals(Set.of("x"), config.tokens().keySet());
  }

  @Test
  void mistakesAreNamed(@TempDir Path dir) {
    IllegalArgumentException badToken = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.tokens("justatoken"));
    assertTrue(badToken.getMessage().contains("justatoken"));
    IllegalArgumentException badExpiry = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.tokens("t:u@tomorrow"));
    assertTrue(badExpiry.getMessage().contains("ISO-8601"));
    IllegalArgumentException badPort = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.empty(), Map.of("WCS_SAMPLE_SERVER_PORT", "http")));
    assertTrue(badPort.getMessage().contains("server.port"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.of(dir.resolve("absent.properties")), Map.of()));
    assertTrue(missing.getMessage().contains("absent.properties"));
  }
}
