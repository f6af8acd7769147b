package io.wcshooks.it.readme;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source file a README block compiles as: a whole file as it is, a wrapped block in package
 * {@code com.example} with the imports the README leaves out, inside its wrapper.
 *
 * @param path the file's path under the source root, e.g. {@code com/example/Main.java}
 * @param text the file's text
 * @param example the README block it holds
 * @param blockStart the file's line (1-based) that holds the block's first line
 */
record ExampleSource(String path, String text, ReadmeExample example, int blockStart) {
  static final String PACKAGE = "com.example";
  private static final String PACKAGE_INFO = "package-info";

  /**
   * What the README's fragments use without importing it: the API, JUnit's assertions, the JDK's
   * basics. The README shows the reader this list, in its {@code <!-- java: imports -->} block.
   */
  static final List<String> IMPORTS = List.of(
      "static org.junit.jupiter.api.Assertions.*",
      "io.wcshooks.api.*",
      "io.wcshooks.hooks.*",
      "io.wcshooks.runtime.client.*",
      "io.wcshooks.runtime.failure.*",
      "io.wcshooks.runtime.json.JsonLimits",
      "io.wcshooks.runtime.security.*",
      "io.wcshooks.runtime.server.*",
      "io.wcshooks.runtime.servlet.WcsHooksServlet",
      // Only this one of the testkit: its RestPolicy and RestOnError would clash with the generated ones.
      "io.wcshooks.testkit.FakeWcsRestApi",
      "jakarta.servlet.annotation.WebServlet",
      "java.time.Duration",
      "java.util.*",
      "java.util.concurrent.ConcurrentHashMap",
      "org.glassfish.jersey.server.ResourceConfig",
      "org.junit.jupiter.api.Test");

  private static final Pattern PACKAGE_LINE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern TYPE = Pattern.compile(
      "^\\s*(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)",
      Pattern.MULTILINE);

  static ExampleSource of(ReadmeExample example) {
    if (example.isWholeFile()) {
      return new ExampleSource(path(example.code(), packageOf(example.code()), example), example.code(), example, 1);
    }
    StringBuilder text = new StringBuilder("package ").append(PACKAGE).append(";\n\n");
    for (String name : IMPORTS) {
      text.append("import ").append(name).append(";\n");
    }
    text.append('\n');
    int at = example.wrapper().indexOf(ReadmeExample.PLACEHOLDER);
    String before = example.wrapper().substring(0, at).strip();
    String after = example.wrapper().substring(at + ReadmeExample.PLACEHOLDER.length()).strip();
    if (!before.isEmpty()) {
      text.append(before).append('\n');
    }
    int blockStart = (int) text.chars().filter(c -> c == '\n').count() + 1;
    text.append(example.code());
    if (!after.isEmpty()) {
      text.append(after).append('\n');
    }
    return new ExampleSource(path(text.toString(), PACKAGE, example), text.toString(), example, blockStart);
  }

  private static String packageOf(String code) {
    Matcher found = PACKAGE_LINE.matcher(code);
    return found.find() ? found.group(1) : "";
  }

  /** The file is named after its first top-level type, as javac requires of a public one. */
  private static String path(String text, String packageName, ReadmeExample example) {
    String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    if (isPackageInfo(text)) {
      return directory + PACKAGE_INFO + ".java";
    }
    Matcher type = TYPE.matcher(text);
    if (!type.find()) {
      throw new IllegalArgumentException("README.md:" + example.line() + ": no class in the block or its wrapper");
    }
    return directory + type.group(1) + ".java";
  }

  private static boolean isPackageInfo(String text) {
    return ReadmeExample.PACKAGE_INFO.matcher(text).lookingAt();
  }

  /** Whether this is a {@code package-info.java}. */
  boolean isPackageInfo() {
    return typeName().equals(PACKAGE_INFO);
  }

  /** The package the file is in. */
  String packageName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
  }

  /** The type the file declares first. */
  String typeName() {
    String file = path.substring(path.lastIndexOf('/') + 1);
    return file.substring(0, file.length() - ".java".length());
  }

  /** The README line of a line of this file, or -1 for a line of the wrapper. */
  long readmeLine(long fileLine) {
    long inBlock = fileLine - blockStart;
    long blockLines = example.code().chars().filter(c -> c == '\n').count();
    return inBlock >= 0 && inBlock < blockLines ? example.line() + 1 + inBlock : -1;
  }
}
