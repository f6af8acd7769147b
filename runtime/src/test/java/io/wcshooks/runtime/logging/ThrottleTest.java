package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  /**
   * Long enough that the shared timer, which waits in real time, never tells a throttle on the
   * test's clock that its interval is over: the tests below do, by calling {@code intervalOver()}.
   */
  private static final Duration HOUR = Duration.ofHours(1);
  private static final long HOUR_NANOS = HOUR.toNanos();

  /** A clock that moves only when told, starting at the real one (where the timer waits). */
  private final AtomicLong clock = new AtomicLong(System.nanoTime());
  private final List<Long> lines = new ArrayList<>();
  private final List<Long> summaries = new CopyOnWriteArrayList<>();

  private final List<Throttle> made = new ArrayList<>();

  private Throttle onTestClock() {
    Throttle throttle = new Throttle(HOUR, summaries::add, clock::get);
    made.add(throttle);
    return throttle;
  }

  /** Leaves the shared timer nothing to wait an hour for: its thread ends. */
  @AfterEach
  void flush() {
    made.forEach(Throttle::flush);
  }

  @Test
  void theFirstLineIsWrittenAtOnceAndTheNextCountsTheOnesHeldBack() {
    Throttle throttle = onTestClock();
    for (int i = 0; i < 5; i++) {
      throttle.offer(lines::add);
    }
    assertEquals(List.of(0L), lines);

    clock.addAndGet(HOUR_NANOS);
    throttle.offer(lines::add);

    assertEquals(List.of(0L, 4L), lines);
    throttle.intervalOver(); // the timer, late: the line took the count
    assertEquals(List.of(), summaries);
  }

  @Test
  void aBurstFollowedBySilenceHasItsCountWrittenOnceTheIntervalIsOver() throws InterruptedException {
    // The count was written only with the next line: after a burst and then silence, never.
    CountDownLatch summarised = new CountDownLatch(1);
    Throttle throttle = new Throttle(Duration.ofMillis(50), count -> {
      summaries.add(count);
      summarised.countDown();
    });
    for (int i = 0; i < 5; i++) {
      throttle.offer(lines::add);
    }

    assertTrue(summarised.await(10, TimeUnit.SECONDS), "no summary came");
    assertEquals(List.of(0L), lines);
    assertEquals(List.of(4L), summaries);
  }

  @Test
  void aSummaryDoesNotHoldBackTheLineAfterIt() {
    Throttle throttle = onTestClock();
    throttle.offer(lines::add);
    throttle.offer(lines::add);
    throttle.offer(lines::add);

    clock.addAndGet(HOUR_NANOS);
    throttle.intervalOver();
    clock.addAndGet(1);
    throttle.offer(lines::add); // a new burst shows at once

    assertEquals(List.of(2L), summaries);
    assertEquals(List.of(0L, 0L), lines);
    throttle.flush();
  }

  @Test
  void aLineWrittenAfterTheIntervalMovesTheSummaryToTheEndOfTheNext() {
    Throttle throttle = onTestClock();
    throttle.offer(lines::add);
    throttle.offer(lines::add);
    clock.addAndGet(HOUR_NANOS);
    throttle.offer(lines::add); // carries the 1 held back, and starts a new interval
    throttle.offer(lines::add);
    throttle.offer(lines::add);

    throttle.intervalOver(); // the timer, at the end of the first interval
    assertEquals(List.of(), summaries);
    clock.addAndGet(HOUR_NANOS);
    throttle.intervalOver(); // at the end of the second

    assertEquals(List.of(0L, 1L), lines);
    assertEquals(List.of(2L), summaries);
  }

  @Test
  void flushWritesTheCountAtOnceAndOnlyOnce() {
    Throttle throttle = onTestClock();
    throttle.offer(lines::add);
    throttle.offer(lines::add);
    throttle.offer(lines::add);

    throttle.flush();
    throttle.flush();
    clock.addAndGet(HOUR_NANOS);
    throttle.intervalOver();

    assertEquals(List.of(0L), lines);
    assertEquals(List.of(2L), summaries);
  }

  @Test
  void fromManyThreadsEveryOfferIsWrittenOrCountedExactlyOnce() throws Exception {
    int threads = 8;
    int perThread = 20_000;
    AtomicLong accounted = new AtomicLong();
    CountDownLatch all = new CountDownLatch(1);
    long total = (long) threads * perThread;
    // An interval short enough that lines, counts and summaries race at many interval ends.
    Throttle throttle = new Throttle(Duration.ofMillis(1), count -> {
      if (accounted.addAndGet(count) == total) {
        all.countDown();
      }
    });
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> offering = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        for (int i = 0; i < perThread; i++) {
          throttle.offer(heldBack -> {
            if (accounted.addAndGet(1 + heldBack) == total) {
              all.countDown();
            }
          });
        }
      });
      offering.add(thread);
      thread.start();
    }
    for (Thread thread : offering) {
      thread.join();
    }

    // Then silence: what is still held back comes as a summary.
    assertTrue(all.await(10, TimeUnit.SECONDS), "accounted for " + accounted.get() + " of " + total);
    throttle.flush(); // nothing left, nothing counted twice
    assertEquals(total, accounted.get());
  }
}
