package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wcshooks.processor.ProcessorTesting.compileWithSmallSpec;
import static io.wcshooks.processor.ProcessorTesting.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Everything the processor generates from {@code specs/small-spec.yaml}, compared exactly with
 * golden files under {@code src/test/resources/golden/<scenario>/}. After an intended change to
 * the writers, regenerate them with {@code mvn test -pl processor -Dgolden.update=true} and
 * review the diff as you would review hand-written code.
 */
class GoldenCompilationTest {

  /** Every handler shape the validator accepts, over two classes, one of which the builder cannot create. */
  @Test
  void handlerShapes() {
    JavaFileObject gate = source("com.example.hooks.Gate",
        "package com.example.hooks;",
        "",
        "import io.wcshooks.api.HookContext;",
        "import io.wcshooks.api.HookResult;",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.Connect;",
        "import io.wcshooks.hooks.MediaProvider;",
        "",
        "/** Needs its secret: no no-argument constructor, so the generated builder demands an instance. */",
        "public class Gate {",
        "  private final String secret;",
        "",
        "  public Gate(String secret) {",
        "    this.secret = secret;",
        "  }",
        "",
        "  /** Returns HookResult; takes the context first, then the request. */",
        "  @WcsHook",
        "  public HookResult connect(HookContext context, Connect connect) {",
        "    if (connect.custom() == null || !secret.equals(connect.custom().path(\"token\").asText())) {",
        "      return HookResult.forbid(\"bad token from \" + context.hook());",
        "    }",
        "    if (!connect.mediaProviders().contains(MediaProvider.WEB_RTC)) {",
        "      connect.sipLogin(connect.userAgent());",
        "    }",
        "    return HookResult.echo();",
        "  }",
        "}");
    JavaFileObject streams = source("com.example.hooks.Streams",
        "package com.example.hooks;",
        "",
        "import io.wcshooks.api.HookContext;",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.StreamKeepAliveEvent;",
        "import io.wcshooks.hooks.StreamStatus;",
        "import io.wcshooks.hooks.StreamStatusEvent;",
        "",
        "/** Default-constructible: the builder creates it when none is given. */",
        "public class Streams {",
        "  /** Returns void; the hook is named by the annotation. */",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void onStatus(StreamStatusEvent event) {",
        "    if (event.status() == StreamStatus.FAILED) {",
        "      event.name(event.name());",
        "    }",
        "  }",
        "",
        "  /** Static, returns the request; takes the request first, then the context. */",
        "  @WcsHook(\"StreamKeepAliveEvent\")",
        "  public static StreamKeepAliveEvent keepAlive(StreamKeepAliveEvent event, HookContext context) {",
        "    return event;",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(gate, streams);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "handler-shapes");
    ProcessorTesting.assertDoclintClean(compilation, gate, streams);
  }

  /**
   * {@code -Awcshooks.package}: everything goes to that package. The handler lives there too, so
   * package-private access is enough, and it takes no argument at all; two hooks stay echo-only.
   */
  @Test
  void customPackage() {
    JavaFileObject audit = source("com.example.wcs.Audit",
        "package com.example.wcs;",
        "",
        "import io.wcshooks.api.WcsHook;",
        "",
        "class Audit {",
        "  int statusEvents;",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  void count() {",
        "    statusEvents++;",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(
        List.of("-A" + WcsHookProcessor.PACKAGE_OPTION + "=com.example.wcs"), audit);
    assertThat(compilation).succeededWithoutWarnings();
    // Only the types that depend on the handlers differ from handler-shapes, besides the package.
    GoldenFiles.assertMatchesRelocated(compilation, "custom-package", "handler-shapes", "io.wcshooks.hooks",
        "com.example.wcs", Set.of("WcsHooks", "WcsHooksResource"));
    ProcessorTesting.assertDoclintClean(compilation, audit);
  }
}
