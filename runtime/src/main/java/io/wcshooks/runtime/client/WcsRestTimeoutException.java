package io.wcshooks.runtime.client;

import java.time.Duration;

/** No answer from WCS within the client's connect or request timeout. */
public class WcsRestTimeoutException extends WcsRestException {
  private static final long serialVersionUID = 1L;

  public WcsRestTimeoutException(String path, Duration timeout, Throwable cause) {
    super(path, NO_STATUS, "", "WCS REST API POST " + path + ": no answer within " + timeout, cause);
  }
}
