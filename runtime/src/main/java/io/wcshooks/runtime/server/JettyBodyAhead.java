package io.wcshooks.runtime.server;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body before anything reads it with a blocking stream, without a thread waiting
 * for it: Jetty calls back as the body comes. A thread that waited in a blocking read was the
 * client's for as long as it took to send the body, so as many clients as the server has threads,
 * each sending half a body (or a byte a second), left none to answer WCS.
 *
 * <p>Then the request goes on with its body as it was read: whole (the usual case, one chunk that
 * came with the head, handed on as it is), or, when it is larger than the most to read ahead or
 * broke off, the part read followed by the rest of the original, which the next reader finds as it
 * would have (past a limit, it stops there; a failure, it gets).
 */
final class JettyBodyAhead implements Runnable {
  private final Request request;
  private final int maxBytes;
  private final ReadAheadBudget budget;
  private final Consumer<Request> then;
  /** What came of the body in more than one chunk, copied: a chunk kept would hold a network buffer. */
  private byte[] read = new byte[0];
  private int length;
  /** Whether the copy holds the body's end. */
  private boolean last;
  /** What this body holds of the budget: the size of its copy. */
  private int taken;
  /** A chunk read when the budget had no room for it, kept until it has. */
  private Content.Chunk parked;
  /** Whether a chunk is parked: the budget's room and the request's failure race to take it. */
  private final AtomicBoolean waiting = new AtomicBoolean();
  private boolean failureListened;

  private JettyBodyAhead(Request request, int maxBytes, ReadAheadBudget budget, Consumer<Request> then) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.then = then;
  }

  /**
   * Calls {@code then} with the request once its body has come in full, or more than {@code maxBytes}
   * of it, or it broke off (at once when that is already so), from the thread that read its last
   * part, or from another one when the body needed a callback. While the budget has no room for
   * more, the body waits where it is (see {@link #park}).
   */
  static void read(Request request, int maxBytes, ReadAheadBudget budget, Consumer<Request> then) {
    new JettyBodyAhead(request, maxBytes, budget, then).readAvailable(true);
  }

  /** Jetty's callback once more of the body has come. */
  @Override
  public void run() {
    readAvailable(false);
  }

  private void readAvailable(boolean inHandler) {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        handOn(replaying(chunk), inHandler);
        return;
      }
      if (chunk.isLast() && length == 0) {
        // All of it in one chunk: handed on as it is, not copied.
        handOn(replaying(chunk), inHandler);
        return;
      }
      int capacity = capacityFor(chunk);
      int charge = ReadAheadBudget.charged(capacity) - ReadAheadBudget.charged(read.length);
      if (charge > 0 && !budget.take(charge)) {
        park(chunk, capacity, charge);
        return;
      }
      if (copy(chunk, capacity, charge)) {
        handOn(copied(), inHandler);
        return;
      }
    }
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
   * in the network), until the budget has that room or the request fails (the idle timeout, the
   * client gone): no thread waits, and no more memory is held than the chunk.
   */
  private void park(Content.Chunk chunk, int capacity, int charge) {
    parked = chunk;
    waiting.set(true);
    if (!failureListened) {
      failureListened = true;
      // Jetty tells a request's failure to its listeners when no read is pending, as none is here.
      request.addFailureListener(failure -> {
        if (waiting.compareAndSet(true, false)) {
          parked.release();
          parked = null;
          handOn(replaying(Content.Chunk.from(failure, true)), false);
        }
      });
    }
    budget.whenRoom(charge, () -> dispatch(() -> unpark(capacity, charge)));
  }

  /** With {@code charge} taken from the budget for the parked chunk. */
  private void unpark(int capacity, int charge) {
    if (!waiting.compareAndSet(true, false)) {
      // The request failed meanwhile, and was handed on then.
      budget.give(charge);
      return;
    }
    Content.Chunk chunk = parked;
    parked = null;
    if (copy(chunk, capacity, charge)) {
      handOn(copied(), false);
      return;
    }
    readAvailable(false);
  }

  private void handOn(Request body, boolean inHandler) {
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
    dispatch(() -> then.accept(body));
  }

  private void dispatch(Runnable task) {
    try {
      request.getComponents().getThreadPool().execute(task);
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
