package io.wcshooks.spec;

import java.util.Objects;

/**
 * A description in the languages of the source documents.
 *
 * @param en the English text (the methods table's language); may be empty, never null
 * @param ru the Russian text; empty when the sources give none
 */
public record Text(String en, String ru) {
  public static final Text EMPTY = new Text("", "");

  public Text {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(ru, "ru");
  }

  public boolean isEmpty() {
    return en.isEmpty() && ru.isEmpty();
  }
}
