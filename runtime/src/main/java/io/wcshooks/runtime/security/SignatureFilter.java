package io.wcshooks.runtime.security;

import io.wcshooks.runtime.http.ErrorBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Requires {@code Authorization: WCS <hex HMAC-MD5 of the body>} on a hook call: 403 without it or
 * with a wrong one. Reads the body (up to the body limit, 413 beyond), hashes it, and hands the
 * same bytes on to the hook's body reader.
 */
final class SignatureFilter implements ContainerRequestFilter {
  static final String MISSING = "Missing hook signature";
  static final String WRONG = "Wrong hook signature";
  private static final String HINT = "WCS must send signed hooks (rest_hook_send_hash=true) with a"
      + " rest_hook_secret_key equal to the backend's signature secret";

  private final HookSignature signature;
  private final int maxBodyBytes;
  private final ErrorBodies errors;
  private final RefusalLog refusals;

  SignatureFilter(HookSignature signature, int maxBodyBytes, ErrorBodies errors, RefusalLog refusals) {
    this.signature = signature;
    this.maxBodyBytes = maxBodyBytes;
    this.errors = errors;
    this.refusals = refusals;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String hex = Authorization.credentials(request, HookSignature.SCHEME);
    if (hex == null) {
      refuse(request, MISSING);
      return;
    }
    if (request.getLength() > maxBodyBytes) {
      request.abortWith(errors.response(413, tooLarge()));
      return;
    }
    byte[] body = readBounded(request.getEntityStream());
    if (body == null) {
      request.abortWith(errors.response(413, tooLarge()));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    if (!signature.matches(body, hex)) {
      refuse(request, WRONG);
    }
  }

  private void refuse(ContainerRequestContext request, String reason) {
    refusals.refused(request.getUriInfo().getPath(), 403, reason, HINT);
    request.abortWith(errors.response(403, reason));
  }

  private String tooLarge() {
    return "the body is larger than the limit of " + maxBodyBytes + " bytes";
  }

  /** The whole body, or null when it is over the limit. */
  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBodyBytes, 8192));
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBodyBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
