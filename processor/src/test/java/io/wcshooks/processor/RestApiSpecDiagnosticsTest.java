package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wcshooks.processor.ProcessorTesting.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API client's generated names are part of the spec-wide name check: its objects
 * ({@code Wcs<Name>}), request bodies ({@code <Operation>Request}), enums, the client and its
 * methods cannot clash with the hooks' classes or with each other.
 */
class RestApiSpecDiagnosticsTest {
  @TempDir Path dir;

  private static Compilation compileWithSpec(Path spec) {
    return compile(List.of("-Xlint:all,-processing", "-Werror", "-A" + WcsHookProcessor.SPEC_OPTION + "=" + spec),
        ProcessorTesting.specOnlyHandler());
  }

  private static void assertClash(Compilation compilation, Path spec, String problem) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("wcs-hooks cannot use its spec (-A" + WcsHookProcessor.SPEC_OPTION + "="
        + spec + "): " + spec + " would generate clashing names:");
    assertThat(compilation).hadErrorContaining(problem);
  }

  /** The hook {@code call} generates {@code Call}: the REST API's Call object is {@code WcsCall}. */
  @Test
  void restObjectNamedLikeTheEntryPointIsASpecProblem() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "    - name: Call\n", "    - name: Hooks\n      fields: []\n      description: {en: \"X\"}\n"
        + "    - name: Call\n");
    assertClash(compileWithSpec(spec), spec, "the generated entry point and REST API object 'Hooks' "
        + "($.restApi.objects[0]) would both be generated as class io.wcshooks.hooks.WcsHooks");
  }

  @Test
  void requestBodyNamedLikeAHookRequestTypeIsASpecProblem() throws IOException {
    Path clash = ProcessorTesting.smallSpecWith(dir, "  - name: StreamKeepAliveEvent\n", "  - name: TerminateRequest\n    kind: event\n"
        + "    forbid: cannot\n    description: {en: \"X\"}\n    parameters: []\n  - name: StreamKeepAliveEvent\n");
    assertClash(compileWithSpec(clash), clash, "and REST API endpoint '/call/terminate' ($.restApi.endpoints[1]) "
        + "would both be generated as class io.wcshooks.hooks.TerminateRequest");
  }

  @Test
  void restEnumNamedLikeAHookRequestTypeIsASpecProblem() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "    - name: RtmpStreamStatus\n", "    - name: Connect\n      values: [X]\n"
        + "    - name: RtmpStreamStatus\n");
    assertClash(compileWithSpec(spec), spec, "method 'connect' ($.methods[0]) and enum 'Connect' "
        + "($.restApi.enums[0]) would both be generated as class io.wcshooks.hooks.Connect; rename the enum");
  }

  @Test
  void operationsWithTheSameMethodAreASpecProblem() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "      operation: terminate\n", "      operation: Find\n");
    assertClash(compileWithSpec(spec), spec, "would both be the client method WcsRestClient.find(...)");
  }

  @Test
  void operationNamedLikeAClientMemberIsASpecProblem() throws IOException {
    Path spec = ProcessorTesting.smallSpecWith(dir, "      operation: terminate\n", "      operation: builder\n");
    assertClash(compileWithSpec(spec), spec, "would name the client method WcsRestClient.builder()");
  }
}
