package io.wcshooks.runtime.client;

/** WCS answered 404: the call (or calls) the request names is not found. */
public class WcsRestNotFoundException extends WcsRestException {
  private static final long serialVersionUID = 1L;

  public WcsRestNotFoundException(String path, String body, String message) {
    super(path, 404, body, message, null);
  }
}
