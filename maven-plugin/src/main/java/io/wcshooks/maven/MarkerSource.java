package io.wcshooks.maven;

/**
 * The text of the {@code package-info.java} the plugin writes: {@code @WcsHooksSpec} with the spec's
 * path and digest on the package of the hooks.
 *
 * <p>The text is ASCII whatever the path or the package name holds. javac reads sources in the module's
 * {@code project.build.sourceEncoding}, or without one in the platform's charset (on JDK 17, Cp1252 on
 * a Western Windows): a UTF-8 {@code ö} in a path read as Cp1252 names a file that does not exist, and
 * the processor could not find the spec. Every character outside printable ASCII is written as an
 * escape, which every encoding reads the same.
 */
final class MarkerSource {
  /** How every marker the plugin writes begins: how it tells its own files from a user's. */
  static final String HEADER = "/** The WCS hooks generated from ";

  private static final String ANNOTATION = "io.wcshooks.api.WcsHooksSpec";

  private MarkerSource() {}

  /**
   * @param packageName the package of the generated hooks, a valid Java package name
   * @param specPath the spec file's absolute path, empty for the bundled spec
   * @param sha256 the spec's digest in hex, empty for the bundled spec
   * @param version the wcs-hooks version that writes it
   */
  static String of(String packageName, String specPath, String sha256, String version) {
    return HEADER + (specPath.isEmpty() ? "the bundled spec" : "the module's spec") + " by wcs-hooks "
        + version + ". */\n"
        + "@" + ANNOTATION + "(path = " + javaString(specPath) + ", sha256 = " + javaString(sha256) + ")\n"
        + "package " + ascii(packageName) + ";\n";
  }

  /** A Java name in ASCII: a letter beyond it (Java names may have them) as a Unicode escape. */
  private static String ascii(String name) {
    StringBuilder escaped = new StringBuilder();
    name.chars().forEach(c -> escaped.append(c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return escaped.toString();
  }

  /** A Java string literal of the text, in printable ASCII. */
  static String javaString(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20) {
        // Not a Unicode escape: javac turns those into characters before it reads the literal, and a line
        // break would end it. An octal escape is read inside the literal.
        literal.append(String.format("\\%03o", (int) c));
      } else if (c > 0x7e) {
        literal.append(String.format("\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
