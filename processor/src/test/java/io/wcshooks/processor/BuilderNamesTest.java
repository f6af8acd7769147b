package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wcshooks.processor.ProcessorTesting.compileWithSmallSpec;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The builder's method for each class with instance handlers: named after the class, the same
 * whatever order javac is given the files in, and with the class's own letters, whatever script.
 */
class BuilderNamesTest {

  private static TestSource handlerClass(String packageName, String simpleName, String handler) {
    return TestSource.of(packageName + "." + simpleName,
        "package " + packageName + ";",
        "",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.*;",
        "",
        "public class " + simpleName + " {",
        "  @WcsHook",
        "  " + handler + " {",
        "  }",
        "}");
  }

  private static TestSource main(String builderCalls) {
    return TestSource.of("com.example.Main",
        "package com.example;",
        "",
        "import io.wcshooks.hooks.WcsHooks;",
        "",
        "public class Main {",
        "  static Object app() {",
        "    return WcsHooks.builder()" + builderCalls + ".build();",
        "  }",
        "}");
  }

  /** Compiles the classes and {@code main} in the order given, and again with the classes reversed. */
  private static void compilesInEitherOrder(TestSource main, TestSource... classes) {
    List<JavaFileObject> files = new ArrayList<>();
    for (TestSource source : classes) {
      files.add(source.file());
    }
    for (int order = 0; order < 2; order++) {
      List<JavaFileObject> sources = new ArrayList<>(files);
      sources.add(main.file());
      Compilation compilation = compileWithSmallSpec(sources.toArray(JavaFileObject[]::new));
      assertThat(compilation).succeededWithoutWarnings();
      Collections.reverse(files);
    }
  }

  /** Two classes of one simple name: the one whose qualified name sorts first gets the plain name. */
  @Test
  void classesOfTheSameNameAreNumberedInTheOrderOfTheirQualifiedNames() {
    TestSource auth = handlerClass("com.example.auth", "Hooks", "public void connect(Connect connect)");
    TestSource audit = handlerClass("com.example.audit", "Hooks", "public void StreamStatusEvent(StreamStatusEvent e)");
    TestSource main = main(".hooks(new com.example.audit.Hooks()).hooks2(new com.example.auth.Hooks())");
    compilesInEitherOrder(main, auth, audit);
  }

  /** The class's name as it is, underscore and all: no two names meet, so neither gets a number. */
  @Test
  void anUnderscoreIsKept() {
    TestSource plain = handlerClass("com.example", "MyHooks", "public void connect(Connect connect)");
    TestSource underscore = handlerClass("com.example", "My_Hooks",
        "public void StreamStatusEvent(StreamStatusEvent e)");
    TestSource main = main(".myHooks(new MyHooks()).my_Hooks(new My_Hooks())");
    compilesInEitherOrder(main, plain, underscore);
  }

  /** Letters of any script are kept, their capitals lower-cased by their own rules. */
  @Test
  void nonAsciiClassNamesKeepTheirLetters() {
    TestSource german = handlerClass("com.example", "Ärger", "public void connect(Connect connect)");
    TestSource russian = handlerClass("com.example", "Обработчики",
        "public void StreamStatusEvent(StreamStatusEvent e)");
    TestSource hooks = handlerClass("com.example", "Хуки",
        "public void StreamKeepAliveEvent(StreamKeepAliveEvent e)");
    TestSource main = main(".ärger(new Ärger()).обработчики(new Обработчики()).хуки(new Хуки())");
    compilesInEitherOrder(main, german, russian, hooks);
  }
}
