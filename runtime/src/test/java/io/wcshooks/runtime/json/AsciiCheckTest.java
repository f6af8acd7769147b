package io.wcshooks.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time ASCII check agrees with a byte-by-byte one, at every position and length. */
class AsciiCheckTest {
  @Test
  void findsANonAsciiByteAtEveryPositionOfEveryLength() {
    for (int length = 0; length <= 40; length++) {
      byte[] body = new byte[length];
      java.util.Arrays.fill(body, (byte) 'a');
      assertEquals(true, HookJson.isAscii(body), "length " + length);
      for (int at = 0; at < length; at++) {
        for (byte high : new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0xFF}) {
          body[at] = high;
          assertEquals(false, HookJson.isAscii(body), "length " + length + ", at " + at);
          body[at] = 'a';
        }
      }
    }
  }
}
