package io.wcshooks.runtime.security;

import io.wcshooks.runtime.http.ErrorBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@link HookSecurity}'s Basic check in Jersey's pipeline: 401 with a {@code WWW-Authenticate}
 * challenge for a call without the configured credentials.
 */
final class BasicAuthFilter implements ContainerRequestFilter {
  private final HookSecurity security;
  private final ErrorBodies errors;

  BasicAuthFilter(HookSecurity security, ErrorBodies errors) {
    this.security = security;
    this.errors = errors;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Refusal refusal = security.checkHeaders(request.getUriInfo().getPath(),
        request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    if (refusal != null) {
      Response answer = errors.response(refusal.status(), refusal.reason());
      request.abortWith(Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, refusal.challenge()).build());
    }
  }
}
