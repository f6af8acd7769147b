package io.wcshooks.runtime.servlet;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.ReadAheadBudget;
import io.wcshooks.runtime.server.WcsHookServer;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a request's body before the fast path or Jersey sees it, without a container thread
 * waiting for a client that sends it slowly. A servlet that read it as it came held a thread for
 * as long as the client took: 230 clients that each sent a tenth of a body and stopped left a
 * normal call unanswered for 58 s on Tomcat (its 200 threads all waiting), 28 s on Jetty.
 *
 * <p>What has come with the head (every body WCS sends) is read at once, without waiting, and
 * the request goes on as it was. Only a body still on its way is read asynchronously, as it comes;
 * once it is whole the request is dispatched again, with the body it brought. One that has not
 * come in full {@value WcsHookServer#IDLE_TIMEOUT_SECONDS} s after its head gets a JSON 400 and its
 * connection is closed, as on the embedded server; so does one that breaks off (the client closed
 * its side, or the container's own read timeout passed first: Tomcat's {@code connectionTimeout},
 * 20 s in its stock {@code server.xml}), even where the call would have been refused from its head.
 *
 * <p>A body that declares a length is read ahead when that length is within the limit: one over
 * it is refused from its head (a 413 the client may wait for before it sends anything). A chunked
 * body, which WCS never sends but anyone may, is read ahead up to one byte past the limit: one that
 * ends within it goes on whole; one that does not goes on with what was read, the rest left unread,
 * and is refused with a 413 (or whatever its path gets first) on a connection that then closes. A
 * client that waits for {@code 100 Continue} gets it from the container as the body is first read
 * (Tomcat and Jetty both send it for a read listener), so its body too is read ahead. A form's body
 * (whose parameters the container parses from its own stream) is read by the container's stream.
 */
final class ServletBodyAhead implements ReadListener, AsyncListener {
  /** The request attribute that carries a body read ahead into the request's second dispatch. */
  private static final String READ = ServletBodyAhead.class.getName() + ".read";

  /** Every body WCS sends fits, SDP included. */
  private static final int FIRST_ROOM = ReadAheadBudget.FREE_BYTES;

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final ServletInputStream in;
  private final ReadAheadBudget budget;
  private final ErrorBodies errors;
  /**
   * The most read: the declared length, or for a chunked body one byte past the limit; whether the
   * body declared it; and what came of it so far, in room that grows as it comes.
   */
  private final int most;
  private final boolean declared;
  private byte[] body;
  private int length;
  /** What the room holds of the budget. */
  private int taken;
  private AsyncContext async;
  /** The body once it came in full, for the second dispatch, and whether that has begun. */
  private ReadBody whole;
  private boolean dispatched;
  /** Whether the body went on (whole, or broken off) or was answered (late, or refused): nothing more is done. */
  private boolean over;

  private ServletBodyAhead(HttpServletRequest request, HttpServletResponse response, ReadAheadBudget budget,
      ErrorBodies errors, int most, boolean declared) throws IOException {
    this.request = request;
    this.response = response;
    this.in = request.getInputStream();
    this.budget = budget;
    this.errors = errors;
    this.most = most;
    this.declared = declared;
    // Room for what comes, not for what is declared: a client that declares 1 MB and sends ten
    // bytes holds ten bytes' worth.
    this.body = new byte[Math.min(most, FIRST_ROOM)];
  }

  /**
   * The request to serve now, with its body read, or null when its body is still coming (the
   * request is then served again, in a dispatch of its own, once it has) or was refused: with no
   * room left in {@code budget}, a body that has not come with its head gets a JSON 503, its
   * connection closed.
   *
   * @param maxBytes the largest body the application takes: a declared length past it is not read
   */
  static HttpServletRequest read(HttpServletRequest request, HttpServletResponse response, long maxBytes,
      ReadAheadBudget budget, ErrorBodies errors) throws IOException {
    if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(READ) instanceof ReadBody read) {
      request.removeAttribute(READ);
      return new ReadBodyRequest(request, read);
    }
    long declared = request.getContentLengthLong();
    boolean chunked = declared < 0 && isChunked(request);
    if ((declared <= 0 && !chunked) || declared > maxBytes || request.getDispatcherType() != DispatcherType.REQUEST
        || !request.isAsyncSupported() || isForm(request)) {
      return request;
    }
    int most = (int) (chunked ? Math.min(maxBytes + 1, Integer.MAX_VALUE - 8) : declared);
    ServletBodyAhead ahead = new ServletBodyAhead(request, response, budget, errors, most, !chunked);
    try {
      // What the container holds already is read without waiting: available() says there is some.
      // Not for chunks: Tomcat answers a chunk it cannot parse, read here, with its own HTML page
      // (what the servlet writes is dropped), and only lets a JSON answer through from onError.
      while (!chunked && ahead.length < most && ahead.in.available() > 0) {
        if (!ahead.room()) {
          // Answered asynchronously, so that the container does not read the rest, blocking, to drop it.
          ahead.async = request.startAsync(request, response);
          ahead.refuse();
          return null;
        }
        int read = ahead.in.read(ahead.body, ahead.length, ahead.body.length - ahead.length);
        if (read < 0) {
          break;
        }
        ahead.length += read;
      }
    } catch (IOException e) {
      return ahead.handOn(e);
    }
    if (ahead.length == most) {
      return ahead.handOn(null);
    }
    try {
      // With the request and response as given, so that the second dispatch has the filters' wrappers too.
      ahead.async = request.startAsync(request, response);
      ahead.async.setTimeout(WcsHookServer.IDLE_TIMEOUT_SECONDS * 1000L);
      ahead.async.addListener(ahead);
      ahead.in.setReadListener(ahead);
    } catch (RuntimeException e) {
      budget.give(ahead.taken);
      throw e;
    }
    return null;
  }

  /** Whether the body comes in chunks, its length unknown until its end (no body has neither a length nor chunks). */
  private static boolean isChunked(HttpServletRequest request) {
    String coding = request.getHeader("Transfer-Encoding");
    return coding != null && coding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  /**
   * Whether the body is a form's, whose parameters the container parses from its own stream (for a
   * filter or servlet that asks for them): such a body is not read ahead.
   */
  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    String lower = type.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/");
  }

  /**
   * Makes room for more of the body when what it has is full, doubling it (up to the most read),
   * the first {@value #FIRST_ROOM} bytes outside the budget; false if the budget has none.
   */
  private boolean room() {
    if (length < body.length || length >= most) {
      return true;
    }
    int grown = (int) Math.min(most, 2L * body.length);
    int charge = ReadAheadBudget.charged(grown) - ReadAheadBudget.charged(body.length);
    if (!budget.take(charge)) {
      return false;
    }
    taken += charge;
    body = Arrays.copyOf(body, grown);
    return true;
  }

  /** The body as read, its room given back: from here on it is the request's to hold. */
  private ReadBodyRequest handOn(IOException failure) {
    budget.give(taken);
    taken = 0;
    if (declared || failure != null) {
      return new ReadBodyRequest(request, new ReadBody(body, length, failure, false));
    }
    // A chunked body fills its room exactly, as a declared one does; past the limit, its rest is left unread.
    boolean past = length == most;
    return new ReadBodyRequest(request, new ReadBody(length == body.length ? body : Arrays.copyOf(body, length),
        length, null, past));
  }

  @Override
  public synchronized void onDataAvailable() throws IOException {
    if (over) {
      return;
    }
    // A failed read goes to onError, where it is answered: Tomcat lets a response through only
    // there (in this method the failed read has left it suspended, and it closes the connection).
    while (in.isReady() && !in.isFinished()) {
      if (!room()) {
        refuse();
        return;
      }
      if (length == most) {
        // The container says the body has ended only once read past its end.
        if (in.read() >= 0) {
          throw new IOException("the body is longer than its Content-Length");
        }
        return;
      }
      int read = in.read(body, length, body.length - length);
      if (read < 0) {
        return;
      }
      length += read;
      if (length == most && !declared) {
        // A chunked body past the limit goes on without its rest, which is left unread.
        end();
        return;
      }
    }
  }

  @Override
  public synchronized void onAllDataRead() {
    end();
  }

  /** The body has been read, all of it or as much as is read: the request is served again with it. */
  private void end() {
    if (over) {
      return;
    }
    over = true;
    whole = handOn(null).body();
    dispatch();
  }

  /**
   * The body broke off (the client stopped or went away, or the container's own read timeout
   * passed): a JSON 400, on both containers, as the embedded server answers such a body.
   */
  @Override
  public synchronized void onError(Throwable failure) {
    try {
      answerAndClose(400, HookCalls.INCOMPLETE_BODY);
    } catch (IOException | RuntimeException e) {
      // The client is gone: nothing can reach it.
    }
  }

  /** A failure the container reports to the request rather than to its read (a reset). */
  @Override
  public synchronized void onError(AsyncEvent event) {
    onError(event.getThrowable());
  }

  /** Serves the request again, with its body. */
  private void dispatch() {
    request.setAttribute(READ, whole);
    try {
      async.dispatch();
      dispatched = true;
    } catch (IllegalStateException e) {
      // Jetty's timeout may have begun just now: onTimeout dispatches it. Else the request is over.
    }
  }

  /** The body has not come in full within the idle timeout: a JSON 400. */
  @Override
  public synchronized void onTimeout(AsyncEvent event) throws IOException {
    if (whole != null) {
      // The body came as the timeout began (on Jetty they may cross): it is served after all.
      if (!dispatched) {
        dispatch();
      }
      return;
    }
    answerAndClose(400, HookCalls.INCOMPLETE_BODY);
  }

  /**
   * No room is left for more of this body: a JSON 503. A servlet cannot leave a body waiting in the
   * network for room to come (a read listener is called again only once it has read all there is).
   */
  private void refuse() throws IOException {
    answerAndClose(503, "too many bodies are coming in at once; try again later");
  }

  private void answerAndClose(int status, String reason) throws IOException {
    if (over) {
      return;
    }
    over = true;
    budget.give(taken);
    taken = 0;
    byte[] answer = errors.body(status, reason);
    try {
      response.setStatus(status);
      // The rest of the body may still come: it is no request of its own.
      response.setHeader("Connection", "close");
      response.setContentType("application/json");
      response.setContentLength(answer.length);
      response.getOutputStream().write(answer);
      // Written out now: Tomcat closes the connection after a failed read, dropping what it still holds.
      response.flushBuffer();
    } finally {
      if (async != null) {
        async.complete();
      }
    }
  }

  @Override
  public synchronized void onComplete(AsyncEvent event) {
    // A request that ended otherwise (the container stopping) gives its room back too.
    budget.give(taken);
    taken = 0;
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // The second dispatch may suspend the request again (a handler answers later): nothing to listen to there.
  }
}
