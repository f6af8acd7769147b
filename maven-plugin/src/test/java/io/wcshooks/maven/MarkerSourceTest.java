package io.wcshooks.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** javac reads back from the marker the very path the plugin wrote, whatever the path and the source encoding. */
class MarkerSourceTest {
  private static final String DIGEST = "0ee5972f9bc38c60a8a25b0c87666907ae176b8aa6cad893067acb8de0f4e977";

  @TempDir
  Path directory;

  @ParameterizedTest
  @ValueSource(strings = {
      "/home/j\u00f6rg/my specs/wcs-hooks.yaml",
      "/srv/\u0441\u043f\u0435\u043a/\ud83d\ude00.yaml",
      "C:\\Users\\J\u00f6rg\\\"quoted\"\\wcs-hooks.yaml",
      "C:\\users\\u0041\\wcs-hooks.yaml",
      "/tmp/a line\nbreak\tand a tab/wcs-hooks.yaml"})
  void javacReadsThePathBackInAnyEncoding(String path) throws IOException {
    String source = MarkerSource.of("com.example.wcs", path, DIGEST, "1.2.3");
    assertTrue(source.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n'), source);
    for (Charset encoding : List.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII, Charset.forName("windows-1252"))) {
      assertEquals(Map.of("path", path, "sha256", DIGEST), annotationValues(source, encoding), encoding.name());
    }
  }

  @Test
  void javacReadsAPackageNameBeyondAsciiInAnyEncoding() throws IOException {
    String source = MarkerSource.of("com.ex\u00e4mple.\u0445\u0443\u043a\u0438", "", "", "1.2.3");
    assertTrue(source.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n'), source);
    for (Charset encoding : List.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII)) {
      assertEquals("com.ex\u00e4mple.\u0445\u0443\u043a\u0438", name(parse(source, encoding).getPackageName()),
          encoding.name());
    }
  }

  @Test
  void theBundledSpecHasAnEmptyPathAndDigest() throws IOException {
    String source = MarkerSource.of("io.wcshooks.hooks", "", "", "1.2.3");
    assertEquals(Map.of("path", "", "sha256", ""), annotationValues(source, StandardCharsets.UTF_8));
    assertTrue(source.startsWith(MarkerSource.HEADER + "the bundled spec by wcs-hooks 1.2.3. */\n"), source);
  }

  /** The values of the marker's annotation, as javac reads them in that encoding. */
  private Map<String, String> annotationValues(String source, Charset encoding) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (AnnotationTree annotation : parse(source, encoding).getPackageAnnotations()) {
      assertEquals("io.wcshooks.api.WcsHooksSpec", annotation.getAnnotationType().toString());
      for (ExpressionTree argument : annotation.getArguments()) {
        AssignmentTree assignment = (AssignmentTree) argument;
        values.put(((IdentifierTree) assignment.getVariable()).getName().toString(),
            (String) ((LiteralTree) assignment.getExpression()).getValue());
      }
    }
    return values;
  }

  /** A qualified name as javac read it (a tree's toString() escapes some letters again). */
  private static String name(ExpressionTree tree) {
    return tree instanceof MemberSelectTree select
        ? name(select.getExpression()) + "." + select.getIdentifier()
        : ((IdentifierTree) tree).getName().toString();
  }

  /** The marker written as the plugin writes it (UTF-8), parsed by javac in that encoding, without a complaint. */
  private CompilationUnitTree parse(String source, Charset encoding) throws IOException {
    Path file = directory.resolve("package-info.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, encoding)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, List.of("-proc:none"), null,
          files.getJavaFileObjects(file));
      CompilationUnitTree unit = task.parse().iterator().next();
      assertEquals(List.of(), diagnostics.getDiagnostics(), source);
      return unit;
    }
  }
}
