package io.wcshooks.runtime.security;

import static io.wcshooks.runtime.security.Signatures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.WcsBodies;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * A refused call is a WARNING on {@code io.wcshooks.security} that tells the operator what to fix,
 * at most once a minute however many calls are refused, with no secret in it.
 */
class RefusalLogOverHttpTest {
  private static final String SECRET = "do-not-log-me";

  @Test
  void theFirstRefusalIsAWarningAndAFloodIsNot() {
    try (ConfiguredTestServer wcs = ConfiguredTestServer.start(HookSecurity.builder().signatureSecret(SECRET).build());
        LogCapture log = LogCapture.asConfigured(RefusalLog.LOGGER)) {
      byte[] body = utf8(WcsBodies.CONNECT);
      for (int i = 0; i < 50; i++) {
        assertEquals(403, wcs.call("connect", body, "Authorization", "WCS " + "1".repeat(32)).statusCode());
      }

      List<String> messages = log.messages();
      assertEquals(1, messages.size(), messages::toString);
      assertEquals(Level.WARNING, log.records().get(0).getLevel());
      String warning = messages.get(0);
      assertTrue(warning.contains("connect") && warning.contains(HookSecurity.WRONG_SIGNATURE)
          && warning.contains("rest_hook_secret_key"), warning);
      assertFalse(warning.contains(SECRET), warning);
    }
  }

  @Test
  void theCountOfRefusalsHeldBackIsWrittenAtTheStop() {
    // It was written only with the next warning, a minute later at the soonest: a burst of forged
    // calls just before a stop never had its count in the log.
    try (LogCapture log = LogCapture.asConfigured(RefusalLog.LOGGER)) {
      ConfiguredTestServer wcs = ConfiguredTestServer.start(HookSecurity.builder().signatureSecret(SECRET).build());
      for (int i = 0; i < 5; i++) {
        assertEquals(403, wcs.call("connect", utf8(WcsBodies.CONNECT), "Authorization", "WCS " + "1".repeat(32))
            .statusCode());
      }

      wcs.close();

      List<String> messages = log.messages();
      assertEquals(2, messages.size(), messages::toString);
      assertTrue(messages.get(0).startsWith("refused a call to hook connect"), messages.get(0));
      assertEquals("4 other refusals of hook calls since the last warning", messages.get(1));
    }
  }

  @Test
  void aBasicRefusalSaysWhatToCheck() {
    try (ConfiguredTestServer wcs = ConfiguredTestServer.start(HookSecurity.builder().basicAuth("wcs", SECRET).build());
        LogCapture log = LogCapture.asConfigured(RefusalLog.LOGGER)) {
      assertEquals(401, wcs.call("StreamStatusEvent", utf8(WcsBodies.STREAM_STATUS)).statusCode());

      String warning = log.messages().get(0);
      assertTrue(warning.contains("StreamStatusEvent") && warning.contains("restUsername"), warning);
      assertFalse(warning.contains(SECRET), warning);
    }
  }
}
