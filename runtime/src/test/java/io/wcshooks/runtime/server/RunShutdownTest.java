package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.testing.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to {@link WcsHookServer#run} during a call, in a child JVM: the call is still answered,
 * new connections are refused, and the log says what happened while stopping.
 */
class RunShutdownTest {
  private static final Pattern PORT = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void aStopDuringACallAnswersItAndLogsWhatTheStopDid() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), StopMain.class.getName(),
        "--host", "127.0.0.1", "--port", "0");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("WCS_HOOKS_"));
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      BlockingQueue<String> err = lines(process.getErrorStream());
      StringBuilder log = new StringBuilder();
      int port = -1;
      for (String line; port < 0 && (line = err.poll(60, TimeUnit.SECONDS)) != null; ) {
        log.append(line).append('\n');
        Matcher m = PORT.matcher(line);
        if (m.find()) {
          port = Integer.parseInt(m.group(1));
        }
      }
      assertTrue(port > 0, () -> "no 'listening on' line:\n" + log);
      CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(
          TestServer.wcsRequest(URI.create("http://127.0.0.1:" + port + "/connect"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"stop-1\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(StopMain.RUNNING, out.poll(30, TimeUnit.SECONDS));

      // SIGTERM; Process.destroy() would also close the pipes the child's log comes through.
      process.toHandle().destroy();

      // Answered at the handler's deadline, as connect fails closed, though the server was stopping.
      HttpResponse<String> late = answer.get(30, TimeUnit.SECONDS);
      assertEquals(503, late.statusCode(), late.body());
      int stopped = port;
      assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), stopped).close(),
          "a new connection while the server stops");
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the JVM ends");
      assertEquals(143, process.exitValue()); // 128 + SIGTERM: the JVM's own status after a signal
      for (String line; (line = err.poll(5, TimeUnit.SECONDS)) != null; ) {
        log.append(line).append('\n');
      }
      // java.util.logging's own shutdown hook closed the log at once: these lines were lost.
      String text = log.toString();
      assertTrue(text.contains("stopping: no new connections; calls in progress have up to 5000 ms to finish"), text);
      assertTrue(text.contains("the handler of hook connect did not answer within 1000 ms (sessionId stop-1);"
          + " answered 503 (fails closed)"), text);
      assertTrue(text.contains("wcs-hooks on http://127.0.0.1:" + port + "/ stopped"), text);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void runUntilShutdownReachedWhileTheJvmExitsStopsTheServerAndReleasesTheLog() throws Exception {
    // The shutdown hook could not be added: runUntilShutdown threw IllegalStateException ("Shutdown
    // in progress") with the log held open, java.util.logging's hook waited a minute for it before
    // the JVM could end, and the server was never stopped.
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), ExitDuringStartMain.class.getName(),
        "--host", "127.0.0.1", "--port", "0");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("WCS_HOOKS_"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());

      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the JVM ends (java.util.logging waited a minute)");
      StringBuilder output = new StringBuilder();
      for (String line; (line = out.poll(5, TimeUnit.SECONDS)) != null; ) {
        output.append(line).append('\n');
      }
      String text = output.toString();
      assertEquals(0, process.exitValue(), text);
      assertTrue(text.contains(ExitDuringStartMain.CLOSED + "true"), text);
      assertFalse(text.contains("Exception"), text);
    } finally {
      process.destroyForcibly();
    }
  }

  /** The lines a stream gives, as they come, from a daemon thread. */
  private static BlockingQueue<String> lines(InputStream stream) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }
}
