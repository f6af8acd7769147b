package io.wcshooks.runtime;

import io.wcshooks.runtime.http.BoundedBody;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.MalformedJsonException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a hook body into a {@link HookCall}: the bytes (bounded by the body limit), then the JSON
 * object they must hold. Anything else is answered here, with a JSON error body: 413 over the
 * limit, 400 for malformed JSON, a body that is not an object or one that ended early
 * ({@link UndecodedBody} refuses an encoded body no decoder read, before this reader).
 */
@Consumes(MediaType.APPLICATION_JSON)
final class HookCallReader implements MessageBodyReader<HookCall> {
  private final ErrorBodies errors;
  private final int maxBodyBytes;
  private final HookCalls calls;

  HookCallReader(HookCalls calls) {
    this.calls = calls;
    this.errors = calls.errors();
    this.maxBodyBytes = calls.limits().maxBodyBytes();
  }

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == HookCall.class;
  }

  @Override
  public HookCall readFrom(
      Class<HookCall> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] body;
    try {
      body = BoundedBody.read(entityStream, maxBodyBytes);
    } catch (IOException e) {
      // The client stopped mid-body: a 400 (if it still reads), not the logged 500 of a server failure.
      throw new WebApplicationException(errors.response(400, HookCalls.INCOMPLETE_BODY));
    }
    if (body == null) {
      throw new WebApplicationException(errors.response(413, calls.tooLarge()));
    }
    try {
      return calls.call(body, copy(httpHeaders));
    } catch (MalformedJsonException e) {
      throw new WebApplicationException(errors.response(400, e.getMessage()));
    }
  }

  private static Map<String, List<String>> copy(MultivaluedMap<String, String> headers) {
    Map<String, List<String>> copy = new HashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Map.copyOf(copy);
  }
}
