package io.wcshooks.runtime.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;

/**
 * Gives the error body to the bare 400 Jersey answers when it cannot parse a request's
 * {@code Accept} or {@code Content-Type} header (a quality above 1, an unclosed quote, two
 * Content-Types). Jersey finds out while choosing the resource method, once the path and the verb
 * have matched (so an unknown path is still a 404, a wrong verb a 405), and answers before any
 * exception mapper could.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class MalformedHeaders implements ContainerResponseFilter {
  private final ErrorBodies errors;

  public MalformedHeaders(ErrorBodies errors) {
    this.errors = errors;
  }

  /** The reason of the 400 for a header Jersey cannot parse ({@code Accept}, {@code Content-Type}). */
  public static String reason(String header) {
    return "the " + header + " header is malformed";
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 400 || response.hasEntity()) {
      return;
    }
    String header = unparsable(request);
    if (header != null) {
      response.setEntity(errors.body(400, reason(header)), null,
          MediaType.APPLICATION_JSON_TYPE);
    }
  }

  /** The header of the two that Jersey cannot parse, or null. */
  private static String unparsable(ContainerRequestContext request) {
    try {
      request.getAcceptableMediaTypes();
    } catch (ProcessingException | IllegalArgumentException e) {
      return "Accept";
    }
    try {
      request.getMediaType();
    } catch (ProcessingException | IllegalArgumentException e) {
      return "Content-Type";
    }
    return null;
  }
}
