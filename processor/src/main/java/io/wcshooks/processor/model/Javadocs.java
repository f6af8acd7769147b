package io.wcshooks.processor.model;

import io.wcshooks.spec.Text;

/** Turns spec descriptions into Javadoc text. */
final class Javadocs {
  private Javadocs() {}

  /** The English text escaped for HTML, then the Russian one as the table prints it (with its own tags). */
  static String of(Text text) {
    StringBuilder doc = new StringBuilder();
    if (!text.en().isBlank()) {
      doc.append(escape(text.en().strip()));
    }
    if (!text.ru().isBlank()) {
      if (doc.length() > 0) {
        doc.append("\n\n");
      }
      doc.append("<p lang=\"ru\">").append(safe(text.ru().strip()));
    }
    return doc.toString();
  }

  static String escape(String text) {
    return safe(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  /** What must never reach a Javadoc comment verbatim: its end, and block tags. */
  private static String safe(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;");
  }
}
