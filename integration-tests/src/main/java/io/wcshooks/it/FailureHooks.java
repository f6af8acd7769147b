package io.wcshooks.it;

import io.wcshooks.api.HookContext;
import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.ConnectionStatusEvent;
import io.wcshooks.hooks.OnCallEvent;
import io.wcshooks.hooks.PlayStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Handlers that fail when the body says so ({@code "test":"throw"}, {@code "slow"} or
 * {@code "badField"}), one per kind: an event, an incoming invocation, and a direct invocation that
 * counts plays per session, skipping WCS's resends. Without a {@code test} field they echo.
 */
public class FailureHooks {
  private final Map<String, AtomicInteger> plays = new ConcurrentHashMap<>();
  /** Counted down when a slow handler's thread is interrupted at its deadline. */
  public final CountDownLatch interrupted = new CountDownLatch(2);

  /** An event. */
  @WcsHook("ConnectionStatusEvent")
  public void connectionStatus(ConnectionStatusEvent event, HookContext context) throws Exception {
    misbehave(context, () -> event.sipRegisterRequired());
  }

  /** An incoming invocation. */
  @WcsHook("OnCallEvent")
  public void onCall(OnCallEvent event, HookContext context) throws Exception {
    misbehave(context, () -> { });
  }

  /** A direct invocation: counts the plays of each session, a resend of one play counting once. */
  @WcsHook
  public void playStream(PlayStream play, HookContext context) throws Exception {
    misbehave(context, () -> { });
    if (!context.isRepeat()) {
      plays.computeIfAbsent(String.valueOf(play.sessionId()), s -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** How many plays a session made. */
  public int plays(String sessionId) {
    AtomicInteger count = plays.get(sessionId);
    return count == null ? 0 : count.get();
  }

  private void misbehave(HookContext context, Runnable readBadField) throws Exception {
    switch (context.rawJson().path("test").asText("")) {
      case "throw" -> throw new IllegalStateException("a bug in the handler");
      case "badField" -> readBadField.run();
      case "slow" -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
          throw e;
        }
      }
      default -> { }
    }
  }
}
