package io.wcshooks.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler in a module's test sources, compiled with the main classes on the class path: generating
 * the hooks again there made a second {@code WcsHooks} (and every request type) in the test classes,
 * calling the test's handlers only and hiding the main one from every test. Real javac runs into
 * directories, as a build's main and test compilations are.
 */
class CompiledElsewhereTest {
  @TempDir
  Path dir;

  private Path write(String root, String name, String... lines) throws IOException {
    Path file = dir.resolve(root).resolve(name.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Path handler(String root, String name, String hook, String type) throws IOException {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return write(root, name,
        "package com.example;",
        "",
        "import io.wcshooks.hooks." + type + ";",
        "",
        "public class " + simple + " {",
        "  @io.wcshooks.api.WcsHook",
        "  public void " + hook + "(" + type + " request) {",
        "  }",
        "}");
  }

  /** Compiles {@code sources} into {@code output}, with {@code classPath} and the output on the class path. */
  private List<Diagnostic<? extends JavaFileObject>> compile(String output, List<Path> classPath, Path... sources)
      throws IOException {
    Path classes = Files.createDirectories(dir.resolve(output));
    Path generated = Files.createDirectories(dir.resolve(output + "-generated"));
    StringBuilder path = new StringBuilder(classes.toString());
    classPath.forEach(entry -> path.append(File.pathSeparator).append(entry));
    path.append(File.pathSeparator).append(System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(ProcessorTesting.STRICT);
      options.addAll(List.of("-d", classes.toString(), "-s", generated.toString(), "-classpath", path.toString(),
          "-A" + WcsHookProcessor.SPEC_OPTION + "=" + ProcessorTesting.smallSpec()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(sources));
      task.setProcessors(List.of(new WcsHookProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  @Test
  void aHandlerInTestSourcesIsAnErrorOnItWhenTheMainClassesHaveTheHooks() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> main =
        compile("classes", List.of(), handler("main", "com.example.Audit", "StreamStatusEvent", "StreamStatusEvent"));
    assertTrue(main.isEmpty(), main::toString);

    Path testHandler = handler("test", "com.example.TestConnect", "connect", "Connect");
    List<Diagnostic<? extends JavaFileObject>> test = compile("test-classes", List.of(dir.resolve("classes")),
        testHandler);
    List<Diagnostic<? extends JavaFileObject>> errors =
        test.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), test::toString);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getMessage(Locale.ROOT).startsWith("io.wcshooks.hooks.WcsHooks is already compiled on the class"
        + " path (the module's main classes, when this compiles its tests, or a dependency's)"), error::toString);
    assertEquals(testHandler.toUri(), error.getSource().toUri());
    assertEquals(5, error.getLineNumber(), error::toString);
    assertFalse(Files.exists(dir.resolve("test-classes-generated/io/wcshooks/hooks/WcsHooks.java")),
        "no second WcsHooks");
  }

  @Test
  void handlersInTestSourcesAloneGenerateTheHooksThere() throws IOException {
    // A module whose main sources have no handler: its tests may have the hooks.
    List<Diagnostic<? extends JavaFileObject>> test = compile("test-classes", List.of(dir.resolve("classes")),
        handler("test", "com.example.TestConnect", "connect", "Connect"));
    assertTrue(test.isEmpty(), test::toString);
    assertTrue(Files.exists(dir.resolve("test-classes-generated/io/wcshooks/hooks/WcsHooks.java")));
  }
}
