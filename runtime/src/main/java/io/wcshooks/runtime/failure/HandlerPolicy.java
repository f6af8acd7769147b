package io.wcshooks.runtime.failure;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How handlers run and what a failing one answers. Immutable; each {@code with...} returns a copy.
 *
 * <ul>
 *   <li><b>Failure policy.</b> When a handler throws or misses its deadline, a hook that fails
 *       <em>closed</em> answers a non-200 JSON error (500 for an exception, 503 for a missed
 *       deadline or a full handler pool), so WCS declines the action; a hook that fails
 *       <em>open</em> answers 200 with the body exactly as received, and the error is logged. By
 *       default {@code connect}, direct and incoming invocations fail closed and events fail open
 *       ({@link HookKind#failsOpenByDefault()}); {@link #withFailOpen} and {@link #withFailClosed}
 *       override that per hook. A {@code HookFieldException} is a 400 and a
 *       {@code WebApplicationException} with an error status (4xx, 5xx) keeps it, whatever the
 *       policy; one with any other status is a failure like any exception.
 *   <li><b>Deadline.</b> Handlers run on a bounded pool of {@link #handlerThreads()} threads; the
 *       request waits at most {@link #handlerDeadline()} (default 5 s, well under WCS's 15 s
 *       {@code rest_request_timeout}), then answers per the failure policy. The late handler's
 *       thread is interrupted and its result discarded. {@link Duration#ZERO} turns the deadline
 *       off: handlers then run on the request thread, as a plain method call.
 *   <li><b>Repeats.</b> WCS resends a hook after a send error. A call whose hook and body are
 *       byte-for-byte those of a call received less than {@link #repeatWindow()} ago (default
 *       30 s) is a repeat ({@code HookContext.isRepeat()}); at most {@link #repeatCapacity()} calls
 *       are remembered. {@link Duration#ZERO} turns repeat detection off.
 * </ul>
 */
public final class HandlerPolicy {
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofSeconds(30);
  public static final int DEFAULT_REPEAT_CAPACITY = 10_000;
  public static final int DEFAULT_HANDLER_THREADS = 64;

  /** The defaults described above. */
  public static final HandlerPolicy DEFAULTS = new HandlerPolicy(Map.of(), DEFAULT_DEADLINE,
      DEFAULT_REPEAT_WINDOW, DEFAULT_REPEAT_CAPACITY, DEFAULT_HANDLER_THREADS);

  private final Map<String, Boolean> failOpen;
  private final Duration handlerDeadline;
  private final Duration repeatWindow;
  private final int repeatCapacity;
  private final int handlerThreads;

  private HandlerPolicy(Map<String, Boolean> failOpen, Duration handlerDeadline, Duration repeatWindow,
      int repeatCapacity, int handlerThreads) {
    this.failOpen = Map.copyOf(failOpen);
    this.handlerDeadline = handlerDeadline;
    this.repeatWindow = repeatWindow;
    this.repeatCapacity = repeatCapacity;
    this.handlerThreads = handlerThreads;
  }

  /** These hooks (wire names) answer the echo when their handler fails. */
  public HandlerPolicy withFailOpen(String... hooks) {
    return withOverride(true, hooks);
  }

  /** These hooks (wire names) answer a non-200 error when their handler fails. */
  public HandlerPolicy withFailClosed(String... hooks) {
    return withOverride(false, hooks);
  }

  private HandlerPolicy withOverride(boolean open, String... hooks) {
    Map<String, Boolean> copy = new HashMap<>(failOpen);
    Arrays.stream(hooks).forEach(hook -> copy.put(Objects.requireNonNull(hook, "hook"), open));
    return new HandlerPolicy(copy, handlerDeadline, repeatWindow, repeatCapacity, handlerThreads);
  }

  /** How long a request waits for its handler; {@link Duration#ZERO} for no deadline. */
  public HandlerPolicy withHandlerDeadline(Duration deadline) {
    return new HandlerPolicy(failOpen, nonNegative(deadline, "handlerDeadline"), repeatWindow, repeatCapacity,
        handlerThreads);
  }

  /** How long a call is remembered to recognise its repeats; {@link Duration#ZERO} for never. */
  public HandlerPolicy withRepeatWindow(Duration window) {
    return new HandlerPolicy(failOpen, handlerDeadline, nonNegative(window, "repeatWindow"), repeatCapacity,
        handlerThreads);
  }

  /** How many calls are remembered at most; the oldest is forgotten first. */
  public HandlerPolicy withRepeatCapacity(int capacity) {
    return new HandlerPolicy(failOpen, handlerDeadline, repeatWindow, positive(capacity, "repeatCapacity"),
        handlerThreads);
  }

  /** How many handlers run at once (with a deadline); more calls wait, within their deadline. */
  public HandlerPolicy withHandlerThreads(int threads) {
    return new HandlerPolicy(failOpen, handlerDeadline, repeatWindow, repeatCapacity,
        positive(threads, "handlerThreads"));
  }

  /** Whether a failing handler of this hook answers the echo: the override, else the kind's default. */
  public boolean failsOpen(String hook, HookKind kind) {
    Boolean open = failOpen.get(hook);
    return open != null ? open : kind.failsOpenByDefault();
  }

  public Duration handlerDeadline() {
    return handlerDeadline;
  }

  public Duration repeatWindow() {
    return repeatWindow;
  }

  public int repeatCapacity() {
    return repeatCapacity;
  }

  public int handlerThreads() {
    return handlerThreads;
  }

  private static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    if (value.compareTo(LONGEST) > 0) {
      // Counted in nanoseconds (System.nanoTime()): a longer one overflowed when the application was built.
      throw new IllegalArgumentException(name + " must be at most " + LONGEST + " (about 292 years): " + value);
    }
    return value;
  }

  /** The longest deadline or window: what a long counts in nanoseconds. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "HandlerPolicy[failOpen=" + failOpen + ", handlerDeadline=" + handlerDeadline + ", repeatWindow="
        + repeatWindow + ", repeatCapacity=" + repeatCapacity + ", handlerThreads=" + handlerThreads + "]";
  }
}
