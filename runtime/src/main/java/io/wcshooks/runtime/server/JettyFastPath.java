package io.wcshooks.runtime.server;

import io.wcshooks.runtime.fastpath.HookAnswer;
import io.wcshooks.runtime.fastpath.HookExchange;
import io.wcshooks.runtime.fastpath.HookFastPath;

import io.wcshooks.runtime.http.ReadAheadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The {@link HookFastPath} on Jetty: first in the handler tree, it answers hook calls and health
 * checks and passes everything else on (to Jersey's Jetty container in the base path's context).
 */
final class JettyFastPath extends Handler.Wrapper {
  private final HookFastPath fast;
  private final ReadAheadBudget budget;

  JettyFastPath(HookFastPath fast, Handler next, ReadAheadBudget budget) {
    super(next);
    this.fast = fast;
    this.budget = budget;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return fast.serve(new Exchange(request, response, callback)) || super.handle(request, response, callback);
  }

  private static List<String> joined(List<String> first, List<String> more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(more);
    return all;
  }

  private final class Exchange implements HookExchange {
    /** The request; once its body was read ahead, the request with that body. */
    private Request request;
    private final Response response;
    private final Callback callback;
    private boolean bodyRead;

    Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public String rawPath() {
      return request.getHttpURI().getPath();
    }

    @Override
    public String query() {
      return request.getHttpURI().getQuery();
    }

    @Override
    public List<String> headers(String name) {
      List<String> values = request.getHeaders().getValuesList(name);
      return values.isEmpty() ? null : values;
    }

    @Override
    public Map<String, List<String>> allHeaders() {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        // A header's one value (the usual case) as an immutable list, which the handler's view keeps
        // as it is rather than copying it.
        headers.merge(field.getName(), List.of(field.getValue()), JettyFastPath::joined);
      }
      return headers;
    }

    @Override
    public long contentLength() {
      return request.getLength();
    }

    @Override
    public InputStream body() {
      bodyRead = true;
      return Content.Source.asInputStream(request);
    }

    @Override
    public void whenBodyArrived(int maxBytes, Runnable then) {
      JettyBodyAhead.read(request, maxBytes, budget, read -> {
        request = read;
        try {
          then.run();
        } catch (RuntimeException | Error e) {
          // As from the handler itself: Jetty answers its 500 (JettyJsonErrors), or ends the connection.
          callback.failed(e);
        }
      });
    }

    @Override
    public void suspend() {
      // Nothing to do: the exchange lasts until the callback completes, whatever thread completes it.
    }

    @Override
    public void send(HookAnswer answer) {
      if (bodyRead && answer.status() != 413) {
        write(answer, callback);
        return;
      }
      // Answered before the body was read (a refusal, a 413 from the Content-Length), or read only
      // up to the limit (a 413): the rest is dropped, no thread waiting for it. A client that waits
      // for 100 Continue sends it only when a read asks for it, so it is read before the answer;
      // any other gets the answer first, as it may wait for it before it sends the rest.
      if (JettyDrain.expectsContinue(request)) {
        JettyDrain.dropBody(request, response, () -> write(answer, callback));
      } else {
        write(answer, JettyDrain.dropBodyAfter(request, response, callback));
      }
    }

    private void write(HookAnswer answer, Callback done) {
      HttpFields.Mutable headers = response.getHeaders();
      response.setStatus(answer.status());
      headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
      for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
        for (String value : header.getValue()) {
          headers.add(header.getKey(), value);
        }
      }
      headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
      response.write(true, ByteBuffer.wrap(answer.body()), done);
    }
  }
}
