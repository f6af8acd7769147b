package io.wcshooks.api;

/**
 * A handler read a field whose JSON value does not have the documented type (e.g. an object where
 * a boolean belongs). The request is answered 400 with a JSON body naming the field; a hook that no
 * handler reads is echoed untouched whatever its fields hold.
 */
public final class HookFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public HookFieldException(String field, String expected, String actual) {
    super("field '" + field + "' must be " + expected + ", but is " + actual);
    this.field = field;
  }

  /** The wire name of the offending field. */
  public String field() {
    return field;
  }
}
