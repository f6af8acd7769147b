package io.wcshooks.runtime.server;

import io.wcshooks.runtime.fastpath.HookExchange;
import io.wcshooks.runtime.http.BoundedBody;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Answers on Jetty given without reading the request's body (a refusal, a 413, Jersey's 404 for an
 * unknown path, Jetty's own 400s): the body is read and dropped, before the answer or, where a
 * client may wait for the answer before it sends the rest (a hook call refused from its head), after
 * it, so that a client that sends all of it before it reads the answer gets the answer and can send
 * its next call on the same connection. Jetty would otherwise close a connection with body bytes
 * still on their way (a reset that may lose the answer) or leave them unread for the next call.
 */
final class JettyDrain {
  /**
   * The largest declared body read only to be dropped; past it the connection closes. A chunked
   * body is drained to its end (reading it costs no thread; the idle timeout, and the deadline of
   * {@link #drain}, still apply).
   */
  static final long LIMIT = HookExchange.DRAIN_LIMIT;

  private JettyDrain() {}

  /**
   * Reads and drops the unread body of a request about to be answered without it, when it is not
   * too large (see {@link #drainable}), then runs {@code answer}: a client sends the whole body
   * before it reads the answer, and an answer written first, then the connection closed or handed
   * on with body bytes unread, loses the answer (a reset) or the client's next call. No thread
   * waits for the body: a client that sends it slowly, or stops, held one until the idle timeout,
   * and as many such clients as the server has threads (any client: a path outside the base path,
   * a call refused from its head) left none to answer WCS. {@code answer} runs on the thread that
   * read the body's end, or at once.
   */
  static void dropBody(Request request, Response response, Runnable answer) {
    if (!drainable(request, response)) {
      answer.run();
      return;
    }
    drain(request, Callback.from(answer, broken -> {
      // The body is broken, late, or the client went away: the answer is written anyway, the connection closes.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      answer.run();
    }));
  }

  /**
   * Reads the request's body to its end, with no thread waiting, then completes {@code drained}:
   * failed when the body broke off or has not ended {@value WcsHookServer#IDLE_TIMEOUT_SECONDS} s
   * from now, as a body read ahead (else a client sending a byte now and then kept its connection
   * for as long as it liked).
   */
  private static void drain(Request request, Callback drained) {
    Scheduler.Task deadline = BodyDeadline.start(request, () -> request.fail(BodyDeadline.late()));
    Content.Source.consumeAll(request, Callback.from(() -> {
      deadline.cancel();
      drained.succeeded();
    }, failure -> {
      deadline.cancel();
      drained.failed(failure);
    }));
  }

  /**
   * The callback to complete a request answered before its body was read with: once the answer is
   * out, the rest of the body is read and dropped (no thread waits for it), then {@code done}
   * completes. So a client that waits for the answer before it sends on (or never sends the rest)
   * gets it at once, and one that sends its whole body first can send its next call on the same
   * connection. A body that is not {@linkplain #drainable drainable} is not read: the answer says
   * {@code Connection: close}. Not for a client that waits for {@code 100 Continue}: it sends the
   * body only when a read asks for it, so its body is read before the answer ({@link #dropBody}).
   */
  static Callback dropBodyAfter(Request request, Response response, Callback done) {
    if (!drainable(request, response)) {
      return done;
    }
    // A body that breaks off ends the drain all the same: the answer is out, and Jetty closes a
    // connection whose request it could not read to the end.
    return Callback.from(() -> drain(request, Callback.from(done::succeeded, broken -> done.succeeded())), done::failed);
  }

  /**
   * The request as Jersey is to see it when its body is dropped after the answer
   * ({@link #dropBodyAfter}): Jersey closes the body's stream unread once it has answered, which
   * fails the request's content, and Jetty then answers with {@code Connection: close} and closes
   * the connection with the rest of the body on its way (a reset that may lose the answer).
   */
  static Request keepingBody(Request request) {
    return new Request.Wrapper(request) {
      @Override
      public void fail(Throwable failure) {
        // Left to the drain after the answer, which reads the rest or finds it broken.
      }
    };
  }

  /** Whether the client sends its body only once a read asks for it ({@code Expect: 100-continue}). */
  static boolean expectsContinue(Request request) {
    return request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
  }

  /**
   * The request with its body read in full, for a consumer that may answer without reading it
   * (Jersey); a body declared larger than {@code limit} is left as it is, and the answer closes the
   * connection; null for a chunked body found larger than that (the caller answers 413).
   *
   * @param limit the most read: {@link #LIMIT}, or the application's body limit when that is larger
   *     (a body within it is one the application reads anyway)
   */
  static Request readFirst(Request request, Response response, long limit) throws IOException {
    long length = request.getLength();
    if (length == 0) {
      return request;
    }
    if (length > limit) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      return request;
    }
    byte[] read = BoundedBody.read(Content.Source.asInputStream(request), (int) limit, length);
    if (read == null) {
      return null;
    }
    return new Request.Wrapper(request) {
      private Content.Chunk next = Content.Chunk.from(ByteBuffer.wrap(read), true);

      @Override
      public Content.Chunk read() {
        Content.Chunk chunk = next;
        next = Content.Chunk.EOF;
        return chunk;
      }

      @Override
      public void demand(Runnable demandCallback) {
        demandCallback.run();
      }

      @Override
      public long getLength() {
        return read.length;
      }
    };
  }

  /**
   * Whether the body of a request answered before it was read can be drained; when it cannot, the
   * answer says {@code Connection: close}, so that the client does not send on.
   */
  static boolean drainable(Request request, Response response) {
    long length = request.getLength();
    if (length <= LIMIT) {
      return true;
    }
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    return false;
  }
}
