package io.wcshooks.runtime.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration hook bodies are read and written with, chosen so that an echo is
 * exact: decimals are read as {@code BigDecimal} without stripping zeros, big integers stay
 * {@code BigInteger}, objects keep their key order, nulls stay nulls. Input that a strict reader
 * would guess at (duplicate keys, trailing content) is rejected instead.
 */
public final class HookJson {
  private final ObjectMapper mapper;

  /**
   * @param limits how deep, long and large a body may be
   */
  public HookJson(JsonLimits limits) {
    this.mapper = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .build());
  }

  /** The configured mapper, shared with Jersey's Jackson provider. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Parses a hook body, which must be one JSON object.
   *
   * @throws MalformedJsonException with a message fit for the caller when it is not
   */
  public ObjectNode readObject(byte[] body) {
    if (body.length == 0) {
      throw new MalformedJsonException("the body is empty; a hook body is a JSON object");
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (StreamConstraintsException e) {
      throw new MalformedJsonException("the body exceeds a limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException("malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new MalformedJsonException("the body is empty; a hook body is a JSON object");
    }
    if (!tree.isObject()) {
      throw new MalformedJsonException("a hook body is a JSON object, not " + describe(tree));
    }
    return (ObjectNode) tree;
  }

  /** Writes a tree exactly, as UTF-8. */
  public byte[] write(JsonNode tree) {
    try {
      return mapper.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      // A tree built from parsed JSON and plain values always serialises.
      throw new IllegalStateException(e);
    }
  }

  private static String describe(JsonNode tree) {
    return switch (tree.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
