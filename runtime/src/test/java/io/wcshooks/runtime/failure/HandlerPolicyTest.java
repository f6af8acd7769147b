package io.wcshooks.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HandlerPolicyTest {
  @Test
  void onlyEventsFailOpenByDefault() {
    HandlerPolicy policy = HandlerPolicy.DEFAULTS;
    assertFalse(policy.failsOpen("connect", HookKind.CONNECT));
    assertFalse(policy.failsOpen("publishStream", HookKind.DIRECT));
    assertFalse(policy.failsOpen("OnCallEvent", HookKind.INCOMING));
    assertTrue(policy.failsOpen("StreamStatusEvent", HookKind.EVENT));
    assertEquals(Duration.ofSeconds(5), policy.handlerDeadline());
    assertEquals(Duration.ofSeconds(30), policy.repeatWindow());
  }

  @Test
  void overridesArePerHookAndTheLastOneWins() {
    HandlerPolicy policy = HandlerPolicy.DEFAULTS
        .withFailOpen("connect", "sendBugReport")
        .withFailClosed("StreamStatusEvent")
        .withFailClosed("sendBugReport");
    assertTrue(policy.failsOpen("connect", HookKind.CONNECT));
    assertFalse(policy.failsOpen("sendBugReport", HookKind.DIRECT));
    assertFalse(policy.failsOpen("StreamStatusEvent", HookKind.EVENT));
    assertTrue(policy.failsOpen("StreamKeepAliveEvent", HookKind.EVENT));
    assertFalse(HandlerPolicy.DEFAULTS.failsOpen("connect", HookKind.CONNECT), "immutable");
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> HandlerPolicy.DEFAULTS.withRepeatCapacity(0));
    assertThrows(IllegalArgumentException.class, () -> HandlerPolicy.DEFAULTS.withHandlerThreads(0));
    assertThrows(NullPointerException.class, () -> HandlerPolicy.DEFAULTS.withFailOpen((String) null));
  }

  @Test
  void aDeadlineOrWindowTooLongToCountInNanosecondsIsRefusedWhereItIsGiven() {
    // Accepted, it overflowed later: an ArithmeticException ("long overflow") building the application.
    Duration forever = java.time.temporal.ChronoUnit.FOREVER.getDuration();
    IllegalArgumentException deadline = assertThrows(IllegalArgumentException.class,
        () -> HandlerPolicy.DEFAULTS.withHandlerDeadline(forever));
    assertTrue(deadline.getMessage().startsWith("handlerDeadline must be at most "), deadline.getMessage());
    assertThrows(IllegalArgumentException.class, () -> HandlerPolicy.DEFAULTS.withRepeatWindow(Duration.ofDays(400 * 365)));

    HandlerPolicy longest = HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ofNanos(Long.MAX_VALUE))
        .withRepeatWindow(Duration.ofNanos(Long.MAX_VALUE));
    try (HandlerRunner runner = new HandlerRunner(longest)) {
      assertFalse(runner.isRepeat("connect", new byte[] {'{', '}'}));
      assertTrue(runner.isRepeat("connect", new byte[] {'{', '}'}));
    }
  }
}
