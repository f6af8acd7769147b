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
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that compiles only the files that changed, as Maven does with
 * {@code useIncrementalCompilation} off and IDEs do: the classes compiled before are on the class
 * path, with the output directory. The regenerated {@code WcsHooks} must still call the handlers of
 * the classes not compiled again; left out, their hooks (a {@code connect} that checks tokens)
 * would answer the echo. compile-testing keeps each compilation's output in memory, so these are
 * real javac runs into directories.
 */
class IncrementalCompilationTest {
  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve("src").resolve(name.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Path tokenCheck() throws IOException {
    return write("com.example.Tokens",
        "package com.example;",
        "",
        "import io.wcshooks.api.HookResult;",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.Connect;",
        "",
        "public class Tokens {",
        "  @WcsHook",
        "  public HookResult connect(Connect connect) {",
        "    return HookResult.forbid(\"no token\");",
        "  }",
        "}");
  }

  private Path audit(String annotation) throws IOException {
    return write("com.example.Audit",
        "package com.example;",
        "",
        "import io.wcshooks.hooks.StreamStatusEvent;",
        "",
        "public class Audit {",
        "  " + annotation,
        "  public static void StreamStatusEvent(StreamStatusEvent event) {",
        "  }",
        "}");
  }

  /** Compiles {@code sources} into {@code classes}, with it on the class path, as Maven does. */
  private void compile(Path... sources) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(ProcessorTesting.STRICT);
      options.addAll(List.of("-d", classes.toString(), "-s", generated.toString(),
          "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"),
          "-A" + WcsHookProcessor.SPEC_OPTION + "=" + ProcessorTesting.smallSpec()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(sources));
      task.setProcessors(List.of(new WcsHookProcessor()));
      boolean ok = task.call();
      assertTrue(ok && diagnostics.getDiagnostics().isEmpty(), () -> diagnostics.getDiagnostics().toString());
    }
  }

  private String generatedResource() throws IOException {
    return Files.readString(dir.resolve("generated/io/wcshooks/hooks/WcsHooksResource.java"));
  }

  @Test
  void handlersOfClassesNotCompiledAgainAreStillCalled() throws IOException {
    Path tokens = tokenCheck();
    Path audit = audit("@io.wcshooks.api.WcsHook");
    compile(tokens, audit);
    String full = generatedResource();
    assertTrue(full.contains("this.tokens.connect(request)"), full);
    assertTrue(full.contains("Audit.StreamStatusEvent(request)"), full);

    compile(audit);
    assertEquals(full, generatedResource());
  }

  @Test
  void aHandlerRemovedFromTheRecompiledClassIsLeftOut() throws IOException {
    Path tokens = tokenCheck();
    compile(tokens, audit("@io.wcshooks.api.WcsHook"));

    compile(tokens, audit("@Deprecated"));
    String resource = generatedResource();
    assertTrue(resource.contains("this.tokens.connect(request)"), resource);
    assertFalse(resource.contains("Audit"), resource);
  }
}
