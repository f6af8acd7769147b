package io.wcshooks.runtime.fastpath;

import io.wcshooks.runtime.http.BoundedBody;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One request on the fast path and the way to answer it, over whichever container serves it
 * (Grizzly's {@code Request}/{@code Response}, Jetty's {@code Request}/{@code Response}/{@code Callback},
 * a servlet's request, response and async context): what {@link HookFastPath} needs of a
 * container, so that all answer with the same code.
 */
public interface HookExchange {
  /**
   * The largest body an exchange reads only to drop it, when the answer comes before the body was
   * read (a refusal, a 413): the client sends the whole body before it reads the answer, so an
   * answer written and the connection closed or reused with body bytes unread loses the answer (a
   * reset) or the client's next call. Past it the answer closes the connection.
   */
  long DRAIN_LIMIT = 16L << 20;

  /** The request method, e.g. {@code POST}. */
  String method();

  /** The path as sent, not decoded. */
  String rawPath();

  /** The query string, or null when the request has none. */
  String query();

  /** The values of a request header in order, or null when it is absent. */
  List<String> headers(String name);

  /** Every request header, for a handler's {@code HookContext}. */
  Map<String, List<String>> allHeaders();

  /** The declared body length, or -1 when the body is chunked. */
  long contentLength();

  /** The request body. */
  InputStream body() throws IOException;

  /**
   * The whole body, or null as soon as it is longer than {@code maxBytes}; an exchange that holds
   * the body read already hands it over as it is.
   *
   * @throws IOException when the body broke off
   */
  default byte[] body(int maxBytes) throws IOException {
    return BoundedBody.read(body(), maxBytes, contentLength());
  }

  /**
   * Runs {@code then} once reading the body will not wait on the client: the body has come in full,
   * or more than {@code maxBytes} of it, or it broke off. An exchange whose container can call back
   * as the body comes runs it then, from the thread that read the last part, so that no thread
   * waits on a client that sends slowly or not at all. By default at once: the body is read as it
   * comes, the thread waiting (a servlet container, whose own timeouts bound the wait).
   */
  default void whenBodyArrived(int maxBytes, Runnable then) {
    then.run();
  }

  /**
   * Whether the answer may come from another thread (after {@link #suspend()}); if not, a handler
   * runs while the container's thread waits, as in Jersey's pipeline.
   */
  default boolean canSuspend() {
    return true;
  }

  /** The answer will be sent from another thread ({@link #send} then ends the exchange). */
  void suspend();

  /** Writes the answer and ends the exchange. */
  void send(HookAnswer answer) throws IOException;
}
