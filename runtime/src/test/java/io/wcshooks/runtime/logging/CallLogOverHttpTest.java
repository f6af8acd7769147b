package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The call log over real HTTP: one {@code DEBUG} ({@code FINE}) line per call on
 * {@code io.wcshooks.calls} with the hook, sessionId, status and milliseconds, once an operator
 * turns the logger on; nothing before.
 */
class CallLogOverHttpTest {
  private static final Pattern LINE = Pattern.compile("(\\S+) (\\S+) sessionId=(.*) -> (\\d{3}) \\((\\d+) ms\\)");
  private static final String SESSION = "/192.168.1.38:64604/192.168.1.59:8443";

  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  @Test
  void offByDefault() {
    try (LogCapture log = LogCapture.asConfigured(CallLog.LOGGER)) {
      assertEquals(200, wcs.call("connect", WcsBodies.CONNECT).statusCode());
      assertEquals(404, wcs.call("noSuchHook", WcsBodies.CONNECT).statusCode());

      assertEquals(List.of(), log.records());
      assertFalse(System.getLogger(CallLog.LOGGER).isLoggable(System.Logger.Level.DEBUG));
    }
  }

  @Test
  void anEchoedCall() {
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("connect", WcsBodies.CONNECT);

      Matcher line = onlyLine(log);
      assertEquals("POST", line.group(1));
      assertEquals("connect", line.group(2));
      assertEquals(SESSION, line.group(3));
      assertEquals("200", line.group(4));
      assertEquals(Level.FINE, log.records().get(0).getLevel());
      assertEquals(CallLog.LOGGER, log.records().get(0).getLoggerName());
    }
  }

  @Test
  void aForbiddenCall() {
    wcs.hooks.connect = request -> HookResult.forbid("Invalid token");
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("connect", "{\"sessionId\":\"s-403\"}");

      Matcher line = onlyLine(log);
      assertEquals("s-403", line.group(3));
      assertEquals("403", line.group(4));
    }
  }

  @Test
  void aFailingHandler() {
    wcs.hooks.streamStatusEvent = request -> {
      throw new IllegalStateException("boom");
    };
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("StreamStatusEvent", WcsBodies.STREAM_STATUS);

      Matcher line = onlyLine(log);
      assertEquals("StreamStatusEvent", line.group(2));
      assertEquals("6f1c2d3e-0000-4000-8000-000000000001", line.group(3));
      assertEquals("500", line.group(4));
    }
  }

  @Test
  void theDurationIsTheHandlersTime() {
    wcs.hooks.connect = request -> {
      Thread.sleep(120);
      return HookResult.echo();
    };
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("connect", WcsBodies.CONNECT);

      long millis = Long.parseLong(onlyLine(log).group(5));
      assertTrue(millis >= 120 && millis < 5000, "ms: " + millis);
    }
  }

  @Test
  void refusalsBeforeAnyHandler() {
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("connect", "{\"sessionId\":");
      wcs.call("noSuchHook", WcsBodies.CONNECT);
      wcs.send(TestServer.wcsRequest(wcs.uri("connect")).GET());
      wcs.send(TestServer.wcsRequest(wcs.uri("connect")).setHeader("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")));

      List<String> summary = log.messages().stream().map(CallLogOverHttpTest::summary).toList();
      assertEquals(List.of("POST connect - 400", "POST noSuchHook - 404", "GET connect - 405", "POST connect - 415"), summary);
    }
  }

  @Test
  void theHealthEndpointIsNotLogged() {
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      assertEquals(200, wcs.send(TestServer.wcsRequest(wcs.uri("_health")).GET()).statusCode());

      assertEquals(List.of(), log.records());
    }
  }

  @Test
  void aSessionIdCannotForgeLogLines() {
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("connect", "{\"sessionId\":\"s1 -> 200 (1 ms)\\nPOST connect sessionId=admin\\u2028x\"}");

      String message = log.messages().get(0);
      assertFalse(message.contains("\n") || message.contains("\u2028"), message);
      assertTrue(message.contains("sessionId=s1 -> 200 (1 ms)\\nPOST connect sessionId=admin\\u2028x -> 200"), message);
    }
  }

  @Test
  void aLongOrNonTextSessionIdIsShownShort() {
    try (LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      wcs.call("connect", "{\"sessionId\":\"" + "x".repeat(10_000) + "\"}");
      wcs.call("connect", "{\"sessionId\":42}");
      wcs.call("connect", "{\"sessionId\":null}");

      List<String> ids = log.messages().stream().map(m -> matcher(m).group(3)).toList();
      assertEquals("x".repeat(LogText.MAX_LENGTH) + "...", ids.get(0));
      assertEquals("42", ids.get(1));
      assertEquals("null", ids.get(2));
    }
  }

  @Test
  void callsRefusedByHookSecurityAreLoggedToo() {
    try (ConfiguredTestServer signed = ConfiguredTestServer.start(HookSecurity.builder().signatureSecret("s").build());
        LogCapture log = LogCapture.at(CallLog.LOGGER, Level.FINE)) {
      signed.call("connect", WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8));

      assertEquals(List.of("POST connect - 403"), log.messages().stream().map(CallLogOverHttpTest::summary).toList());
    }
  }

  private static Matcher onlyLine(LogCapture log) {
    List<String> messages = log.messages();
    assertEquals(1, messages.size(), () -> "one line: " + messages);
    return matcher(messages.get(0));
  }

  private static Matcher matcher(String message) {
    Matcher matcher = LINE.matcher(message);
    assertTrue(matcher.matches(), () -> "the call log line: " + message);
    return matcher;
  }

  private static String summary(String message) {
    Matcher line = matcher(message);
    return line.group(1) + " " + line.group(2) + " " + line.group(3) + " " + line.group(4);
  }
}
