package io.wcshooks.runtime.security;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.http.BoundedBody;
import io.wcshooks.runtime.http.DeclaredLength;
import io.wcshooks.runtime.http.ErrorBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * {@link HookSecurity}'s signature check in Jersey's pipeline: reads the body (up to the body limit,
 * 413 beyond), checks it, and hands the same bytes on to the hook's body reader.
 */
final class SignatureFilter implements ContainerRequestFilter {
  private final HookSecurity security;
  private final int maxBodyBytes;
  private final ErrorBodies errors;

  SignatureFilter(HookSecurity security, int maxBodyBytes, ErrorBodies errors) {
    this.security = security;
    this.maxBodyBytes = maxBodyBytes;
    this.errors = errors;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String hook = request.getUriInfo().getPath();
    List<String> authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    Refusal refusal = security.checkHeaders(hook, authorization);
    if (refusal != null) {
      request.abortWith(errors.response(refusal.status(), refusal.reason()));
      return;
    }
    long length = DeclaredLength.of(request.getHeaders());
    byte[] body;
    try {
      body = length > maxBodyBytes ? null : BoundedBody.read(request.getEntityStream(), maxBodyBytes);
    } catch (IOException e) {
      // The client stopped mid-body: a 400 as the body reader and the fast path give it, not the
      // logged 500 an exception from a filter becomes (any caller with "WCS x" could fill the log).
      request.abortWith(errors.response(400, HookCalls.INCOMPLETE_BODY));
      return;
    }
    if (body == null) {
      request.abortWith(errors.response(413, "the body is larger than the limit of " + maxBodyBytes + " bytes"));
      return;
    }
    if (length >= 0 && body.length < length) {
      // Ended before its Content-Length (Grizzly ends the stream where a client half-closed): not
      // the body WCS signed, so a broken call rather than a wrong signature.
      request.abortWith(errors.response(400, HookCalls.INCOMPLETE_BODY));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    refusal = security.checkBody(hook, authorization, body);
    if (refusal != null) {
      request.abortWith(errors.response(refusal.status(), refusal.reason()));
    }
  }
}
