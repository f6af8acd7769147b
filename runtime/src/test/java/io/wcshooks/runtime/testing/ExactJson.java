package io.wcshooks.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON comparison with exact semantics, independent of the runtime's own codec: numbers compare by
 * value and scale ({@code 1.10} is not {@code 1.1}), integers by their full value, objects by keys
 * in order, nulls as present values.
 */
public final class ExactJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private ExactJson() {}

  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode parseObject(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  public static void assertExactlyEqual(JsonNode expected, JsonNode actual) {
    assertExactlyEqual(expected, actual, "$");
  }

  private static void assertExactlyEqual(JsonNode expected, JsonNode actual, String path) {
    assertEquals(expected.getNodeType(), actual.getNodeType(), "type at " + path);
    switch (expected.getNodeType()) {
      case OBJECT -> {
        assertEquals(keys(expected), keys(actual), "keys (in order) at " + path);
        for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          assertExactlyEqual(expected.get(name), actual.get(name), path + "." + name);
        }
      }
      case ARRAY -> {
        assertEquals(expected.size(), actual.size(), "array size at " + path);
        for (int i = 0; i < expected.size(); i++) {
          assertExactlyEqual(expected.get(i), actual.get(i), path + "[" + i + "]");
        }
      }
      case NUMBER -> {
        assertEquals(expected.isIntegralNumber(), actual.isIntegralNumber(), "integral at " + path);
        if (expected.isIntegralNumber()) {
          assertEquals(expected.bigIntegerValue(), actual.bigIntegerValue(), "integer at " + path);
        } else {
          // BigDecimal.equals: value and scale.
          assertEquals(expected.decimalValue(), actual.decimalValue(), "decimal at " + path);
        }
      }
      case STRING -> assertEquals(expected.textValue(), actual.textValue(), "string at " + path);
      case BOOLEAN -> assertEquals(expected.booleanValue(), actual.booleanValue(), "boolean at " + path);
      case NULL -> assertTrue(actual.isNull(), "null at " + path);
      default -> fail("unexpected node " + expected.getNodeType() + " at " + path);
    }
  }
}
