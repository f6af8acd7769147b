package io.wcshooks.runtime.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Answers 400 with the error body when Jersey cannot parse a request's {@code Accept} or
 * {@code Content-Type} header (a quality above 1, an unclosed quote, two Content-Types). Jersey
 * finds out while choosing the resource method and then answers a bare 400 of its own, before any
 * exception mapper; parsing the headers first gives the caller the usual JSON reason instead.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class MalformedHeaders implements ContainerRequestFilter {
  private final ErrorBodies errors;

  public MalformedHeaders(ErrorBodies errors) {
    this.errors = errors;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = "Accept";
    try {
      request.getAcceptableMediaTypes();
      header = "Content-Type";
      request.getMediaType();
    } catch (ProcessingException | IllegalArgumentException e) {
      request.abortWith(errors.response(400, "the " + header + " header is malformed"));
    }
  }
}
