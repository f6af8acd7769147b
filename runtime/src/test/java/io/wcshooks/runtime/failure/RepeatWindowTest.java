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
