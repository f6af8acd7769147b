package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Handler classes that another annotation processor generates. One generated in the first round
 * is seen with the module's own handlers; one generated after wcs-hooks wrote {@code WcsHooks}
 * cannot be wired in any more, which must be an error on it rather than a hook that silently
 * answers the echo.
 */
class LateRoundHandlersTest {

  /** Writes {@code com.example.Late}, a class with a handler, in the given round (1 is the first). */
  private static final class LateHandlerProcessor extends AbstractProcessor {
    private final int inRound;
    private int round;

    LateHandlerProcessor(int inRound) {
      this.inRound = inRound;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (++round != inRound) {
        return false;
      }
      try (Writer writer = processingEnv.getFiler().createSourceFile("com.example.Late").openWriter()) {
        writer.write(String.join("\n",
            "package com.example;",
            "",
            "import io.wcshooks.api.WcsHook;",
            "import io.wcshooks.hooks.StreamStatusEvent;",
            "",
            "public class Late {",
            "  @WcsHook(\"StreamStatusEvent\")",
            "  public static void status(StreamStatusEvent event) {",
            "  }",
            "}",
            ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  private static Compilation compile(int lateRound) {
    TestSource hooks = TestSource.of("com.example.Hooks",
        "package com.example;",
        "",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.Connect;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}");
    List<String> options = new ArrayList<>(ProcessorTesting.STRICT);
    options.add("-A" + WcsHookProcessor.SPEC_OPTION + "=" + ProcessorTesting.smallSpec());
    // The generating processor first: javac runs a processor for "*" only on annotations no earlier
    // one claimed, and wcs-hooks claims @WcsHook, so it would first run in the second round.
    return javac()
        .withProcessors(new LateHandlerProcessor(lateRound), new WcsHookProcessor())
        .withOptions(options)
        .compile(hooks.file());
  }

  @Test
  void aHandlerClassGeneratedInTheFirstRoundIsWiredIn() throws IOException {
    Compilation compilation = compile(1);
    assertThat(compilation).succeededWithoutWarnings();
    String resource = compilation.generatedSourceFile("io.wcshooks.hooks.WcsHooksResource").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(resource.contains("Late.status(request)"), resource);
  }

  @Test
  void aHandlerClassGeneratedAfterWcsHooksIsAnError() {
    Compilation compilation = compile(2);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("this handler's class com.example.Late was generated after wcs-hooks wrote "
            + "io.wcshooks.hooks.WcsHooks, so the handler would never be called");
    // compile-testing gives no generated file of a failed compilation: the error's file and line, by hand
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertTrue(error.getSource().toUri().getPath().endsWith("/com/example/Late.java"), error::toString);
    assertEquals(8, error.getLineNumber(), error::toString); // public static void status(
  }
}
