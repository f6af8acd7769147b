package io.wcshooks.runtime.failure;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs handlers under a {@link HandlerPolicy}: on a bounded pool with a deadline (the request
 * thread waits, no thread is created per request), and remembers calls to recognise repeats. One
 * per application; the pool starts with the first call that needs it, {@link #close()} stops it.
 * Its threads are named after the application ({@code wcs-hooks-handler-<name>-<n>},
 * {@code wcs-hooks-deadlines-<name>}), and in a servlet container after its context path too
 * ({@link #deployedAt}), so that a thread dump tells whose handler it runs.
 */
public final class HandlerRunner implements AutoCloseable {
  private final HandlerPolicy policy;
  private final RepeatWindow repeats;
  private final long deadlineNanos;
  /** What the threads are named after: the application; empty for none. */
  private final String name;
  /** Where the application is deployed, when a servlet container says: empty for no place. Guarded by this. */
  private String place = "";
  /** Numbers the handler threads of every pool this runner starts: no two get one name. */
  private final AtomicInteger handlerCount = new AtomicInteger();
  /**
   * The pool and its deadline keeper; null without a deadline, and until the first call that needs
   * them: an application that never serves a call (one a servlet container refuses at init, where
   * nothing closes it) starts no thread. After {@link #close()}, the stopped ones, until the first
   * call after {@link #open()} starts new ones.
   */
  private volatile Workers workers;
  /** Between {@link #close()} and {@link #open()}: no call starts the pool. Guarded by this. */
  private boolean closed;

  private record Workers(ThreadPoolExecutor pool, HandlerThreads threads, Deadlines deadlines) {}

  /** How a handler run by {@link #submit} ended: exactly one of these is called, once. */
  public interface Completion<T> {
    /** The handler returned. */
    void done(T result);

    /**
     * The handler threw, missed the deadline ({@link TimeoutException}; its thread is interrupted),
     * or could not be run ({@link RejectedExecutionException}).
     */
    void failed(Throwable failure);
  }

  /** A runner whose threads are named after no application. */
  public HandlerRunner(HandlerPolicy policy) {
    this(policy, "");
  }

  /**
   * @param name what the threads are named after: the application, short (a class's simple name);
   *     empty for none
   */
  public HandlerRunner(HandlerPolicy policy, String name) {
    this.policy = policy;
    this.repeats = new RepeatWindow(policy.repeatWindow(), policy.repeatCapacity());
    this.deadlineNanos = policy.handlerDeadline().toNanos();
    this.name = name;
  }

  /**
   * Names the threads started from now on after where the application is deployed too
   * ({@code wcs-hooks-handler-<name>@<place>-<n>}): two copies of one WAR in a servlet container
   * would otherwise have threads of the same names, and a thread dump could not tell whose is whose.
   *
   * @param where e.g. the servlet context path; empty for no place
   */
  public synchronized void deployedAt(String where) {
    this.place = where;
  }

  /** The application's name and its place, as the threads are named: {@code <name>@<place>}, or less. */
  private String label() {
    return place.isEmpty() ? name : name + "@" + place;
  }

  /**
   * The pool and its deadline keeper, started by the first call that needs them; null without a
   * deadline.
   *
   * @throws Stopped after {@link #close()}, when no pool ran before it
   */
  private Workers workers() {
    Workers current = workers;
    return current != null || deadlineNanos == 0 ? current : start();
  }

  private synchronized Workers start() {
    if (workers == null) {
      if (closed) {
        throw new Stopped();
      }
      int threads = policy.handlerThreads();
      // Waiting calls queue up to 16 per thread; beyond that a call is refused at once (503 or echo).
      String label = label();
      HandlerThreads factory = new HandlerThreads(
          label.isEmpty() ? "wcs-hooks-handler-" : "wcs-hooks-handler-" + label + "-", handlerCount);
      ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(threads * 16), factory);
      pool.allowCoreThreadTimeOut(true);
      workers = new Workers(pool, factory, new Deadlines(deadlineNanos, threads + threads * 16,
          label.isEmpty() ? "wcs-hooks-deadlines" : "wcs-hooks-deadlines-" + label));
    }
    return workers;
  }

  /**
   * Lets the pool start again after {@link #close()} (with the next call): Jersey reloading an
   * application shuts the old one down and starts the new one, which runs its calls on this same
   * runner.
   */
  public synchronized void open() {
    closed = false;
    Workers current = workers;
    if (current != null && current.pool().isShutdown()) {
      workers = null;
    }
  }

  public HandlerPolicy policy() {
    return policy;
  }

  /** Records the call; whether the same hook got the same body within the repeat window. */
  public boolean isRepeat(String hook, byte[] body) {
    return repeats.check(hook, body);
  }

  /**
   * Runs a handler and returns its result, or throws what it threw.
   *
   * @throws TimeoutException when the deadline passed first (the handler's thread is interrupted)
   * @throws RejectedExecutionException when the pool and its queue are full
   */
  public <T> T run(Callable<T> handler) throws Exception {
    Workers current = workers();
    if (current == null) {
      return handler.call();
    }
    Future<T> future;
    try {
      future = current.pool().submit(handler);
    } catch (RejectedExecutionException e) {
      throw current.pool().isShutdown() ? new Stopped() : e;
    }
    try {
      return future.get(deadlineNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Runs a handler on the pool without waiting for it (the caller's thread goes on at once): the
   * completion gets its result, or its failure, or a {@link TimeoutException} at the deadline
   * (then the handler's thread is interrupted and its result discarded). Without a deadline the
   * handler runs on the calling thread.
   */
  public <T> void submit(Callable<T> handler, Completion<T> completion) {
    Workers current;
    try {
      current = workers();
    } catch (Stopped e) {
      completion.failed(e);
      return;
    }
    if (current == null) {
      T result;
      try {
        result = handler.call();
      } catch (Exception | Error e) {
        completion.failed(e);
        return;
      }
      completion.done(result);
      return;
    }
    AtomicBoolean ended = new AtomicBoolean();
    FutureTask<T> task = new FutureTask<>(handler) {
      @Override
      protected void done() {
        if (isCancelled() || !ended.compareAndSet(false, true)) {
          return;
        }
        T result;
        try {
          result = get();
        } catch (ExecutionException e) {
          completion.failed(e.getCause());
          return;
        } catch (InterruptedException | CancellationException e) {
          completion.failed(e);
          return;
        }
        completion.done(result);
      }
    };
    Deadlines.Deadline deadline;
    try {
      deadline = current.deadlines().start(() -> {
        if (ended.compareAndSet(false, true)) {
          task.cancel(true);
          // Expired early by close(): the pool stops with the handler still running.
          completion.failed(current.pool().isShutdown()
              ? new Stopped("the handler pool stopped before the handler returned")
              : new TimeoutException("the handler missed its deadline"));
        }
      });
    } catch (RejectedExecutionException e) {
      if (ended.compareAndSet(false, true)) {
        completion.failed(e);
      }
      return;
    }
    try {
      current.pool().execute(new Queued(() -> {
        try {
          task.run();
        } finally {
          current.deadlines().end(deadline);
        }
      }, () -> {
        current.deadlines().end(deadline);
        if (ended.compareAndSet(false, true)) {
          completion.failed(new Stopped());
        }
      }));
    } catch (RejectedExecutionException e) {
      current.deadlines().end(deadline);
      if (ended.compareAndSet(false, true)) {
        completion.failed(current.pool().isShutdown() ? new Stopped() : e);
      }
    }
  }

  /**
   * Stops the pool: running handlers are interrupted, and the calls still queued for a handler
   * thread, or whose handler has not returned, get their failure ({@link Stopped}) instead of never
   * being answered. Returns once the
   * threads have ended, or after {@link #STOP_WAIT} if a handler ignores its interrupt: a servlet
   * container checks for the application's threads right after it stops it, and a WAR redeployed
   * with its threads still alive keeps its class loader.
   */
  @Override
  public synchronized void close() {
    closed = true;
    Workers current = workers;
    if (current != null) {
      for (Runnable dropped : current.pool().shutdownNow()) {
        if (dropped instanceof Queued queued) {
          queued.dropped.run();
        }
      }
      if (current.threads().isOurs(Thread.currentThread())) {
        current.deadlines().close();
        return; // a handler stopping its own application: it cannot wait for itself
      }
      try {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        current.pool().awaitTermination(STOP_WAIT.toNanos(), TimeUnit.NANOSECONDS);
        // The pool counts as terminated while its last thread is still returning: wait for the threads.
        current.threads().joinAll(deadline);
        // The handlers were interrupted; those still running now (one that ignores its interrupt may
        // never return) are answered here, since the deadline keeper that would answer them stops.
        current.deadlines().expireAll();
        current.deadlines().close();
        current.deadlines().awaitStop(Math.max(0, deadline - System.nanoTime()));
      } catch (InterruptedException e) {
        current.deadlines().expireAll();
        current.deadlines().close();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How long {@link #close()} waits for the handler threads to end. */
  static final Duration STOP_WAIT = Duration.ofSeconds(5);

  /** A call's handler was still queued, or still running, when the pool stopped. */
  public static final class Stopped extends RejectedExecutionException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      this("the handler pool stopped before the handler ran");
    }

    Stopped(String message) {
      super(message);
    }
  }

  /** A handler's run as queued on the pool, and what to do if the pool stops before running it. */
  private static final class Queued implements Runnable {
    private final Runnable run;
    private final Runnable dropped;

    Queued(Runnable run, Runnable dropped) {
      this.run = run;
      this.dropped = dropped;
    }

    @Override
    public void run() {
      run.run();
    }
  }

  private static final class HandlerThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count;

    HandlerThreads(String prefix, AtomicInteger count) {
      this.prefix = prefix;
      this.count = count;
    }

    /** The threads started and maybe still alive (idle ones end after 30 s; the dead are dropped as new ones start). */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      started.removeIf(t -> !t.isAlive() && t.getState() == Thread.State.TERMINATED);
      started.add(thread);
      return thread;
    }

    boolean isOurs(Thread thread) {
      return started.contains(thread);
    }

    /** Waits for every thread started to end, until {@code deadline} (System.nanoTime()). */
    void joinAll(long deadline) throws InterruptedException {
      for (Thread thread : started) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }
}
