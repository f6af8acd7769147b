package io.wcshooks.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static final long MS = 1_000_000L;

  @Test
  void aDeadlineRunsWhenItIsDueAndNotBefore() throws Exception {
    try (Deadlines deadlines = new Deadlines(80 * MS, 4, "test-deadlines")) {
      CountDownLatch ran = new CountDownLatch(1);
      AtomicLong at = new AtomicLong();
      long started = System.nanoTime();
      deadlines.start(() -> {
        at.set(System.nanoTime());
        ran.countDown();
      });
      assertTrue(ran.await(10, TimeUnit.SECONDS), "the deadline ran");
      assertTrue(at.get() - started >= 80 * MS, "not before it was due: " + (at.get() - started) / MS + " ms");
    }
  }

  @Test
  void anEndedDeadlineNeverRuns() throws Exception {
    try (Deadlines deadlines = new Deadlines(30 * MS, 4, "test-deadlines")) {
      AtomicInteger runs = new AtomicInteger();
      deadlines.end(deadlines.start(runs::incrementAndGet));
      CountDownLatch later = new CountDownLatch(1);
      deadlines.start(later::countDown); // started after, so due after: when it runs, the first was due too
      assertTrue(later.await(10, TimeUnit.SECONDS));
      assertEquals(0, runs.get());
    }
  }

  @Test
  void aDeadlineStartedAfterAnIdlePeriodStillRuns() throws Exception {
    try (Deadlines deadlines = new Deadlines(20 * MS, 4, "test-deadlines")) {
      for (int round = 0; round < 3; round++) {
        Thread.sleep(50); // the keeper has gone to sleep with an empty table
        CountDownLatch ran = new CountDownLatch(1);
        deadlines.start(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "round " + round);
      }
    }
  }

  @Test
  void fromManyThreadsExactlyTheDeadlinesNotEndedRunEachOnce() throws Exception {
    int threads = 8;
    int perThread = 500;
    try (Deadlines deadlines = new Deadlines(40 * MS, threads * perThread / 2, "test-deadlines")) {
      AtomicInteger[] runs = new AtomicInteger[threads * perThread];
      for (int i = 0; i < runs.length; i++) {
        runs[i] = new AtomicInteger();
      }
      List<Thread> starters = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * perThread;
        Thread starter = new Thread(() -> {
          for (int i = first; i < first + perThread; i++) {
            AtomicInteger mine = runs[i];
            Deadlines.Deadline deadline = deadlines.start(mine::incrementAndGet);
            if (i % 2 == 0) {
              deadlines.end(deadline);
            }
          }
        });
        starters.add(starter);
        starter.start();
      }
      for (Thread starter : starters) {
        starter.join();
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < until && countRuns(runs) < runs.length / 2) {
        Thread.sleep(10);
      }
      Thread.sleep(100);
      for (int i = 0; i < runs.length; i++) {
        assertEquals(i % 2 == 0 ? 0 : 1, runs[i].get(), "deadline " + i);
      }
    }
  }

  @Test
  void aFullTableRefuses() {
    try (Deadlines deadlines = new Deadlines(60_000 * MS, 2, "test-deadlines")) {
      for (int i = 0; i < 4; i++) { // room for twice the capacity
        deadlines.start(() -> { });
      }
      assertThrows(RejectedExecutionException.class, () -> deadlines.start(() -> { }));
    }
  }

  private static int countRuns(AtomicInteger[] runs) {
    int n = 0;
    for (AtomicInteger run : runs) {
      n += run.get();
    }
    return n;
  }
}
