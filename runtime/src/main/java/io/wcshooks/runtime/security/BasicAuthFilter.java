package io.wcshooks.runtime.security;

import io.wcshooks.runtime.http.ErrorBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Requires {@code Authorization: Basic <base64 of user:password>} with the configured credentials
 * on a hook call: 401 with a {@code WWW-Authenticate} challenge otherwise.
 */
final class BasicAuthFilter implements ContainerRequestFilter {
  static final String MISSING = "Missing credentials";
  static final String WRONG = "Wrong credentials";
  static final String CHALLENGE = "Basic realm=\"" + HookSecurity.REALM + "\"";
  private static final String HINT = "the WCS application's restUsername and restPassword must be the"
      + " backend's user name and password";

  /** {@code user:password} in UTF-8. */
  private final byte[] credentials;
  private final ErrorBodies errors;
  private final RefusalLog refusals;

  BasicAuthFilter(byte[] credentials, ErrorBodies errors, RefusalLog refusals) {
    this.credentials = credentials;
    this.errors = errors;
    this.refusals = refusals;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String encoded = Authorization.credentials(request, "Basic");
    if (encoded == null) {
      refuse(request, MISSING);
      return;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException notBase64) {
      refuse(request, WRONG);
      return;
    }
    // isEqual's time depends only on the length of its first argument, never on the contents.
    if (!MessageDigest.isEqual(credentials, given)) {
      refuse(request, WRONG);
    }
  }

  private void refuse(ContainerRequestContext request, String reason) {
    refusals.refused(request.getUriInfo().getPath(), 401, reason, HINT);
    Response refusal = errors.response(401, reason);
    request.abortWith(Response.fromResponse(refusal).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
  }
}
