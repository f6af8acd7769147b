package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar wcs-hooks-sample.jar} starts, prints the URL for WCS, answers, writes its audit
 * trail as JSON lines on standard output, and stops on SIGTERM.
 */
class ExecutableJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://[^\\s;,]+)");

  @Test
  void theJarRunsTheSampleAndPrintsTheUrlForWcs() throws Exception {
    String jar = System.getProperty("sample.jar");
    assertNotNull(jar, "run by failsafe with sample.jar set");
    assertTrue(Files.isRegularFile(Path.of(jar)), jar);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-jar", jar, "--port", "0", "--host", "127.0.0.1"))
        .start();
    try {
      BlockingQueue<String> stdout = lines(process.getInputStream());
      BlockingQueue<String> stderr = lines(process.getErrorStream());
      StringBuilder seen = new StringBuilder();
      String url = null;
      for (String line; url == null && (line = stderr.poll(60, TimeUnit.SECONDS)) != null; ) {
        seen.append(line).append('\n');
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertNotNull(url, () -> "no 'listening on' line on standard error:\n" + seen);
      assertTrue(url.contains(":") && url.replaceAll("/$", "").endsWith("/rest-hooks"), url);
      // Jetty logs the start of the warm-up's loopback connector too: its name tells it from the port for WCS.
      String port = ":" + URI.create(url).getPort() + "}";
      for (String line : seen.toString().split("\n")) {
        if (line.contains("Started ") && line.contains("{HTTP/1.1") && !line.contains(port)) {
          assertTrue(line.contains("Started wcs-hooks-warm-up@"), () -> "a connector not for WCS, unnamed:\n" + seen);
        }
      }

      SampleClient wcs = new SampleClient(URI.create(url));
      SampleClient.Answer good = wcs.post("connect", SampleClient.connect("jar-1", "{\"token\":\"demo-alice\"}"));
      assertEquals(200, good.status(), good.body());
      SampleClient.Answer bad = wcs.post("connect", SampleClient.connect("jar-2", "{\"token\":\"x\"}"));
      assertEquals("{\"status\":403,\"reason\":\"Invalid token\"}", bad.body());

      // The audit trail: bare JSON lines on standard output, written out without waiting for more,
      // and nothing else there (a log pipeline reads every line as one JSON object).
      StringBuilder out = new StringBuilder();
      String audit = null;
      for (String line; audit == null && (line = stdout.poll(10, TimeUnit.SECONDS)) != null; ) {
        out.append(line).append('\n');
        assertTrue(JSON.readTree(line).isObject(), () -> "not one JSON object per line on standard output:\n" + out);
        if (line.contains("\"event\":\"connect\"") && line.contains("\"user\":\"alice\"")) {
          audit = line;
        }
      }
      assertNotNull(audit, () -> "no audit line for the connect on standard output:\n" + out);
      assertTrue(audit.startsWith("{\"time\":"), audit);

      // SIGTERM: the shutdown hook closes the server. Process.destroy() would also close the pipes
      // the stop's log lines come through.
      process.toHandle().destroy();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
      for (String line; (line = stderr.poll(5, TimeUnit.SECONDS)) != null; ) {
        seen.append(line).append('\n');
      }
      // java.util.logging's own shutdown hook used to close the log first: the stop went unlogged.
      assertTrue(seen.toString().contains(" stopping: no new connections;"), seen::toString);
      assertTrue(seen.toString().contains("wcs-hooks on " + url.replaceAll("/$", "").replace("localhost", "127.0.0.1")
          + " stopped"), seen::toString);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aPortInUseIsAOneLineErrorNotAStackTrace() throws Exception {
    String jar = System.getProperty("sample.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-jar", jar, "--port",
          Integer.toString(taken.getLocalPort()), "--host", "127.0.0.1")).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      assertEquals(1, process.exitValue(), output);
      assertTrue(output.contains("wcs-hooks sample: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), output);
      assertFalse(output.contains("\tat "), output);
      assertFalse(output.contains("Exception"), output);
    }
  }

  /** README: a configuration mistake stops the start with a one-line error; a command-line mistake adds the usage. */
  @Test
  void aConfigurationMistakeIsOneLineAndAMistypedFlagGetsTheUsage() throws Exception {
    Path config = Files.createTempFile("sample", ".properties");
    try {
      Files.writeString(config, "sip.pasword=secret\n");
      Result typo = run("--config", config.toString(), "--port", "0");
      assertEquals(2, typo.status(), typo.output());
      assertEquals(1, typo.output().lines().count(), typo.output());
      assertTrue(typo.output().startsWith("wcs-hooks sample: ") && typo.output().contains("sip.pasword"), typo.output());
      assertFalse(typo.output().contains("secret"), typo.output());

      Result variable = run(Map.of("WCS_HOOKS_PORT", "http"));
      assertEquals(2, variable.status(), variable.output());
      assertEquals(1, variable.output().lines().count(), variable.output());
      assertTrue(variable.output().startsWith("wcs-hooks sample: ") && variable.output().contains("WCS_HOOKS_PORT"),
          variable.output());

      Result flag = run("--prot", "9091");
      assertEquals(2, flag.status(), flag.output());
      List<String> lines = flag.output().lines().toList();
      assertEquals(2, lines.size(), flag.output());
      assertTrue(lines.get(0).startsWith("wcs-hooks sample: ") && lines.get(0).contains("--prot"), flag.output());
      assertTrue(lines.get(1).startsWith("usage: java -jar wcs-hooks-sample.jar"), flag.output());
    } finally {
      Files.delete(config);
    }
  }

  private record Result(int status, String output) {}

  /** Runs the jar with these arguments to its end; its standard output and error together. */
  private static Result run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  /** As {@link #run(String...)}, with these environment variables added. */
  private static Result run(Map<String, String> env, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-jar", System.getProperty("sample.jar")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Result(process.exitValue(), output);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

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
