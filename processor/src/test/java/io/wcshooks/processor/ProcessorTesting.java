package io.wcshooks.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;

/** What the processor's compile tests share: the test spec, the module's directory, compiling. */
final class ProcessorTesting {
  /** The javac options every test compiles with: all lint warnings, as errors. */
  static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  private ProcessorTesting() {}

  /** The absolute path of {@code specs/small-spec.yaml}, as {@code -Awcshooks.spec} takes it. */
  static Path smallSpec() {
    return resource("specs/small-spec.yaml");
  }

  /** The SHA-256 of a file's bytes in hex, as the Maven plugin records it in {@code @WcsHooksSpec}. */
  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** A copy of the small spec in {@code dir} with the first {@code from} replaced by {@code to}. */
  static Path smallSpecWith(Path dir, String from, String to) throws IOException {
    String spec = Files.readString(smallSpec());
    int at = spec.indexOf(from);
    assertTrue(at >= 0, () -> "the small spec has no '" + from + "'");
    Path file = dir.resolve("broken-spec.yaml");
    Files.writeString(file, spec.substring(0, at) + to + spec.substring(at + from.length()));
    return file;
  }

  /** A handler that names no generated type, so that a spec's error is the only one. */
  static JavaFileObject specOnlyHandler() {
    return source("com.example.Hooks",
        "package com.example;",
        "",
        "import io.wcshooks.api.HookContext;",
        "import io.wcshooks.api.WcsHook;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(HookContext context) {",
        "  }",
        "}");
  }

  static Path resource(String name) {
    URL url = ProcessorTesting.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new AssertionError("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI()).toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The processor module's directory: Maven's {@code basedir}, else the working directory, or its
   * {@code processor} subdirectory when tests run from the repository root (as some IDEs do).
   */
  static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    Path dir = Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    if (!Files.isDirectory(dir.resolve("src/test/resources/specs")) && Files.isDirectory(dir.resolve("processor"))) {
      dir = dir.resolve("processor");
    }
    return dir;
  }

  /** A source file from its lines; the class name is derived from the path ({@code com/example/Hooks.java}). */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles with the processor, strictly, against the small spec, with extra {@code -A} options. */
  static Compilation compileWithSmallSpec(List<String> extraOptions, JavaFileObject... sources) {
    List<String> options = new ArrayList<>(STRICT);
    options.add("-A" + WcsHookProcessor.SPEC_OPTION + "=" + smallSpec());
    options.addAll(extraOptions);
    return compile(options, sources);
  }

  static Compilation compileWithSmallSpec(JavaFileObject... sources) {
    return compileWithSmallSpec(List.of(), sources);
  }

  /** Compiles with the processor and the bundled spec. */
  static Compilation compileWithBundledSpec(JavaFileObject... sources) {
    return compile(STRICT, sources);
  }

  /**
   * Compiles what {@code compilation} generated again, with javac's doclint on every check for
   * public and protected members of the generated packages, and fails on any of its warnings or
   * errors. {@code userSources} are what the generated code refers to; doclint leaves them alone.
   */
  static void assertDoclintClean(Compilation compilation, JavaFileObject... userSources) {
    List<JavaFileObject> sources = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
      packages.add(className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "");
      try {
        sources.add(JavaFileObjects.forSourceString(className, file.getCharContent(true).toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (sources.isEmpty()) {
      throw new AssertionError("nothing was generated: " + compilation.diagnostics());
    }
    sources.addAll(List.of(userSources));
    Compilation doclint = javac()
        .withOptions("-proc:none", "-Xdoclint:all/protected", "-Xdoclint/package:" + String.join(",", packages))
        .compile(sources);
    List<String> problems = doclint.diagnostics().stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber()
            + ": " + d.getMessage(Locale.ROOT))
        .toList();
    assertEquals(List.of(), problems, "doclint on the generated sources");
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new WcsHookProcessor()).withOptions(options).compile(sources);
  }
}
