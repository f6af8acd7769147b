package io.wcshooks.runtime.client;

/** WCS answered 409: the request conflicts with an existing call (002: "Conflict with an existing RTMP URL"). */
public class WcsRestConflictException extends WcsRestException {
  private static final long serialVersionUID = 1L;

  public WcsRestConflictException(String path, String body, String message) {
    super(path, 409, body, message, null);
  }
}
