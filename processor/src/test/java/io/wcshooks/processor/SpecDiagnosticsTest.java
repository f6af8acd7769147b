package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.wcshooks.processor.ProcessorTesting.compile;
import static io.wcshooks.processor.ProcessorTesting.compileWithSmallSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor says about the spec itself ({@code -Awcshooks.spec}): a broken spec is one
 * compile error that names the file and each problem's line and path, never an exception out of
 * javac. Each test breaks a copy of {@code specs/small-spec.yaml} in one place.
 */
class SpecDiagnosticsTest {
  private static final String INTERNAL = "wcs-hooks processor failed internally";

  @TempDir Path dir;

  /** The 1-based line of the spec copy on which {@code fragment} is, once. */
  private static int lineOf(Path spec, String fragment) throws IOException {
    List<String> lines = Files.readAllLines(spec);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        found.add(i + 1);
      }
    }
    assertEquals(1, found.size(), () -> "'" + fragment + "' is on lines " + found);
    return found.get(0);
  }

  private static Compilation compileWithSpec(Path spec) {
    return compile(List.of("-Xlint:all,-processing", "-Werror", "-A" + WcsHookProcessor.SPEC_OPTION + "=" + spec),
        ProcessorTesting.specOnlyHandler());
  }

  private static String prefix(Path spec) {
    return "wcs-hooks cannot use its spec (-A" + WcsHookProcessor.SPEC_OPTION + "=" + spec + "): " + spec
        + " is not a valid WCS hooks spec:";
  }

  private static void assertNoInternalFailure(Compilation compilation) {
    assertEquals(List.of(), compilation.errors().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains(INTERNAL))
        .toList());
  }

  @Test
  void theSmallSpecIsValid() {
    assertThat(compileWithSmallSpec(ProcessorTesting.specOnlyHandler())).succeededWithoutWarnings();
  }

  @Test
  void schemaViolationNamesLineAndPath() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "  - name: StreamStatusEvent\n    kind: event\n", "  - name: StreamStatusEvent\n    kind: evnt\n");
    Compilation compilation = compileWithSpec(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(spec));
    assertThat(compilation).hadErrorContaining("line " + lineOf(spec, "kind: evnt") + ", $.methods[1].kind: "
        + "does not have a value in the enumeration [\"connect\", \"direct\", \"event\", \"incoming\"]");
    assertNoInternalFailure(compilation);
  }

  @Test
  void brokenReferenceNamesLineAndPath() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "see: StreamStatusEvent.status", "see: StreamStatusEvent.statos");
    Compilation compilation = compileWithSpec(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(spec));
    assertThat(compilation).hadErrorContaining("line " + lineOf(spec, "StreamStatusEvent.statos")
        + ", $.methods[0].parameters[7].see: 'StreamStatusEvent.statos' is not a described parameter");
    assertNoInternalFailure(compilation);
  }

  @Test
  void invalidYamlNamesLineAndColumn() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "title: \"Small test spec\"", "title: Small: test spec");
    Compilation compilation = compileWithSpec(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(spec));
    assertThat(compilation).hadErrorContaining("line " + lineOf(spec, "title: Small: test spec") + ", column 13: "
        + "not valid YAML: mapping values are not allowed here");
    assertNoInternalFailure(compilation);
  }

  @Test
  void missingSpecFile() {
    Path spec = dir.resolve("missing.yaml");
    Compilation compilation = compileWithSpec(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(spec));
    assertThat(compilation).hadErrorContaining("cannot read: " + spec);
    assertNoInternalFailure(compilation);
  }

  @Test
  void missingSpecFileSaysSo() {
    Compilation compilation = compileWithSpec(dir.resolve("missing.yaml"));
    assertThat(compilation).hadErrorContaining("no such file");
    assertThat(compilation).hadErrorContaining("the file does not exist");
  }

  /** A directory given as the spec: an I/O failure while reading, reported like any other spec problem. */
  @Test
  void specPathThatIsADirectory() {
    Compilation compilation = compileWithSpec(dir);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(dir));
    assertThat(compilation).hadErrorContaining("cannot read: " + dir + " is a directory, not a file");
    assertNoInternalFailure(compilation);
  }

  @Test
  void specPathThatIsADirectorySaysSoPlainly() {
    Compilation compilation = compileWithSpec(dir);
    assertThat(compilation).hadErrorContaining("is a directory");
    assertTrue(compilation.errors().stream().noneMatch(d -> d.getMessage(null).contains("not valid YAML")));
  }

  /**
   * A failure inside the processor (here, a Filer that throws) must end as a compile error that
   * says so and carries the trace, not as an exception out of javac.
   */
  @Test
  void internalFailureNeverEscapes() {
    Compilation compilation = javac()
        .withProcessors(FailingFiler.around(new WcsHookProcessor()))
        .withOptions("-A" + WcsHookProcessor.SPEC_OPTION + "=" + ProcessorTesting.smallSpec())
        .compile(ProcessorTesting.specOnlyHandler());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(INTERNAL + " (please report it with this trace): "
        + "java.lang.IllegalStateException: " + FailingFiler.MESSAGE);
  }

  /**
   * Names that clash as Java names are the loader's problems (NameClashesTest has each kind):
   * one error, with the line and path, as for any other mistake in the spec, and nothing more.
   */
  @Test
  void enumNamedLikeARequestTypeIsOneSpecProblemWithItsLine() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "  - name: MediaProvider\n", "  - name: Connect\n    values: [X]\n  - name: MediaProvider\n");
    Compilation compilation = compileWithSpec(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(spec));
    assertThat(compilation).hadErrorContaining("line " + lineOf(spec, "name: Connect") + ", $.enums[1].name: enum "
        + "'Connect' and method 'connect' (line " + lineOf(spec, "name: connect") + ", $.methods[0].name) would both "
        + "be generated as class Connect; rename the enum");
    assertNoInternalFailure(compilation);
  }

  /** The REST API client's classes share the generated package with the hooks'. */
  @Test
  void restApiObjectNamedLikeTheEntryPointIsOneSpecProblemWithItsLine() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "    - name: Call\n", "    - name: Hooks\n      fields: []\n"
        + "    - name: Call\n");
    Compilation compilation = compileWithSpec(spec);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(prefix(spec));
    assertThat(compilation).hadErrorContaining("line " + lineOf(spec, "name: Hooks") + ", $.restApi.objects[0].name: "
        + "REST API object 'Hooks' would be generated as class WcsHooks, the name of the generated entry point");
    assertNoInternalFailure(compilation);
  }

  /** A constant may have any name, even that of the generated class's own private fields. */
  @Test
  void enumValuesNamedLikeGeneratedMembersCompile() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "values: [WebRTC, Flash]", "values: [WebRTC, Flash, known, values, byValue, of]");
    assertThat(compileWithSpec(spec)).succeededWithoutWarnings();
  }

  /** Wire names like the request base class's members get other accessor names, and compile. */
  @Test
  void wireNamesLikeBaseClassMembersCompile() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "      - name: User-Agent\n",
        "      - name: create\n        type: string\n        description: {en: \"C\"}\n"
            + "      - name: stringField\n        type: string\n        description: {en: \"S\"}\n"
            + "      - name: json\n        type: string\n        description: {en: \"J\"}\n"
            + "      - name: User-Agent\n");
    assertThat(compileWithSpec(spec)).succeededWithoutWarnings();
  }

  /**
   * A hook is named by its wire name, which WCS decides: a newer WCS may add one whose class has the
   * name of a java.lang class the generated code uses (String, Integer, Boolean, Number, Override).
   * A class of the package hides java.lang's, so the generated code must qualify java.lang's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"String", "Integer", "Boolean", "Number", "Override", "IllegalArgumentException"})
  void hookNamedLikeAJavaLangClassCompiles(String name) throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "  - name: StreamKeepAliveEvent\n",
        "  - name: " + name + "\n    kind: event\n    forbid: cannot\n    description: {en: \"New\"}\n"
            + "    parameters: []\n  - name: StreamKeepAliveEvent\n");
    assertThat(compileWithSpec(spec)).succeededWithoutWarnings();
  }

  /** The same for an enum, whose name the spec's author chooses. */
  @ParameterizedTest
  @ValueSource(strings = {"String", "Integer", "Override"})
  void enumNamedLikeAJavaLangClassCompiles(String name) throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "  - name: MediaProvider\n",
        "  - name: " + name + "\n    values: [X]\n  - name: MediaProvider\n");
    assertThat(compileWithSpec(spec)).succeededWithoutWarnings();
  }
}
