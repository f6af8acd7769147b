package io.wcshooks.runtime.security;

import static io.wcshooks.runtime.security.Signatures.hmacMd5Hex;
import static io.wcshooks.runtime.security.Signatures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Configuring {@link HookSecurity}, and {@link HookSignature} against digests computed here. */
class HookSecurityTest {
  @Test
  void signatureAndBasicAuthAreAlternatives() {
    HookSecurity.Builder both = HookSecurity.builder().signatureSecret("secret").basicAuth("wcs", "password");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, both::build);

    assertTrue(e.getMessage().contains("alternatives"), e.getMessage());
    assertTrue(e.getMessage().contains("Authorization"), e.getMessage());
  }

  @Test
  void aBuilderWithNoSchemeIsAMistake() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> HookSecurity.builder().build());

    assertTrue(e.getMessage().contains("HookSecurity.none()"), e.getMessage());
  }

  @Test
  void badCredentialsAreRefusedWhenConfigured() {
    assertThrows(IllegalArgumentException.class, () -> HookSecurity.builder().signatureSecret(""));
    assertThrows(IllegalArgumentException.class, () -> HookSecurity.builder().basicAuth("", "password"));
    assertThrows(IllegalArgumentException.class, () -> HookSecurity.builder().basicAuth("wcs", ""));
    assertThrows(IllegalArgumentException.class, () -> HookSecurity.builder().basicAuth("w:cs", "password"));
    assertThrows(NullPointerException.class, () -> HookSecurity.builder().signatureSecret(null));
    assertThrows(IllegalArgumentException.class, () -> new HookSignature(""));
  }

  /** The README's own example passes System.getenv(...): a variable not set must say so, not just "secret". */
  @Test
  void aMissingCredentialSaysItIsMissingAndWhereItUsuallyComesFrom() {
    NullPointerException secret = assertThrows(NullPointerException.class,
        () -> HookSecurity.builder().signatureSecret(null));
    NullPointerException user = assertThrows(NullPointerException.class,
        () -> HookSecurity.builder().basicAuth(null, "password"));
    NullPointerException password = assertThrows(NullPointerException.class,
        () -> HookSecurity.builder().basicAuth("wcs", null));

    assertTrue(secret.getMessage().startsWith("the signature secret is null"), secret.getMessage());
    assertTrue(user.getMessage().startsWith("the HTTP Basic user name is null"), user.getMessage());
    assertTrue(password.getMessage().startsWith("the HTTP Basic password is null"), password.getMessage());
    for (NullPointerException e : List.of(secret, user, password)) {
      assertTrue(e.getMessage().contains("not set"), e.getMessage());
      assertTrue(e.getMessage().contains("HookSecurity.fromEnvironment"), e.getMessage());
    }
  }

  @Test
  void modes() {
    assertEquals(HookSecurity.Mode.SIGNATURE, HookSecurity.builder().signatureSecret("s").build().mode());
    assertEquals(HookSecurity.Mode.BASIC, HookSecurity.builder().basicAuth("u", "p").build().mode());
    assertEquals(HookSecurity.Mode.NONE, HookSecurity.none().mode());
  }

  @Test
  void noSecretAppearsInToString() {
    String signed = HookSecurity.builder().signatureSecret("top-secret").build().toString();
    String basic = HookSecurity.builder().basicAuth("wcs", "top-secret").build().toString();

    assertFalse(signed.contains("top-secret"), signed);
    assertFalse(basic.contains("top-secret"), basic);
    assertFalse(new HookSignature("top-secret").toString().contains("top-secret"));
  }

  @Test
  void fromEnvironment() {
    assertEquals(HookSecurity.Mode.SIGNATURE,
        HookSecurity.fromEnvironment(Map.of(HookSecurity.SECRET_KEY_VARIABLE, "s")).mode());
    assertEquals(HookSecurity.Mode.BASIC, HookSecurity.fromEnvironment(Map.of(
        HookSecurity.USERNAME_VARIABLE, "wcs", HookSecurity.PASSWORD_VARIABLE, "p")).mode());
    assertEquals(HookSecurity.Mode.NONE, HookSecurity.fromEnvironment(Map.of()).mode());
  }

  @Test
  void fromEnvironmentRefusesASetButBlankVariable() {
    for (String variable : List.of(HookSecurity.SECRET_KEY_VARIABLE, HookSecurity.USERNAME_VARIABLE, HookSecurity.PASSWORD_VARIABLE)) {
      for (String blank : List.of("", " ", "\t")) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> HookSecurity.fromEnvironment(Map.of(variable, blank)));
        assertEquals(variable + " is set but empty: give it a value, or unset it to run without authenticating hook calls",
            refused.getMessage());
      }
    }
  }

  @Test
  void fromEnvironmentRefusesAValueWithWhitespaceAtAnEnd() {
    // A secret file's trailing newline (a Kubernetes secret made with echo, an env file with CRLF)
    // is part of the key: every call then failed its check, with nothing at start to say why.
    Map<String, String> basic = Map.of(HookSecurity.USERNAME_VARIABLE, "wcs", HookSecurity.PASSWORD_VARIABLE, "p4ss");
    for (String variable : List.of(HookSecurity.SECRET_KEY_VARIABLE, HookSecurity.USERNAME_VARIABLE, HookSecurity.PASSWORD_VARIABLE)) {
      for (String value : List.of("s3cret-value\n", "s3cret-value\r\n", " s3cret-value", "s3cret-value\t")) {
        Map<String, String> env = new HashMap<>(variable.equals(HookSecurity.SECRET_KEY_VARIABLE) ? Map.of() : basic);
        env.put(variable, value);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> HookSecurity.fromEnvironment(env), variable);

        assertTrue(refused.getMessage().startsWith(variable + " starts or ends with whitespace"), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
      }
    }
    // Whitespace inside is the value's own.
    assertEquals(HookSecurity.Mode.BASIC, HookSecurity.fromEnvironment(Map.of(
        HookSecurity.USERNAME_VARIABLE, "wcs", HookSecurity.PASSWORD_VARIABLE, "correct horse")).mode());
  }

  @Test
  void theBuilderRefusesBlankCredentialsAndWhitespaceAtAnEnd() {
    // The README's example hands System.getenv(...) straight to the builder.
    for (String bad : List.of(" ", "\n", "s3cret\n", " s3cret")) {
      IllegalArgumentException secret = assertThrows(IllegalArgumentException.class,
          () -> HookSecurity.builder().signatureSecret(bad));
      IllegalArgumentException user = assertThrows(IllegalArgumentException.class,
          () -> HookSecurity.builder().basicAuth(bad, "p4ss"));
      IllegalArgumentException password = assertThrows(IllegalArgumentException.class,
          () -> HookSecurity.builder().basicAuth("wcs", bad));

      for (IllegalArgumentException e : List.of(secret, user, password)) {
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
      }
    }
    assertEquals(HookSecurity.Mode.SIGNATURE, HookSecurity.builder().signatureSecret("two words").build().mode());
  }

  @Test
  void fromEnvironmentRefusesHalfOrDoubleConfigurations() {
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> HookSecurity.fromEnvironment(Map.of(
        HookSecurity.SECRET_KEY_VARIABLE, "s", HookSecurity.USERNAME_VARIABLE, "wcs", HookSecurity.PASSWORD_VARIABLE, "p")));
    IllegalArgumentException userOnly = assertThrows(IllegalArgumentException.class,
        () -> HookSecurity.fromEnvironment(Map.of(HookSecurity.USERNAME_VARIABLE, "wcs")));
    IllegalArgumentException passwordOnly = assertThrows(IllegalArgumentException.class,
        () -> HookSecurity.fromEnvironment(Map.of(HookSecurity.PASSWORD_VARIABLE, "p")));

    assertTrue(both.getMessage().contains(HookSecurity.SECRET_KEY_VARIABLE), both.getMessage());
    assertTrue(userOnly.getMessage().contains(HookSecurity.PASSWORD_VARIABLE), userOnly.getMessage());
    assertTrue(passwordOnly.getMessage().contains(HookSecurity.USERNAME_VARIABLE), passwordOnly.getMessage());
  }

  @Test
  void fromEnvironmentRefusesAMisspeltCredentialVariable() {
    // Each of these left the hooks open: the operator meant to authenticate them.
    for (String variable : List.of("WCS_HOOKS_SECRET", "WCS_HOOKS_SECRETKEY", "WCS_HOOKS_SECRET_KEY_FILE",
        "WCS_HOOKS_REST_HOOK_SECRET_KEY", "WCS_HOOKS_USER", "WCS_HOOKS_PASS", "WCS_HOOKS_PASSWD",
        "wcs_hooks_secret_key", "Wcs_Hooks_Password")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> HookSecurity.fromEnvironment(Map.of(variable, "s3cret-value")), variable);

      assertTrue(refused.getMessage().startsWith(variable + " is set"), refused.getMessage());
      assertTrue(refused.getMessage().contains(HookSecurity.SECRET_KEY_VARIABLE), refused.getMessage());
      assertFalse(refused.getMessage().contains("s3cret-value"), refused.getMessage());
    }
    // Also next to a scheme that is configured: which one the operator meant is not for us to guess.
    assertThrows(IllegalArgumentException.class, () -> HookSecurity.fromEnvironment(Map.of(
        HookSecurity.SECRET_KEY_VARIABLE, "s", "WCS_HOOKS_USER", "wcs")));
  }

  @Test
  void fromEnvironmentIgnoresTheServerSettingsAndOtherVariables() {
    Map<String, String> env = Map.of("WCS_HOOKS_PORT", "9091", "WCS_HOOKS_HOST", "0.0.0.0",
        "WCS_HOOKS_BASE_PATH", "/rest-hooks", "WCS_HOOKS_FAST_PATH", "true", "WCS_HOOKS_CONTAINER", "jetty",
        "WCS_SAMPLE_SIP_PASSWORD", "x", "PASSWORD", "x", "SECRET_KEY", "x");

    assertEquals(HookSecurity.Mode.NONE, HookSecurity.fromEnvironment(env).mode());
  }

  @Test
  void noneLeavesTheHooksOpen() {
    try (ConfiguredTestServer wcs = ConfiguredTestServer.start(HookSecurity.none())) {
      byte[] body = utf8(WcsBodies.CONNECT);

      HttpResponse<byte[]> response = wcs.call("connect", body);

      assertEquals(200, response.statusCode());
      assertArrayEquals(body, response.body());
    }
  }

  @Test
  void theSignatureIsTheHmacMd5OfTheBytes() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] secretBytes = new byte[1 + random.nextInt(80)];
      random.nextBytes(secretBytes);
      String secret = new String(secretBytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      byte[] body = new byte[random.nextInt(5000)];
      random.nextBytes(body);
      HookSignature signature = new HookSignature(secret);
      String expected = hmacMd5Hex(secret, body);

      assertEquals(expected, signature.hex(body));
      assertEquals("WCS " + expected, signature.authorization(body));
      assertTrue(signature.matches(body, expected));
      assertTrue(signature.matches(body, expected.toUpperCase()));
    }
  }

  @Test
  void theRfc2104Vector() {
    HookSignature jefe = new HookSignature("Jefe");
    byte[] body = utf8("what do ya want for nothing?");

    assertEquals("750c783e6ab0b503eaa86e310a5db738", jefe.hex(body));
    assertTrue(jefe.matches(body, "750C783E6AB0B503EAA86E310A5DB738"));
  }

  @Test
  void whatDoesNotMatch() {
    HookSignature signature = new HookSignature("secret");
    byte[] body = utf8(WcsBodies.CONNECT);
    String hex = signature.hex(body);

    assertFalse(signature.matches(body, null));
    assertFalse(signature.matches(body, ""));
    assertFalse(signature.matches(body, hex + "0"));
    assertFalse(signature.matches(body, "0" + hex));
    assertFalse(signature.matches(body, hex.substring(1)));
    assertFalse(signature.matches(body, hex.substring(0, 31) + "g"));
    assertFalse(signature.matches(body, "+" + hex.substring(1)));
    assertFalse(signature.matches(body, " " + hex.substring(1)));
    assertFalse(signature.matches(utf8(WcsBodies.STREAM_STATUS), hex));
  }
}
