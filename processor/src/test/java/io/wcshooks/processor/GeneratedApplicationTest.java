package io.wcshooks.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code WcsHooks.Builder.build()} in Jersey, in memory: the application starts
 * without a warning, and every request goes to the one resource made over the instances given
 * to the builder (Jersey never makes a resource of its own, which it could not: the resource's
 * constructor takes the handlers).
 */
class GeneratedApplicationTest {

  @Test
  void oneResourceServesEveryRequestAndJerseyStartsWithoutWarnings() throws Exception {
    TestSource counting = TestSource.of("com.example.Counting",
        "package com.example;",
        "",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.StreamStatusEvent;",
        "import java.util.List;",
        "import java.util.concurrent.CopyOnWriteArrayList;",
        "",
        "public class Counting {",
        "  public final List<String> seen = new CopyOnWriteArrayList<>();",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void status(StreamStatusEvent event) {",
        "    seen.add(event.name());",
        "  }",
        "}");
    Compilation compilation = ProcessorTesting.compileWithSmallSpec(counting.file());
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());

    Class<?> countingClass = loader.loadClass("com.example.Counting");
    Object instance = countingClass.getConstructor().newInstance();
    Class<?> entryPoint = loader.loadClass("io.wcshooks.hooks.WcsHooks");
    Object builder = entryPoint.getMethod("builder").invoke(null);
    builder.getClass().getMethod("counting", countingClass).invoke(builder, instance);

    List<LogRecord> warnings = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    ApplicationHandler application;
    try {
      application = new ApplicationHandler((ResourceConfig) builder.getClass().getMethod("build").invoke(builder));
    } finally {
      root.removeHandler(capture);
    }
    // Only warnings about what this processor generates: the runtime's own components are its own
    // module's concern.
    assertEquals(List.of(), warnings.stream()
            .map(r -> r.getLoggerName() + ": " + r.getMessage())
            .filter(m -> m.contains("io.wcshooks.hooks.") || m.contains("com.example.")
                || m.contains("does not implement any provider interfaces"))
            .toList(),
        "Jersey's warnings about the generated application while it starts");

    for (int i = 0; i < 3; i++) {
      ContainerResponse response = post(application, "StreamStatusEvent", "{\"name\":\"s" + i + "\"}");
      assertEquals(200, response.getStatus());
    }
    ContainerResponse echo = post(application, "connect", "{\"sipLogin\":\"alice\"}");
    assertEquals(200, echo.getStatus());
    @SuppressWarnings("unchecked")
    List<String> seen = (List<String>) countingClass.getField("seen").get(instance);
    assertEquals(List.of("s0", "s1", "s2"), seen, "the builder's instance handles every call");

    // A second application from the same builder: its own resource, over the same instance.
    ApplicationHandler second =
        new ApplicationHandler((ResourceConfig) builder.getClass().getMethod("build").invoke(builder));
    assertEquals(200, post(second, "StreamStatusEvent", "{\"name\":\"again\"}").getStatus());
    assertEquals(List.of("s0", "s1", "s2", "again"), seen);
  }

  /**
   * A record without components has a public no-argument constructor (its canonical one): the
   * builder creates the instance itself, as for a class, instead of failing at build() for want of
   * one.
   */
  @Test
  void theBuilderCreatesARecordWithoutComponents() throws Exception {
    TestSource audit = TestSource.of("com.example.Audit",
        "package com.example;",
        "",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.StreamStatusEvent;",
        "import java.util.List;",
        "import java.util.concurrent.CopyOnWriteArrayList;",
        "",
        "public record Audit() {",
        "  public static final List<String> SEEN = new CopyOnWriteArrayList<>();",
        "",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void status(StreamStatusEvent event) {",
        "    SEEN.add(event.name());",
        "  }",
        "}");
    Compilation compilation = ProcessorTesting.compileWithSmallSpec(audit.file());
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    Object builder = loader.loadClass("io.wcshooks.hooks.WcsHooks").getMethod("builder").invoke(null);
    ApplicationHandler application =
        new ApplicationHandler((ResourceConfig) builder.getClass().getMethod("build").invoke(builder));
    assertEquals(200, post(application, "StreamStatusEvent", "{\"name\":\"s1\"}").getStatus());
    assertEquals(List.of("s1"), loader.loadClass("com.example.Audit").getField("SEEN").get(null));
  }

  private static ContainerResponse post(ApplicationHandler application, String hook, String body) throws Exception {
    ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
        URI.create("http://localhost/" + hook), "POST", null, new MapPropertiesDelegate(), null);
    request.header("Content-Type", "application/json;charset=UTF-8");
    request.header("Accept", "application/json");
    request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    return application.apply(request).get();
  }
}
