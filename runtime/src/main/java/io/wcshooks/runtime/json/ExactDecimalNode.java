package io.wcshooks.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A decimal written back exactly as it was read: {@code 1e5} stays {@code 1e5}, {@code 1.10}
 * keeps its zero, and {@code 0.0000001} does not become {@code 1E-7} as {@link BigDecimal#toString()}
 * would write it. Its value is the exact {@code BigDecimal}; it equals any node of equal value.
 */
final class ExactDecimalNode extends NumericNode {
  private static final long serialVersionUID = 1L;

  private final BigDecimal value;
  private final String text;

  ExactDecimalNode(BigDecimal value, String text) {
    this.value = value;
    this.text = text;
  }

  @Override
  public JsonToken asToken() {
    return JsonToken.VALUE_NUMBER_FLOAT;
  }

  @Override
  public JsonParser.NumberType numberType() {
    return JsonParser.NumberType.BIG_DECIMAL;
  }

  @Override
  public boolean isBigDecimal() {
    return true;
  }

  @Override
  public boolean isFloatingPointNumber() {
    return true;
  }

  @Override
  public Number numberValue() {
    return value;
  }

  @Override
  public int intValue() {
    return value.intValue();
  }

  @Override
  public long longValue() {
    return value.longValue();
  }

  @Override
  public double doubleValue() {
    return value.doubleValue();
  }

  @Override
  public BigDecimal decimalValue() {
    return value;
  }

  @Override
  public BigInteger bigIntegerValue() {
    return value.toBigInteger();
  }

  @Override
  public boolean canConvertToInt() {
    return value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
        && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
  }

  @Override
  public boolean canConvertToLong() {
    return value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
        && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  @Override
  public String asText() {
    return text;
  }

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeNumber(text);
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    return other instanceof NumericNode number && number.isNumber()
        && value.compareTo(number.decimalValue()) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }
}
