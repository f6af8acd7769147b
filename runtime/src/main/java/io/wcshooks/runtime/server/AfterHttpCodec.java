package io.wcshooks.runtime.server;

import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * A Grizzly filter that goes just after the HTTP codec: it sees each request as soon as its headers
 * are parsed (and the codec's events about them), before any handler.
 */
abstract class AfterHttpCodec extends BaseFilter implements AddOn {
  @Override
  public final void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    if (codec < 0) {
      throw new IllegalStateException("no HTTP codec in the Grizzly filter chain");
    }
    builder.add(codec + 1, this);
  }

  /**
   * Answers a request with a JSON error from here, no handler having it, and closes the connection
   * once the answer is written: what else comes on it cannot be trusted to be a request.
   */
  static void answerAndClose(FilterChainContext ctx, HttpRequestPacket request, HttpStatus status, byte[] body) {
    Connection<?> connection = ctx.getConnection();
    HttpResponsePacket response = request.getResponse();
    status.setValues(response);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    request.getProcessingState().setKeepAlive(false);
    HttpContent answer = HttpContent.builder(response)
        .content(Buffers.wrap(ctx.getMemoryManager(), body))
        .last(true)
        .build();
    @SuppressWarnings("rawtypes") // FilterChainContext.write takes a handler of the raw WriteResult
    CompletionHandler<WriteResult> close = new EmptyCompletionHandler<>() {
      @Override
      public void completed(WriteResult result) {
        connection.closeSilently();
      }

      @Override
      public void failed(Throwable throwable) {
        connection.closeSilently();
      }
    };
    try {
      ctx.write(answer, close);
    } catch (RuntimeException e) {
      // The connection went meanwhile: nobody to answer.
      connection.closeSilently();
    }
  }
}
