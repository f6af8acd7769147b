package io.wcshooks.runtime.client;

import java.time.Duration;

/** No connection to WCS within the client's connect timeout, or no answer within its request timeout. */
public class WcsRestTimeoutException extends WcsRestException {
  private static final long serialVersionUID = 1L;

  public WcsRestTimeoutException(String path, Duration timeout, Throwable cause) {
    super(path, NO_STATUS, "", "WCS REST API POST " + path + ": no answer within " + timeout, cause);
  }

  /** With a message of its own: a connection not made in time is another fault than a slow answer. */
  WcsRestTimeoutException(String path, String message, Throwable cause) {
    super(path, NO_STATUS, "", message, cause);
  }
}
