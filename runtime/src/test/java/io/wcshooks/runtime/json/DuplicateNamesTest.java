package io.wcshooks.runtime.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trees are read without the parser's duplicate detection ({@link TreeReader} finds duplicates
 * itself): a duplicate is still refused, at the same place and with the same error as the strict
 * reader of {@link HookJson#validateObject} gives.
 */
class DuplicateNamesTest {
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);
  /** Strings up to 8 characters: a longer body is validated by reading its tree. */
  private static final HookJson SHORT_STRINGS = new HookJson(new JsonLimits(1 << 20, 64, 8, 100));

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"a\":1,\"a\":2}                              | malformed JSON at line 1, column 11: Duplicate field 'a'",
      "{\"a\":1,\"b\":{\"c\":1},\"a\":[1,2            | malformed JSON at line 1, column 23: Duplicate field 'a'",
      "{\"x\":[{\"a\":1,\"a\":2}]}                    | malformed JSON at line 1, column 17: Duplicate field 'a'",
      "{\"\\u0061\":1,\"a\":2}                        | malformed JSON at line 1, column 16: Duplicate field 'a'",
      "`{\n  \"custom\": {\"bb\" :1, \"bb\" : 2}}`     | malformed JSON at line 2, column 27: Duplicate field 'bb'",
      "{\"a\":1,\"a\":tru}                            | malformed JSON at line 1, column 11: Duplicate field 'a'",
      "{\"a\":1,\"a\" 2}                              | malformed JSON at line 1, column 11: Duplicate field 'a'",
      "{\"a\":1,\"a\":-}                              | malformed JSON at line 1, column 11: Duplicate field 'a'",
      "{\"a\":1,\"a\":}                               | malformed JSON at line 1, column 11: Duplicate field 'a'",
      "{\"a\":{},\"a\"                                | malformed JSON at line 1, column 12: Duplicate field 'a'",
      "{\"x\":[{\"a\":1,\"a\":nul}]}                  | malformed JSON at line 1, column 17: Duplicate field 'a'",
      "{\"a\":1,\"\\u0061\":fals}                      | malformed JSON at line 1, column 16: Duplicate field 'a'"})
  void aDuplicateIsRefusedAsTheStrictReaderRefusesIt(String body, String message) {
    byte[] bytes = body.strip().getBytes(StandardCharsets.UTF_8);
    assertEquals(message, assertThrows(MalformedJsonException.class, () -> JSON.readObject(bytes)).getMessage());
    assertEquals(message, assertThrows(MalformedJsonException.class, () -> JSON.validateObject(bytes)).getMessage());
  }

  /** A duplicate before a number over the length limit: the duplicate is what the strict reader reports. */
  @Test
  void aDuplicateBeforeANumberOverTheLimitIsReportedAsTheDuplicate() {
    byte[] bytes = ("{\"a\":1,\"a\":" + "1".repeat(300) + "}").getBytes(StandardCharsets.UTF_8);
    String message = "malformed JSON at line 1, column 11: Duplicate field 'a'";
    assertEquals(message, assertThrows(MalformedJsonException.class, () -> JSON.readObject(bytes)).getMessage());
    assertEquals(message, assertThrows(MalformedJsonException.class, () -> JSON.validateObject(bytes)).getMessage());
  }

  /** Bodies longer than the string limit are validated by reading their tree. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"b\":\"long enough\",\"a\":2}", "{\"a\":[{\"b\":1,\"b\":2}],\"c\":\"xxxxxxxx\"}"})
  void aLongBodysDuplicateIsRefusedByTheValidationToo(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String read = assertThrows(MalformedJsonException.class, () -> SHORT_STRINGS.readObject(bytes)).getMessage();
    String validated = assertThrows(MalformedJsonException.class, () -> SHORT_STRINGS.validateObject(bytes)).getMessage();
    assertEquals(read, validated);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"A\":2}", "{\"a\":{\"a\":1}}", "{\"a\":null,\"b\":null}", "{\"a\":[{\"b\":1},{\"b\":2}]}"})
  void namesThatAreNotDuplicatesAreRead(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertEquals(body, new String(JSON.write(assertDoesNotThrow(() -> JSON.readObject(bytes))), StandardCharsets.UTF_8));
  }
}
