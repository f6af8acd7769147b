package io.wcshooks.runtime.server;

import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.net.URISyntaxException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * The errors Grizzly answers itself as the same JSON body as every other error,
 * {@code {"status":N,"reason":"..."}}, as {@link JettyJsonErrors} does on Jetty: a request its HTTP
 * codec cannot parse (a malformed request line or header, a bad Content-Length, no Host, a broken
 * chunk: 400; an HTTP version it does not speak: 505) got an empty body, and a failure in a
 * handler an HTML page with the exception's stack trace and Grizzly's version. The reason is the
 * status's: no exception text.
 *
 * <p>The codec checks each request head before it parses it (see {@link GrizzlyRequestHead}): a
 * head it would have waited on, taken as a call or failed on later is refused with a 400 (a head
 * too large with a 431, as on Jetty) whose reason says what is wrong with it. It reads a chunked
 * body strictly (see {@link GrizzlyChunkedBody}), and refuses one malformed the same way.
 *
 * <p>A request that Jersey's Grizzly container cannot make a URI of (an invalid escape in the
 * path, a space in the Host) fails there, before any code of ours: that is the client's error, a
 * 400 as on Jetty, not Grizzly's 500.
 */
final class GrizzlyJsonErrors implements AddOn, ErrorPageGenerator {
  private final ErrorBodies errors = new ErrorBodies(new HookJson(JsonLimits.DEFAULTS));

  /** Answers the listener's own errors in JSON. */
  static void applyTo(NetworkListener listener) {
    GrizzlyJsonErrors json = new GrizzlyJsonErrors();
    listener.registerAddOn(json);
    listener.setDefaultErrorPageGenerator(json);
  }

  /** Puts a codec whose error answers carry the JSON body in place of Grizzly's. */
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int index = builder.indexOfType(HttpServerFilter.class);
    if (index < 0) {
      throw new IllegalStateException("no HTTP codec in the Grizzly filter chain");
    }
    builder.set(index, new JsonErrorCodec(listener, (HttpServerFilter) builder.get(index), errors));
  }

  /**
   * Writes the JSON body itself and returns no page: Grizzly writes a page through a Writer, which
   * adds a charset to the Content-Type.
   */
  @Override
  public String generate(Request request, int status, String reason, String description, Throwable exception) {
    Response response = request.getResponse();
    if (status == 500 && isUnparseableRequest(exception)) {
      status = 400;
      reason = HttpStatus.BAD_REQUEST_400.getReasonPhrase();
      response.setStatus(HttpStatus.BAD_REQUEST_400);
    }
    byte[] body = errors.body(status, reason);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    try {
      // Into the buffer, not through getOutputStream(): Grizzly takes the Writer after the page
      // (HtmlHelper), which throws once the stream was taken, and the 500 of that failure replaced
      // the status (a stop's 503 went out as a 500). Flushed, so that the Writer adds no charset.
      response.getOutputBuffer().write(body, 0, body.length);
      response.getOutputBuffer().flush();
    } catch (IOException e) {
      // The client is gone: nothing to answer.
    }
    return null;
  }

  private static boolean isUnparseableRequest(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof URISyntaxException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Grizzly's HTTP codec as {@code HttpServer} configures it for the listener, but for the body of
   * the error answers it writes itself (Grizzly's hook for them; they are empty there).
   */
  private static final class JsonErrorCodec extends HttpServerFilter {
    /** Grizzly's largest request head when the listener sets none. */
    private static final int DEFAULT_MAX_HEADER_SIZE = 8192;
    /** Why a request head or chunked body was refused, for the body of the codec's answer. */
    private static final Attribute<String> REASON =
        Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(JsonErrorCodec.class.getName() + ".reason");
    /** The check of the request head a connection is reading, kept from one read to the next. */
    private static final Attribute<GrizzlyRequestHead> HEAD =
        Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(JsonErrorCodec.class.getName() + ".head");

    private final ErrorBodies errors;
    private final MemoryManager<?> memory;

    // Every constructor of Grizzly 4.0.2's codec is deprecated, with none to use instead; HttpServer calls this one too.
    @SuppressWarnings("deprecation")
    JsonErrorCodec(NetworkListener listener, HttpServerFilter replaced, ErrorBodies errors) {
      super(listener.isChunkingEnabled(),
          listener.getMaxHttpHeaderSize() == -1 ? DEFAULT_MAX_HEADER_SIZE : listener.getMaxHttpHeaderSize(),
          replaced.getDefaultResponseContentType(), listener.getKeepAlive(), null, listener.getMaxRequestHeaders(),
          listener.getMaxResponseHeaders());
      for (ContentEncoding encoding : replaced.getContentEncodings()) {
        addContentEncoding(encoding);
      }
      setAllowPayloadForUndefinedHttpMethods(replaced.isAllowPayloadForUndefinedHttpMethods());
      setMaxPayloadRemainderToSkip(replaced.getMaxPayloadRemainderToSkip());
      setRemoveHandledContentEncodingHeaders(replaced.isRemoveHandledContentEncodingHeaders());
      setPreserveHeaderCase(replaced.isPreserveHeaderCase());
      getMonitoringConfig().addProbes(replaced.getMonitoringConfig().getProbes());
      GrizzlyChunkedBody.replaceOn(this, maxHeadersSize);
      this.errors = errors;
      this.memory = listener.getTransport().getMemoryManager();
    }

    /** Checks the request head before Grizzly parses it (see {@link GrizzlyRequestHead}). */
    @Override
    protected boolean decodeHttpPacket(FilterChainContext ctx, HttpPacketParsing request, Buffer input) {
      Connection<?> connection = ctx.getConnection();
      GrizzlyRequestHead head = HEAD.get(connection);
      if (head == null) {
        head = new GrizzlyRequestHead(maxHeadersSize);
        HEAD.set(connection, head);
      }
      // The head starts at the buffer's position, which stays put while more of the head comes.
      head.check(input, input.position(), input.limit());
      boolean parsed = super.decodeHttpPacket(ctx, request, input);
      if (parsed) {
        head.reset();
        checkPath((HttpRequestPacket) request);
      }
      return parsed;
    }

    /**
     * Decodes the request's path as Grizzly's HTTP handlers will (the result is kept for them):
     * one they cannot decode (an invalid escape, an encoded slash, a backslash, ...) they answer with an
     * empty 500, a request that the mapping of the handlers (with a base path) reaches before
     * Jersey, whose 400 the same request gets without one. Refused here as the client's error.
     */
    private static void checkPath(HttpRequestPacket request) {
      try {
        request.getRequestURIRef().getDecodedRequestURIBC(false);
      } catch (CharConversionException e) {
        throw new GrizzlyRequestHead.Malformed(
            "the request path cannot be decoded (an invalid %-escape or UTF-8, an encoded '/' or NUL, a '\\',"
            + " or '..' above the root)");
      }
    }

    @Override
    protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable error) throws IOException {
      if (error instanceof GrizzlyRequestHead.Malformed malformed) {
        HttpRequestPacket request = (HttpRequestPacket) header;
        // The request line may not have been parsed: without a version Grizzly takes the request
        // for HTTP/0.9, whose answer has no Connection header.
        request.setProtocol(Protocol.HTTP_1_1);
        if (request.getMethodDC().isNull()) {
          // Nor the method, which the answer needs (Grizzly fails on none, and closes the connection
          // unanswered): a head refused before the codec parsed any of it, after a request that came
          // in the same read. Any method but HEAD and CONNECT is answered alike.
          request.setMethod(Method.GET);
        }
        HttpResponsePacket response = request.getResponse();
        if (malformed.status() == 431) {
          // A status Grizzly has no reason phrase for.
          response.setStatus(431);
          response.setReasonPhrase(GrizzlyRequestHead.TOO_LARGE);
        } else {
          HttpStatus.BAD_REQUEST_400.setValues(response);
        }
        REASON.set(request, malformed.getMessage());
      }
      super.onHttpHeaderError(header, ctx, error);
    }

    @Override
    protected void onHttpContentError(HttpHeader header, FilterChainContext ctx, Throwable error) throws IOException {
      if (error instanceof GrizzlyRequestHead.Malformed malformed) {
        // A chunked body refused (the codec answers 400 when the answer has not begun).
        REASON.set(header, malformed.getMessage());
      }
      super.onHttpContentError(header, ctx, error);
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
      String reason = REASON.get(response.getRequest());
      byte[] body = errors.body(response.getStatus(), reason != null ? reason : response.getReasonPhrase());
      response.setContentType("application/json");
      response.setContentLength(body.length);
      // Grizzly closes the connection after each error it answers itself: say so.
      response.setHeader(Header.Connection, "close");
      return HttpContent.builder(response).content(Buffers.wrap(memory, body)).last(true).build();
    }
  }
}
