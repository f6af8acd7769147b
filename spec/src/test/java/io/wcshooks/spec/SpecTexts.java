package io.wcshooks.spec;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The bundled spec's text, which tests break in one place, and what the loader says of it. */
final class SpecTexts {
  private SpecTexts() {}

  static String bundledText() throws IOException {
    try (InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(SpecLoader.BUNDLED_SPEC)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static SpecException rejected(String yaml) {
    return assertThrows(SpecException.class,
        () -> SpecLoader.load("broken.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  /** The 1-based line on which {@code needle} first is. */
  static int lineOf(String text, String needle) {
    int index = text.indexOf(needle);
    assertTrue(index >= 0, needle);
    return text.substring(0, index).split("\n", -1).length;
  }
}
