package io.wcshooks.runtime.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * A request whose Content-Type Jersey cannot read (malformed, or sent twice). Jersey's servlet
 * reads it before its request pipeline (to look for a form) and refuses such a request with
 * {@code sendError(400)}: the container's HTML error page, where the embedded server answers the
 * JSON 400 of {@link io.wcshooks.runtime.http.MalformedHeaders}. The servlet answers it itself.
 */
final class MalformedContentType {
  /** What WCS sends, and a bare JSON type: read without asking Jersey. */
  private static final List<String> PLAIN = List.of("application/json;charset=UTF-8", "application/json");

  private MalformedContentType() {}

  /** Whether Jersey would refuse the request's Content-Type; false without one. */
  static boolean in(HttpServletRequest request) {
    Enumeration<String> headers = request.getHeaders(HttpHeaders.CONTENT_TYPE);
    if (headers == null || !headers.hasMoreElements()) {
      return false;
    }
    List<String> values = Collections.list(headers);
    if (values.size() == 1 && PLAIN.contains(values.get(0))) {
      return false;
    }
    // Read as Jersey's servlet reads it: the same headers on a request of Jersey's own.
    ContainerRequest probe = new ContainerRequest(null, null, request.getMethod(), null, new MapPropertiesDelegate(),
        null);
    probe.headers(HttpHeaders.CONTENT_TYPE, values);
    try {
      probe.getMediaType();
      return false;
    } catch (ProcessingException | IllegalArgumentException e) {
      return true;
    }
  }
}
