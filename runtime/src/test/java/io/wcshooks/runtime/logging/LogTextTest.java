package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogTextTest {
  @Test
  void plainTextIsUnchanged() {
    String text = "/192.168.1.38:64604/192.168.1.59:8443 сессия 😀";

    assertSame(text, LogText.safe(text));
  }

  @Test
  void controlCharactersAreEscaped() {
    assertEquals("a\\nb\\rc\\td\\u0000e\\u001bf\\u2028g\\u0085h", LogText.safe("a\nb\rc\td\0e\u001bf\u2028g\u0085h"));
  }

  @Test
  void nullIsADash() {
    assertEquals("-", LogText.safe(null));
  }

  @Test
  void longValuesAreCut() {
    assertEquals("y".repeat(LogText.MAX_LENGTH) + "...", LogText.safe("y".repeat(LogText.MAX_LENGTH + 1)));
    assertEquals("y".repeat(LogText.MAX_LENGTH), LogText.safe("y".repeat(LogText.MAX_LENGTH)));
  }
}
