package io.wcshooks.runtime;

import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Refuses a hook body that is empty and has no Content-Type as the empty body it is (400). Jersey
 * reads such a body as no entity at all, without asking {@link HookCallReader}, and would hand the
 * hook method a null call: a 500.
 */
public final class UntypedEmptyBody implements ReaderInterceptor {
  private final ErrorBodies errors;

  public UntypedEmptyBody(ErrorBodies errors) {
    this.errors = errors;
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object read = context.proceed();
    if (read == null && context.getType() == HookCall.class) {
      throw new WebApplicationException(errors.response(400, HookJson.EMPTY_BODY));
    }
    return read;
  }
}
