package io.wcshooks.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JSON-path microbenchmarks ({@link JsonPathBench}) with JMH, in a forked JVM per benchmark, and prints
 * a Markdown table: each operation on each body, ours against plain Jackson, in µs/op (mean ± the 99.9%
 * confidence half-width JMH reports) with the ratio and the bytes allocated per operation. The defaults take
 * about two minutes; {@code benchmarks/run.sh} runs this after the server benchmark.
 *
 * <p>Settings (system properties): bench.jmhOut (a Markdown file the table is appended to), bench.jmh.warmup
 * (warm-up iterations, 3) of bench.jmh.warmupMs (1000) each, bench.jmh.measure (measurement iterations, 5) of
 * bench.jmh.measureMs (600) each, bench.jmh.forks (1), bench.jmh.hooks (connect,publishStream,
 * StreamKeepAliveEvent), bench.jmh.ops (read,echo,overwrite), bench.jmh.heap (each fork's -Xms/-Xmx, 256m).
 * The defaults give 18 benchmarks of 6 s each plus about a second per fork.
 */
public final class JsonPathBenchmarks {
  private static final List<String> OPERATIONS = List.of("read", "echo", "overwrite");
  private static final List<String> HOOKS =
      List.of(HookBodies.CONNECT, HookBodies.PUBLISH_STREAM, HookBodies.KEEP_ALIVE);
  private static final String OURS = "Ours";
  private static final String JACKSON = "Jackson";

  private JsonPathBenchmarks() {}

  public static void main(String[] args) throws RunnerException, IOException {
    int warmup = Integer.getInteger("bench.jmh.warmup", 3);
    int warmupMs = Integer.getInteger("bench.jmh.warmupMs", 1000);
    int measure = Integer.getInteger("bench.jmh.measure", 5);
    int measureMs = Integer.getInteger("bench.jmh.measureMs", 600);
    int forks = Integer.getInteger("bench.jmh.forks", 1);
    String heap = System.getProperty("bench.jmh.heap", "256m");
    List<String> hooks = list(System.getProperty("bench.jmh.hooks"), HOOKS);
    List<String> operations = list(System.getProperty("bench.jmh.ops"), OPERATIONS);

    Options options = new OptionsBuilder()
        .include(JsonPathBench.class.getName() + "\\.(" + String.join("|", operations) + ")(" + OURS + "|" + JACKSON
            + ")$")
        .param("hook", hooks.toArray(String[]::new))
        .forks(forks)
        .warmupIterations(warmup)
        .warmupTime(TimeValue.milliseconds(warmupMs))
        .measurementIterations(measure)
        .measurementTime(TimeValue.milliseconds(measureMs))
        .timeUnit(TimeUnit.MICROSECONDS)
        .jvmArgs("-Xms" + heap, "-Xmx" + heap)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .build();
    Instant start = Instant.now();
    Collection<RunResult> results = new Runner(options).run();
    long seconds = ChronoUnit.SECONDS.between(start, Instant.now());

    String settings = String.format(Locale.ROOT,
        "Settings: JMH, %d fork(s), %d×%d ms warm-up + %d×%d ms measurement per benchmark, average time, "
            + "fork heap %s; %s %s, %d CPUs; took %d s.",
        forks, warmup, warmupMs, measure, measureMs, heap, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), seconds);
    String table = table(results, operations, hooks);
    String section = "\n## JSON path microbenchmarks (JMH), " + start.truncatedTo(ChronoUnit.SECONDS) + "\n\n"
        + settings + "\n\n" + table + "\n"
        + "ours = the runtime's HookJson (JsonLimits.DEFAULTS); Jackson = a default ObjectMapper, as in the "
        + "hand-written Jersey resource. read = bytes to tree; echo = a hook without a handler (ours: validate "
        + "as strictly as a read, no tree, answer the received bytes; Jackson: readTree + writeValueAsBytes); overwrite = read, set one "
        + "field (connect: sipLogin, added; publishStream and StreamKeepAliveEvent: name), write the tree. "
        + "ratio = ours / Jackson time (below 1: ours is faster). ± is JMH's 99.9% confidence half-width.\n";
    System.out.println(section);
    String out = System.getProperty("bench.jmhOut");
    if (out != null && !out.isBlank()) {
      Path file = Path.of(out);
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      System.out.println("(appended to " + file + ")");
    }
  }

  private static String table(Collection<RunResult> results, List<String> operations, List<String> hooks) {
    Map<String, RunResult> byKey = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      byKey.put(method + "/" + result.getParams().getParam("hook"), result);
    }
    StringBuilder table = new StringBuilder()
        .append("| benchmark | body | body size (B) | ours (µs/op) | Jackson baseline (µs/op) | ratio ours/Jackson "
            + "| ours alloc (B/op) | Jackson alloc (B/op) |\n")
        .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String operation : operations) {
      for (String hook : hooks) {
        RunResult ours = byKey.get(operation + OURS + "/" + hook);
        RunResult jackson = byKey.get(operation + JACKSON + "/" + hook);
        if (ours == null && jackson == null) {
          continue;
        }
        table.append("| ").append(operation).append(" | ").append(hook)
            .append(" | ").append(HookBodies.body(hook).length)
            .append(" | ").append(score(ours))
            .append(" | ").append(score(jackson))
            .append(" | ").append(ours == null || jackson == null ? "n/a" : String.format(Locale.ROOT, "%.2f",
                ours.getPrimaryResult().getScore() / jackson.getPrimaryResult().getScore()))
            .append(" | ").append(allocation(ours))
            .append(" | ").append(allocation(jackson))
            .append(" |\n");
      }
    }
    return table.toString();
  }

  private static String score(RunResult result) {
    if (result == null) {
      return "n/a";
    }
    double score = result.getPrimaryResult().getScore();
    double error = result.getPrimaryResult().getScoreError();
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.3f", score)
        : String.format(Locale.ROOT, "%.3f ± %.3f", score, error);
  }

  /** GCProfiler's normalised allocation rate (its label has carried a '·' prefix in older JMH versions). */
  private static String allocation(RunResult result) {
    if (result == null) {
      return "n/a";
    }
    for (String label : result.getSecondaryResults().keySet()) {
      if (label.endsWith("gc.alloc.rate.norm")) {
        return String.format(Locale.ROOT, "%.0f", result.getSecondaryResults().get(label).getScore());
      }
    }
    return "n/a";
  }

  private static List<String> list(String value, List<String> defaults) {
    if (value == null || value.isBlank()) {
      return defaults;
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }
}
