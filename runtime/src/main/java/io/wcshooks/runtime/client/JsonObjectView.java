package io.wcshooks.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A typed view over a JSON object of WCS's REST API: a request body the client sends, or an object
 * (a Call) WCS returns. Generated classes extend it with one accessor per documented field.
 *
 * <p>The view keeps the JSON tree, not a copy: fields the spec does not know stay reachable with
 * {@link #get(String)}. Reading is lenient where WCS is known to vary: booleans and numbers sent as
 * strings ({@code "true"}, {@code "5060"}) read as booleans and numbers; a value of an incompatible
 * JSON type is a {@link JsonFieldException}.
 */
public abstract class JsonObjectView {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode json;

  protected JsonObjectView(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** An empty JSON object, for generated {@code create()} factories. */
  protected static ObjectNode emptyObject() {
    return NODES.objectNode();
  }

  /** The live JSON object: what the client sends, or every field WCS returned. */
  public final ObjectNode json() {
    return json;
  }

  /** Whether the object has this field, even with an explicit null. */
  public final boolean has(String field) {
    return json.has(field);
  }

  /** A field's raw JSON value: null when absent, a {@code NullNode} when explicitly null. */
  public final JsonNode get(String field) {
    return json.get(field);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + json;
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((JsonObjectView) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  // ---- For generated accessors.

  protected final String stringField(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    throw new JsonFieldException(field, "a string", value);
  }

  protected final Boolean booleanField(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (text.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    throw new JsonFieldException(field, "a boolean (or \"true\"/\"false\")", value);
  }

  protected final Integer integerField(String field) {
    BigDecimal number = numberField(field);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new JsonFieldException(field, "an integer within 32 bits", json.get(field));
    }
  }

  protected final BigDecimal numberField(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.isBigInteger() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.textValue().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new JsonFieldException(field, "a number", value);
  }

  protected final ObjectNode objectField(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isObject()) {
      return (ObjectNode) value;
    }
    throw new JsonFieldException(field, "an object", value);
  }

  protected final ArrayNode arrayField(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      return (ArrayNode) value;
    }
    throw new JsonFieldException(field, "an array", value);
  }

  /** Sets a field; null removes it, so that WCS applies its own default. */
  protected final void setJson(String field, JsonNode value) {
    if (value == null) {
      json.remove(field);
    } else {
      json.set(field, value);
    }
  }

  protected final void setString(String field, String value) {
    setJson(field, value == null ? null : NODES.textNode(value));
  }

  protected final void setBoolean(String field, Boolean value) {
    setJson(field, value == null ? null : NODES.booleanNode(value));
  }

  protected final void setNumber(String field, Number value) {
    setJson(field, numberNode(value));
  }

  private static JsonNode numberNode(Number value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(value.intValue());
    }
    if (value instanceof Long) {
      return NODES.numberNode(value.longValue());
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof BigDecimal decimal) {
      return DecimalNode.valueOf(decimal);
    }
    return DecimalNode.valueOf(new BigDecimal(value.toString()));
  }
}
