package io.wcshooks.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's build prints when it runs the processor: nothing from SLF4J, which the spec's
 * schema validator logs through and for which a user's class path has no provider. Each test is
 * a {@code javac} of its own, since SLF4J reports once per JVM (per class loader), when it starts.
 */
class QuietCompilationTest {
  @TempDir Path dir;

  /** Runs the JDK's javac on a handler, with the processor found on the test class path. */
  private String javac(String... jvmOptions) throws IOException, InterruptedException {
    Path source = dir.resolve("src/com/example/Hooks.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n",
        "package com.example;",
        "",
        "import io.wcshooks.api.WcsHook;",
        "import io.wcshooks.hooks.StreamStatusEvent;",
        "",
        "public class Hooks {",
        "  @WcsHook(\"StreamStatusEvent\")",
        "  public void status(StreamStatusEvent event) {",
        "  }",
        "}",
        ""));
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    for (String option : jvmOptions) {
      command.add("-J" + option);
    }
    command.addAll(List.of("-cp", classPath, "-processorpath", classPath,
        "-d", dir.resolve("classes").toString(), "-s", dir.resolve("generated").toString(), source.toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    javac.getOutputStream().close();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
    assertEquals(0, javac.exitValue(), output);
    return output;
  }

  @Test
  void compilationPrintsNothingAboutSlf4j() throws Exception {
    String output = javac();
    assertFalse(output.contains("SLF4J"), output);
    assertTrue(Files.isRegularFile(dir.resolve("classes/io/wcshooks/hooks/WcsHooks.class")), output);
  }

  /** The user's own setting wins; this also shows that, unquietened, SLF4J would speak here. */
  @Test
  void aVerbositySetByTheUserIsKept() throws Exception {
    String output = javac("-D" + WcsHookProcessor.SLF4J_VERBOSITY + "=WARN");
    assertTrue(output.contains("SLF4J(W): No SLF4J providers were found"), output);
  }
}
