package io.wcshooks.runtime.logging;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells {@link Throttle}s that held lines back when their interval is over, so that the count is
 * written even when no further line comes to carry it. One daemon thread serves every throttle,
 * and only while one has a count pending: it ends when none has (a stopped application leaves no
 * thread behind, an idle one runs none), and the next count held back starts it again.
 */
final class ThrottleTimer {
  private static final String THREAD_NAME = "wcs-hooks-log-summaries";
  private static final Object LOCK = new Object();
  /** The throttles to tell, earliest first; each at most once (see {@link Throttle}). Guarded by LOCK. */
  private static final PriorityQueue<Pending> PENDING = new PriorityQueue<>((a, b) -> Long.signum(a.due - b.due));
  /** The thread telling them, while PENDING has any; else null. Guarded by LOCK. */
  private static Thread thread;

  private record Pending(Throttle throttle, long due) {}

  private ThrottleTimer() {}

  /** Calls {@code throttle.intervalOver()} at {@code due} ({@link System#nanoTime()}), on the timer's thread. */
  static void schedule(Throttle throttle, long due) {
    synchronized (LOCK) {
      PENDING.add(new Pending(throttle, due));
      if (thread == null) {
        thread = new Thread(ThrottleTimer::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
      } else if (PENDING.peek().throttle == throttle) {
        LOCK.notifyAll(); // due before what the thread waits for
      }
    }
  }

  /** Forgets {@code throttle}'s call, if one is scheduled. */
  static void cancel(Throttle throttle) {
    synchronized (LOCK) {
      if (PENDING.removeIf(pending -> pending.throttle == throttle)) {
        LOCK.notifyAll(); // with nothing left the thread ends now, not when the call was due
      }
    }
  }

  private static void run() {
    while (true) {
      Throttle over;
      Throttle[] stopped = null;
      synchronized (LOCK) {
        try {
          over = nextDue();
        } catch (InterruptedException e) {
          // Stopped from outside (a container clearing an application's threads): the counts are
          // written now rather than lost.
          over = null;
          stopped = PENDING.stream().map(Pending::throttle).toArray(Throttle[]::new);
          PENDING.clear();
        }
        if (over == null) {
          thread = null;
        }
      }
      if (over == null) {
        if (stopped != null) {
          for (Throttle throttle : stopped) {
            safely(throttle::flush);
          }
        }
        return;
      }
      safely(over::intervalOver);
    }
  }

  /** Waits for the earliest call due and takes it off; null when none is left. Holds LOCK. */
  private static Throttle nextDue() throws InterruptedException {
    while (true) {
      Pending first = PENDING.peek();
      if (first == null) {
        return null;
      }
      long left = first.due - System.nanoTime();
      if (left <= 0) {
        return PENDING.poll().throttle;
      }
      TimeUnit.NANOSECONDS.timedWait(LOCK, left);
    }
  }

  /** Runs a throttle's summary, which logs: what fails there must not stop the timer for the others. */
  private static void safely(Runnable summary) {
    try {
      summary.run();
    } catch (RuntimeException | Error e) {
      // Nothing to do: it was a log line.
    }
  }
}
