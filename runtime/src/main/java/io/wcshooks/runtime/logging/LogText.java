package io.wcshooks.runtime.logging;

/**
 * Values from a request made safe for a log line: control characters escaped (so a caller cannot
 * forge log lines with a newline in a sessionId or path), and long values cut.
 */
public final class LogText {
  /** The most characters of one value a log line shows. */
  public static final int MAX_LENGTH = 200;

  private LogText() {}

  /** The value with control characters escaped and cut at {@link #MAX_LENGTH}; {@code -} for null. */
  public static String safe(String value) {
    if (value == null) {
      return "-";
    }
    boolean cut = value.length() > MAX_LENGTH;
    String text = cut ? value.substring(0, MAX_LENGTH) : value;
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
          });
        } else {
          out.append(c);
        }
      }
    }
    String safe = out == null ? text : out.toString();
    return cut ? safe + "..." : safe;
  }
}
