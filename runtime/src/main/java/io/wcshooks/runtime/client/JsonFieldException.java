package io.wcshooks.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A field of a REST API object holds a value its typed accessor cannot read. */
public final class JsonFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public JsonFieldException(String field, String expected, JsonNode actual) {
    super("JSON field \"" + field + "\" should be " + expected + ", but is " + actual);
    this.field = field;
  }

  /** The JSON field's name. */
  public String field() {
    return field;
  }
}
