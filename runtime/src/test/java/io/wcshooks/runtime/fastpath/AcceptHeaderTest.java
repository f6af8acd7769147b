package io.wcshooks.runtime.fastpath;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glassfish.jersey.message.internal.HttpHeaderReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path's reading of Accept headers against Jersey's. */
class AcceptHeaderTest {

  /** The shortcut skips Jersey's reader only for values that reader accepts, and that allow JSON. */
  @Test
  void thePlainValuesParseAndAllowJson() {
    for (String accept : HookFastPath.PLAIN_ACCEPTS) {
      assertDoesNotThrow(() -> HttpHeaderReader.readAcceptMediaType(accept), accept);
      assertTrue(HookFastPath.acceptsJson(List.of(accept)), accept);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json;q=2", "application/json;q=abc", "application/json, @/@",
      "application/json;x=\"unterminated", "application/json;q=1.0000", "application/json;q="})
  void whatJerseyCannotParseIsLeftToJersey(String accept) {
    assertFalse(HookFastPath.parsesAsJerseyParsesIt(List.of(accept)));
    assertFalse(HookFastPath.acceptsJson(List.of(accept)));
  }

  @Test
  void severalAcceptHeadersAreReadJoinedAsJerseyJoinsThem() {
    assertTrue(HookFastPath.acceptsJson(List.of("text/plain", "application/json")));
    assertFalse(HookFastPath.acceptsJson(List.of("application/json", "application/json;q=2")));
  }
}
