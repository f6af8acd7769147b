package io.wcshooks.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class HandlerRunnerTest {
  /** For calls whose outcome a test does not look at. */
  private static final HandlerRunner.Completion<String> IGNORED = new HandlerRunner.Completion<>() {
    @Override
    public void done(String result) {}

    @Override
    public void failed(Throwable failure) {}
  };

  /** After close, calls are refused as "stopped"; open() starts the pool again (Jersey's reload). */
  @Test
  void reopensAfterClose() throws Exception {
    HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS);
    assertEquals("before", runner.run(() -> "before"));
    runner.close();
    assertThrows(HandlerRunner.Stopped.class, () -> runner.run(() -> "closed"));
    runner.open();
    try (runner) {
      assertEquals("after", runner.run(() -> "after"));
    }
  }

  /**
   * No thread starts before the first call that needs one: an application that a servlet container
   * refuses at init, where nothing can close it, leaves none behind. Closed before any call, the
   * runner refuses calls as after any close, until it is opened again.
   */
  @Test
  void noThreadStartsBeforeTheFirstCall() throws Exception {
    HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS, "NeverCalled");
    assertFalse(liveThreadNames().stream().anyMatch(name -> name.contains("NeverCalled")), liveThreadNames()::toString);
    runner.close();
    assertThrows(HandlerRunner.Stopped.class, () -> runner.run(() -> "closed"));
    java.util.concurrent.CompletableFuture<Throwable> refused = new java.util.concurrent.CompletableFuture<>();
    runner.submit(() -> "closed", new HandlerRunner.Completion<String>() {
      @Override
      public void done(String result) {
        refused.complete(null);
      }

      @Override
      public void failed(Throwable failure) {
        refused.complete(failure);
      }
    });
    assertTrue(refused.getNow(null) instanceof HandlerRunner.Stopped, String.valueOf(refused.getNow(null)));
    assertFalse(liveThreadNames().stream().anyMatch(name -> name.contains("NeverCalled")), liveThreadNames()::toString);
    runner.open();
    try (runner) {
      assertEquals("wcs-hooks-handler-NeverCalled-1", runner.run(() -> Thread.currentThread().getName()));
    }
  }

  /**
   * The threads are named after the application, so that a thread dump of a JVM running several
   * tells whose handler is stuck; a pool started again after a close goes on counting.
   */
  @Test
  void threadsAreNamedAfterTheApplication() throws Exception {
    HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS, "SampleHooks");
    try {
      assertEquals("wcs-hooks-handler-SampleHooks-1", runner.run(() -> Thread.currentThread().getName()));
      assertTrue(liveThreadNames().contains("wcs-hooks-deadlines-SampleHooks"), liveThreadNames()::toString);
      runner.close();
      runner.open();
      assertEquals("wcs-hooks-handler-SampleHooks-2", runner.run(() -> Thread.currentThread().getName()));
    } finally {
      runner.close();
    }
    assertFalse(liveThreadNames().stream().anyMatch(name -> name.contains("SampleHooks")), liveThreadNames()::toString);
  }

  private static java.util.List<String> liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).toList();
  }

  /**
   * close() returns once the handler and deadline threads have ended: a servlet container looks for
   * the application's threads right after stopping it (Tomcat logged a leak for each before).
   */
  @Test
  void closeReturnsOnceItsThreadsHaveEnded() throws Exception {
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS.withHandlerThreads(2));
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 2; i++) {
      runner.submit(() -> {
        started.countDown();
        try {
          release.await(); // interrupted by close()
        } catch (InterruptedException e) {
          // A handler that takes a while to notice, as one in the middle of I/O would.
          long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
          while (System.nanoTime() < end) {
            Thread.onSpinWait();
          }
        }
        return "done";
      }, IGNORED);
    }
    assertTrue(started.await(5, TimeUnit.SECONDS));
    runner.close();
    java.util.List<String> left = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive())
        .map(Thread::getName)
        .filter(name -> name.startsWith("wcs-hooks-"))
        .toList();
    assertEquals(java.util.List.of(), left);
  }

  /** A call still queued for a handler thread when the pool stops is failed, not left unanswered. */
  @Test
  void callsQueuedWhenThePoolStopsGetTheirFailure() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Throwable> queued = new java.util.concurrent.CompletableFuture<>();
    HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS.withHandlerThreads(1));
    runner.submit(() -> {
      running.countDown();
      release.await();
      return "first";
    }, IGNORED);
    assertTrue(running.await(5, TimeUnit.SECONDS));
    runner.submit(() -> "second", new HandlerRunner.Completion<String>() {
      @Override
      public void done(String result) {
        queued.complete(null);
      }

      @Override
      public void failed(Throwable failure) {
        queued.complete(failure);
      }
    });
    runner.close();
    release.countDown();
    Throwable failure = queued.get(5, TimeUnit.SECONDS);
    assertTrue(failure instanceof HandlerRunner.Stopped, String.valueOf(failure));
  }

  /**
   * A call whose handler ignores its interrupt is answered when the pool stops (once close() gives
   * up waiting for it), not left to a deadline keeper that stops with it: a WAR undeployed would otherwise leave WCS waiting for its
   * own timeout on a suspended request nobody completes.
   */
  @Test
  void aStuckHandlerIsAnsweredWhenThePoolStops() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Throwable> answered = new java.util.concurrent.CompletableFuture<>();
    HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ofSeconds(30)));
    runner.submit(() -> {
      running.countDown();
      while (release.getCount() > 0) {
        try {
          release.await();
        } catch (InterruptedException ignored) {
          // stuck on purpose
        }
      }
      return "late";
    }, new HandlerRunner.Completion<String>() {
      @Override
      public void done(String result) {
        answered.complete(null);
      }

      @Override
      public void failed(Throwable failure) {
        answered.complete(failure);
      }
    });
    assertTrue(running.await(5, TimeUnit.SECONDS));
    Thread closing = new Thread(runner::close, "closing");
    closing.start(); // close() waits for the stuck thread
    try {
      // Once close() gives up waiting for the stuck thread: long before the call's 30 s deadline.
      Throwable failure = answered.get(HandlerRunner.STOP_WAIT.toSeconds() + 3, TimeUnit.SECONDS);
      assertTrue(failure instanceof HandlerRunner.Stopped, String.valueOf(failure));
    } finally {
      release.countDown();
      closing.join(10_000);
    }
  }

  @Test
  void returnsTheResultAndRunsOffTheRequestThread() throws Exception {
    try (HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS)) {
      Thread caller = Thread.currentThread();
      assertEquals("off", runner.run(() -> Thread.currentThread() == caller ? "on" : "off"));
    }
  }

  @Test
  void withoutADeadlineRunsOnTheRequestThread() throws Exception {
    try (HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ZERO))) {
      Thread caller = Thread.currentThread();
      assertEquals("on", runner.run(() -> Thread.currentThread() == caller ? "on" : "off"));
    }
  }

  @Test
  void rethrowsWhatTheHandlerThrew() {
    IllegalStateException thrown = new IllegalStateException("bug");
    try (HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS)) {
      assertSame(thrown, assertThrows(IllegalStateException.class, () -> runner.run(() -> {
        throw thrown;
      })));
      AssertionError error = new AssertionError("worse");
      assertSame(error, assertThrows(AssertionError.class, () -> runner.run(() -> {
        throw error;
      })));
    }
  }

  @Test
  void aLateHandlerTimesOutAndIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    try (HandlerRunner runner = new HandlerRunner(HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ofMillis(50)))) {
      assertThrows(TimeoutException.class, () -> runner.run(() -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        return "late";
      }));
      assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the late handler's thread was interrupted");
    }
  }

  @Test
  void aFullPoolRefusesAtOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    HandlerPolicy policy = HandlerPolicy.DEFAULTS.withHandlerThreads(1).withHandlerDeadline(Duration.ofMillis(20));
    try (HandlerRunner runner = new HandlerRunner(policy)) {
      // A stuck handler (it ignores interrupts) holds the one thread; 16 more calls time out in the
      // queue, where they stay, cancelled, until a thread is free: then the pool refuses at once.
      assertThrows(TimeoutException.class, () -> runner.run(() -> {
        while (release.getCount() > 0) {
          try {
            release.await();
          } catch (InterruptedException ignored) {
            // stuck on purpose
          }
        }
        return null;
      }));
      for (int i = 0; i < 16; i++) {
        assertThrows(TimeoutException.class, () -> runner.run(() -> null));
      }
      assertThrows(RejectedExecutionException.class, () -> runner.run(() -> null));
      release.countDown();
    }
  }
}
