package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FullSpecCompilationTest {

  @Test
  void bundledSpecGeneratesWarningFreeCode() {
    JavaFileObject handlers = JavaFileObjects.forSourceLines("com.example.Hooks",
        "package com.example;",
        "",
        "import io.wcshooks.api.HookContext;",
        "import io.wcshooks.api.HookResult;",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.Connect;",
        "import io.wcshooks.hooks.RestClientConfig;",
        "import io.wcshooks.hooks.RestPolicy;",
        "import io.wcshooks.hooks.StreamStatusEvent;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public HookResult connect(Connect connect, HookContext context) {",
        "    if (connect.custom() == null) {",
        "      return HookResult.forbid(\"no token\");",
        "    }",
        "    connect.sipLogin(\"alice\").restClientConfig(RestClientConfig.create()",
        "        .publishStream(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite(\"name\")));",
        "    return HookResult.echo();",
        "  }",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void audit(StreamStatusEvent event) {",
        "  }",
        "}");
    Compilation compilation = javac()
        .withProcessors(new WcsHookProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(handlers);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("io.wcshooks.hooks.WcsHooksResource");
    assertThat(compilation).generatedSourceFile("io.wcshooks.hooks.OnTransferEvent");
    // Every description of the bundled spec, the Russian HTML included, ends up as valid Javadoc.
    ProcessorTesting.assertDoclintClean(compilation, handlers);
  }
}
