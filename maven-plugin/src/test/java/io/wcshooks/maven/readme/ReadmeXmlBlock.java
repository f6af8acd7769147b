package io.wcshooks.maven.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced {@code xml} block of the README: a piece of a user's pom.
 *
 * <p>Every block is checked ({@link ReadmeXmlCheck}). {@code <!-- xml: unchecked, REASON -->} on the
 * line before its fence marks a block that cannot be, and says why.
 *
 * @param line the README line of the opening fence
 * @param text the block's text, its lines ending with a newline
 * @param uncheckedReason why the block is not checked, or null when it is
 */
record ReadmeXmlBlock(int line, String text, String uncheckedReason) {
  private static final String FENCE = "```xml";
  private static final Pattern UNCHECKED = Pattern.compile("^<!-- xml: unchecked, (.+) -->$");
  private static final Pattern ANY_MARKER = Pattern.compile("<!-- xml:");

  /** Every {@code xml} block of a README, in order; a malformed block or marker throws, naming its line. */
  static List<ReadmeXmlBlock> parse(List<String> readme) {
    List<ReadmeXmlBlock> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (ANY_MARKER.matcher(line).find()) {
        if (!(i + 1 < readme.size() && readme.get(i + 1).equals(FENCE))) {
          throw new IllegalArgumentException("README.md:" + (i + 1) + ": a <!-- xml: --> comment not on the line "
              + "just above a " + FENCE + " fence");
        }
        if (!UNCHECKED.matcher(line).matches()) {
          throw new IllegalArgumentException("README.md:" + (i + 1) + ": an xml block's comment is "
              + "<!-- xml: unchecked, REASON -->; a checked block needs none");
        }
      }
      if (!line.startsWith(FENCE)) {
        continue;
      }
      int fence = i + 1;
      if (!line.equals(FENCE)) {
        throw new IllegalArgumentException("README.md:" + fence + ": an xml block's fence is exactly " + FENCE);
      }
      StringBuilder text = new StringBuilder();
      for (i++; i < readme.size() && !readme.get(i).startsWith("```"); i++) {
        text.append(readme.get(i)).append('\n');
      }
      if (i == readme.size()) {
        throw new IllegalArgumentException("README.md:" + fence + ": an xml block that is never closed");
      }
      Matcher unchecked = UNCHECKED.matcher(fence >= 2 ? readme.get(fence - 2) : "");
      blocks.add(new ReadmeXmlBlock(fence, text.toString(), unchecked.matches() ? unchecked.group(1) : null));
    }
    return blocks;
  }

  /** The README line of a line of the block's text (1 for its first). */
  int readmeLine(int blockLine) {
    return line + blockLine;
  }
}
