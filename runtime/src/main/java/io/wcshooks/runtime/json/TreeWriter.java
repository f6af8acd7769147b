package io.wcshooks.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BaseJsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a tree with a bare generator, byte for byte as an {@code ObjectMapper} with default
 * settings writes it, without needing one: objects and arrays here, every other value by its own
 * {@code serialize} (text, numbers, {@link ExactDecimalNode}'s kept text, booleans), null here. A value
 * only databind can write makes it give up ({@link NotAPlainTree}).
 */
final class TreeWriter {
  /** The tree holds a value that needs databind (a POJO, binary data, a missing node). */
  static final class NotAPlainTree extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotAPlainTree() {
      super(null, null, false, false);
    }
  }

  private TreeWriter() {}

  static void write(JsonNode node, JsonGenerator generator) throws IOException {
    if (node.isObject()) {
      generator.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        generator.writeFieldName(field.getKey());
        write(field.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      for (JsonNode element : node) {
        write(element, generator);
      }
      generator.writeEndArray();
    } else if (node.isNull()) {
      // NullNode writes itself through the serializer provider, which there is none of here.
      generator.writeNull();
    } else if (node instanceof POJONode || node instanceof BinaryNode || node instanceof MissingNode
        || !(node instanceof BaseJsonNode value)) {
      throw new NotAPlainTree();
    } else {
      // Text, numbers (ExactDecimalNode: its kept text), booleans write themselves without the provider.
      value.serialize(generator, null);
    }
  }
}
