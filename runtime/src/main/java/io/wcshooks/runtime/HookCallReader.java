package io.wcshooks.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.failure.HandlerRunner;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.json.MalformedJsonException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Reads a hook body into a {@link HookCall}: the bytes (bounded by the body limit), then the JSON
 * object they must hold. Anything else is answered here, with a JSON error body: 413 over the
 * limit, 400 for malformed JSON or a body that is not an object.
 */
@Consumes(MediaType.APPLICATION_JSON)
final class HookCallReader implements MessageBodyReader<HookCall> {
  private final HookJson codec;
  private final ErrorBodies errors;
  private final int maxBodyBytes;
  private final HandlerRunner runner;

  HookCallReader(HookJson codec, ErrorBodies errors, JsonLimits limits, HandlerRunner runner) {
    this.codec = codec;
    this.errors = errors;
    this.runner = runner;
    this.maxBodyBytes = limits.maxBodyBytes();
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
    byte[] body = readBounded(entityStream);
    ObjectNode json;
    try {
      json = codec.readObject(body);
    } catch (MalformedJsonException e) {
      throw new WebApplicationException(errors.response(400, e.getMessage()));
    }
    return new HookCall(body, json, Map.copyOf(copy(httpHeaders)), codec, errors, runner);
  }

  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBodyBytes, 8192));
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBodyBytes) {
        throw new WebApplicationException(
            errors.response(413, "the body is larger than the limit of " + maxBodyBytes + " bytes"));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static Map<String, List<String>> copy(MultivaluedMap<String, String> headers) {
    java.util.HashMap<String, List<String>> copy = new java.util.HashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }
}
