package io.wcshooks.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A test source file that knows its lines, so that a test can say which line a diagnostic must be
 * anchored to by a fragment of it rather than by a number that drifts when the source is edited.
 */
record TestSource(JavaFileObject file, List<String> lines) {

  static TestSource of(String qualifiedName, String... lines) {
    return new TestSource(JavaFileObjects.forSourceLines(qualifiedName, lines), List.of(lines));
  }

  /** The 1-based number of the only line containing {@code fragment}. */
  long line(String fragment) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        found.add(i + 1);
      }
    }
    if (found.size() != 1) {
      throw new IllegalArgumentException("'" + fragment + "' is on lines " + found + " of " + file.getName()
          + "; a test anchors to exactly one line");
    }
    return found.get(0);
  }
}
