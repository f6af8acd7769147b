package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link WcsHookServer#run} as a user's main meets it: a start that fails ends the JVM with one
 * line an operator can act on and an exit status, never a stack trace. Each case is a child JVM.
 */
class RunFailuresTest {
  private record Ended(int status, String output) {}

  private static Ended runMain(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), RunMain.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("WCS_HOOKS_"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM ends");
    return new Ended(process.exitValue(), output);
  }

  private static void assertNoStackTrace(String output) {
    assertFalse(output.contains("\tat "), output);
    assertFalse(output.contains("Exception in thread"), output);
  }

  @Test
  void aTakenPortIsOneLineAndStatus1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Ended ended = runMain("--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));

      assertEquals(1, ended.status(), ended.output());
      assertTrue(ended.output().contains("wcs-hooks: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "),
          ended.output());
      assertNoStackTrace(ended.output());
    }
  }

  @Test
  void aBadFlagIsOneLineAndStatus2() throws Exception {
    Ended ended = runMain("--port", "not-a-port");

    assertEquals(2, ended.status(), ended.output());
    assertTrue(ended.output().contains("wcs-hooks: ") && ended.output().contains("--port"), ended.output());
    assertNoStackTrace(ended.output());
  }
}
