package io.wcshooks.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
  void aStringOfDigitsAsLongAsTheStringLimitIsNotANumber() {
    // Within the body limits, but converting it to a BigDecimal takes seconds of CPU at every read:
    // refused unread, where a conversion would have returned it as a number.
    ObjectNode json = JsonNodeFactory.instance.objectNode()
        .put("port", "1".repeat(JsonLimits.DEFAULTS.maxStringLength()));
    assertThrows(IllegalArgumentException.class, () -> LenientFields.number(json, "port", MISMATCH));
    assertThrows(IllegalArgumentException.class, () -> LenientFields.integer(json, "port", MISMATCH));
  }

  @Test
  void aNumberStringAtTheLengthLimitIsStillRead() {
    String digits = "1".repeat(LenientFields.MAX_NUMBER_TEXT);
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("big", digits);
    assertEquals(new BigDecimal(digits), LenientFields.number(json, "big", MISMATCH));
  }
}
