package io.wcshooks.runtime.servlet;

import io.wcshooks.runtime.fastpath.HookAnswer;
import io.wcshooks.runtime.fastpath.HookExchange;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A servlet request and response as the fast path sees them; a handler's answer comes through an async context. */
final class ServletExchange implements HookExchange {
  private static final System.Logger LOG = System.getLogger(WcsHooksServlet.class.getName());

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private AsyncContext async;
  private boolean bodyRead;

  ServletExchange(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  /**
   * The request URI after the context path and the servlet path, undecoded: Jersey's base URI is
   * the same two joined. Null when they are not a plain prefix of the URI (they were sent encoded),
   * which leaves the request to Jersey.
   */
  @Override
  public String rawPath() {
    String uri = request.getRequestURI();
    String base = request.getContextPath() + request.getServletPath();
    return uri.startsWith(base) ? uri.substring(base.length()) : null;
  }

  @Override
  public String query() {
    return request.getQueryString();
  }

  @Override
  public List<String> headers(String name) {
    Enumeration<String> values = request.getHeaders(name);
    if (values == null || !values.hasMoreElements()) {
      return null;
    }
    return Collections.list(values);
  }

  @Override
  public Map<String, List<String>> allHeaders() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
    }
    return headers;
  }

  @Override
  public long contentLength() {
    return request.getContentLengthLong();
  }

  @Override
  public InputStream body() throws IOException {
    bodyRead = true;
    return request.getInputStream();
  }

  /** A body read ahead is handed over as it is, not copied again. */
  @Override
  public byte[] body(int maxBytes) throws IOException {
    byte[] whole = request instanceof ReadBodyRequest read ? read.body().whole() : null;
    if (whole != null && whole.length <= maxBytes) {
      bodyRead = true;
      return whole;
    }
    return HookExchange.super.body(maxBytes);
  }

  @Override
  public boolean canSuspend() {
    return request.isAsyncSupported();
  }

  @Override
  public void suspend() {
    async = request.startAsync();
    // The runtime answers every call by its handler deadline; the container's own timeout would
    // answer with its HTML error page instead.
    async.setTimeout(0);
  }

  /**
   * Reads and drops what is left of a request's body, answered without it (see
   * {@link HookExchange#DRAIN_LIMIT} for why); past the limit, or if it cannot be read, the
   * connection closes (said in the answer when it is not written yet).
   *
   * <p>The answer is sent first, unless the client waits for {@code 100 Continue}: a read that
   * fails (the client stopped sending, or sent less than its Content-Length) makes Tomcat replace
   * an answer it still holds with its HTML error page, stack trace included. A client that expects
   * 100 sends its body only once asked, and Jetty asks at the first read, so there the body is
   * read before the answer, as the client needs.
   */
  static void drainBody(HttpServletRequest request, HttpServletResponse response) {
    long length = request.getContentLengthLong();
    if (length == 0) {
      return;
    }
    if (length > DRAIN_LIMIT) {
      response.setHeader("Connection", "close");
      return;
    }
    try {
      if (!expectsContinue(request)) {
        response.flushBuffer();
      }
      InputStream in = request.getInputStream();
      byte[] buffer = new byte[8192];
      long left = DRAIN_LIMIT;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        left -= n;
        if (left < 0) {
          // If the answer is out, the container closes the connection on the unread rest itself.
          response.setHeader("Connection", "close");
          return;
        }
      }
    } catch (IOException | IllegalStateException e) {
      // The body is broken, the client went away, or it was read as characters: the connection closes.
      response.setHeader("Connection", "close");
    }
  }

  /** Whether the client sends its body only after {@code 100 Continue}. */
  static boolean expectsContinue(HttpServletRequest request) {
    return "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
  }

  @Override
  public void send(HookAnswer answer) throws IOException {
    if (async == null) {
      write(answer);
      return;
    }
    // From a handler or deadline thread: written on a container thread, so that a client that
    // stops reading holds a container thread, never a handler thread or the deadline keeper.
    try {
      async.start(() -> {
        try {
          write(answer);
        } catch (IOException | RuntimeException e) {
          LOG.log(System.Logger.Level.DEBUG, () -> "an answer could not be written", e);
        } finally {
          async.complete();
        }
      });
    } catch (IllegalStateException e) {
      // The container is stopping or the request is over: nothing can be written any more.
      async.complete();
    }
  }

  private void write(HookAnswer answer) throws IOException {
    // A refusal, or a 413 that read the body only up to the limit: the rest is read and dropped,
    // after the answer is sent unless the client waits for 100 Continue (see drainBody).
    boolean drain = !bodyRead || answer.status() == 413;
    // Asked only of a call to drain: an echo (every call WCS makes) reads no header here.
    boolean answerFirst = drain && !expectsContinue(request);
    if (drain && !answerFirst) {
      drainBody(request, response);
    }
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
      for (String value : header.getValue()) {
        response.addHeader(header.getKey(), value);
      }
    }
    if (answerFirst && request.getContentLengthLong() > DRAIN_LIMIT) {
      response.setHeader("Connection", "close");
    }
    response.setContentLengthLong(answer.body().length);
    ServletOutputStream out = response.getOutputStream();
    out.write(answer.body());
    out.flush();
    if (answerFirst) {
      drainBody(request, response);
    }
  }
}
