package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @WcsHooksSpec} on a package (the Maven plugin's marker) chooses the spec and the package. */
class SpecMarkerTest {

  @TempDir Path dir;

  /** The marker the plugin writes: the spec's path, and the digest of its bytes when it has any. */
  private static JavaFileObject marker(String packageName, String path) {
    Path file = path.isEmpty() ? null : Path.of(path);
    return marker(packageName, path, file != null && Files.isRegularFile(file) ? ProcessorTesting.sha256(file) : "");
  }

  private static JavaFileObject marker(String packageName, String path, String sha256) {
    return ProcessorTesting.source(packageName + ".package-info",
        "@io.wcshooks.api.WcsHooksSpec(path = \"" + path.replace("\\", "\\\\") + "\", sha256 = \"" + sha256 + "\")",
        "package " + packageName + ";");
  }

  @Test
  void theMarkerAloneGeneratesAnEchoServerFromItsSpecIntoItsPackage() {
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT,
        marker("com.example.wcs", ProcessorTesting.smallSpec().toString()));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.wcs.WcsHooks")
        .contentsAsUtf8String().contains("SPEC_VERSION = \"0.1.0\"");
    assertThat(compilation).generatedSourceFile("com.example.wcs.StreamKeepAliveEvent");
    assertThat(compilation).generatedSourceFile("com.example.wcs.WcsHooksResource")
        .contentsAsUtf8String().contains("return call.echo(HookKind.EVENT);");
  }

  @Test
  void anEmptyPathMeansTheBundledSpec() {
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT, marker("com.example.wcs", ""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.wcs.OnTransferEvent");
  }

  @Test
  void handlersUseTheMarkersPackage() {
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT,
        marker("com.example.wcs", ProcessorTesting.smallSpec().toString()),
        ProcessorTesting.source("com.example.Hooks",
            "package com.example;",
            "",
            "import com.example.wcs.StreamStatusEvent;",
            "import io.wcshooks.api.WcsHook;",
            "",
            "public class Hooks {",
            "  @WcsHook(\"StreamStatusEvent\")",
            "  public void status(StreamStatusEvent event) {",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.wcs.WcsHooks")
        .contentsAsUtf8String().contains("HANDLED_HOOKS = Set.of(\"StreamStatusEvent\")");
  }

  @Test
  void configuringTheSpecTwiceIsAnError() {
    List<String> options = new java.util.ArrayList<>(ProcessorTesting.STRICT);
    options.add("-A" + WcsHookProcessor.PACKAGE_OPTION + "=com.example.other");
    Compilation compilation = ProcessorTesting.compile(options,
        marker("com.example.wcs", ProcessorTesting.smallSpec().toString()));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("configured twice");
  }

  @Test
  void aSpecThatChangedAfterThePluginRecordedItIsAnErrorOnTheMarker() throws Exception {
    Path spec = Files.copy(ProcessorTesting.smallSpec(), dir.resolve("wcs-hooks.yaml"));
    String recorded = ProcessorTesting.sha256(spec);
    Files.writeString(spec, Files.readString(spec).replace("specVersion: \"0.1.0\"", "specVersion: \"0.2.0\""));
    JavaFileObject marker = marker("com.example.wcs", spec.toString(), recorded);
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT, marker);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("the spec " + spec + " is not the one the wcs-hooks Maven plugin "
        + "checked and recorded in this @WcsHooksSpec: its SHA-256 is " + ProcessorTesting.sha256(spec)
        + ", the marker's " + recorded + " (the spec changed after the plugin ran, or the marker is left from an "
        + "earlier build). Run the plugin again (any Maven build through generate-sources) so that it checks the "
        + "spec and rewrites the marker; an IDE that compiles without running the plugin needs that step after "
        + "every edit to the spec").inFile(marker);
  }

  @Test
  void theDigestIsReadInEitherCase() throws Exception {
    Path spec = ProcessorTesting.smallSpec();
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT,
        marker("com.example.wcs", spec.toString(), ProcessorTesting.sha256(spec).toUpperCase(Locale.ROOT)));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aMarkerWithoutADigestTakesTheSpecAsItIs() {
    // A marker written by hand, with the path only.
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT,
        marker("com.example.wcs", ProcessorTesting.smallSpec().toString(), ""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.wcs.WcsHooks")
        .contentsAsUtf8String().contains("SPEC_VERSION = \"0.1.0\"");
  }

  @Test
  void aBrokenSpecNamedByTheMarkerIsReportedOnTheMarker() {
    JavaFileObject marker =
        marker("com.example.wcs", ProcessorTesting.moduleDir().resolve("no-such-spec.yaml").toString(), "00");
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT, marker);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("does not exist").inFile(marker).onLine(2);
  }
}
