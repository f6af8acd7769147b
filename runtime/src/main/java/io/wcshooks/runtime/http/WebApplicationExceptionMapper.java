package io.wcshooks.runtime.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Gives Jersey's own refusals (404 unknown hook, 405 wrong verb, 406, 415 wrong media type...) the
 * JSON error shape, keeping their headers (such as {@code Allow}). A response that already has a
 * JSON body (ours) passes through.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private final ErrorBodies errors;

  public WebApplicationExceptionMapper(ErrorBodies errors) {
    this.errors = errors;
  }

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(original.getMediaType())) {
      return original;
    }
    int status = original.getStatus();
    Response.ResponseBuilder answer = Response.fromResponse(original)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(errors.body(status, reasonFor(status, original)));
    return answer.build();
  }

  /** Whether the 405's Allow header lists the method: hooks allow POST, the health check GET (and HEAD, OPTIONS). */
  private static boolean allows(Response response, String method) {
    return response.getAllowedMethods().stream().anyMatch(method::equalsIgnoreCase);
  }

  private static String reasonFor(int status, Response response) {
    return switch (status) {
      case 404 -> "no such hook: WCS calls POST <app URL>/<method name>, with a method name of the spec";
      case 405 -> allows(response, "POST") ? "hooks are called with POST"
          : allows(response, "GET") ? "the health check is called with GET"
          : response.getStatusInfo().getReasonPhrase(); // a resource of the application's own
      case 406 -> "hooks answer application/json";
      case 415 -> "a hook body is application/json";
      default -> response.getStatusInfo().getReasonPhrase();
    };
  }
}
