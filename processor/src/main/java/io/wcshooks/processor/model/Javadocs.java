package io.wcshooks.processor.model;

import io.wcshooks.spec.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns spec text into Javadoc that javac's doclint accepts ({@code -Xdoclint:all}): English is
 * plain text, escaped; Russian is the table's HTML, kept where it is well-formed and escaped where
 * it is not, so that it shows as text rather than breaking the page.
 */
public final class Javadocs {
  /** The width generated Javadoc text is wrapped to, before the comment's own indentation. */
  public static final int WIDTH = 90;

  /** Tags the Russian texts may keep: HTML5 phrasing elements without attributes, and paragraphs. */
  private static final Set<String> INLINE_TAGS = Set.of("code", "u", "b", "i", "em", "strong", "sub", "sup");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\s*(/?)>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");
  /** Named entities doclint knows for sure; anything else is escaped. */
  private static final Set<String> ENTITIES = Set.of(
      "amp", "lt", "gt", "quot", "apos", "nbsp", "laquo", "raquo", "mdash", "ndash", "hellip", "copy");

  /** The paragraph of a credential's accessor. */
  public static final String CREDENTIAL = "<p>A credential: {@link #toString()} shows it as {@code \"<hidden>\"}.";

  private Javadocs() {}

  /**
   * The English text as a sentence, then the Russian one in its own paragraph, as the table prints
   * it (with its tags). Not wrapped.
   */
  public static String of(Text text) {
    StringBuilder doc = new StringBuilder();
    if (!text.en().isBlank()) {
      doc.append(sentence(text.en()));
    }
    if (!text.ru().isBlank()) {
      if (doc.length() > 0) {
        doc.append("\n\n");
      }
      String ru = html(text.ru().strip());
      // A text that opens its own paragraph needs no other: an empty <p> is a doclint warning.
      doc.append(ru.startsWith("<p>") ? "" : "<p>").append(ru);
    }
    return doc.toString();
  }

  /** Plain text, escaped, ending with a full stop. */
  public static String sentence(String text) {
    String escaped = escape(text.strip());
    if (escaped.isEmpty()) {
      return escaped;
    }
    char last = escaped.charAt(escaped.length() - 1);
    return last == '.' || last == '!' || last == '?' ? escaped : escaped + ".";
  }

  /** Plain text, escaped for HTML and for Javadoc. */
  public static String escape(String text) {
    return safe(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  /** Text in code font: {@code {@code text}} when it can be, else an escaped {@code <code>} element. */
  public static String code(String text) {
    boolean plain = !text.contains("@") && !text.contains("*/") && !text.contains("\n") && !text.contains("\r")
        && balancedBraces(text);
    return plain ? "{@code " + text + "}" : "<code>" + escape(text) + "</code>";
  }

  /**
   * HTML from the spec, made valid: allowed tags (see {@link #INLINE_TAGS}, and {@code <p>},
   * {@code </p>}, {@code <br>}) are kept when they nest properly; any other tag, unmatched end tag,
   * unclosed start tag, stray {@code <}, {@code >} or {@code &} is escaped and shows as text.
   */
  static String html(String text) {
    List<String> out = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>(); // indexes in out of open inline start tags
    Deque<String> openNames = new ArrayDeque<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        Matcher tag = TAG.matcher(text).region(i, text.length());
        if (tag.lookingAt()) {
          String raw = tag.group();
          String name = tag.group(2).toLowerCase(Locale.ROOT);
          boolean end = !tag.group(1).isEmpty();
          String kept = keep(name, end, tag.group(3).isEmpty(), open, openNames, out.size());
          out.add(kept != null ? kept : escape(raw));
          i = tag.end();
          continue;
        }
        out.add("&lt;");
      } else if (c == '>') {
        out.add("&gt;");
      } else if (c == '&') {
        Matcher entity = ENTITY.matcher(text).region(i, text.length());
        if (entity.lookingAt() && (entity.group(1).startsWith("#") || ENTITIES.contains(entity.group(1)))) {
          out.add(entity.group());
          i = entity.end();
          continue;
        }
        out.add("&amp;");
      } else {
        out.add(String.valueOf(c));
      }
      i++;
    }
    // Start tags never closed: shown as text rather than left open.
    for (int index : open) {
      out.set(index, escape(out.get(index)));
    }
    return safe(String.join("", out));
  }

  /** The tag to keep, or null to escape it; updates the open inline elements. */
  private static String keep(String name, boolean end, boolean notSelfClosing, Deque<Integer> open,
      Deque<String> openNames, int index) {
    if (!notSelfClosing) {
      return name.equals("br") && !end ? "<br>" : null;
    }
    if (name.equals("br")) {
      return end ? null : "<br>";
    }
    if (name.equals("p")) {
      // A paragraph cannot start or end inside an inline element.
      return openNames.isEmpty() ? (end ? "</p>" : "<p>") : null;
    }
    if (!INLINE_TAGS.contains(name)) {
      return null;
    }
    if (!end) {
      open.push(index);
      openNames.push(name);
      return "<" + name + ">";
    }
    if (name.equals(openNames.peek())) {
      open.pop();
      openNames.pop();
      return "</" + name + ">";
    }
    return null;
  }

  /**
   * Wraps each line longer than {@code width} at spaces, never inside an inline tag ({@code {@...}}),
   * an HTML tag or a {@code <pre>} block.
   */
  public static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    boolean pre = false;
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      if (l > 0) {
        out.append('\n');
      }
      if (line.contains("<pre>")) {
        pre = true;
      }
      if (pre) {
        out.append(line);
      } else {
        wrapLine(line, width, out);
      }
      if (line.contains("</pre>")) {
        pre = false;
      }
    }
    return out.toString();
  }

  private static void wrapLine(String line, int width, StringBuilder out) {
    List<Integer> breaks = new ArrayList<>();
    int braces = 0;
    boolean inTag = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '{') {
        braces++;
      } else if (c == '}' && braces > 0) {
        braces--;
      } else if (c == '<') {
        inTag = true;
      } else if (c == '>') {
        inTag = false;
      } else if (c == ' ' && braces == 0 && !inTag) {
        breaks.add(i);
      }
    }
    int start = 0;
    while (line.length() - start > width) {
      int cut = -1;
      for (int b : breaks) {
        if (b <= start) {
          continue;
        }
        if (b - start <= width || cut < 0) {
          cut = b;
        }
        if (b - start > width) {
          break;
        }
      }
      if (cut < 0) {
        break;
      }
      out.append(line, start, cut).append('\n');
      start = cut + 1;
      while (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
    }
    out.append(line, start, line.length());
  }

  private static boolean balancedBraces(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** What must never reach a Javadoc comment verbatim: its end, and tags. */
  private static String safe(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;");
  }
}
