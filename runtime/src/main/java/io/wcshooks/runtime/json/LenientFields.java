package io.wcshooks.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How typed accessors read a field of a WCS JSON object, hook body or REST API object alike:
 * null when absent or JSON null; leniently where WCS is known to vary (booleans and numbers sent
 * as strings, {@code "true"}, {@code "5060"}); a value of an incompatible JSON type is the caller's
 * {@link Mismatch} exception. Nothing is converted in the tree itself.
 */
public final class LenientFields {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /**
   * The most characters of a number sent as a string: far more than WCS sends (ports, timestamps),
   * and than a JSON number may have under the default limits.
   */
  static final int MAX_NUMBER_TEXT = 1000;

  private LenientFields() {}

  /** Makes the exception for a field whose value an accessor cannot read. */
  @FunctionalInterface
  public interface Mismatch {
    RuntimeException of(String field, String expected, JsonNode actual);
  }

  public static String string(ObjectNode json, String field, Mismatch mismatch) {
    JsonNode value = present(json, field);
    if (value == null || value.isValueNode()) {
      return value == null ? null : value.asText();
    }
    throw mismatch.of(field, "a string", value);
  }

  public static Boolean bool(ObjectNode json, String field, Mismatch mismatch) {
    JsonNode value = present(json, field);
    if (value == null) {
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
    throw mismatch.of(field, "a boolean (or \"true\"/\"false\")", value);
  }

  public static Integer integer(ObjectNode json, String field, Mismatch mismatch) {
    BigDecimal number = number(json, field, mismatch);
    try {
      return number == null ? null : number.intValueExact();
    } catch (ArithmeticException e) {
      throw mismatch.of(field, "an integer within 32 bits", json.get(field));
    }
  }

  public static Long longInteger(ObjectNode json, String field, Mismatch mismatch) {
    BigDecimal number = number(json, field, mismatch);
    try {
      return number == null ? null : number.longValueExact();
    } catch (ArithmeticException e) {
      throw mismatch.of(field, "an integer within 64 bits", json.get(field));
    }
  }

  public static BigDecimal number(ObjectNode json, String field, Mismatch mismatch) {
    JsonNode value = present(json, field);
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.isBigInteger() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      // A longer string is not converted: a BigDecimal of the hundreds of thousands of digits a
      // string may hold within the limits takes seconds to build, at every read.
      if (text.length() <= MAX_NUMBER_TEXT) {
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          // reported below
        }
      }
    }
    throw mismatch.of(field, "a number", value);
  }

  public static ObjectNode object(ObjectNode json, String field, Mismatch mismatch) {
    JsonNode value = present(json, field);
    if (value == null || value.isObject()) {
      return (ObjectNode) value;
    }
    throw mismatch.of(field, "an object", value);
  }

  public static ArrayNode array(ObjectNode json, String field, Mismatch mismatch) {
    JsonNode value = present(json, field);
    if (value == null || value.isArray()) {
      return (ArrayNode) value;
    }
    throw mismatch.of(field, "an array", value);
  }

  /** A number as a node that writes it exactly; null for null. */
  public static JsonNode numberNode(Number value) {
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
    // Doubles and floats go through their shortest exact decimal form.
    return DecimalNode.valueOf(new BigDecimal(value.toString()));
  }

  /** The field's value, or null when absent or JSON null. */
  private static JsonNode present(ObjectNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value;
  }
}
