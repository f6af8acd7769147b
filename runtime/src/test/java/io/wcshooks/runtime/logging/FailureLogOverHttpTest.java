package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestServer;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * What a failing handler writes to the log: one line, with the hook and the sessionId, where the
 * sessionId is the caller's text and must not be able to forge lines.
 */
class FailureLogOverHttpTest {
  @Test
  void aFailingHandlerIsOneErrorWithItsSessionIdEscaped() throws Exception {
    try (LogCapture log = LogCapture.asConfigured(HookCall.class.getName()); TestServer wcs = TestServer.start()) {
      wcs.hooks.connect = request -> {
        throw new IllegalStateException("the database is down");
      };

      int status = wcs.call("connect", "{\"sessionId\":\"s1\\nINFO: forged\\u2028line\"}").statusCode();

      assertEquals(500, status);
      List<String> errors = log.records().stream().filter(r -> r.getLevel() == Level.SEVERE)
          .map(r -> r.getMessage()).toList();
      assertEquals(1, errors.size(), errors::toString);
      assertTrue(errors.get(0).contains("hook connect failed (sessionId s1\\nINFO: forged\\u2028line)"), errors.get(0));
      assertFalse(errors.get(0).contains("\n") || errors.get(0).contains("\u2028"), errors.get(0));
    }
  }

  @Test
  void aHandlerFailingOnEveryCallIsOneLineAnIntervalPerHook() throws Exception {
    try (LogCapture log = LogCapture.asConfigured(HookCall.class.getName()); TestServer wcs = TestServer.start()) {
      wcs.hooks.connect = request -> {
        throw new IllegalStateException("the database is down");
      };
      wcs.hooks.streamStatusEvent = event -> {
        throw new IllegalStateException("the audit store is down");
      };

      for (int i = 0; i < 5; i++) {
        assertEquals(500, wcs.call("connect", "{\"sessionId\":\"c" + i + "\"}").statusCode());
      }
      for (int i = 0; i < 3; i++) {
        // The test dispatcher gives no hook kind: its failures fail closed.
        assertEquals(500, wcs.call("StreamStatusEvent", "{\"sessionId\":\"e" + i + "\"}").statusCode());
      }

      // Every call answered; the log has the first failure of each hook only.
      List<String> errors = log.records().stream().filter(r -> r.getLevel() == Level.SEVERE)
          .map(r -> r.getMessage()).toList();
      assertEquals(2, errors.size(), errors::toString);
      assertTrue(errors.get(0).startsWith("hook connect failed (sessionId c0)"), errors.get(0));
      assertTrue(errors.get(1).startsWith("hook StreamStatusEvent failed (sessionId e0)"), errors.get(1));
    }
  }

  @Test
  void theCountOfFailuresHeldBackIsWrittenAtTheStopWhenNoLineCameToCarryIt() throws Exception {
    // It was written only with the hook's next failure line: a burst of failures just before a
    // stop (or before a quiet spell) never had its count in the log.
    try (LogCapture log = LogCapture.asConfigured(HookCall.class.getName())) {
      TestServer wcs = TestServer.start();
      wcs.hooks.connect = request -> {
        throw new IllegalStateException("the database is down");
      };
      for (int i = 0; i < 5; i++) {
        assertEquals(500, wcs.call("connect", "{\"sessionId\":\"c" + i + "\"}").statusCode());
      }

      wcs.close();

      List<String> errors = log.records().stream().filter(r -> r.getLevel() == Level.SEVERE)
          .map(r -> r.getMessage()).toList();
      assertEquals(2, errors.size(), errors::toString);
      assertTrue(errors.get(0).startsWith("hook connect failed (sessionId c0)"), errors.get(0));
      assertEquals("hook connect: 4 other failures of this hook since the last line", errors.get(1));
    }
  }
}
