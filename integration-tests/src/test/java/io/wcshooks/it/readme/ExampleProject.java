package io.wcshooks.it.readme;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * README blocks compiled together as a user's project is: by javac, against the real API, with the
 * annotation processor found on the class path; then their JUnit tests, if they have any, run.
 */
final class ExampleProject {
  private final List<ExampleSource> sources;
  private final Path dir;

  ExampleProject(List<ExampleSource> sources, Path dir) {
    this.sources = List.copyOf(sources);
    this.dir = dir;
  }

  /** The test's class path without this module's classes (see {@link ExampleClassLoader}). */
  static List<Path> userClassPath() {
    List<Path> own = List.of(location(io.wcshooks.it.TestHooks.class), location(ExampleProject.class));
    List<Path> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath().normalize();
      if (!own.contains(path)) {
        classPath.add(path);
      }
    }
    return classPath;
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles the sources; returns every error and warning, each with its README line where it is
   * in a block, an empty list when they compile cleanly.
   */
  List<String> compile() throws IOException {
    Path sourceRoot = dir.resolve("src");
    Map<Path, ExampleSource> byFile = new HashMap<>();
    for (ExampleSource source : sources) {
      Path file = sourceRoot.resolve(source.path()).toAbsolutePath().normalize();
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.text());
      byFile.put(file, source);
    }
    Files.createDirectories(dir.resolve("classes"));
    Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of(
        "-classpath", String.join(File.pathSeparator, userClassPath().stream().map(Path::toString).toList()),
        "-d", dir.resolve("classes").toString(), "-s", dir.resolve("generated").toString(),
        "-encoding", "UTF-8");
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(output, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(byFile.keySet())).call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        if (diagnostic.getKind() != Diagnostic.Kind.NOTE && diagnostic.getKind() != Diagnostic.Kind.OTHER) {
          problems.add(describe(diagnostic, byFile));
        }
      }
      if (!compiled && problems.isEmpty()) {
        problems.add("javac failed: " + output);
      }
      return problems;
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic, Map<Path, ExampleSource> byFile) {
    String message = diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT);
    if (diagnostic.getSource() == null) {
      return message;
    }
    Path file = Path.of(diagnostic.getSource().toUri()).toAbsolutePath().normalize();
    ExampleSource source = byFile.get(file);
    if (source == null) {
      return file.getFileName() + ":" + diagnostic.getLineNumber() + " (generated): " + message;
    }
    long line = source.readmeLine(diagnostic.getLineNumber());
    return line > 0
        ? "README.md:" + line + ": " + message
        : "README.md:" + source.example().line() + " (the wrapper in <!-- java: -->, line "
            + diagnostic.getLineNumber() + " of " + source.path() + "): " + message;
  }

  /** Whether any source declares a JUnit test. */
  boolean hasTests() {
    return sources.stream().anyMatch(source -> source.text().contains("@Test"));
  }

  /**
   * Runs the compiled sources' JUnit tests, on a class path of their own; returns every failure,
   * with the README line it was thrown from, or why no test ran.
   */
  List<String> runTests() throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(url(dir.resolve("classes")));
    for (Path entry : userClassPath()) {
      urls.add(url(entry));
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (ExampleClassLoader loader = new ExampleClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
      List<ClassSelector> selectors = new ArrayList<>();
      for (ExampleSource source : sources) {
        selectors.add(selectClass(loader.loadClass(packageOf(source) + source.typeName())));
      }
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors).build();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      Launcher launcher = LauncherFactory.create();
      // Jersey and Jetty find their services through the context class loader.
      thread.setContextClassLoader(loader);
      launcher.execute(request, listener);
      TestExecutionSummary summary = listener.getSummary();
      List<String> problems = new ArrayList<>();
      if (summary.getTestsFoundCount() == 0) {
        problems.add("no JUnit test found in a block that declares one");
      }
      for (TestExecutionSummary.Failure failure : summary.getFailures()) {
        problems.add(where(failure.getException()) + failure.getTestIdentifier().getDisplayName() + " failed: "
            + failure.getException());
      }
      return problems;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a compiled example class is missing", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static String packageOf(ExampleSource source) {
    int slash = source.path().lastIndexOf('/');
    return slash < 0 ? "" : source.path().substring(0, slash).replace('/', '.') + ".";
  }

  /** The README line of the deepest frame of an example's code in a failure's stack trace. */
  private String where(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      for (ExampleSource source : sources) {
        String type = packageOf(source) + source.typeName();
        if (frame.getClassName().equals(type) || frame.getClassName().startsWith(type + "$")) {
          long line = source.readmeLine(frame.getLineNumber());
          return line > 0 ? "README.md:" + line + ": " : "";
        }
      }
    }
    return "";
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
