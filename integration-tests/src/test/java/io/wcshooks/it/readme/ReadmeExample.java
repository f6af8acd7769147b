package io.wcshooks.it.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced {@code java} block of the README, with what the line just above it says about it.
 *
 * <p>A block with no comment above it is a whole source file, {@code package} line first (or a
 * {@code package-info.java}: the package's annotations, then its line). Any other
 * block has {@code <!-- java: WRAPPER -->} on the line before its fence: {@code WRAPPER} is the code
 * around it, the block taking the place of the first {@code ...} in it ({@code <!-- java: ... -->}
 * for a class that only lacks its imports). {@code <!-- java: unchecked, REASON -->} marks a block
 * that cannot be compiled, and says why. {@code <!-- java: imports -->} marks the one block that
 * shows the reader the imports the wrapped blocks leave out: nothing but {@code import} lines, each
 * maybe with a {@code //} comment; it must be the list they are compiled with.
 *
 * @param line the README line of the opening fence
 * @param code the block's text, its lines ending with a newline
 * @param wrapper the code around it, or null for a whole file
 * @param uncheckedReason why the block is not compiled, or null when it is
 * @param isImports whether this is the block of the wrapped blocks' imports
 */
record ReadmeExample(int line, String code, String wrapper, String uncheckedReason, boolean isImports) {
  static final String PLACEHOLDER = "...";
  static final String IMPORTS = "imports";
  private static final Pattern IMPORT_LINE = Pattern.compile("^import (static )?([\\w.]+(?:\\.\\*)?);(?:\\s*//.*)?$");

  private static final Pattern MARKER = Pattern.compile("^<!-- java: (.*) -->$");
  private static final Pattern UNCHECKED = Pattern.compile("^unchecked, (.+)$");
  private static final Pattern ANY_MARKER = Pattern.compile("<!-- java:");
  /** A {@code package-info.java}: annotations, then the package line. */
  static final Pattern PACKAGE_INFO = Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)+package [\\w.]+;");

  boolean isWholeFile() {
    return wrapper == null && uncheckedReason == null && !isImports;
  }

  /**
   * The names an imports block imports, as {@link ExampleSource#IMPORTS} spells them ({@code static}
   * and the name, without {@code import} and the semicolon); a line of anything else throws, naming it.
   */
  List<String> importedNames() {
    List<String> names = new ArrayList<>();
    String[] lines = code.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Matcher name = IMPORT_LINE.matcher(lines[i].strip());
      if (!name.matches()) {
        throw new IllegalArgumentException("README.md:" + (line + 1 + i) + ": not an import line in the imports "
            + "block: " + lines[i]);
      }
      names.add(name.group(1) == null ? name.group(2) : "static " + name.group(2));
    }
    return names;
  }

  /** Every {@code java} block of a README, in order; a malformed block or marker throws, naming its line. */
  static List<ReadmeExample> parse(List<String> readme) {
    List<ReadmeExample> examples = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (ANY_MARKER.matcher(line).find() && !(i + 1 < readme.size() && readme.get(i + 1).equals("```java"))) {
        throw new IllegalArgumentException("README.md:" + (i + 1) + ": a <!-- java: --> comment not on the line "
            + "just above a ```java fence");
      }
      if (!line.startsWith("```java")) {
        continue;
      }
      int fence = i + 1;
      if (!line.equals("```java")) {
        throw new IllegalArgumentException("README.md:" + fence + ": a java block's fence is exactly ```java");
      }
      StringBuilder code = new StringBuilder();
      for (i++; i < readme.size() && !readme.get(i).startsWith("```"); i++) {
        code.append(readme.get(i)).append('\n');
      }
      if (i == readme.size()) {
        throw new IllegalArgumentException("README.md:" + fence + ": a java block that is never closed");
      }
      examples.add(of(fence, code.toString(), fence >= 2 ? readme.get(fence - 2) : ""));
    }
    return examples;
  }

  private static ReadmeExample of(int fence, String code, String lineAbove) {
    Matcher marker = MARKER.matcher(lineAbove);
    if (!marker.matches()) {
      if (!code.startsWith("package ") && !PACKAGE_INFO.matcher(code).lookingAt()) {
        throw new IllegalArgumentException("README.md:" + fence + ": a java block that is not a whole file "
            + "(package line first, or a package-info with its annotations) needs <!-- java: WRAPPER --> or "
            + "<!-- java: unchecked, REASON --> on the line above");
      }
      return new ReadmeExample(fence, code, null, null, false);
    }
    String text = marker.group(1).trim();
    if (text.equals(IMPORTS)) {
      return new ReadmeExample(fence, code, null, null, true);
    }
    Matcher unchecked = UNCHECKED.matcher(text);
    if (unchecked.matches()) {
      return new ReadmeExample(fence, code, null, unchecked.group(1), false);
    }
    if (!text.contains(PLACEHOLDER)) {
      throw new IllegalArgumentException("README.md:" + (fence - 1) + ": a wrapper without " + PLACEHOLDER
          + " where the block goes: " + text);
    }
    return new ReadmeExample(fence, code, text, null, false);
  }
}
