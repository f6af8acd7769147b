package io.wcshooks.runtime.json;

/** A hook body that is not a well-formed JSON object within the limits. Answered 400. */
public final class MalformedJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedJsonException(String message) {
    super(message, null, false, false);
  }
}
