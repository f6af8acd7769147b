package io.wcshooks.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LenientFieldsTest {
  private static final LenientFields.Mismatch MISMATCH =
      (field, expected, actual) -> new IllegalArgumentException(field + " is not " + expected);

  @Test
  void aNumberSentAsAStringIsRead() {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("port", " 5060 ").put("rate", "1.10");
    assertEquals(5060, LenientFields.integer(json, "port", MISMATCH));
    assertEquals(new BigDecimal("1.10"), LenientFields.number(json, "rate", MISMATCH));
  }

  @Test
  void aStringOfDigitsAsLongAsTheStringLimitIsRefusedAtOnceNotConvertedForSeconds() {
    // Within the body limits, but converting it to a BigDecimal takes seconds of CPU per read.
    ObjectNode json = JsonNodeFactory.instance.objectNode()
        .put("port", "1".repeat(JsonLimits.DEFAULTS.maxStringLength()));
    assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
      assertThrows(IllegalArgumentException.class, () -> LenientFields.integer(json, "port", MISMATCH));
      assertThrows(IllegalArgumentException.class, () -> LenientFields.number(json, "port", MISMATCH));
    });
  }
}
