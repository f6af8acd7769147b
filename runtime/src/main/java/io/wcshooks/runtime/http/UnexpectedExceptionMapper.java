package io.wcshooks.runtime.http;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.core.Response;

/** The last line: anything unexpected is logged here and answered with a bare JSON 500. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

  private final ErrorBodies errors;

  public UnexpectedExceptionMapper(ErrorBodies errors) {
    this.errors = errors;
  }

  @Override
  public Response toResponse(Throwable exception) {
    LOG.log(System.Logger.Level.ERROR, "unexpected failure while handling a hook", exception);
    return errors.response(500, "internal error");
  }
}
