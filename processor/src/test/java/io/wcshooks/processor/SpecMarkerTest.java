package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @WcsHooksSpec} on a package (the Maven plugin's marker) chooses the spec and the package. */
class SpecMarkerTest {

  private static JavaFileObject marker(String packageName, String path) {
    return ProcessorTesting.source(packageName + ".package-info",
        "@io.wcshooks.api.WcsHooksSpec(path = \"" + path.replace("\\", "\\\\") + "\", sha256 = \"00\")",
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
  void aBrokenSpecNamedByTheMarkerIsReported() {
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT,
        marker("com.example.wcs", ProcessorTesting.moduleDir().resolve("no-such-spec.yaml").toString()));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("does not exist");
  }
}
