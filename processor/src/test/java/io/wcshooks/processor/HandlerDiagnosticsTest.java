package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wcshooks.processor.ProcessorTesting.compileWithBundledSpec;
import static io.wcshooks.processor.ProcessorTesting.compileWithSmallSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every mistake in a {@code @WcsHook} method, one test each: the message says what is wrong and
 * how to fix it, and it is anchored to the line at fault (the method, its parameter, or the
 * annotation's value). Compiled against {@code specs/small-spec.yaml} unless said otherwise.
 */
class HandlerDiagnosticsTest {

  private static final List<String> IMPORTS = List.of(
      "import io.wcshooks.api.HookContext;",
      "import io.wcshooks.api.HookResult;",
      "import io.wcshooks.api.WcsHook;",
      "import io.wcshooks.hooks.Connect;",
      "import io.wcshooks.hooks.StreamKeepAliveEvent;",
      "import io.wcshooks.hooks.StreamStatusEvent;",
      "");

  /** {@code com.example.Hooks}: the imports every test needs, then {@code body}. */
  private static TestSource hooks(String... body) {
    return source("com.example", "Hooks", body);
  }

  private static TestSource source(String packageName, String simpleName, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package " + packageName + ";");
    lines.add("");
    lines.addAll(IMPORTS);
    lines.addAll(List.of(body));
    return TestSource.of(packageName + "." + simpleName, lines.toArray(String[]::new));
  }

  // --- only the handlers' errors ---

  @Test
  void anImportOfTheGeneratedHooksResolvesSoOnlyTheHandlersErrorsShow() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "  @WcsHook",
        "  public void StreamStatusEvent(String wrong) {",
        "  }",
        "}");
    TestSource broken = source("com.example", "Broken",
        "public class Broken {",
        "  @WcsHook",
        "  public void StreamKeepAliveEvent(Integer wrong) {",
        "  }",
        "}");
    TestSource main = TestSource.of("com.example.Main",
        "package com.example;",
        "",
        "import io.wcshooks.hooks.WcsHooks;",
        "",
        "public class Main {",
        "  public static void main(String[] args) {",
        "    WcsHooks.builder().hooks(new Hooks()).build();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file(), broken.file(), main.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("parameter 'wrong' has type java.lang.String, but a handler for 'StreamStatusEvent' takes")
        .inFile(hooks.file())
        .onLine(hooks.line("StreamStatusEvent(String wrong)"));
    assertThat(compilation)
        .hadErrorContaining("parameter 'wrong' has type java.lang.Integer, but a handler for 'StreamKeepAliveEvent' takes")
        .inFile(broken.file())
        .onLine(broken.line("StreamKeepAliveEvent(Integer wrong)"));
  }

  // --- the hook name ---

  @Test
  void unknownHookNamedByTheMethodSuggestsTheNearestHook() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void conect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("no WCS hook is named 'conect'; did you mean 'connect'? (the hook name is the method's "
            + "name unless @WcsHook(\"...\") names it)")
        .inFile(hooks.file())
        .onLine(hooks.line("public void conect("));
  }

  @Test
  void unknownHookNamedByTheAnnotationIsAnchoredToTheAnnotation() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook(\"StreamStatusEvnt\")",
        "  public void onStatus(StreamStatusEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("no WCS hook is named 'StreamStatusEvnt'; did you mean 'StreamStatusEvent'?")
        .inFile(hooks.file())
        .onLine(hooks.line("@WcsHook(\"StreamStatusEvnt\")"));
    // The name is the annotation's, so the hint about method names would mislead.
    assertEquals(List.of(), errorsContaining(compilation, "unless @WcsHook"));
  }

  @Test
  void unknownHookWithNoCloseMatchListsTheSpecsHooks() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook(\"publishStream\")",
        "  public void publish(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("no WCS hook is named 'publishStream'; the spec's hooks are connect, StreamStatusEvent, "
            + "StreamKeepAliveEvent")
        .inFile(hooks.file())
        .onLine(hooks.line("@WcsHook(\"publishStream\")"));
    assertEquals(List.of(), errorsContaining(compilation, "did you mean"));
  }

  @Test
  void emptyAnnotationValueMeansTheMethodName() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook(\"\")",
        "  public void conect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("no WCS hook is named 'conect'; did you mean 'connect'? (the hook name is the method's "
            + "name unless @WcsHook(\"...\") names it)")
        .inFile(hooks.file())
        .onLine(hooks.line("public void conect("));
  }

  // --- parameters ---

  @Test
  void parameterOfAnotherTypeIsAnchoredToTheParameter() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(",
        "      String token) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameter 'token' has type java.lang.String, but a handler for 'connect' takes Connect "
            + "(the hook's request) and/or HookContext")
        .inFile(hooks.file())
        .onLine(hooks.line("String token"));
  }

  @Test
  void anotherHooksRequestSaysWhichHookItBelongsTo() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(",
        "      StreamStatusEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameter 'event' has type io.wcshooks.hooks.StreamStatusEvent, but a handler for "
            + "'connect' takes Connect (the hook's request) and/or HookContext; StreamStatusEvent is the request of "
            + "'StreamStatusEvent'")
        .inFile(hooks.file())
        .onLine(hooks.line("StreamStatusEvent event"));
  }

  @Test
  void hookContextTwiceIsAnchoredToTheSecond() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(",
        "      HookContext first,",
        "      Connect connect,",
        "      HookContext second) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameter 'second' repeats io.wcshooks.api.HookContext; a handler takes each of Connect "
            + "and HookContext at most once")
        .inFile(hooks.file())
        .onLine(hooks.line("HookContext second"));
  }

  // --- the return type ---

  @Test
  void returnTypeNotAllowedNamesTheAllowedOnes() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public String connect(Connect connect) {",
        "    return connect.sipLogin();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler for 'connect' returns void, Connect or HookResult, not java.lang.String")
        .inFile(hooks.file())
        .onLine(hooks.line("public String connect("));
  }

  /**
   * The generated resource calls a handler inside a Callable, which may throw any Exception or Error
   * but not a Throwable of another kind: such a handler is an error on it, not generated code that
   * does not compile. A type variable of the class counts by its bound (the class is named Hooks<?>).
   */
  @Test
  void handlerThatThrowsAThrowableThatIsNoException() {
    TestSource hooks = hooks(
        "public class Hooks<X extends Throwable> {",
        "  @WcsHook",
        "  public void connect(Connect connect) throws Throwable {",
        "  }",
        "  @WcsHook",
        "  public void StreamStatusEvent(StreamStatusEvent event) throws X {",
        "  }",
        "}");
    TestSource allowed = source("com.example", "Allowed",
        "public class Allowed<Y extends java.io.IOException> {",
        "  @WcsHook",
        "  public HookResult StreamKeepAliveEvent(StreamKeepAliveEvent event) throws Exception, Y, StackOverflowError {",
        "    return HookResult.echo();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file(), allowed.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("a handler may throw exceptions (subclasses of java.lang.Exception) and errors, not "
            + "java.lang.Throwable: the generated WcsHooksResource calls it from a Callable")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect("));
    assertThat(compilation)
        .hadErrorContaining("a handler may throw exceptions (subclasses of java.lang.Exception) and errors, not X")
        .inFile(hooks.file())
        .onLine(hooks.line("public void StreamStatusEvent("));
    assertThat(compileWithSmallSpec(allowed.file())).succeededWithoutWarnings();
  }

  /** With the bundled spec: StreamStatusEvent reports what has already happened. */
  @Test
  void hookResultFromAnEventThatCannotBeForbidden() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public HookResult onStatus(StreamStatusEvent event) {",
        "    return HookResult.forbid();",
        "  }",
        "}");
    Compilation compilation = compileWithBundledSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("'StreamStatusEvent' is an event: it has already happened and cannot be forbidden, so its "
            + "handler cannot return HookResult; return void (or StreamStatusEvent) and WCS gets the echo")
        .inFile(hooks.file())
        .onLine(hooks.line("public HookResult onStatus("));
  }

  /** With the bundled spec: a 403 stops a stream through its keep-alive, and declines a connection. */
  @Test
  void hookResultIsAllowedForStreamKeepAliveEventAndConnect() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook(\"StreamKeepAliveEvent\")",
        "  public HookResult keepAlive(StreamKeepAliveEvent event) {",
        "    return HookResult.forbid(\"expired\");",
        "  }",
        "",
        "  @WcsHook",
        "  public HookResult connect(Connect connect) {",
        "    return HookResult.echo();",
        "  }",
        "}");
    assertThat(compileWithBundledSpec(hooks.file())).succeededWithoutWarnings();
  }

  // --- one handler per hook ---

  @Test
  void twoHandlersForOneHookAreBothReported() {
    TestSource first = source("com.example.a", "Hooks",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}");
    TestSource second = source("com.example.b", "Login",
        "public class Login {",
        "  @WcsHook(\"connect\")",
        "  public void login(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(first.file(), second.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("handler, com.example.b.Login.login(Connect); a hook has exactly one handler: merge the two or "
            + "remove one")
        .inFile(first.file())
        .onLine(first.line("public void connect("));
    assertThat(compilation)
        .hadErrorContaining("handler, com.example.a.Hooks.connect(Connect); a hook has exactly one handler: merge the two or "
            + "remove one")
        .inFile(second.file())
        .onLine(second.line("public void login("));
  }

  @Test
  void twoOverloadsForOneHookAreToldApartByTheirParameters() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "  @WcsHook",
        "  public void connect(Connect connect, HookContext context) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("'connect' already has a handler, com.example.Hooks.connect(Connect);")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect(Connect connect, HookContext context)"));
    assertThat(compilation)
        .hadErrorContaining("'connect' has a second handler, com.example.Hooks.connect(Connect, HookContext);")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect(Connect connect) {"));
  }

  /** A mistake in one of the pair, or in both, hides no duplicate: every error shows in the first build. */
  @Test
  void aDuplicateIsReportedWhenEitherHandlerHasAnotherMistake() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public HookResult connect(Connect connect) {",
        "    return HookResult.echo();",
        "  }",
        "  @WcsHook(\"connect\")",
        "  void checkToken(Connect connect) {",
        "  }",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public HookResult streamStatus(StreamStatusEvent event) {",
        "    return HookResult.echo();",
        "  }",
        "  @WcsHook",
        "  private void StreamStatusEvent(StreamStatusEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(7);
    long connect = hooks.line("public HookResult connect(");
    long checkToken = hooks.line("void checkToken(");
    long streamStatus = hooks.line("public HookResult streamStatus(");
    long statusEvent = hooks.line("private void StreamStatusEvent(");
    assertThat(compilation).hadErrorContaining("a handler must be public").inFile(hooks.file()).onLine(checkToken);
    assertThat(compilation)
        .hadErrorContaining("'StreamStatusEvent' is an event: it has already happened and cannot be forbidden")
        .inFile(hooks.file())
        .onLine(streamStatus);
    assertThat(compilation)
        .hadErrorContaining("a handler must not be private")
        .inFile(hooks.file())
        .onLine(statusEvent);
    assertThat(compilation)
        .hadErrorContaining("'connect' already has a handler, com.example.Hooks.connect(Connect);")
        .inFile(hooks.file())
        .onLine(checkToken);
    assertThat(compilation)
        .hadErrorContaining("'connect' has a second handler, com.example.Hooks.checkToken(Connect);")
        .inFile(hooks.file())
        .onLine(connect);
    assertThat(compilation)
        .hadErrorContaining("'StreamStatusEvent' already has a handler, com.example.Hooks.streamStatus("
            + "StreamStatusEvent);")
        .inFile(hooks.file())
        .onLine(statusEvent);
    assertThat(compilation)
        .hadErrorContaining("'StreamStatusEvent' has a second handler, com.example.Hooks.StreamStatusEvent("
            + "StreamStatusEvent);")
        .inFile(hooks.file())
        .onLine(streamStatus);
  }

  // --- access, and what the generated code can call ---

  @Test
  void privateHandler() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  private void connect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler must not be private: the generated WcsHooksResource calls it directly; make it "
            + "public")
        .inFile(hooks.file())
        .onLine(hooks.line("private void connect("));
  }

  @Test
  void packagePrivateHandlerOutsideTheGeneratedPackage() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  void connect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler must be public: the generated WcsHooksResource in package io.wcshooks.hooks "
            + "calls it")
        .inFile(hooks.file())
        .onLine(hooks.line("void connect("));
  }

  @Test
  void privateNestedHandlerClass() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  private static class Hidden {",
        "    @WcsHook",
        "    public void connect(Connect connect) {",
        "    }",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler's class must be accessible from package io.wcshooks.hooks: make "
            + "com.example.Hooks.Hidden public")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect("));
  }

  @Test
  void innerHandlerClass() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  public class Inner {",
        "    @WcsHook",
        "    public void connect(Connect connect) {",
        "    }",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler's class cannot be an inner class: make com.example.Hooks.Inner static")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect("));
  }

  /**
   * What needs no instance of an inner class is no inner class's handler (legal since Java 16): a
   * static nested class or a record inside one, and a static handler of one.
   */
  @Test
  void staticMembersOfAnInnerClassCanBeHandlers() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  public class Inner {",
        "    @WcsHook(\"StreamStatusEvent\")",
        "    public static void status(StreamStatusEvent event) {",
        "    }",
        "",
        "    public static class Deep {",
        "      @WcsHook",
        "      public void connect(Connect connect) {",
        "      }",
        "    }",
        "",
        "    public record Rec() {",
        "      @WcsHook",
        "      public HookResult StreamKeepAliveEvent(StreamKeepAliveEvent event) {",
        "        return HookResult.echo();",
        "      }",
        "    }",
        "  }",
        "}");
    TestSource main = TestSource.of("com.example.Main",
        "package com.example;",
        "",
        "import io.wcshooks.hooks.WcsHooks;",
        "",
        "public class Main {",
        "  static Object app() {",
        "    return WcsHooks.builder().deep(new Hooks.Inner.Deep()).rec(new Hooks.Inner.Rec()).build();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file(), main.file());
    assertThat(compilation).succeededWithoutWarnings();
    ProcessorTesting.assertDoclintClean(compilation, hooks.file());
  }

  /** An inner class inside a static one is still inner; a private inner class has both mistakes. */
  @Test
  void innerHandlerClassesAnywhere() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  public static class Outer {",
        "    public class Inner {",
        "      @WcsHook",
        "      public void connect(Connect connect) {",
        "      }",
        "    }",
        "  }",
        "",
        "  private class Hidden {",
        "    @WcsHook(\"StreamStatusEvent\")",
        "    public void status(StreamStatusEvent event) {",
        "    }",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("a handler's class cannot be an inner class: make com.example.Hooks.Outer.Inner static")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect("));
    assertThat(compilation)
        .hadErrorContaining("a handler's class must be accessible from package io.wcshooks.hooks: make "
            + "com.example.Hooks.Hidden public")
        .inFile(hooks.file())
        .onLine(hooks.line("public void status("));
    assertThat(compilation)
        .hadErrorContaining("a handler's class cannot be an inner class: make com.example.Hooks.Hidden static")
        .inFile(hooks.file())
        .onLine(hooks.line("public void status("));
  }

  @Test
  void abstractHandler() {
    TestSource hooks = hooks(
        "public abstract class Hooks {",
        "  @WcsHook",
        "  public abstract void connect(Connect connect);",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler needs a body: it cannot be abstract")
        .inFile(hooks.file())
        .onLine(hooks.line("public abstract void connect("));
  }

  @Test
  void genericHandler() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public <T> void connect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler cannot be generic: remove the type parameters")
        .inFile(hooks.file())
        .onLine(hooks.line("public <T> void connect("));
  }

  @Test
  void handlerClassInTheUnnamedPackage() {
    TestSource hooks = TestSource.of("Hooks",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.Connect;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler's class cannot be in the unnamed package: the generated WcsHooksResource in "
            + "package io.wcshooks.hooks cannot refer to it; move it into a package")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect("));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Config", "Request", "Call"})
  void handlerClassNamedLikeALocalOfGeneratedCode(String className) {
    TestSource hooks = source("com.example", className,
        "public class " + className + " {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).succeededWithoutWarnings();
    ProcessorTesting.assertDoclintClean(compilation, hooks.file());
  }

  /**
   * Any name a handler's class may have, next to generated names: the builder's own methods and
   * fields, the generated classes and their nested ones, library classes generated code uses,
   * package roots, and lower-case class names that look like generated variables. Each class has
   * an instance handler and a static one, so that the generated code names the class both ways.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Config", "Request", "Call", "E", "Instance", "Resource", "Limits", "Build", "Builder", "ResourceBinder",
      "Objects", "HookCall", "Connect", "StreamStatusEvent", "WcsHooks", "WcsHooksResource", "RestClientConfig",
      "Io", "Com", "Java", "Equals", "Wait", "call", "request", "config", "e", "instance", "resource", "limits",
      "gate", "Handling", "DisableUnhandled"})
  void handlerClassWithAnyNameCompiles(String className) {
    TestSource hooks = TestSource.of("com.example." + className,
        "package com.example;",
        "",
        "public class " + className + " {",
        "  @io.wcshooks.api.WcsHook",
        "  public io.wcshooks.api.HookResult connect(io.wcshooks.hooks.Connect connect,",
        "      io.wcshooks.api.HookContext context) {",
        "    return io.wcshooks.api.HookResult.echo();",
        "  }",
        "",
        "  @io.wcshooks.api.WcsHook(\"StreamStatusEvent\")",
        "  public static void status(io.wcshooks.hooks.StreamStatusEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).succeededWithoutWarnings();
    ProcessorTesting.assertDoclintClean(compilation, hooks.file());
  }

  /**
   * A generic handler class: generated code refers to it as {@code Hooks<?>}, so {@code -Xlint:all}
   * finds no raw type, and the builder still creates one (the bound is recursive, the hardest case
   * for the diamond).
   */
  @Test
  void genericHandlerClass() {
    TestSource hooks = hooks(
        "public class Hooks<T extends Comparable<T>> {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public static void status(StreamStatusEvent event) {",
        "  }",
        "",
        "  public static class Nested<K, V> {",
        "    @WcsHook(\"StreamKeepAliveEvent\")",
        "    public HookResult keepAlive(StreamKeepAliveEvent event) {",
        "      return HookResult.echo();",
        "    }",
        "  }",
        "}");
    TestSource main = TestSource.of("com.example.Main",
        "package com.example;",
        "",
        "import io.wcshooks.hooks.WcsHooks;",
        "",
        "public class Main {",
        "  static Object app() {",
        "    return WcsHooks.builder().hooks(new Hooks<String>()).nested(new Hooks.Nested<>()).build();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file(), main.file());
    assertThat(compilation).succeededWithoutWarnings();
    ProcessorTesting.assertDoclintClean(compilation, hooks.file());
  }

  /**
   * A deprecated handler, handler class or no-argument constructor is the user's business: the
   * generated code calls them without a deprecation or removal warning, which -Werror would fail on.
   */
  @Test
  void deprecatedHandlersCompileWithoutWarnings() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @Deprecated",
        "  public Hooks() {",
        "  }",
        "",
        "  @Deprecated",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "",
        "  @Deprecated(forRemoval = true)",
        "  public static class Old {",
        "    @WcsHook(\"StreamStatusEvent\")",
        "    public void status(StreamStatusEvent event) {",
        "    }",
        "",
        "    @Deprecated(forRemoval = true)",
        "    @WcsHook(\"StreamKeepAliveEvent\")",
        "    public static void keepAlive(StreamKeepAliveEvent event) {",
        "    }",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).succeededWithoutWarnings();
    ProcessorTesting.assertDoclintClean(compilation, hooks.file());
  }

  /**
   * A no-argument constructor that declares a checked exception cannot be called from the builder's
   * build(): the builder demands an instance instead, and says why. Unchecked exceptions, and an
   * exception type variable of the constructor's own (inferred as RuntimeException), do not count.
   */
  @Test
  void noArgumentConstructorThatThrowsACheckedException() {
    TestSource failing = source("com.example", "Failing",
        "public class Failing {",
        "  public Failing() throws java.io.IOException {",
        "  }",
        "",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}");
    TestSource unchecked = source("com.example", "Unchecked",
        "public class Unchecked {",
        "  public Unchecked() throws IllegalStateException {",
        "  }",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void status(StreamStatusEvent event) {",
        "  }",
        "}");
    TestSource inferred = source("com.example", "Inferred",
        "public class Inferred {",
        "  public <X extends Exception> Inferred() throws X {",
        "  }",
        "",
        "  @WcsHook(\"StreamKeepAliveEvent\")",
        "  public void keepAlive(StreamKeepAliveEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(failing.file(), unchecked.file(), inferred.file());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("io.wcshooks.hooks.WcsHooks").contentsAsUtf8String()
        .contains("\"WcsHooks needs an instance of com.example.Failing: call failing(...) on the builder (the class "
            + "has no accessible no-argument constructor that throws no checked exception)\"");
    assertThat(compilation).generatedSourceFile("io.wcshooks.hooks.WcsHooks").contentsAsUtf8String()
        .contains("this.unchecked != null ? this.unchecked : new Unchecked()");
    assertThat(compilation).generatedSourceFile("io.wcshooks.hooks.WcsHooks").contentsAsUtf8String()
        .contains("this.inferred != null ? this.inferred : new Inferred()");
    ProcessorTesting.assertDoclintClean(compilation, failing.file(), unchecked.file(), inferred.file());
  }

  /** A package whose root is a generated variable's usual name, and two owners with the same simple name. */
  @Test
  void handlerPackagesNamedLikeGeneratedVariables() {
    TestSource first = source("call.request", "Hooks",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(Connect connect) {",
        "  }",
        "}");
    TestSource second = source("config.e", "Hooks",
        "public class Hooks {",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void status(StreamStatusEvent event) {",
        "  }",
        "",
        "  @WcsHook(\"StreamKeepAliveEvent\")",
        "  public static void keepAlive(StreamKeepAliveEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(first.file(), second.file());
    assertThat(compilation).succeededWithoutWarnings();
    ProcessorTesting.assertDoclintClean(compilation, first.file(), second.file());
  }

  @Test
  void unresolvedParameterTypeIsLeftToJavac() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(",
        "      io.wcshooks.hooks.Conect connect) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(hooks.file()).onLine(hooks.line("Conect"));
    assertThat(compilation).hadWarningCount(0);
  }

  // --- handlers javac's RoundEnvironment does not list ---

  /**
   * Local and anonymous classes (an enum constant's body too): generated code cannot refer to them,
   * and javac does not list their methods to processors, so without an error the hook would answer
   * the echo as if it had no handler. The valid handler is still generated, so that only these
   * errors show.
   */
  @Test
  void handlersInLocalAndAnonymousClassesAreErrors() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  public static final Object ANONYMOUS = new Object() {",
        "    @WcsHook",
        "    public HookResult connect(Connect connect) {",
        "      return HookResult.forbid();",
        "    }",
        "  };",
        "",
        "  public enum Mode {",
        "    STRICT {",
        "      @WcsHook(\"connect\")",
        "      public void strict(Connect connect) {",
        "      }",
        "    }",
        "  }",
        "",
        "  public static Object local() {",
        "    class Local {",
        "      @io.wcshooks.api.WcsHook(\"StreamStatusEvent\")",
        "      public void status(StreamStatusEvent event) {",
        "      }",
        "    }",
        "    return new Local();",
        "  }",
        "",
        "  @WcsHook(\"StreamKeepAliveEvent\")",
        "  public static void keepAlive(StreamKeepAliveEvent event) {",
        "  }",
        "}");
    TestSource main = TestSource.of("com.example.Main",
        "package com.example;",
        "",
        "import io.wcshooks.hooks.WcsHooks;",
        "",
        "public class Main {",
        "  static Object app() {",
        "    return WcsHooks.builder().build();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file(), main.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    for (String method : List.of("public HookResult connect(", "public void strict(", "public void status(")) {
      assertThat(compilation)
          .hadErrorContaining("a handler cannot be in a local or anonymous class: the generated WcsHooksResource "
              + "cannot refer to it, so it would never be called; move it into a top-level class or a static "
              + "nested one")
          .inFile(hooks.file())
          .onLine(hooks.line(method));
    }
  }

  /**
   * The only handler is anonymous, in a module with the Maven plugin's marker: the request types it
   * names are still generated, so its error is the only one. (Without the marker or another
   * handler, javac does not run the processor at all: it sees no annotation the processor asks for.)
   */
  @Test
  void theOnlyHandlerInAnAnonymousClass() {
    TestSource marker = TestSource.of("io.wcshooks.hooks.package-info",
        "@io.wcshooks.api.WcsHooksSpec(path = \"" + ProcessorTesting.smallSpec().toString().replace("\\", "\\\\")
            + "\", sha256 = \"" + ProcessorTesting.sha256(ProcessorTesting.smallSpec()) + "\")",
        "package io.wcshooks.hooks;");
    TestSource hooks = hooks(
        "public class Hooks {",
        "  public Object make() {",
        "    return new Object() {",
        "      @WcsHook",
        "      public void connect(Connect connect) {",
        "      }",
        "    };",
        "  }",
        "}");
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT, marker.file(), hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("a handler cannot be in a local or anonymous class")
        .inFile(hooks.file())
        .onLine(hooks.line("public void connect("));
  }

  /** Another annotation of the same simple name is not wcs-hooks': a local class may use it. */
  @Test
  void anotherWcsHookAnnotationInALocalClassIsNotAHandler() {
    TestSource other = TestSource.of("com.example.other.WcsHook",
        "package com.example.other;",
        "",
        "public @interface WcsHook {",
        "}");
    TestSource hooks = TestSource.of("com.example.Hooks",
        "package com.example;",
        "",
        "import com.example.other.WcsHook;",
        "",
        "public class Hooks {",
        "  @io.wcshooks.api.WcsHook",
        "  public void connect(io.wcshooks.hooks.Connect connect) {",
        "  }",
        "",
        "  public Object make() {",
        "    return new Object() {",
        "      @WcsHook",
        "      public void connect() {",
        "      }",
        "    };",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(other.file(), hooks.file());
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** A hook name from a constant javac cannot find: javac's error alone, no "no hook is named '<error>'". */
  @Test
  void unresolvedHookNameConstantIsLeftToJavac() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook(Missing.NAME)",
        "  public void connect(Connect connect) {",
        "  }",
        "",
        "  @WcsHook(StreamStatusEvent.HOOK)",
        "  public void status(StreamStatusEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(hooks.file())
        .onLine(hooks.line("@WcsHook(Missing.NAME)"));
    assertThat(compilation).hadWarningCount(0);
  }

  // --- the validator keeps going ---

  /** A type javac cannot find in one handler hides no other handler's mistake. */
  @Test
  void anUnresolvedTypeInOneHandlerHidesNoOtherMistake() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(",
        "      io.wcshooks.hooks.Conect connect) {",
        "  }",
        "",
        "  @WcsHook",
        "  private void StreamStatusEvent(StreamStatusEvent event) {",
        "  }",
        "",
        "  @WcsHook(\"StreamKeepAlive\")",
        "  public void keepAlive(StreamKeepAliveEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(hooks.file()).onLine(hooks.line("Conect"));
    assertThat(compilation)
        .hadErrorContaining("a handler must not be private")
        .inFile(hooks.file())
        .onLine(hooks.line("private void StreamStatusEvent("));
    assertThat(compilation)
        .hadErrorContaining("no WCS hook is named 'StreamKeepAlive'; did you mean 'StreamKeepAliveEvent'?")
        .inFile(hooks.file())
        .onLine(hooks.line("@WcsHook(\"StreamKeepAlive\")"));
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void everyMistakeInAClassIsReported() {
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  private <T> void connect(Connect connect) {",
        "  }",
        "",
        "  @WcsHook(\"StreamStatusEvnt\")",
        "  public void onStatus(StreamStatusEvent event) {",
        "  }",
        "",
        "  @WcsHook(\"StreamKeepAliveEvent\")",
        "  public void keepAlive(",
        "      String name) {",
        "  }",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public String status(StreamStatusEvent event) {",
        "    return event.name();",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(5);
    long connect = hooks.line("private <T> void connect(");
    assertThat(compilation).hadErrorContaining("a handler must not be private").inFile(hooks.file()).onLine(connect);
    assertThat(compilation).hadErrorContaining("a handler cannot be generic").inFile(hooks.file()).onLine(connect);
    assertThat(compilation)
        .hadErrorContaining("no WCS hook is named 'StreamStatusEvnt'")
        .inFile(hooks.file())
        .onLine(hooks.line("@WcsHook(\"StreamStatusEvnt\")"));
    assertThat(compilation)
        .hadErrorContaining("parameter 'name' has type java.lang.String, but a handler for 'StreamKeepAliveEvent' "
            + "takes StreamKeepAliveEvent")
        .inFile(hooks.file())
        .onLine(hooks.line("String name"));
    // An event that cannot be forbidden: HookResult is not among the allowed return types.
    assertThat(compilation)
        .hadErrorContaining("a handler for 'StreamStatusEvent' returns void, StreamStatusEvent, not java.lang.String")
        .inFile(hooks.file())
        .onLine(hooks.line("public String status("));
  }

  // --- the generated package ---

  /** A class of the user's with a name the processor generates: an error on that class, not a crash. */
  @ParameterizedTest
  @ValueSource(strings = {"Connect", "RestClientConfig", "WcsHooks", "WcsHooksResource"})
  void classWithAGeneratedNameInTheGeneratedPackage(String name) {
    TestSource taken = TestSource.of("io.wcshooks.hooks." + name,
        "package io.wcshooks.hooks;",
        "",
        "public class " + name + " {",
        "}");
    TestSource hooks = TestSource.of("com.example.Hooks",
        "package com.example;",
        "",
        "import io.wcshooks.api.HookContext;",
        "import io.wcshooks.api.WcsHook;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(HookContext context) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(taken.file(), hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("wcs-hooks generates io.wcshooks.hooks." + name + ", but this compilation already has a "
            + "class of that name")
        .inFile(taken.file())
        .onLine(taken.line("public class " + name));
    assertThat(compilation).hadErrorContaining("rename that class, or have wcs-hooks generate into another package "
        + "with -Awcshooks.package=<package>");
    assertEquals(List.of(), errorsContaining(compilation, "failed internally"));
  }

  /**
   * Every class named like a generated one is reported in one build, those the resource and entry
   * point would clash with too; the other generated classes are still written, so the user's code
   * that names them has no errors of its own.
   */
  @Test
  void everyClassWithAGeneratedNameIsReported() {
    List<TestSource> taken = new ArrayList<>();
    for (String name : List.of("Connect", "StreamStatusEvent", "WcsHooks")) {
      taken.add(TestSource.of("io.wcshooks.hooks." + name,
          "package io.wcshooks.hooks;",
          "",
          "public class " + name + " {",
          "}"));
    }
    TestSource hooks = TestSource.of("com.example.Hooks",
        "package com.example;",
        "",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.StreamKeepAliveEvent;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public void StreamKeepAliveEvent(StreamKeepAliveEvent event) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(taken.get(0).file(), taken.get(1).file(), taken.get(2).file(),
        hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    for (TestSource source : taken) {
      String name = source.file().getName().replaceAll(".*/|\\.java$", ""); // the class's simple name
      assertThat(compilation)
          .hadErrorContaining("wcs-hooks generates io.wcshooks.hooks." + name + ", but this compilation already has "
              + "a class of that name: rename that class, or have wcs-hooks generate into another package with "
              + "-Awcshooks.package=<package>")
          .inFile(source.file())
          .onLine(source.line("public class " + name));
    }
  }

  /** With {@code @WcsHooksSpec}, the package is the Maven plugin's to choose: -A would configure it twice. */
  @Test
  void aClassWithAGeneratedNameInTheMarkersPackageIsToldToUseThePlugin() {
    TestSource marker = TestSource.of("com.example.echo.package-info",
        "@io.wcshooks.api.WcsHooksSpec(path = \"" + ProcessorTesting.smallSpec().toString().replace("\\", "\\\\")
            + "\", sha256 = \"" + ProcessorTesting.sha256(ProcessorTesting.smallSpec()) + "\")",
        "package com.example.echo;");
    TestSource taken = TestSource.of("com.example.echo.Connect",
        "package com.example.echo;",
        "",
        "public class Connect {",
        "}");
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.STRICT, marker.file(), taken.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("wcs-hooks generates com.example.echo.Connect, but this compilation already has a class of "
            + "that name: rename that class, or have wcs-hooks generate into another package with the wcs-hooks Maven "
            + "plugin's <packageName>")
        .inFile(taken.file())
        .onLine(taken.line("public class Connect"));
  }

  /**
   * A class of the user's in the generated package, named like a java.lang class the generated code
   * uses, hides it there as a generated class of that name would: the generated code qualifies it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"String", "Integer", "Boolean", "Number", "Override", "IllegalArgumentException"})
  void classNamedLikeAJavaLangClassInTheGeneratedPackage(String name) {
    TestSource hiding = TestSource.of("io.wcshooks.hooks." + name,
        "package io.wcshooks.hooks;",
        "",
        "public class " + name + " {",
        "}");
    TestSource hooks = hooks(
        "public class Hooks {",
        "  @WcsHook",
        "  public HookResult connect(Connect connect, HookContext context) {",
        "    return HookResult.echo();",
        "  }",
        "  @WcsHook",
        "  public static StreamStatusEvent StreamStatusEvent(StreamStatusEvent event) {",
        "    return event;",
        "  }",
        "}");
    assertThat(compileWithSmallSpec(hiding.file(), hooks.file())).succeededWithoutWarnings();
  }

  // --- options ---

  @ParameterizedTest
  @ValueSource(strings = {"", "com.example.", "com.class.hooks", "1hooks"})
  void generatedPackageMustBeAPackageName(String packageName) {
    TestSource hooks = TestSource.of("com.example.Hooks",
        "package com.example;",
        "",
        "import io.wcshooks.api.HookContext;",
        "import io.wcshooks.api.WcsHook;",
        "",
        "public class Hooks {",
        "  @WcsHook",
        "  public void connect(HookContext context) {",
        "  }",
        "}");
    Compilation compilation = compileWithSmallSpec(List.of("-A" + WcsHookProcessor.PACKAGE_OPTION + "=" + packageName),
        hooks.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("-A" + WcsHookProcessor.PACKAGE_OPTION + "=" + packageName
        + " is not a package name");
  }

  private static List<String> errorsContaining(Compilation compilation, String text) {
    return compilation.errors().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains(text))
        .toList();
  }
}
