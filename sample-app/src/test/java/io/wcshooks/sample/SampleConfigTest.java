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
    String sip = config.sip().toString();
    assertTrue(sip.contains("password=<hidden>") && !sip.contains("from-env"),
        "the password never reaches a log, and shows as the runtime's logs show credentials: " + sip);
    String logged = SampleConfig.load(Optional.empty(), Map.of()).toString();
    assertTrue(!logged.contains("demo-alice") && !logged.contains("change-me"), "nor do the tokens: " + logged);
    assertTrue(logged.contains("alice"), logged);
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
        () -> SampleConfig.tokens("t:alice, justatoken"));
    assertEquals("tokens: entry 2 of 2 is not token:user or token:user@expiry", badToken.getMessage());
    IllegalArgumentException badExpiry = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.tokens("secret-t:u@tomorrow"));
    assertTrue(badExpiry.getMessage().contains("ISO-8601"), badExpiry.getMessage());
    // A start failure is printed and logged: the entry's token must not be in it.
    assertTrue(!badExpiry.getMessage().contains("secret-t"), badExpiry.getMessage());
    IllegalArgumentException badPort = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.empty(), Map.of("WCS_SAMPLE_SERVER_PORT", "http")));
    assertTrue(badPort.getMessage().contains("server.port"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.of(dir.resolve("absent.properties")), Map.of()));
    assertTrue(missing.getMessage().contains("absent.properties"));
  }

  @Test
  void aFileThatCannotBeReadSaysWhy(@TempDir Path dir) throws IOException {
    // The file system's exceptions carry only the path: "cannot read the configuration /x: /x".
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.of(dir.resolve("absent.properties")), Map.of()));
    assertEquals("cannot read the configuration " + dir.resolve("absent.properties") + ": no such file",
        missing.getMessage());
    Path latin1 = dir.resolve("latin1.properties");
    Files.write(latin1, new byte[] {'s', 'i', 'p', '.', 'd', 'o', 'm', 'a', 'i', 'n', '=', (byte) 0xe9});
    IllegalArgumentException notUtf8 = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.of(latin1), Map.of()));
    assertEquals("cannot read the configuration " + latin1 + ": not UTF-8 text", notUtf8.getMessage());
  }

  @Test
  void aBadValueFromTheEnvironmentNamesTheVariable() {
    assertEquals("WCS_SAMPLE_SIP_PORT (sip.port) must be a port number from 1 to 65535, not '0'",
        refused(Map.of("WCS_SAMPLE_SIP_PORT", "0")).getMessage());
    assertEquals("WCS_SAMPLE_SESSIONS_IDLETIMEOUT (sessions.idleTimeout) must be a positive ISO-8601 duration"
        + " such as PT24H, not '1h'", refused(Map.of("WCS_SAMPLE_SESSIONS_IDLETIMEOUT", "1h")).getMessage());
    assertEquals("WCS_SAMPLE_HOOKS_DISABLEUNHANDLED (hooks.disableUnhandled): 'yes' is not true or false",
        refused(Map.of("WCS_SAMPLE_HOOKS_DISABLEUNHANDLED", "yes")).getMessage());
  }

  private static IllegalArgumentException refused(Map<String, String> env) {
    return assertThrows(IllegalArgumentException.class, () -> SampleConfig.load(Optional.empty(), env));
  }

  @Test
  void aMisspeltKeyIsAnErrorNotASilentDefault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("typo.properties");
    Files.writeString(file, "sip.pasword=s3cret\n");
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.load(Optional.of(file), Map.of()));
    assertTrue(typo.getMessage().contains("sip.pasword"), typo.getMessage());
    assertTrue(!typo.getMessage().contains("s3cret"), "the value (maybe a secret) is not repeated");
    IllegalArgumentException envTypo = refused(Map.of("WCS_SAMPLE_SIP_PASWORD", "s3cret"));
    assertTrue(envTypo.getMessage().contains("WCS_SAMPLE_SIP_PASWORD"), envTypo.getMessage());
  }

  @Test
  void portsOutOfRangeAreNamed() {
    assertTrue(refused(Map.of("WCS_SAMPLE_SIP_PORT", "70000")).getMessage().contains("sip.port"));
    assertTrue(refused(Map.of("WCS_SAMPLE_SIP_PORT", "0")).getMessage().contains("sip.port"));
    assertTrue(refused(Map.of("WCS_SAMPLE_SERVER_PORT", "-1")).getMessage().contains("server.port"));
    assertEquals(0, SampleConfig.load(Optional.empty(), Map.of("WCS_SAMPLE_SERVER_PORT", "0")).port(), "0: any free port");
  }

  @Test
  void tokenEntriesAreReadStrictly() {
    SampleConfig.Token alice = SampleConfig.tokens("t-a : alice").get("t-a");
    assertEquals("alice", alice.user(), "spaces around the colon are not part of the token or the user");
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.tokens("t-x:alice, t-x:bob"));
    assertTrue(twice.getMessage().contains("more than once"), twice.getMessage());
    assertTrue(!twice.getMessage().contains("t-x"), "the token itself is a secret");
    IllegalArgumentException slash = assertThrows(IllegalArgumentException.class,
        () -> SampleConfig.tokens("t-y:alice/bob"));
    assertTrue(slash.getMessage().contains("alice/bob"), slash.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SampleConfig.tokens("t-z: @2026-12-31T00:00:00Z"));
  }
}
