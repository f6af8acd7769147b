package io.wcshooks.runtime.client;

/**
 * A call to WCS's REST API failed: WCS answered a status other than 200, or no answer came (a
 * connection failure or a timeout, where {@link #status()} is {@link #NO_STATUS}).
 *
 * <p>Subclasses name the statuses the API documents: {@link WcsRestNotFoundException} (404) and
 * {@link WcsRestConflictException} (409); a timeout is a {@link WcsRestTimeoutException}.
 */
public class WcsRestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The status of a failure without an HTTP answer. */
  public static final int NO_STATUS = -1;

  private final String path;
  private final int status;
  private final String body;

  public WcsRestException(String path, int status, String body, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.status = status;
    this.body = body == null ? "" : body;
  }

  /** The answer's status as a failure of {@code POST path}. */
  public static WcsRestException of(String path, int status, String body) {
    String message = "WCS REST API POST " + path + " answered " + status + (body == null || body.isBlank() ? "" : ": "
        + abbreviate(body));
    return switch (status) {
      case 404 -> new WcsRestNotFoundException(path, body, message);
      case 409 -> new WcsRestConflictException(path, body, message);
      default -> new WcsRestException(path, status, body, message, null);
    };
  }

  /** The endpoint's path below the base URI, e.g. {@code /call/startup}. */
  public String path() {
    return path;
  }

  /** The HTTP status WCS answered, or {@link #NO_STATUS} when no answer came. */
  public int status() {
    return status;
  }

  /** The answer's body as text; empty when there was none. */
  public String body() {
    return body;
  }

  private static String abbreviate(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
  }
}
