package io.wcshooks.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmark of issue 7. Each server is started in a JVM of its own (-Xmx256m), alone, and
 * measured from the moment its JVM is launched: time to the first 200, throughput and latency in
 * the first seconds (closed loop, N keep-alive connections), the same after a warm-up, latency at a
 * fixed offered rate, idle and loaded RSS. Then a table and the ratios.
 *
 * <p>Settings (system properties): bench.servers (raw,jersey,echo,sample), bench.connections (64),
 * bench.first (30 s after JVM start), bench.warmup (60 s more), bench.measure (15 s),
 * bench.rate (2000 req/s), bench.rateSeconds (10 s), bench.heap (256m), bench.out (a Markdown file
 * for the table), bench.logs (the servers' output).
 */
public final class Benchmark {
  record Server(String key, String label, String mainClass, boolean sample) {}

  static final Map<String, Server> SERVERS = new LinkedHashMap<>();

  static {
    SERVERS.put("raw", new Server("raw", "raw Grizzly HttpHandler echo", RawGrizzlyServer.class.getName(), false));
    SERVERS.put("jersey", new Server("jersey", "hand-written Jersey resource (Grizzly)", JerseyEchoServer.class.getName(), false));
    SERVERS.put("echo", new Server("echo", "generated hooks, no handlers (echo)", EchoHooksServer.class.getName(), false));
    SERVERS.put("sample", new Server("sample", "generated hooks + sample-app handlers", SampleHooksServer.class.getName(), true));
  }

  /** What one server measured. */
  static final class Result {
    Server server;
    double firstOkMs;
    double to90Seconds = Double.NaN;
    double firstRps;
    double firstP50;
    double firstP99;
    double warmRps;
    double warmP50;
    double warmP99;
    double rateP50;
    double rateP99;
    double rateAchieved;
    double idleRssMb;
    double loadedRssMb;
    double peakRssMb;
    Map<Integer, Long> statuses = new TreeMap<>();
  }

  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
  private static final int FIRST = Integer.getInteger("bench.first", 30);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 60);
  private static final int MEASURE = Integer.getInteger("bench.measure", 15);
  private static final int RATE = Integer.getInteger("bench.rate", 2000);
  private static final int RATE_SECONDS = Integer.getInteger("bench.rateSeconds", 10);
  private static final String HEAP = System.getProperty("bench.heap", "256m");

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    List<Server> servers = new ArrayList<>();
    for (String key : System.getProperty("bench.servers", "raw,jersey,echo,sample").split(",")) {
      Server server = SERVERS.get(key.trim());
      if (server == null) {
        throw new IllegalArgumentException("unknown server " + key + "; known: " + SERVERS.keySet());
      }
      servers.add(server);
    }
    String settings = String.format(Locale.ROOT, "connections=%d first=%ds warmup=%ds measure=%ds rate=%d req/s for %ds heap=%s",
        CONNECTIONS, FIRST, WARMUP, MEASURE, RATE, RATE_SECONDS, HEAP);
    System.out.println("wcs-hooks benchmark " + Instant.now() + ": " + settings);
    List<Result> results = new ArrayList<>();
    for (Server server : servers) {
      System.out.println("== " + server.label());
      results.add(run(server));
    }
    String report = "Settings: " + settings + "\n\n" + table(results) + "\n" + ratios(results);
    System.out.println();
    System.out.println(report);
    String out = System.getProperty("bench.out");
    if (out != null) {
      Files.writeString(Path.of(out), report);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Result run(Server server) throws Exception {
    Result result = new Result();
    result.server = server;
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path logs = Path.of(System.getProperty("bench.logs", "target/bench-logs"));
    Files.createDirectories(logs);
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + HEAP, "-cp", classpath(server.sample()), server.mainClass(), Integer.toString(port))
        .redirectErrorStream(true)
        .redirectOutput(logs.resolve(server.key() + ".log").toFile());
    long t0 = System.nanoTime();
    Process process = builder.start();
    try {
      List<Mix.Hook> mix = Mix.hooks();
      // first 200: the connect hook, tried every 2 ms from the launch on
      try (Conn probe = new Conn(port, List.of(mix.stream().filter(h -> h.name().equals("connect")).findFirst().orElseThrow()), 0)) {
        while (probe.call() != 200) {
          if (!process.isAlive()) {
            throw new IllegalStateException(server.key() + " exited: see " + logs.resolve(server.key() + ".log"));
          }
          if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(60)) {
            throw new IllegalStateException(server.key() + " gave no 200 within 60 s");
          }
          Thread.sleep(2);
        }
      }
      result.firstOkMs = (System.nanoTime() - t0) / 1e6;
      result.idleRssMb = rssMb(process.pid(), "VmRSS");
      System.out.printf(Locale.ROOT, "   first 200 after %.0f ms, idle RSS %.0f MB%n", result.firstOkMs, result.idleRssMb);

      Conn[] conns = new Conn[CONNECTIONS];
      for (int i = 0; i < CONNECTIONS; i++) {
        conns[i] = new Conn(port, mix, i * 3);
      }
      AtomicLongArray perSecond = new AtomicLongArray(FIRST + WARMUP + MEASURE + RATE_SECONDS + 120);
      Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

      long firstEnd = t0 + TimeUnit.SECONDS.toNanos(FIRST);
      long start = System.nanoTime();
      long[] first = closedLoop(conns, firstEnd, t0, perSecond, statuses, true);
      double firstSeconds = (System.nanoTime() - start) / 1e9;
      result.firstRps = first.length / firstSeconds;
      result.firstP50 = percentileMs(first, 0.50);
      result.firstP99 = percentileMs(first, 0.99);
      System.out.printf(Locale.ROOT, "   first %d s: %.0f req/s p50 %.2f ms p99 %.2f ms%n", FIRST, result.firstRps, result.firstP50, result.firstP99);

      closedLoop(conns, System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP), t0, perSecond, statuses, false);
      int measureFrom = (int) ((System.nanoTime() - t0) / 1_000_000_000L) + 1;
      start = System.nanoTime();
      long[] warm = closedLoop(conns, start + TimeUnit.SECONDS.toNanos(MEASURE), t0, perSecond, statuses, true);
      double warmSeconds = (System.nanoTime() - start) / 1e9;
      result.loadedRssMb = rssMb(process.pid(), "VmRSS");
      result.warmRps = warm.length / warmSeconds;
      result.warmP50 = percentileMs(warm, 0.50);
      result.warmP99 = percentileMs(warm, 0.99);
      System.out.printf(Locale.ROOT, "   warm (%d s after start): %.0f req/s p50 %.2f ms p99 %.2f ms, RSS %.0f MB%n",
          measureFrom, result.warmRps, result.warmP50, result.warmP99, result.loadedRssMb);

      // time to 90% of the warm throughput: the end of the first 3-second window averaging >= 90%
      for (int s = 0; s + 3 <= measureFrom; s++) {
        double average = (perSecond.get(s) + perSecond.get(s + 1) + perSecond.get(s + 2)) / 3.0;
        if (average >= 0.9 * result.warmRps) {
          result.to90Seconds = s + 3;
          break;
        }
      }
      StringBuilder series = new StringBuilder("   req/s per second since JVM start:");
      for (int s = 0; s < measureFrom + MEASURE && s < perSecond.length(); s++) {
        series.append(' ').append(perSecond.get(s));
      }
      System.out.println(series);

      long[] rate = fixedRate(conns, RATE, TimeUnit.SECONDS.toNanos(RATE_SECONDS), statuses);
      result.rateAchieved = rate.length / (double) RATE_SECONDS;
      result.rateP50 = percentileMs(rate, 0.50);
      result.rateP99 = percentileMs(rate, 0.99);
      result.peakRssMb = rssMb(process.pid(), "VmHWM");
      System.out.printf(Locale.ROOT, "   at %d req/s offered: p50 %.2f ms p99 %.2f ms; peak RSS %.0f MB%n",
          RATE, result.rateP50, result.rateP99, result.peakRssMb);
      for (Conn conn : conns) {
        conn.close();
      }
      statuses.forEach((code, count) -> result.statuses.put(code, count.sum()));
      System.out.println("   statuses: " + result.statuses);
    } finally {
      process.destroy();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    return result;
  }

  /** The servers' classpath: the sample app's shaded jar is self-contained, so it runs alone with this module's classes. */
  private static String classpath(boolean sample) {
    String override = System.getProperty(sample ? "bench.sampleCp" : "bench.cp");
    if (override != null) {
      return override;
    }
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      boolean isSample = Path.of(entry).getFileName().toString().startsWith("wcs-hooks-sample");
      boolean isClasses = Files.isDirectory(Path.of(entry));
      if (sample ? isSample || isClasses : !isSample) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Every connection in a thread of its own, as fast as responses come, until the deadline; returns the latencies (ns) if asked. */
  private static long[] closedLoop(Conn[] conns, long deadline, long t0, AtomicLongArray perSecond,
      Map<Integer, LongAdder> statuses, boolean record) throws InterruptedException {
    long[][] latencies = new long[conns.length][];
    int[] counts = new int[conns.length];
    Thread[] threads = new Thread[conns.length];
    for (int i = 0; i < conns.length; i++) {
      int index = i;
      threads[i] = new Thread(() -> {
        long[] mine = new long[record ? 65536 : 0];
        int n = 0;
        Conn conn = conns[index];
        while (true) {
          long begin = System.nanoTime();
          if (begin >= deadline) {
            break;
          }
          int code = conn.call();
          long end = System.nanoTime();
          statuses.computeIfAbsent(code, c -> new LongAdder()).increment();
          if (code < 0) {
            LockSupport.parkNanos(1_000_000); // refused/reset: retry soon, but do not spin
            continue;
          }
          int second = (int) ((end - t0) / 1_000_000_000L);
          if (second < perSecond.length()) {
            perSecond.incrementAndGet(second);
          }
          if (record) {
            if (n == mine.length) {
              mine = Arrays.copyOf(mine, mine.length * 2);
            }
            mine[n++] = end - begin;
          }
        }
        latencies[index] = mine;
        counts[index] = n;
      }, "load-" + i);
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return merge(latencies, counts);
  }

  /**
   * An open loop: each connection sends at its share of the rate, on a fixed schedule; latency is
   * measured from when the request was due (so a stall counts for every request it delays).
   */
  private static long[] fixedRate(Conn[] conns, int rate, long duration, Map<Integer, LongAdder> statuses)
      throws InterruptedException {
    long[][] latencies = new long[conns.length][];
    int[] counts = new int[conns.length];
    Thread[] threads = new Thread[conns.length];
    long start = System.nanoTime() + 50_000_000L;
    long end = start + duration;
    long interval = (long) (conns.length * 1e9 / rate);
    for (int i = 0; i < conns.length; i++) {
      int index = i;
      threads[i] = new Thread(() -> {
        long[] mine = new long[1024];
        int n = 0;
        Conn conn = conns[index];
        for (long due = start + (long) (index * 1e9 / rate); due < end; due += interval) {
          long wait;
          while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
          }
          int code = conn.call();
          long done = System.nanoTime();
          statuses.computeIfAbsent(code, c -> new LongAdder()).increment();
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, mine.length * 2);
          }
          mine[n++] = done - due;
        }
        latencies[index] = mine;
        counts[index] = n;
      }, "rate-" + i);
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return merge(latencies, counts);
  }

  private static long[] merge(long[][] latencies, int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    long[] all = new long[total];
    int at = 0;
    for (int i = 0; i < latencies.length; i++) {
      System.arraycopy(latencies[i], 0, all, at, counts[i]);
      at += counts[i];
    }
    Arrays.sort(all);
    return all;
  }

  private static double percentileMs(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static double rssMb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  // ---------------------------------------------------------------------------------------------

  private static String table(List<Result> results) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "| server | first 200 (ms) | to 90%% of warm req/s (s) | first %d s: req/s | p50 (ms) | p99 (ms) "
        + "| warm (after %d s more): req/s | p50 (ms) | p99 (ms) | at %d req/s: p50 (ms) | p99 (ms) "
        + "| idle RSS (MB) | RSS after load (MB) | peak RSS (MB) | statuses |%n", FIRST, WARMUP, RATE));
    s.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (Result r : results) {
      s.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %s |%n",
          r.server.label(), r.firstOkMs, Double.isNaN(r.to90Seconds) ? "never" : String.format(Locale.ROOT, "%.0f", r.to90Seconds),
          r.firstRps, r.firstP50, r.firstP99, r.warmRps, r.warmP50, r.warmP99, r.rateP50, r.rateP99,
          r.idleRssMb, r.loadedRssMb, r.peakRssMb, r.statuses));
    }
    return s.toString();
  }

  private static String ratios(List<Result> results) {
    Map<String, Result> byKey = new LinkedHashMap<>();
    for (Result r : results) {
      byKey.put(r.server.key(), r);
    }
    StringBuilder s = new StringBuilder("Ratios (req/s against req/s; first = the first " + FIRST + " s, warm = after the warm-up):\n\n");
    ratio(s, byKey, "echo", "raw", "generated echo / raw Grizzly (target >= 0.8 warm)");
    ratio(s, byKey, "sample", "jersey", "sample handlers / hand-written Jersey (target >= 1.0)");
    ratio(s, byKey, "sample", "raw", "sample handlers / raw Grizzly (how close to raw)");
    ratio(s, byKey, "echo", "jersey", "generated echo / hand-written Jersey");
    ratio(s, byKey, "jersey", "raw", "hand-written Jersey / raw Grizzly");
    return s.toString();
  }

  private static void ratio(StringBuilder s, Map<String, Result> byKey, String a, String b, String label) {
    Result x = byKey.get(a);
    Result y = byKey.get(b);
    if (x != null && y != null) {
      s.append(String.format(Locale.ROOT, "- %s: first %.2f, warm %.2f%n", label, x.firstRps / y.firstRps, x.warmRps / y.warmRps));
    }
  }
}
