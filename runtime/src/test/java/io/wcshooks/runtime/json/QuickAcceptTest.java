package io.wcshooks.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick scan accepts the bodies WCS sends, and gives up (leaving the strict reader to decide)
 * wherever the strict reader refuses, or where its rules are subtle. That it never accepts what
 * the strict reader refuses is also a property over fuzzed bodies ({@code ValidationMatchesParsingTest}).
 */
class QuickAcceptTest {
  private static final JsonLimits TIGHT = new JsonLimits(1 << 20, 4, 16, 8);
  private static final HookJson STRICT = new HookJson(JsonLimits.DEFAULTS);

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      " \t\r\n{ } \n",
      "{\"nodeId\":\"n1@10.0.0.1\",\"appKey\":\"defaultApp\",\"sessionId\":\"/10.0.0.2:5000/10.0.0.1:8443\","
          + "\"custom\":{\"token\":\"abc\",\"screen\":[1920,1080],\"n\":null,\"ok\":true,\"no\":false}}",
      "{\"sdp\":\"v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\na=fingerprint:sha-256 3F:0A\\r\\n\\u00e9\\/\\\"\\\\\\b\\f\\t\"}",
      "{\"n\":[0,-0,1,-1,1.10,1e5,1E+5,2.5e-3,-0.0000001,123456789012345678901234567890,1e999999999]}",
      "{\"a\":{\"b\":[{\"c\":[]},{}]},\"b\":{\"a\":1},\"c\":[[],[[]]]}",
      "{\"name\":\"Алиса 👋 日本\",\"Алиса\":\"é\",\"\":\"empty key\"}",
      "{\"a\":1,\"ab\":2,\"b\":3,\"ba\":4}",
      "{\"lone\":\"\\ud83d\",\"pair\":\"\\ud83d\\udc4b\"}",
  })
  void acceptsWhatWcsSends(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertEquals(true, QuickAccept.accepts(bytes, JsonLimits.DEFAULTS), body);
    STRICT.readObject(bytes); // and the strict reader agrees
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "[]", "\"s\"", "1", "null",
      "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":2}}", "{\"a\":1", "{\"a\":1}}", "{\"a\":1} x", "{\"a\":1}{}",
      "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "{\"a\":[1,]}", "{\"a\":[1 2]}",
      "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":1e+}",
      "{\"a\":0x1}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":truex}",
      "{\"a\":\"tab\there\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"open}",
      "{\"a\":1}\u0000", "{\"a\":1 /* c */}",
  })
  void givesUpOnWhatTheStrictReaderRefuses(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertEquals(false, QuickAccept.accepts(bytes, JsonLimits.DEFAULTS), body);
    assertThrows(MalformedJsonException.class, () -> STRICT.readObject(bytes), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\uFEFF{}",                      // a byte order mark, which Jackson skips
      "{\"\\u0061\":1,\"a\":2}",       // escaped keys: duplicates only after decoding
      "{\"esc\\\"aped\":1}",
      "{\"a\":1e1234567890}",          // exponents of more than nine digits (this one within 32 bits)
      "{\"a\":1e12345678901}",
  })
  void givesUpWhereTheRulesAreSubtle(String body) {
    assertEquals(false, QuickAccept.accepts(body.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULTS), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\":[[[1]]]}",               // depth 4 of at most 4: left to the strict reader
      "{\"a\":\"sixteen chars...\"}",  // 16 bytes, the limit
      "{\"a\":123456789}",             // 9 characters, over 8
      "{\"a\":1.2345678}",             // 9 characters, over 8
  })
  void givesUpAtTheLimits(String body) {
    assertEquals(false, QuickAccept.accepts(body.getBytes(StandardCharsets.UTF_8), TIGHT), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":[[1]]}", "{\"a\":\"fifteen chars..\"}", "{\"a\":-1234567}", "{\"a\":1.234567}"})
  void acceptsJustUnderTheLimits(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertEquals(true, QuickAccept.accepts(bytes, TIGHT), body);
    new HookJson(TIGHT).readObject(bytes);
  }

  /**
   * The eight-byte test of string content, exhaustively for one special byte among plain ones: every
   * byte value at every position, against the byte-by-byte rule (a quote, a backslash or a control
   * character stops the fast scan; everything else, bytes of multi-byte UTF-8 included, is plain).
   */
  @org.junit.jupiter.api.Test
  void eightBytesAtATimeSeeEveryQuoteBackslashAndControl() {
    for (int background : new int[] {'a', ' ', 0x7f, 0x80, 0xff, '!', '#', '[', ']'}) {
      for (int position = 0; position < 8; position++) {
        for (int value = 0; value < 256; value++) {
          long x = 0;
          for (int k = 0; k < 8; k++) {
            x |= (long) (k == position ? value : background) << (8 * k);
          }
          boolean special = value == '"' || value == '\\' || value < 0x20;
          int v = value;
          int p = position;
          assertEquals(!special, QuickAccept.plain(x),
              () -> "byte 0x" + Integer.toHexString(v) + " at " + p + " among 0x" + Integer.toHexString(background));
        }
      }
    }
    // Several special bytes at once (a borrow from one must not hide another).
    assertEquals(false, QuickAccept.plain(0x2222222222222222L));
    assertEquals(false, QuickAccept.plain(0x001f5c22_00000000L | 0x61616161L));
    assertEquals(true, QuickAccept.plain(0x6162636465666768L));
  }
}
