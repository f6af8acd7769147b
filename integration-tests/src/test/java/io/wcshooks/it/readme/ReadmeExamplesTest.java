package io.wcshooks.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of README.md compiles, as a user's project, against the real API with
 * the real annotation processor, and the JUnit tests among them pass; the conventions for blocks
 * that are not whole files are in {@link ReadmeExample}.
 *
 * <p>The whole files compile together, as the one project they make, except that a package with a
 * {@code package-info.java} block is a project of its own (its annotations may choose where the
 * hooks are generated, for the files of that package only). Every other block is a
 * project of its own, with the tutorial's handler class: the first wrapped block declaring
 * {@code MyHooks}, which the README's later fragments build on (unless a block declares its own).
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
  private static final String HANDLER_CLASS = "MyHooks";

  @TempDir Path dir;

  @TestFactory
  List<DynamicTest> everyJavaBlockOfTheReadmeCompilesAndItsTestsPass() throws IOException {
    List<ReadmeExample> examples = ReadmeExample.parse(Files.readAllLines(README));
    assertFalse(examples.isEmpty(), README + " has no java block: the test would check nothing");
    return projects(examples);
  }

  /**
   * A reader copying a fragment needs its imports, and the ones in {@code io.wcshooks.hooks} are
   * generated, so no IDE offers them before the first build: the README lists them, exactly as the
   * fragments are compiled here.
   */
  @Test
  void theReadmeShowsTheImportsItsFragmentsAreCompiledWith() throws IOException {
    List<ReadmeExample> imports = ReadmeExample.parse(Files.readAllLines(README)).stream()
        .filter(ReadmeExample::isImports)
        .toList();
    assertEquals(1, imports.size(), () -> README + " needs one <!-- java: " + ReadmeExample.IMPORTS
        + " --> block for its fragments, and has " + imports.size());
    List<String> shown = imports.get(0).importedNames();
    List<String> missing = ExampleSource.IMPORTS.stream().filter(name -> !shown.contains(name)).toList();
    List<String> extra = shown.stream().filter(name -> !ExampleSource.IMPORTS.contains(name)).toList();
    assertTrue(missing.isEmpty() && extra.isEmpty() && shown.size() == Set.copyOf(shown).size(),
        () -> "README.md:" + imports.get(0).line() + ": the imports shown are not those the fragments are compiled"
            + " with (ExampleSource.IMPORTS): missing " + missing + ", not used " + extra + ", shown " + shown);
  }

  private List<DynamicTest> projects(List<ReadmeExample> examples) {
    List<DynamicTest> tests = new ArrayList<>();
    List<ExampleSource> wholeFiles = new ArrayList<>();
    Optional<ExampleSource> handlers = examples.stream()
        .filter(example -> example.wrapper() != null)
        .map(ExampleSource::of)
        .filter(source -> source.typeName().equals(HANDLER_CLASS))
        .findFirst();
    for (ReadmeExample example : examples) {
      String name = "README.md:" + example.line();
      if (example.isImports()) {
        continue;
      }
      if (example.uncheckedReason() != null) {
        tests.add(DynamicTest.dynamicTest(name + " (unchecked)",
            () -> Assumptions.abort("not compiled: " + example.uncheckedReason())));
      } else if (example.isWholeFile()) {
        wholeFiles.add(ExampleSource.of(example));
      } else {
        List<ExampleSource> sources = new ArrayList<>(List.of(ExampleSource.of(example)));
        handlers.filter(handler -> !sources.get(0).typeName().equals(HANDLER_CLASS)).ifPresent(sources::add);
        tests.add(DynamicTest.dynamicTest(name, () -> check(sources, name)));
      }
    }
    for (List<ExampleSource> project : byProject(wholeFiles)) {
      String name = "README.md:" + project.stream().map(source -> String.valueOf(source.example().line()))
          .reduce((a, b) -> a + "+" + b).orElseThrow();
      tests.add(DynamicTest.dynamicTest(name + " (whole files)", () -> check(project, name)));
    }
    return tests;
  }

  /**
   * The whole files as the projects they make: a package with a {@code package-info.java} (which
   * may choose where the hooks are generated) is one with the other files of its package, and all
   * the rest are one.
   */
  static List<List<ExampleSource>> byProject(List<ExampleSource> wholeFiles) {
    Set<String> ownProjects = wholeFiles.stream()
        .filter(ExampleSource::isPackageInfo)
        .map(ExampleSource::packageName)
        .collect(Collectors.toSet());
    Map<String, List<ExampleSource>> projects = new LinkedHashMap<>();
    for (ExampleSource source : wholeFiles) {
      String project = ownProjects.contains(source.packageName()) ? source.packageName() : "";
      projects.computeIfAbsent(project, key -> new ArrayList<>()).add(source);
    }
    return List.copyOf(projects.values());
  }

  private void check(List<ExampleSource> sources, String name) throws IOException {
    ExampleProject project = new ExampleProject(sources, dir.resolve(name.replace(':', '-').replace('+', '-')));
    List<String> problems = project.compile();
    assertTrue(problems.isEmpty(), () -> name + " does not compile cleanly:\n" + String.join("\n", problems));
    if (project.hasTests()) {
      List<String> failures = project.runTests();
      assertTrue(failures.isEmpty(), () -> name + ": its tests fail:\n" + String.join("\n", failures));
    }
  }

  /** A handler, without which the processor would not run: the README's tutorial has one. */
  private static ExampleSource handlers() {
    return ExampleSource.of(ReadmeExample.parse(List.of(
        "<!-- java: ... -->",
        "```java",
        "public class MyHooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}",
        "```")).get(0));
  }

  /** The report names the README line of the mistake, not a line of a file the reader never sees. */
  @Test
  void aBlockThatDoesNotCompileIsReportedAtItsReadmeLine() throws IOException {
    List<ReadmeExample> examples = ReadmeExample.parse(List.of(
        "Start it:",
        "",
        "<!-- java: public class Main { ... } -->",
        "```java",
        "public static void main(String[] args) {",
        "  WcsHookServer.run(WcsHooks.builder().noSuchHandler().build(), args);",
        "}",
        "```"));
    List<String> problems = new ExampleProject(List.of(ExampleSource.of(examples.get(0)), handlers()), dir).compile();
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:6: ERROR: cannot find symbol"), problems::toString);
  }

  /** A failing assertion in a README test is a failure of this test, at its README line. */
  @Test
  void aBlockWhoseTestFailsIsReportedAtItsReadmeLine() throws IOException {
    List<ReadmeExample> examples = ReadmeExample.parse(List.of(
        "<!-- java: class Example { @Test void example() { ... } } -->",
        "```java",
        "ResourceConfig app = WcsHooks.builder().build();",
        "assertEquals(\"app\", app.getApplicationName());",
        "```"));
    ExampleProject project = new ExampleProject(List.of(ExampleSource.of(examples.get(0)), handlers()), dir);
    assertEquals(List.of(), project.compile());
    List<String> failures = project.runTests();
    assertEquals(1, failures.size(), failures::toString);
    assertTrue(failures.get(0).startsWith("README.md:4: example() failed: org.opentest4j.AssertionFailedError"),
        failures::toString);
  }
}
