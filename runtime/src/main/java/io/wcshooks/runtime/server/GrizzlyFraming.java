package io.wcshooks.runtime.server;

import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.io.IOException;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.Header;

/**
 * Refuses, with a JSON 400 and a closed connection, the requests whose body framing Grizzly reads
 * differently from other HTTP servers, as Jetty refuses them: {@code Transfer-Encoding} together
 * with {@code Content-Length} (Grizzly reads the body as chunked and answers it, then the next
 * request on the connection, where a proxy in front may have used the length: request smuggling),
 * and a {@code Transfer-Encoding} other than
 * {@code chunked} ({@code gzip, chunked}: Grizzly reads no body at all and takes the chunks for the
 * next request). Placed just after the HTTP codec, it sees each request once its headers are
 * parsed, before any handler; whatever else arrives on a refused connection is dropped. A request
 * whose first chunk the codec could not parse (the codec answers its 400) goes no further either.
 */
final class GrizzlyFraming extends AfterHttpCodec {
  /** The last request a connection may carry: what comes after it on the connection is dropped. */
  private static final Attribute<HttpRequestPacket> LAST =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(GrizzlyFraming.class.getName() + ".last");
  /** Set on a connection whose request was refused here: all that comes after is dropped. */
  private static final Attribute<Boolean> REFUSED =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(GrizzlyFraming.class.getName() + ".refused");

  /** Why a request with a Transfer-Encoding other than chunked is refused (on Jetty too). */
  static final String UNSUPPORTED_TRANSFER_ENCODING =
      "unsupported Transfer-Encoding: a request body is sent with Content-Length or chunked";

  private final ErrorBodies errors = new ErrorBodies(new HookJson(JsonLimits.DEFAULTS));

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Connection<?> connection = ctx.getConnection();
    if (REFUSED.isSet(connection)) {
      return ctx.getStopAction();
    }
    if (!(ctx.getMessage() instanceof HttpContent content)
        || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
      return ctx.getInvokeAction();
    }
    HttpRequestPacket last = LAST.get(connection);
    if (last != null) {
      return last == request ? ctx.getInvokeAction() : ctx.getStopAction();
    }
    if (HttpContent.isBroken(content)) {
      // A chunk the codec could not parse, which it has answered with a 400, closing the connection.
      // It is the request's first content (a later one passes above): no handler has the request,
      // and Grizzly's server filter, which would start one, fails on it and logs a WARNING with a
      // stack trace, for any client to repeat.
      return ctx.getStopAction();
    }
    if (request.isChunked()) {
      // A Content-Length before the Transfer-Encoding is dropped by the codec unseen, so a chunked
      // body may have been framed otherwise by a proxy: the connection ends with its answer
      // (RFC 9112, 6.3), whatever follows on it unread.
      LAST.set(connection, request);
      request.getProcessingState().setKeepAlive(false);
    }
    String reason = refusal(request);
    if (reason == null) {
      return ctx.getInvokeAction();
    }
    REFUSED.set(connection, Boolean.TRUE);
    answerAndClose(ctx, request, HttpStatus.BAD_REQUEST_400, errors.body(400, reason));
    return ctx.getStopAction();
  }

  /** Why a request's framing is refused, or null when it is not. */
  static String refusal(HttpRequestPacket request) {
    // Called for each piece of every body: WCS sends a Content-Length, and that case allocates nothing.
    if (request.getHeader(Header.TransferEncoding) == null) {
      return null;
    }
    String transferEncoding = String.join(",", request.getHeaders().values(Header.TransferEncoding));
    if (request.getHeader(Header.ContentLength) != null) {
      return "Transfer-Encoding and Content-Length";
    }
    if (!transferEncoding.strip().equalsIgnoreCase("chunked")) {
      return UNSUPPORTED_TRANSFER_ENCODING;
    }
    return null;
  }
}
