package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.security.HookSignature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator sends WCS's headers, signs bodies like rest_hook_send_hash, and sends Basic credentials. */
class SigningTest {
  @RegisterExtension
  final TinyBackend backend = new TinyBackend();

  @Test
  void everyBodyIsSignedWithHmacMd5OfTheBytesSent() {
    WcsSimulator.forBackend(backend.appUrl()).signWith("s3cret").build().connect(Map.of()).publish("cam1");
    HookSignature signature = new HookSignature("s3cret");
    assertEquals(4, backend.methods().size());
    for (TinyBackend.Received r : backend.received("publishStream")) {
      String header = r.header("Authorization");
      assertTrue(header.startsWith("WCS "), header);
      assertTrue(signature.matches(r.body().getBytes(StandardCharsets.UTF_8), header.substring(4)), header);
    }
  }

  @Test
  void basicCredentialsGoInTheAuthorizationHeader() {
    WcsSimulator.forBackend(backend.appUrl()).basicAuth("wcs", "pa:ss").build().connect(Map.of());
    String expected = "Basic " + Base64.getEncoder().encodeToString("wcs:pa:ss".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, backend.received("connect").get(0).header("Authorization"));
  }

  @Test
  void wcsHeadersAndNoAuthorizationByDefault() {
    WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of());
    TinyBackend.Received connect = backend.received("connect").get(0);
    assertEquals("application/json;charset=UTF-8", connect.header("Content-Type"));
    assertEquals("application/json", connect.header("Accept"));
    assertTrue(connect.header("User-Agent").startsWith("Java/1.8."), connect.header("User-Agent"));
    assertNull(connect.header("Authorization"));
  }
}
