package io.wcshooks.runtime.server;

import io.wcshooks.runtime.http.ReadAheadBudget;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's body before anything reads it with a blocking stream, without a thread waiting
 * for it: Jetty calls back as the body comes. A thread that waited in a blocking read was the
 * client's for as long as it took to send the body, so as many clients as the server has threads,
 * each sending half a body (or a byte a second), left none to answer WCS.
 *
 * <p>Then the request goes on with its body as it was read: whole (the usual case, one chunk that
 * came with the head, handed on as it is), or, when it is larger than the most to read ahead or
 * broke off, the part read followed by the rest of the original, which the next reader finds as it
 * would have (past a limit, it stops there; a failure, it gets). A body not in full within the idle
 * timeout of its head goes on as a failure too: a client sending a byte now and then is never idle.
 */
final class JettyBodyAhead implements Runnable {
  /** The copy before anything is copied: most bodies never need one. */
  private static final byte[] NOTHING = new byte[0];

  private final Request request;
  private final int maxBytes;
  private final ReadAheadBudget budget;
  private final Consumer<Request> then;
  /** What came of the body in more than one chunk, copied: a chunk kept would hold a network buffer. */
  private byte[] read = NOTHING;
  private int length;
  /** Whether the copy holds the body's end. */
  private boolean last;
  /** What this body holds of the budget: the size of its copy. */
  private int taken;
  /*
   * The rest is guarded by this object's monitor: Jetty's demand callback, the budget's room, the
   * request's failure and the deadline race to end the wait, and only the first one does.
   */
  /** Whether the request was handed on: nothing here reads it any more. */
  private boolean over;
  /** A chunk read when the budget had no room for it, kept until it has. */
  private Content.Chunk parked;
  private boolean failureListened;
  /** The parked chunk's place in the budget's queue. */
  private Runnable roomTask;
  /** Ends the wait for a body that keeps coming too slowly to end (a byte now and then). */
  private Scheduler.Task deadline;

  private JettyBodyAhead(Request request, int maxBytes, ReadAheadBudget budget, Consumer<Request> then) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.then = then;
  }

  /**
   * Calls {@code then} with the request once its body has come in full, or more than {@code maxBytes}
   * of it, or it broke off, or it did not come in full within {@value WcsHookServer#IDLE_TIMEOUT_SECONDS} s
   * (then with that failure), at once when that is already so, else from another thread. While the
   * budget has no room for more, the body waits where it is (see {@link #park}).
   */
  static void read(Request request, int maxBytes, ReadAheadBudget budget, Consumer<Request> then) {
    JettyBodyAhead ahead = new JettyBodyAhead(request, maxBytes, budget, then);
    ahead.handOn(ahead.readAvailable(), true);
  }

  /** Jetty's callback once more of the body has come. */
  @Override
  public void run() {
    handOn(readAvailable(), false);
  }

  /** The request to hand on once its body has come, or null while it has not (a callback will come). */
  private synchronized Request readAvailable() {
    while (!over) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        startDeadline();
        request.demand(this);
        return null;
      }
      if (Content.Chunk.isFailure(chunk)) {
        return end(replaying(chunk));
      }
      if (length == 0 && (chunk.isLast() || chunk.remaining() == request.getLength())) {
        // All of it in one chunk: handed on as it is, not copied. Jetty gives a sized body's bytes
        // in a chunk that is not the last (the end comes as a chunk of its own, at the next read),
        // so its length says it is whole: else every body WCS sends was copied once more.
        return end(replaying(chunk));
      }
      int capacity = capacityFor(chunk);
      int charge = ReadAheadBudget.charged(capacity) - ReadAheadBudget.charged(read.length);
      if (charge > 0 && !budget.take(charge)) {
        park(chunk, capacity, charge);
        return null;
      }
      if (copy(chunk, capacity, charge)) {
        return end(copied());
      }
    }
    return null;
  }

  /**
   * The whole body gets as long as a body that stops coming (the idle timeout, between two reads):
   * else a client sending a byte now and then, never idle long enough, held its connection and its
   * share of the budget for as long as it liked. Started when the body does not come with the head.
   */
  private void startDeadline() {
    if (deadline == null) {
      deadline = BodyDeadline.start(request, this::late);
    }
  }

  /** The deadline passed with the body still incomplete: handed on with that failure, a 400 for whoever reads it. */
  private void late() {
    Request failed;
    synchronized (this) {
      if (over) {
        return;
      }
      unpark();
      failed = end(replaying(Content.Chunk.from(BodyDeadline.late(), true)));
    }
    handOn(failed, false);
  }

  /** {@code body}, once nothing here will read the request any more. */
  private Request end(Request body) {
    over = true;
    if (deadline != null) {
      deadline.cancel();
    }
    return body;
  }

  /** The copy's size for a chunk: as it is, or grown to the declared length or twice as large, never past the most read ahead. */
  private int capacityFor(Content.Chunk chunk) {
    int needed = length + chunk.remaining();
    if (needed <= read.length) {
      return read.length;
    }
    long declared = request.getLength();
    long target = declared >= 0 ? declared : 2L * read.length + 1024;
    return (int) Math.max(needed, Math.min(target, maxBytes + 1L));
  }

  /** Copies a chunk into the copy grown to {@code capacity} ({@code charge} taken from the budget) and releases it; whether the body is read as far as it will be. */
  private boolean copy(Content.Chunk chunk, int capacity, int charge) {
    taken += charge;
    if (capacity > read.length) {
      read = Arrays.copyOf(read, capacity);
    }
    ByteBuffer data = chunk.getByteBuffer();
    int size = data.remaining();
    data.get(read, length, size);
    length += size;
    last = chunk.isLast();
    chunk.release();
    return last || length > maxBytes;
  }

  /** The request with what was copied of its body, then what the original has left. */
  private Request copied() {
    return replaying(Content.Chunk.from(ByteBuffer.wrap(read, 0, length), last));
  }

  /**
   * Keeps a chunk the budget has no room for, reading no further (the client's further bytes wait
   * in the network), until the budget has that room, the request fails (the idle timeout, the
   * client gone) or the deadline passes: no thread waits, and no more memory is held than the chunk.
   */
  private void park(Content.Chunk chunk, int capacity, int charge) {
    parked = chunk;
    startDeadline();
    if (!failureListened) {
      failureListened = true;
      // Jetty tells a request's failure to its listeners when no read is pending, as none is here.
      request.addFailureListener(this::failed);
    }
    // Taken now: the task may run after the request ended (its wait ended otherwise), when Jetty has
    // let go of it and its components can no longer be asked for.
    Executor pool = request.getComponents().getExecutor();
    roomTask = () -> {
      try {
        pool.execute(() -> handOn(withRoom(capacity, charge), false));
      } catch (RejectedExecutionException e) {
        // The server is stopping. Not run here instead: the thread giving room back may hold another
        // body's monitor while this one's holder gives room to it, and the two would wait for each
        // other. The body waits on for the failure the stop brings (or its deadline).
        budget.give(charge);
      }
    };
    budget.whenRoom(charge, roomTask);
  }

  /** With {@code charge} taken from the budget for the parked chunk: the request to hand on, or null. */
  private synchronized Request withRoom(int capacity, int charge) {
    if (parked == null) {
      // The wait ended meanwhile (a failure, the deadline), and the request was handed on then.
      budget.give(charge);
      return null;
    }
    Content.Chunk chunk = parked;
    parked = null;
    return copy(chunk, capacity, charge) ? end(copied()) : readAvailable();
  }

  /** The request failed: if its body was waiting for room, nothing else will tell it. */
  private void failed(Throwable failure) {
    Request failed;
    synchronized (this) {
      if (parked == null) {
        // Reading or over: a read finds the failure.
        return;
      }
      unpark();
      failed = end(replaying(Content.Chunk.from(failure, true)));
    }
    handOn(failed, false);
  }

  /** Lets go of a parked chunk, if any, and of its place in the budget's queue: the wait ended without room for it. */
  private void unpark() {
    if (parked != null) {
      parked.release();
      parked = null;
      // Else it held this body (its copy) until room came; if the budget has run it already, it gives the room back.
      budget.forget(roomTask);
      roomTask = null;
    }
  }

  /** Hands {@code body} on, if the body has come ({@code body} is not null). */
  private void handOn(Request body, boolean inHandler) {
    if (body == null) {
      return;
    }
    // From here on what was read is the request's to hold while it is answered.
    budget.give(taken);
    taken = 0;
    if (inHandler) {
      then.accept(body);
      return;
    }
    // Not in Jetty's demand callback: Jetty runs the request's next one only once this one has
    // returned, so a reader that blocks there for the rest of the body (past the most read ahead)
    // waited for a callback its own thread held back, until the idle timeout.
    dispatch(request.getComponents().getExecutor(), () -> then.accept(body));
  }

  private static void dispatch(Executor pool, Runnable task) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      // The server is stopping: its threads are going, this one is here.
      task.run();
    }
  }

  /** The request, its body starting with {@code first}, then what the original has left. */
  private Request replaying(Content.Chunk first) {
    return new Request.Wrapper(request) {
      private Content.Chunk next = first;

      @Override
      public Content.Chunk read() {
        Content.Chunk chunk = next;
        if (chunk == null) {
          return super.read();
        }
        // A failure stays, as the original's do: every later read finds it.
        if (!Content.Chunk.isFailure(chunk)) {
          next = null;
        }
        return chunk;
      }

      @Override
      public void demand(Runnable demandCallback) {
        if (next != null) {
          demandCallback.run();
        } else {
          super.demand(demandCallback);
        }
      }
    };
  }
}
