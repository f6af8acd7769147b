package io.wcshooks.runtime.server;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
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
  private final Consumer<Request> then;
  /** What came of the body in more than one chunk, copied: a chunk kept would hold a network buffer. */
  private byte[] read = new byte[0];
  private int length;

  private JettyBodyAhead(Request request, int maxBytes, Consumer<Request> then) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.then = then;
  }

  /**
   * Calls {@code then} with the request once its body has come in full, or more than {@code maxBytes}
   * of it, or it broke off (at once when that is already so), from the thread that read its last
   * part, or from another one when the body needed a callback.
   */
  static void read(Request request, int maxBytes, Consumer<Request> then) {
    new JettyBodyAhead(request, maxBytes, then).readAvailable(true);
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
      ByteBuffer data = chunk.getByteBuffer();
      int size = data.remaining();
      if (length + size > read.length) {
        // Grown to what is needed, never past the most read ahead plus the chunk that passes it.
        read = Arrays.copyOf(read, Math.max(length + size, (int) Math.min(2L * read.length + 1024, maxBytes + 1L)));
      }
      data.get(read, length, size);
      length += size;
      boolean last = chunk.isLast();
      chunk.release();
      if (last || length > maxBytes) {
        handOn(replaying(Content.Chunk.from(ByteBuffer.wrap(read, 0, length), last)), inHandler);
        return;
      }
    }
  }

  private void handOn(Request body, boolean inHandler) {
    if (inHandler) {
      then.accept(body);
      return;
    }
    // Not in Jetty's demand callback: Jetty runs the request's next one only once this one has
    // returned, so a reader that blocks there for the rest of the body (past the most read ahead)
    // waited for a callback its own thread held back, until the idle timeout.
    try {
      request.getComponents().getThreadPool().execute(() -> then.accept(body));
    } catch (RejectedExecutionException e) {
      // The server is stopping: its threads are going, this one is here.
      then.accept(body);
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
