package io.wcshooks.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Builds a tree from a streaming parser, keeping every number's text where writing its value
 * would change it (decimals, {@code -0}). Databind's tree reader cannot: it keeps only the value.
 * Refuses an object that names a property twice ({@link DuplicateName}).
 * Nesting is bounded by the parser's constraints, so the recursion is too.
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeReader() {}

  /**
   * An object names a property twice. Thrown without detail: the caller reads the body again with
   * a strict parser, which says where (duplicates are malformed input, so rare). A parser that does
   * not look for duplicates itself may instead fail on the value after the name; the caller reads
   * such a body again strictly too.
   */
  static final class DuplicateName extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final DuplicateName INSTANCE = new DuplicateName();

    private DuplicateName() {
      super("duplicate name", null, false, false);
    }
  }

  /** The value starting at the parser's current token. */
  static JsonNode value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (object.replace(name, value(parser)) != null) {
            throw DuplicateName.INSTANCE;
          }
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return TextNode.valueOf(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        String text = parser.getText();
        if (text.equals("-0")) {
          return new ExactDecimalNode(BigDecimal.ZERO, text);
        }
        return switch (parser.getNumberType()) {
          case INT -> IntNode.valueOf(parser.getIntValue());
          case LONG -> LongNode.valueOf(parser.getLongValue());
          default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return new ExactDecimalNode(parser.getDecimalValue(), parser.getText());
      }
      case VALUE_TRUE -> {
        return BooleanNode.TRUE;
      }
      case VALUE_FALSE -> {
        return BooleanNode.FALSE;
      }
      case VALUE_NULL -> {
        return NullNode.getInstance();
      }
      default -> throw new IllegalStateException("unexpected token " + token + " at " + parser.currentLocation());
    }
  }

  /**
   * Reads past the value starting at the parser's current token as {@link #value} would, with the
   * same checks and errors, but without building it: strings are skipped undecoded, numbers are
   * converted as {@link #value} converts them (that is where an out-of-range exponent fails).
   *
   * @return for an object or array, an empty one standing for it; a scalar as {@link #value} reads it
   */
  static JsonNode skip(JsonParser parser) throws IOException {
    JsonToken root = parser.currentToken();
    if (root != JsonToken.START_OBJECT && root != JsonToken.START_ARRAY) {
      return value(parser);
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        // Not reached: the parser reports an unclosed object or array itself.
        throw new IllegalStateException("unexpected end of input at " + parser.currentLocation());
      }
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value(parser);
        default -> {
          // Names, strings (skipped by the next nextToken()), true, false, null: nothing to convert.
        }
      }
    }
    return root == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
  }
}
