package io.wcshooks.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RepeatWindowTest {
  private final AtomicLong now = new AtomicLong();
  private final RepeatWindow window = new RepeatWindow(Duration.ofSeconds(30), 3, now::get);

  private static byte[] body(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSameBodyToTheSameHookIsARepeat() {
    assertFalse(window.check("playStream", body("{\"sessionId\":\"s1\"}")));
    assertTrue(window.check("playStream", body("{\"sessionId\":\"s1\"}")));
    assertTrue(window.check("playStream", body("{\"sessionId\":\"s1\"}")));
  }

  @Test
  void anotherHookOrAnyOtherByteIsNot() {
    assertFalse(window.check("playStream", body("{\"sessionId\":\"s1\"}")));
    assertFalse(window.check("publishStream", body("{\"sessionId\":\"s1\"}")));
    assertFalse(window.check("playStream", body("{\"sessionId\":\"s1\" }")));
    // the hook and the body are kept apart: "ab" + "c" is not "a" + "bc"
    assertFalse(window.check("ab", body("c")));
    assertFalse(window.check("a", body("bc")));
  }

  @Test
  void theWindowCountsFromTheFirstCall() {
    assertFalse(window.check("connect", body("{}")));
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    assertTrue(window.check("connect", body("{}")));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertFalse(window.check("connect", body("{}")), "30 s after the first call it is new again");
    assertEquals(1, window.size());
  }

  @Test
  void aCallWhoseTimeWasReadBeforeAnotherFinishedIsStillForgottenWhenItsWindowEnds() throws Exception {
    // The time was read before the lock: a call that read it first but took the lock second went
    // in after a younger one, where the expiry (which stops at the first call still in its window)
    // never reached it, and a call 30 s after it was taken for a repeat.
    Thread main = Thread.currentThread();
    CountDownLatch firstRead = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    RepeatWindow racing = new RepeatWindow(Duration.ofSeconds(30), 10, () -> {
      long time = now.get();
      if (Thread.currentThread() != main && firstRead.getCount() > 0) {
        firstRead.countDown();
        // Until the other call is done, or waits for this one (the lock, where the time is read).
        while (otherDone.getCount() > 0 && main.getState() != Thread.State.BLOCKED) {
          Thread.onSpinWait();
        }
      }
      return time;
    });
    Thread first = new Thread(() -> racing.check("connect", body("first")));
    first.start();
    firstRead.await();
    now.addAndGet(Duration.ofSeconds(5).toNanos());
    assertFalse(racing.check("connect", body("other")));
    otherDone.countDown();
    first.join();

    now.addAndGet(Duration.ofSeconds(26).toNanos()); // 31 s after the first's time, 26 s after the other's
    assertFalse(racing.check("connect", body("first")), "30 s after the first call it is new again");
    assertTrue(racing.check("connect", body("other")));
  }

  @Test
  void expiredCallsAreForgotten() {
    window.check("connect", body("1"));
    window.check("connect", body("2"));
    now.addAndGet(Duration.ofSeconds(31).toNanos());
    assertEquals(0, window.size());
  }

  @Test
  void beyondTheCapacityTheOldestIsForgotten() {
    for (int i = 1; i <= 4; i++) {
      assertFalse(window.check("connect", body(Integer.toString(i))));
    }
    assertEquals(3, window.size());
    assertTrue(window.check("connect", body("4")));
    assertTrue(window.check("connect", body("2")));
    assertFalse(window.check("connect", body("1")), "the oldest went first");
  }

  @Test
  void aZeroWindowNeverRepeats() {
    RepeatWindow off = new RepeatWindow(Duration.ZERO, 3, now::get);
    assertFalse(off.check("connect", body("{}")));
    assertFalse(off.check("connect", body("{}")));
  }

  @Test
  void concurrentResendsAreSeenOnceAsNew() throws Exception {
    RepeatWindow shared = new RepeatWindow(Duration.ofSeconds(30), 10_000);
    int threads = 16;
    int bodies = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          int fresh = 0;
          for (int i = 0; i < bodies; i++) {
            fresh += shared.check("StreamStatusEvent", body("{\"n\":" + i + "}")) ? 0 : 1;
          }
          return fresh;
        }));
      }
      start.countDown();
      int fresh = 0;
      for (Future<Integer> result : results) {
        fresh += result.get();
      }
      assertEquals(bodies, fresh, "each body is new exactly once, whichever thread sees it first");
    } finally {
      pool.shutdownNow();
    }
  }
}
