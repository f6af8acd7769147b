package io.wcshooks.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** HookJson writes trees byte for byte as its ObjectMapper does, without building one. */
class TreeWriterTest {
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);

  @Test
  void writesParsedTreesAsTheMapperDoes() throws Exception {
    String body = "{\"a\":\"Привет 👋 \\u00e9 \\\"q\\\" \\\\ \\n\\t\\u0001\",\"n\":null,\"t\":true,\"f\":false,"
        + "\"i\":-7,\"l\":9223372036854775807,\"big\":123456789012345678901234567890,\"d\":1.10,\"e\":1e5,"
        + "\"z\":-0,\"tiny\":0.0000001,\"o\":{},\"arr\":[1,[2,{\"x\":[]}],null,\"s\"]}";
    ObjectNode tree = JSON.readObject(body.getBytes(StandardCharsets.UTF_8));
    assertEquals(new String(JSON.mapper().writeValueAsBytes(tree), StandardCharsets.UTF_8),
        new String(JSON.write(tree), StandardCharsets.UTF_8));
  }

  @Test
  void writesValuesAHandlerPutsAsTheMapperDoes() throws Exception {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("double", 1.5).put("float", 2.25f).put("short", (short) 3).put("decimal", new BigDecimal("1.230"))
        .put("bigint", new BigInteger("-99999999999999999999")).putNull("nothing");
    tree.putArray("list").add(1).add("two").addNull();
    tree.putPOJO("pojo", java.util.Map.of("k", "v"));
    tree.put("binary", new byte[] {1, 2, 3});
    assertEquals(new String(JSON.mapper().writeValueAsBytes(tree), StandardCharsets.UTF_8),
        new String(JSON.write(tree), StandardCharsets.UTF_8));
    tree.remove("pojo");
    tree.remove("binary");
    assertEquals(new String(JSON.mapper().writeValueAsBytes(tree), StandardCharsets.UTF_8),
        new String(JSON.write(tree), StandardCharsets.UTF_8));
  }
}
