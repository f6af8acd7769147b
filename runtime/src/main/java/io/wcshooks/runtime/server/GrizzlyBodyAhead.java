package io.wcshooks.runtime.server;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.ReadAheadBudget;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Reads a request's body before any handler, as it comes, without a thread waiting for it: the
 * pieces the codec passes up are kept here, and the request goes on to Grizzly's server filter,
 * which starts its handler, only once the body has come in full (with the body as one piece, so
 * the handler's stream reads it without waiting), or more than the most read ahead of it. A
 * handler that read it as it came, with Grizzly's blocking stream (Jersey's container does, and the
 * fast path for a chunked body), held a worker for as long as the client took to send it: as many
 * clients as the server has workers, each sending half a body, left none to answer WCS.
 *
 * <p>A body that stops coming is answered here once the idle timeout has passed: a JSON 400, the
 * connection closed (the rest may still come; it is no request of its own). A client that goes
 * away leaves nothing behind, and nothing is logged. A chunk the codec refuses is answered by the
 * codec (a 400, the connection closed); it goes no further, as no handler has the request.
 *
 * <p>A request that expects {@code 100 Continue} goes on at once: its client sends the body only
 * once Grizzly's handler has acknowledged it, which it does when it starts. So does one whose
 * declared length is past the most read ahead.
 */
final class GrizzlyBodyAhead extends AfterHttpCodec implements AutoCloseable {
  /** The body read so far of the request being read ahead, on its header (which Grizzly reuses, its attributes cleared). */
  private static final Attribute<Ahead> AHEAD =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(GrizzlyBodyAhead.class.getName() + ".ahead");
  /** The same, on the connection: to let go of it when the client leaves. */
  private static final Attribute<Ahead> WAITING =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(GrizzlyBodyAhead.class.getName() + ".waiting");

  private final int maxBytes;
  private final ErrorBodies errors = new ErrorBodies(new HookJson(JsonLimits.DEFAULTS));
  /** Ends the waits for bodies that stop coming; one thread, idle unless a body is late. */
  private final ScheduledThreadPoolExecutor deadlines;

  private final ReadAheadBudget budget;

  /**
   * @param maxBytes the most of a body read ahead: past it, the request goes on with what came
   * @param budget what all bodies read ahead may hold together: past it, a body is refused
   */
  GrizzlyBodyAhead(int maxBytes, ReadAheadBudget budget) {
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "wcs-hooks-body-deadlines");
      // Never what keeps a JVM alive: the server's own threads do that while it runs.
      thread.setDaemon(true);
      return thread;
    });
    deadlines.setRemoveOnCancelPolicy(true);
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    if (!(ctx.getMessage() instanceof HttpContent content)
        || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
      return ctx.getInvokeAction();
    }
    Ahead ahead = AHEAD.get(request);
    if (ahead == null) {
      // The request's first piece, which came with its head: all of it at once, as WCS sends it, the
      // usual case. A declared length past the most read ahead goes on too: it is refused from its
      // head (a 413 the client may wait for before it sends the body), or read on by Jersey.
      if (content.isLast() || HttpContent.isBroken(content) || request.requiresAcknowledgement()
          || request.getContentLength() > maxBytes || content.getContent().remaining() > maxBytes) {
        AHEAD.set(request, Ahead.HANDED_ON);
        return ctx.getInvokeAction();
      }
      ahead = new Ahead(request, ctx.copy());
      // Its first piece holds the budget as any other would (up to the most read ahead came with the head).
      if (!keep(ctx, request, ahead, content.getContent())) {
        AHEAD.set(request, Ahead.HANDED_ON);
        return ctx.getStopAction();
      }
      AHEAD.set(request, ahead);
      WAITING.set(ctx.getConnection(), ahead);
      try {
        Ahead waiting = ahead;
        ahead.deadline = deadlines.schedule(() -> late(waiting), WcsHookServer.IDLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (RejectedExecutionException e) {
        // The server is stopping: the connection goes with it.
      }
      return ctx.getStopAction();
    }
    if (ahead == Ahead.HANDED_ON) {
      return ctx.getInvokeAction();
    }
    synchronized (ahead) {
      if (ahead.over) {
        // Answered as late, or refused by the codec: what still comes is dropped, the connection closing.
        return ctx.getStopAction();
      }
      if (HttpContent.isBroken(content)) {
        // The codec has answered its 400, closing the connection; no handler has the request.
        end(ctx.getConnection(), ahead);
        return ctx.getStopAction();
      }
      if (!keep(ctx, request, ahead, content.getContent())) {
        return ctx.getStopAction();
      }
      if (!content.isLast() && ahead.length <= maxBytes) {
        return ctx.getStopAction();
      }
      end(ctx.getConnection(), ahead);
      AHEAD.set(request, Ahead.HANDED_ON);
      // The server filter takes it for the request's first piece: it starts the handler with it. A
      // chunked body's trailer fields are not handed on: nothing that answers a hook reads them.
      ctx.setMessage(HttpContent.create(request, content.isLast(),
          Buffers.wrap(ctx.getMemoryManager(), ahead.bytes, 0, ahead.length)));
      return ctx.getInvokeAction();
    }
  }

  /**
   * Copies {@code piece} into what was read of the body, after taking from the budget the room it
   * needs; false if there was none, the request refused with a 503 and its connection closing. The
   * pieces are copied, not kept: a body sent as one-byte chunks kept as Grizzly's buffers held
   * some 75 bytes of heap for each byte the budget counted.
   */
  private boolean keep(FilterChainContext ctx, HttpRequestPacket request, Ahead ahead, Buffer piece) {
    int size = piece != null ? piece.remaining() : 0;
    int needed = ahead.length + size;
    if (needed > ahead.bytes.length) {
      long declared = request.getContentLength();
      // Room for the whole declared length at once, as on Jetty: a body never finds the room it took
      // itself. A chunked body's room doubles as it comes.
      int reserve = (int) Math.max(needed, Math.min(declared >= 0 ? declared : 2L * ahead.bytes.length + 1024,
          maxBytes + 1L));
      int charge = ReadAheadBudget.charged(reserve) - ReadAheadBudget.charged(ahead.bytes.length);
      if (!budget.take(charge)) {
        // Grizzly reads what a client sends whether or not anyone reads it on (600 clients each
        // sending 1 MB and stopping ran a 256 MB heap out of memory): past the budget, a body that
        // is not the usual few KB is refused, and its connection closed, what it held let go.
        end(ctx.getConnection(), ahead);
        answerAndClose(ctx, request, HttpStatus.SERVICE_UNAVAILABLE_503,
            errors.body(503, "too many bodies are coming in at once; try again later"));
        return false;
      }
      ahead.taken += charge;
      ahead.bytes = Arrays.copyOf(ahead.bytes, reserve);
    }
    if (size > 0) {
      piece.get(ahead.bytes, ahead.length, size);
      ahead.length = needed;
    }
    return true;
  }

  /** A client that leaves mid-body: its wait ends here, unanswered. */
  @Override
  public NextAction handleClose(FilterChainContext ctx) throws IOException {
    Ahead ahead = WAITING.get(ctx.getConnection());
    if (ahead != null) {
      synchronized (ahead) {
        end(ctx.getConnection(), ahead);
      }
    }
    return ctx.getInvokeAction();
  }

  /** Ends a wait, the caller holding the lock of {@code ahead}. */
  private void end(Connection<?> connection, Ahead ahead) {
    ahead.over = true;
    // From here on what was read is the handler's to hold, or nobody's.
    budget.give(ahead.taken);
    ahead.taken = 0;
    if (ahead.deadline != null) {
      ahead.deadline.cancel(false);
    }
    WAITING.remove(connection);
  }

  /** The idle timeout passed with the body still incomplete: a JSON 400, and the connection closed. */
  private void late(Ahead ahead) {
    FilterChainContext ctx = ahead.ctx;
    Connection<?> connection = ctx.getConnection();
    synchronized (ahead) {
      if (ahead.over) {
        return;
      }
      end(connection, ahead);
    }
    answerAndClose(ctx, ahead.request, HttpStatus.BAD_REQUEST_400,
        errors.body(400, HookCalls.INCOMPLETE_BODY));
  }

  /** Stops the deadlines' thread (the server is stopping: its connections go with it). */
  @Override
  public void close() {
    deadlines.shutdownNow();
  }

  /** What has come of one request's body while it is read ahead. */
  private static final class Ahead {
    /** Marks a request that went on to its handler: its further pieces go there too. */
    static final Ahead HANDED_ON = new Ahead(null, null);
    private static final byte[] NOTHING = {};

    final HttpRequestPacket request;
    /** The request's context, kept to answer on it from the deadline's thread. */
    final FilterChainContext ctx;
    volatile ScheduledFuture<?> deadline;
    /** The body so far, in the room it has (its first {@value ReadAheadBudget#FREE_BYTES} bytes free), and what that holds of the budget. */
    byte[] bytes = NOTHING;
    int length;
    int taken;
    /** Whether the wait is over: the body went on, or was refused or answered late, or the client left. */
    boolean over;

    Ahead(HttpRequestPacket request, FilterChainContext ctx) {
      this.request = request;
      this.ctx = ctx;
    }
  }
}
