package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerSettingsTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void defaults() {
    ServerSettings settings = ServerSettings.fromEnvironment(new String[0], NO_ENV);

    assertEquals(new ServerSettings("0.0.0.0", 9091, "/"), settings);
    assertEquals(ServerSettings.defaults(), settings);
  }

  @Test
  void flags() {
    ServerSettings settings = ServerSettings.fromEnvironment(
        new String[] {"--port", "8080", "--host", "127.0.0.1", "--base-path", "/rest-hooks"}, NO_ENV);

    assertEquals(new ServerSettings("127.0.0.1", 8080, "/rest-hooks"), settings);
  }

  @Test
  void flagsWithEquals() {
    ServerSettings settings = ServerSettings.fromEnvironment(
        new String[] {"--port=0", "--host=::1", "--base-path=rest-hooks/"}, NO_ENV);

    assertEquals(new ServerSettings("::1", 0, "/rest-hooks"), settings);
  }

  @Test
  void environment() {
    ServerSettings settings = ServerSettings.fromEnvironment(new String[0], Map.of(
        "WCS_HOOKS_PORT", "9191", "WCS_HOOKS_HOST", "10.0.0.7", "WCS_HOOKS_BASE_PATH", "apps/hooks"));

    assertEquals(new ServerSettings("10.0.0.7", 9191, "/apps/hooks"), settings);
  }

  @Test
  void flagsWinOverTheEnvironment() {
    ServerSettings settings = ServerSettings.fromEnvironment(new String[] {"--port", "7000"}, Map.of(
        "WCS_HOOKS_PORT", "9191", "WCS_HOOKS_BASE_PATH", "/from-env"));

    assertEquals(new ServerSettings("0.0.0.0", 7000, "/from-env"), settings);
  }

  @Test
  void otherEnvironmentVariablesAreIgnored() {
    assertEquals(ServerSettings.defaults(),
        ServerSettings.fromEnvironment(new String[0], Map.of("PORT", "1", "HOST", "x y")));
  }

  @ParameterizedTest
  @CsvSource({
      "--port, 65536, 65536",
      "--port, -1, -1",
      "--port, abc, abc",
      "--port, '', ''",
      "--port, 80.5, 80.5",
      "--port, 99999999999, 99999999999"})
  void aBadPortFlagIsNamed(String flag, String value, String shown) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {flag + "=" + value}, NO_ENV));

    assertTrue(e.getMessage().startsWith("--port"), e.getMessage());
    assertTrue(e.getMessage().contains(shown), e.getMessage());
    assertTrue(e.getMessage().contains("65535"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"65536", "-1", "http", " "})
  void aBadPortVariableIsNamed(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_PORT", value)));

    assertTrue(e.getMessage().startsWith("WCS_HOOKS_PORT"), e.getMessage());
  }

  @Test
  void aPortWithSpacesIsTrimmed() {
    assertEquals(8080, ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_PORT", " 8080\n")).port());
  }

  @Test
  void aBadPortInTheConstructorIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ServerSettings("0.0.0.0", 70000, "/"));

    assertTrue(e.getMessage().startsWith("port"), e.getMessage());
  }

  @Test
  void anUnknownFlagIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--port", "1", "--prot", "2"}, NO_ENV));

    assertTrue(e.getMessage().contains("'--prot'"), e.getMessage());
    assertTrue(e.getMessage().contains("--port") && e.getMessage().contains("--base-path"), e.getMessage());
  }

  @Test
  void aStrayArgumentIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"9091"}, NO_ENV));

    assertTrue(e.getMessage().contains("'9091'"), e.getMessage());
  }

  @Test
  void aFlagWithoutValueIsNamed() {
    IllegalArgumentException atTheEnd = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--port"}, NO_ENV));
    IllegalArgumentException beforeAnotherFlag = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--host", "--port", "1"}, NO_ENV));

    assertEquals("--port needs a value", atTheEnd.getMessage());
    assertEquals("--host needs a value", beforeAnotherFlag.getMessage());
  }

  @Test
  void aRepeatedFlagIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--port", "1", "--port=2"}, NO_ENV));

    assertEquals("--port is given more than once", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "'', /",
      "/, /",
      "//, /",
      "'  ', /",
      "rest-hooks, /rest-hooks",
      "/rest-hooks, /rest-hooks",
      "/rest-hooks/, /rest-hooks",
      "rest-hooks//, /rest-hooks",
      "//rest-hooks, /rest-hooks",
      "/apps/EchoApp, /apps/EchoApp",
      "' /a/b.c_d~e-f/ ', /a/b.c_d~e-f"})
  void basePathsAreNormalised(String given, String normalised) {
    assertEquals(normalised, new ServerSettings("0.0.0.0", 1, given).basePath());
    assertEquals(normalised, ServerSettings.fromEnvironment(new String[] {"--base-path=" + given}, NO_ENV).basePath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a//b", "/a/../b", "/./a", "/a b", "/a?x=1", "/a#b", "/привет", "/a%20b", "/a;b", "/a\\b"})
  void badBasePathsAreRefusedNamingTheSource(String path) {
    IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--base-path", path}, NO_ENV));
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_BASE_PATH", path)));

    assertTrue(flag.getMessage().startsWith("--base-path: '" + path + "'"), flag.getMessage());
    assertTrue(env.getMessage().startsWith("WCS_HOOKS_BASE_PATH: '" + path + "'"), env.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "my host", "host/path", "[]"})
  void badHostsAreRefusedNamingTheSource(String host) {
    IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--host=" + host}, NO_ENV));
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_HOST", host)));

    assertTrue(flag.getMessage().startsWith("--host"), flag.getMessage());
    assertTrue(env.getMessage().startsWith("WCS_HOOKS_HOST"), env.getMessage());
  }

  @Test
  void bracketedIpv6HostsAreUnwrapped() {
    assertEquals("::1", new ServerSettings("[::1]", 1, "/").host());
  }

  @Test
  void withers() {
    ServerSettings settings = ServerSettings.defaults().withPort(0).withHost("127.0.0.1").withBasePath("x/");

    assertEquals(new ServerSettings("127.0.0.1", 0, "/x"), settings);
  }

  @Test
  void theFastPathIsOnUnlessAFlagOrTheEnvironmentTurnsItOff() {
    assertTrue(ServerSettings.defaults().fastPath());
    assertTrue(ServerSettings.fromEnvironment(new String[0], Map.of()).fastPath());
    assertFalse(ServerSettings.fromEnvironment(new String[] {"--fast-path", "false"}, Map.of()).fastPath());
    assertFalse(ServerSettings.fromEnvironment(new String[] {"--fast-path=FALSE"}, Map.of()).fastPath());
    assertFalse(ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_FAST_PATH", "false")).fastPath());
    assertTrue(ServerSettings.fromEnvironment(new String[] {"--fast-path", "true"},
        Map.of("WCS_HOOKS_FAST_PATH", "false")).fastPath());
    assertFalse(ServerSettings.defaults().withFastPath(false).withPort(1).withHost("::1").withBasePath("/x").fastPath());
  }

  @Test
  void aFastPathValueThatIsNoBooleanIsNamed() {
    IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--fast-path", "no"}, Map.of()));
    assertTrue(flag.getMessage().contains("--fast-path") && flag.getMessage().contains("'no'"), flag.getMessage());
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_FAST_PATH", "0")));
    assertTrue(env.getMessage().contains("WCS_HOOKS_FAST_PATH"), env.getMessage());
  }

  @Test
  void theContainerIsJettyUnlessAFlagOrTheEnvironmentChoosesGrizzly() {
    assertEquals(ServerContainer.JETTY, ServerSettings.defaults().container());
    assertEquals(ServerContainer.JETTY, ServerSettings.fromEnvironment(new String[0], Map.of()).container());
    assertEquals(ServerContainer.GRIZZLY,
        ServerSettings.fromEnvironment(new String[] {"--container", "grizzly"}, Map.of()).container());
    assertEquals(ServerContainer.GRIZZLY, ServerSettings.fromEnvironment(new String[] {"--container=Grizzly"}, Map.of()).container());
    assertEquals(ServerContainer.GRIZZLY,
        ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_CONTAINER", " GRIZZLY ")).container());
    assertEquals(ServerContainer.JETTY, ServerSettings.fromEnvironment(new String[] {"--container", "jetty"},
        Map.of("WCS_HOOKS_CONTAINER", "grizzly")).container());
    ServerSettings grizzly = ServerSettings.defaults().withContainer(ServerContainer.GRIZZLY);
    assertEquals(ServerContainer.GRIZZLY, grizzly.withPort(1).withHost("::1").withBasePath("/x").withFastPath(false).container());
    assertEquals("grizzly", ServerContainer.GRIZZLY.flagValue());
  }

  @Test
  void anUnknownContainerIsNamed() {
    IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--container", "tomcat"}, Map.of()));
    assertTrue(flag.getMessage().contains("--container") && flag.getMessage().contains("'tomcat'")
        && flag.getMessage().contains("jetty or grizzly"), flag.getMessage());
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[0], Map.of("WCS_HOOKS_CONTAINER", "")));
    assertTrue(env.getMessage().contains("WCS_HOOKS_CONTAINER"), env.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.fromEnvironment(new String[] {"--container", "jetty", "--container=grizzly"}, Map.of()));
    assertTrue(twice.getMessage().contains("more than once"), twice.getMessage());
    assertThrows(NullPointerException.class, () -> new ServerSettings("0.0.0.0", 1, "/", true, null));
  }
}
