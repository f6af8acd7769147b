package io.wcshooks.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmark of issue 7. Each server is started in a JVM of its own (-Xmx256m), alone, and
 * measured from the moment its JVM is launched: time to the first 200, throughput and latency in
 * the first seconds (closed loop, N keep-alive connections, through wrk by default: see {@link Wrk}),
 * the same after a warm-up, latency at a fixed offered rate (this module's open-loop generator),
 * idle and loaded RSS, and the bytes allocated and CPU time per request in the warm window
 * (read in the server's JVM: see {@link Metered}). Then the same server is launched once more, fresh, for
 * the latency at the fixed rate from its first 200 on (the issue's "from the first 10 s"). Then a
 * table, the ratios, issue 7's targets against the results, the hook calls of one session with
 * and without the DISABLE opt-in ({@link SessionCalls}, measured first), and the wall time.
 *
 * <p>Settings (system properties): bench.servers (raw,jersey,echo,sample; also echo-jersey and
 * sample-jersey, the generated servers with the fast path off; raw-grizzly, jersey-grizzly,
 * echo-grizzly, sample-grizzly and raw-jdk, for the choice of container; servlet-echo and
 * servlet-jersey, the echo in a servlet container with and without WcsHooksServlet),
 * bench.connections (64),
 * bench.first (30 s after JVM start), bench.warmup (60 s more), bench.measure (15 s), bench.rate
 * (2000 req/s), bench.rateSeconds (10 s, warm), bench.coldSeconds (10: the cold launch offers the
 * rate until this long after its JVM launch), bench.heap (256m), bench.sessions (true: the
 * session table; its own settings are in {@link SessionCalls}), bench.out (a Markdown file for the
 * report), bench.logs (the servers' output), bench.load (wrk, or java for the closed loop through
 * {@link Conn} as before), bench.loaded (false: only the cold launch, for quick experiments),
 * bench.jvmArgs (extra flags for every server's JVM alike).
 */
public final class Benchmark {
  /**
   * A server under test: its main class, run with the port and then {@code args}, on this
   * module's classpath or (for the sample app's handlers) the sample's shaded jar.
   */
  record Server(String key, String label, String mainClass, boolean sample, List<String> args) {}

  static final Map<String, Server> SERVERS = new LinkedHashMap<>();

  static {
    // The default run: the generated server on its default container (Jetty 12) and that container's baselines.
    add(new Server("raw", "raw Jetty 12 handler echo", RawJettyServer.class.getName(), false, List.of()));
    add(new Server("jersey", "hand-written Jersey resource (Jetty 12)", JerseyEchoServer.class.getName(), false,
        List.of(JerseyEchoServer.JETTY)));
    add(new Server("echo", "generated hooks, no handlers (echo)", EchoHooksServer.class.getName(), false, List.of()));
    add(new Server("sample", "generated hooks + sample-app handlers", SampleHooksServer.class.getName(), true, List.of()));
    // Not in the default list: the same with the fast path off, every hook through Jersey's pipeline.
    add(new Server("echo-jersey", "generated hooks, no handlers, fast path off (Jersey pipeline)",
        EchoHooksServer.class.getName(), false, List.of(HookServerSettings.JERSEY)));
    add(new Server("sample-jersey", "generated hooks + sample-app handlers, fast path off (Jersey pipeline)",
        SampleHooksServer.class.getName(), true, List.of(HookServerSettings.JERSEY)));
    // Nor these: all four on Grizzly, and the JDK's HttpServer, for the choice of container.
    add(new Server("raw-grizzly", "raw Grizzly HttpHandler echo", RawGrizzlyServer.class.getName(), false, List.of()));
    add(new Server("jersey-grizzly", "hand-written Jersey resource (Grizzly)", JerseyEchoServer.class.getName(), false,
        List.of(JerseyEchoServer.GRIZZLY)));
    add(new Server("echo-grizzly", "generated hooks, no handlers (echo), on Grizzly",
        EchoHooksServer.class.getName(), false, List.of(HookServerSettings.GRIZZLY)));
    add(new Server("sample-grizzly", "generated hooks + sample-app handlers, on Grizzly",
        SampleHooksServer.class.getName(), true, List.of(HookServerSettings.GRIZZLY)));
    add(new Server("raw-jdk", "raw JDK HttpServer echo", RawJdkServer.class.getName(), false, List.of()));
    // Nor these: the echo deployed as a WAR deploys it, in a servlet container (Jetty 12 ee10).
    add(new Server("servlet-echo", "generated hooks, no handlers (echo), WcsHooksServlet in Jetty ee10",
        ServletEchoServer.class.getName(), false, List.of()));
    add(new Server("servlet-jersey", "generated hooks, no handlers (echo), Jersey's ServletContainer in Jetty ee10",
        ServletEchoServer.class.getName(), false, List.of(ServletEchoServer.JERSEY)));
  }

  private static void add(Server server) {
    SERVERS.put(server.key(), server);
  }

  /** What one server measured; NaN where a phase measured nothing. */
  static final class Result {
    final Server server;
    double firstOkMs;
    double to90Seconds = Double.NaN;
    /** How far "to 90%" was looked for: the seconds from JVM launch to the warm measurement. */
    int secondsBeforeWarm;
    double firstRps;
    double firstP50;
    double firstP99;
    double warmRps;
    double warmP50;
    double warmP99;
    /** Bytes allocated and CPU time (µs) per request in the warm window, by the server's whole JVM. */
    double warmBytesPerRequest = Double.NaN;
    double warmCpuUsPerRequest = Double.NaN;
    double rateP50;
    double rateP99;
    double rateAchieved;
    double coldFirstOkMs;
    double coldP50 = Double.NaN;
    double coldP99 = Double.NaN;
    double coldMax = Double.NaN;
    String coldTimeline = "";
    double coldAchieved = Double.NaN;
    double idleRssMb;
    double loadedRssMb;
    double peakRssMb;
    final Map<Integer, Long> statuses = new TreeMap<>();

    Result(Server server) {
      this.server = server;
    }
  }

  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
  private static final int FIRST = Integer.getInteger("bench.first", 30);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 60);
  private static final int MEASURE = Integer.getInteger("bench.measure", 15);
  private static final int RATE = Integer.getInteger("bench.rate", 2000);
  private static final int RATE_SECONDS = Integer.getInteger("bench.rateSeconds", 10);
  private static final int COLD_SECONDS = Integer.getInteger("bench.coldSeconds", 10);
  private static final String HEAP = System.getProperty("bench.heap", "256m");
  private static final boolean SESSIONS = Boolean.parseBoolean(System.getProperty("bench.sessions", "true"));
  /** The closed loop's generator: wrk (Debian's package; the default) or java (this module's, {@link Conn}). */
  private static final String LOAD = System.getProperty("bench.load", "wrk");
  private static Wrk wrk;
  /** The cold timeline's step, in ms (1000: per second). */
  private static final int TIMELINE_MS = Integer.getInteger("bench.timelineMs", 1000);
  /** false: only the cold launch (for quick experiments; the table then lacks the loaded columns). */
  private static final boolean LOADED = Boolean.parseBoolean(System.getProperty("bench.loaded", "true"));
  /** Extra flags for every server's JVM, space-separated (e.g. to try a flag on all of them alike). */
  private static final List<String> JVM_ARGS = List.of(System.getProperty("bench.jvmArgs", "").trim().split("\\s+"))
      .stream().filter(a -> !a.isEmpty()).toList();

  /** Time for an open loop's sender threads to start before the first request is due. */
  private static final long SCHEDULE_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  // Issue 7's targets.
  private static final double ECHO_TO_RAW = 0.8;
  private static final double HANDLERS_TO_JERSEY = 1.0;
  private static final int TO_90_SECONDS = 15;
  private static final int TARGET_RATE = 2000;
  private static final int TARGET_COLD_SECONDS = 10;
  private static final double COLD_P99_MS = 2.0;
  private static final double FIRST_OK_MS = 1000;
  private static final double IDLE_RSS_MB = 100;

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    List<Server> servers = new ArrayList<>();
    for (String key : System.getProperty("bench.servers", "raw,jersey,echo,sample").split(",")) {
      Server server = SERVERS.get(key.trim());
      if (server == null) {
        throw new IllegalArgumentException("unknown server " + key + "; known: " + SERVERS.keySet());
      }
      servers.add(server);
    }
    String settings = String.format(Locale.ROOT,
        "connections=%d first=%ds warmup=%ds measure=%ds rate=%d req/s for %ds (warm) and until %ds after launch (cold) heap=%s",
        CONNECTIONS, FIRST, WARMUP, MEASURE, RATE, RATE_SECONDS, COLD_SECONDS, HEAP)
        + " closed loop=" + LOAD + (JVM_ARGS.isEmpty() ? "" : " server flags=" + String.join(" ", JVM_ARGS));
    switch (LOAD) {
      case "wrk" -> {
        try {
          wrk = Wrk.create(Path.of(System.getProperty("bench.logs", "target/bench-logs")), 2);
        } catch (IOException e) {
          throw new IllegalStateException("bench.load=wrk needs wrk on the PATH (Debian: apt-get install wrk; "
              + "benchmarks/run.sh installs it), or run with -Dbench.load=java", e);
        }
      }
      case "java" -> wrk = null;
      default -> throw new IllegalArgumentException("bench.load is wrk or java, not " + LOAD);
    }
    System.out.println("wcs-hooks benchmark " + Instant.now() + ": " + settings);
    // First, because it takes seconds and fails fast (e.g. without the sample's jar); its servers are closed before the load starts.
    String sessions = "";
    if (SESSIONS) {
      sessions = SessionCalls.table();
      System.out.println(sessions);
    }
    if (!LOADED) {
      warmGenerator();
    }
    List<Result> results = new ArrayList<>();
    for (Server server : servers) {
      System.out.println("== " + server.label());
      results.add(run(server));
    }
    Map<String, Result> byKey = new LinkedHashMap<>();
    for (Result r : results) {
      byKey.put(r.server.key(), r);
    }
    List<String> sections = new ArrayList<>(List.of("Settings: " + settings + "\n", table(results), ratios(byKey), targets(byKey), sessions));
    sections.removeIf(String::isEmpty);
    sections.add(wallTime(started));
    String report = String.join("\n", sections);
    System.out.println();
    System.out.println(report);
    String out = System.getProperty("bench.out");
    if (out != null) {
      Files.writeString(Path.of(out), report);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** A server's JVM, launched at {@code t0} (System.nanoTime), to listen on {@code port}; its output goes to {@code log}. */
  private record Launch(Process process, int port, long t0, long epochMs, Path log) implements AutoCloseable {
    /** The server JVM's allocated bytes and CPU time so far (see {@link Metered}); null if it did not say within 5 s. */
    Meter meter() throws IOException, InterruptedException {
      String asked = Long.toString(System.nanoTime());
      process.getOutputStream().write((asked + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      process.getOutputStream().flush();
      String prefix = Metered.PREFIX + asked + " ";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (System.nanoTime() < deadline) {
        for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
          if (line.startsWith(prefix)) {
            String[] fields = line.substring(prefix.length()).split(" ");
            return new Meter(Long.parseLong(fields[0].substring("allocated=".length())),
                Long.parseLong(fields[1].substring("cpu=".length())));
          }
        }
        Thread.sleep(10);
      }
      return null;
    }

    /** Stops the JVM: SIGTERM (the servers shut down on it), SIGKILL if it is still there after 15 s or we are interrupted. */
    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A reading of {@link Metered}: bytes allocated and CPU time (ns) of a server's JVM so far. */
  private record Meter(long allocatedBytes, long cpuNanos) {}

  private static Result run(Server server) throws Exception {
    Result result = new Result(server);
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    if (LOADED) {
      measureUnderLoad(server, result, statuses);
    }
    measureCold(server, result, statuses);
    statuses.forEach((code, count) -> result.statuses.put(code, count.sum()));
    System.out.println("   statuses: " + result.statuses);
    return result;
  }

  /**
   * Runs the Java generator's code hot against an in-process echo, as the loaded runs would have
   * before a cold launch: else the first cold launch's first seconds time the generator's JIT too.
   */
  private static void warmGenerator() throws Exception {
    try (LoopbackEcho echo = new LoopbackEcho()) {
      // A cold launch opens all its connections at once: opening one must be compiled code too.
      for (int i = 0; i < 2000; i++) {
        try (Conn conn = new Conn(echo.port(), Mix.hooks(), i)) {
          conn.call();
        }
      }
      Conn[] conns = connections(echo.port());
      long start = System.nanoTime();
      closedLoop(conns, start + TimeUnit.SECONDS.toNanos(3), start, new AtomicLongArray(8), new ConcurrentHashMap<>(), true);
      start = System.nanoTime() + SCHEDULE_LEAD_NANOS;
      fixedRate(conns, RATE, start, start + TimeUnit.SECONDS.toNanos(3), start, new ConcurrentHashMap<>());
      close(conns);
    }
  }

  /** The first launch: first 200, closed loop from the start through the warm measurement, then the warm fixed rate. */
  private static void measureUnderLoad(Server server, Result result, Map<Integer, LongAdder> statuses) throws Exception {
    try (Launch launch = launch(server, server.key())) {
      long t0 = launch.t0();
      result.firstOkMs = awaitFirstOk(server, launch);
      result.idleRssMb = rssMb(launch.process().pid(), "VmRSS");
      System.out.printf(Locale.ROOT, "   first 200 after %.0f ms, idle RSS %.0f MB%n", result.firstOkMs, result.idleRssMb);

      Conn[] conns = connections(launch.port());
      AtomicLongArray perSecond = new AtomicLongArray(FIRST + WARMUP + MEASURE + RATE_SECONDS + 120);
      ClosedLoop load = wrk != null
          ? (seconds, record) -> wrkWindow(launch, seconds, perSecond, statuses)
          : (seconds, record) -> javaWindow(conns, seconds, t0, perSecond, statuses, record);

      Window first = load.run((t0 + TimeUnit.SECONDS.toNanos(FIRST) - System.nanoTime()) / 1e9, true);
      result.firstRps = first.rps();
      result.firstP50 = first.p50Ms();
      result.firstP99 = first.p99Ms();
      System.out.printf(Locale.ROOT, "   first %d s: %.0f req/s p50 %.2f ms p99 %.2f ms%n", FIRST, result.firstRps, result.firstP50, result.firstP99);

      load.run(WARMUP, false);
      int measureFrom = (int) ((System.nanoTime() - t0) / 1_000_000_000L) + 1;
      Meter before = launch.meter();
      Window warm = load.run(MEASURE, true);
      Meter after = launch.meter();
      if (before != null && after != null && warm.requests() > 0) {
        result.warmBytesPerRequest = (after.allocatedBytes() - before.allocatedBytes()) / (double) warm.requests();
        result.warmCpuUsPerRequest = (after.cpuNanos() - before.cpuNanos()) / 1e3 / warm.requests();
      }
      result.loadedRssMb = rssMb(launch.process().pid(), "VmRSS");
      result.warmRps = warm.rps();
      result.warmP50 = warm.p50Ms();
      result.warmP99 = warm.p99Ms();
      System.out.printf(Locale.ROOT, "   warm (%d s after start): %.0f req/s p50 %.2f ms p99 %.2f ms, RSS %.0f MB,"
          + " per request %.0f bytes allocated and %.1f µs CPU%n", measureFrom, result.warmRps, result.warmP50,
          result.warmP99, result.loadedRssMb, result.warmBytesPerRequest, result.warmCpuUsPerRequest);

      // time to 90% of the warm throughput: the end of the first 3-second window averaging >= 90%
      result.secondsBeforeWarm = measureFrom;
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

      long start = System.nanoTime() + SCHEDULE_LEAD_NANOS;
      OpenLoop rate = fixedRate(conns, RATE, start, start + TimeUnit.SECONDS.toNanos(RATE_SECONDS), start, statuses);
      result.rateAchieved = rate.answeredPerSecond();
      result.rateP50 = percentileMs(rate.latencies(), 0.50);
      result.rateP99 = percentileMs(rate.latencies(), 0.99);
      result.peakRssMb = rssMb(launch.process().pid(), "VmHWM");
      System.out.printf(Locale.ROOT, "   at %d req/s offered (warm): %.0f answered/s, p50 %.2f ms p99 %.2f ms; peak RSS %.0f MB%n",
          RATE, result.rateAchieved, result.rateP50, result.rateP99, result.peakRssMb);
      close(conns);
    }
  }

  /**
   * The second launch, for the issue's "p99 at 2,000 req/s from the first 10 s after start": a
   * fresh JVM with the same flags, and from its first 200 on the fixed rate, open loop, until
   * {@code bench.coldSeconds} after the launch. Nothing else runs against it, so it costs those
   * seconds plus a start and a stop. Its connections open during the window, as a WCS's would
   * against a restarted backend.
   */
  private static void measureCold(Server server, Result result, Map<Integer, LongAdder> statuses) throws Exception {
    try (Launch launch = launch(server, server.key() + "-cold")) {
      result.coldFirstOkMs = awaitFirstOk(server, launch);
      Conn[] conns = connections(launch.port());
      OpenLoop cold = fixedRate(conns, RATE, System.nanoTime() + SCHEDULE_LEAD_NANOS,
          launch.t0() + TimeUnit.SECONDS.toNanos(COLD_SECONDS), launch.t0(), statuses);
      close(conns);
      if (cold.latencies().length == 0) {
        System.out.printf(Locale.ROOT, "   cold: first 200 after %.0f ms, not within the first %d s: nothing measured%n",
            result.coldFirstOkMs, COLD_SECONDS);
        return;
      }
      result.coldAchieved = cold.answeredPerSecond();
      result.coldP50 = percentileMs(cold.latencies(), 0.50);
      result.coldP99 = percentileMs(cold.latencies(), 0.99);
      result.coldMax = cold.latencies()[cold.latencies().length - 1] / 1e6;
      System.out.printf(Locale.ROOT, "   cold (fresh JVM, first 200 after %.0f ms): %d req/s offered until %d s after launch: "
              + "%.0f answered/s, p50 %.2f ms p99 %.2f ms max %.1f ms%n",
          result.coldFirstOkMs, RATE, COLD_SECONDS, result.coldAchieved, result.coldP50, result.coldP99, result.coldMax);
      result.coldTimeline = cold.timeline();
      System.out.println("   cold, p99/max (ms)/over " + COLD_P99_MS + " ms (count) of the requests due in each second since JVM launch:" + result.coldTimeline);
    }
  }

  private static Launch launch(Server server, String logName) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path logs = Path.of(System.getProperty("bench.logs", "target/bench-logs"));
    Files.createDirectories(logs);
    Path log = logs.resolve(logName + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + HEAP));
    command.addAll(JVM_ARGS);
    command.addAll(List.of("-cp", classpath(server.sample()), Metered.class.getName(), server.mainClass(),
        Integer.toString(port)));
    command.addAll(server.args());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    long epochMs = System.currentTimeMillis();
    return new Launch(builder.start(), port, t0, epochMs, log);
  }

  /** Milliseconds from the JVM launch to the first 200 on {@code connect}, tried every 2 ms from the launch on. */
  private static double awaitFirstOk(Server server, Launch launch) throws InterruptedException {
    Mix.Hook connect = Mix.hooks().stream().filter(h -> h.name().equals("connect")).findFirst().orElseThrow();
    try (Conn probe = new Conn(launch.port(), List.of(connect), 0)) {
      while (probe.call() != 200) {
        if (!launch.process().isAlive()) {
          throw new IllegalStateException(server.key() + " exited: see " + launch.log());
        }
        if (System.nanoTime() - launch.t0() > TimeUnit.SECONDS.toNanos(60)) {
          throw new IllegalStateException(server.key() + " gave no 200 within 60 s: see " + launch.log());
        }
        Thread.sleep(2);
      }
      return (System.nanoTime() - launch.t0()) / 1e6;
    }
  }

  /** The load's connections, each starting at another place in the mix; they open on their first request. */
  private static Conn[] connections(int port) {
    List<Mix.Hook> mix = Mix.hooks();
    Conn[] conns = new Conn[CONNECTIONS];
    for (int i = 0; i < CONNECTIONS; i++) {
      conns[i] = new Conn(port, mix, i * 3);
    }
    return conns;
  }

  private static void close(Conn[] conns) {
    for (Conn conn : conns) {
      conn.close();
    }
  }

  /** The servers' classpath: the sample app's shaded jar is self-contained, so it runs alone with this module's classes. */
  static String classpath(boolean sample) {
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

  /** What a closed-loop window measured. */
  private record Window(long requests, double rps, double p50Ms, double p99Ms) {}

  /** A closed loop for about {@code seconds}, adding its answers to the per-second counts. */
  private interface ClosedLoop {
    Window run(double seconds, boolean record) throws Exception;
  }

  private static Window javaWindow(Conn[] conns, double seconds, long t0, AtomicLongArray perSecond,
      Map<Integer, LongAdder> statuses, boolean record) throws InterruptedException {
    long start = System.nanoTime();
    long[] latencies = closedLoop(conns, start + (long) (seconds * 1e9), t0, perSecond, statuses, record);
    double took = (System.nanoTime() - start) / 1e9;
    return new Window(latencies.length, latencies.length / took, percentileMs(latencies, 0.50), percentileMs(latencies, 0.99));
  }

  /**
   * One wrk run of whole seconds. Its per-second counts are by wall-clock second, so they land in
   * the second since launch that the wall-clock second starts in (up to 1 s early).
   */
  private static Window wrkWindow(Launch launch, double seconds, AtomicLongArray perSecond,
      Map<Integer, LongAdder> statuses) throws Exception {
    Wrk.Run run = wrk.run(launch.port(), CONNECTIONS, (int) Math.max(1, Math.floor(seconds)), launch.log().resolveSibling(
        launch.log().getFileName() + ".wrk"));
    long launchSecond = Math.floorDiv(launch.epochMs(), 1000L);
    run.perEpochSecond().forEach((second, count) -> {
      long index = second - launchSecond;
      if (index >= 0 && index < perSecond.length()) {
        perSecond.addAndGet((int) index, count);
      }
    });
    statuses.computeIfAbsent(200, c -> new LongAdder()).add(run.requests() - run.notOk());
    if (run.notOk() > 0) {
      statuses.computeIfAbsent(0, c -> new LongAdder()).add(run.notOk()); // wrk counts them, without their codes
    }
    if (run.socketErrors() > 0) {
      statuses.computeIfAbsent(-1, c -> new LongAdder()).add(run.socketErrors());
    }
    return new Window(run.requests(), run.rps(), run.p50Ms(), run.p99Ms());
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
   * What an open loop measured.
   *
   * @param latencies sorted, in ns, each from when the request was due
   * @param answeredInWindow the answers that arrived before the window's end: a server that falls
   *     behind works off its backlog after the end, so counting every answer would always give
   *     the offered rate
   * @param windowSeconds from the first request's due time to the window's end
   */
  private record OpenLoop(long[] latencies, long answeredInWindow, double windowSeconds, long[][] bySecond) {
    double answeredPerSecond() {
      return windowSeconds > 0 ? answeredInWindow / windowSeconds : Double.NaN;
    }

    /**
     * "second: p99/max/over" for each second (since {@code t0} of the fixed rate) that had requests due:
     * p99 and max in ms, and how many requests took over the cold target ({@link #COLD_P99_MS}), which
     * shows where the window's 1% of slow requests was spent.
     */
    String timeline() {
      StringBuilder line = new StringBuilder();
      long target = (long) (COLD_P99_MS * 1e6);
      for (int s = 0; s < bySecond.length; s++) {
        long[] sorted = bySecond[s];
        if (sorted.length > 0) {
          long over = Arrays.stream(sorted).filter(latency -> latency > target).count();
          line.append(String.format(Locale.ROOT, " %ss:%.1f/%.1f/%d", TIMELINE_MS == 1000 ? Integer.toString(s)
              : String.format(Locale.ROOT, "%.1f", s * TIMELINE_MS / 1000.0), percentileMs(sorted, 0.99),
              sorted[sorted.length - 1] / 1e6, over));
        }
      }
      return line.toString();
    }
  }

  /**
   * An open loop from {@code start} to {@code end} (System.nanoTime): each connection sends at its
   * share of the rate, on a fixed schedule; latency is measured from when the request was due (so a
   * stall counts for every request it delays). Nothing is sent when the window is empty.
   */
  private static OpenLoop fixedRate(Conn[] conns, int rate, long start, long end, long t0, Map<Integer, LongAdder> statuses)
      throws InterruptedException {
    long[][] latencies = new long[conns.length][];
    long[][] dues = new long[conns.length][];
    int[] counts = new int[conns.length];
    LongAdder answeredInWindow = new LongAdder();
    Thread[] threads = new Thread[conns.length];
    long interval = (long) (conns.length * 1e9 / rate);
    for (int i = 0; i < conns.length; i++) {
      int index = i;
      threads[i] = new Thread(() -> {
        long[] mine = new long[1024];
        long[] myDues = new long[1024];
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
          if (code > 0 && done <= end) {
            answeredInWindow.increment();
          }
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, mine.length * 2);
            myDues = Arrays.copyOf(myDues, myDues.length * 2);
          }
          myDues[n] = due;
          mine[n++] = done - due;
        }
        latencies[index] = mine;
        dues[index] = myDues;
        counts[index] = n;
      }, "rate-" + i);
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long bucket = TIMELINE_MS * 1_000_000L;
    int seconds = (int) Math.max(0, (end - t0 + bucket - 1) / bucket);
    List<List<Long>> buckets = new ArrayList<>();
    for (int s = 0; s < seconds; s++) {
      buckets.add(new ArrayList<>());
    }
    for (int i = 0; i < conns.length; i++) {
      for (int k = 0; k < counts[i]; k++) {
        int second = (int) ((dues[i][k] - t0) / bucket);
        if (second >= 0 && second < seconds) {
          buckets.get(second).add(latencies[i][k]);
        }
      }
    }
    long[][] bySecond = new long[seconds][];
    for (int s = 0; s < seconds; s++) {
      bySecond[s] = buckets.get(s).stream().mapToLong(Long::longValue).sorted().toArray();
    }
    return new OpenLoop(merge(latencies, counts), answeredInWindow.sum(), Math.max(0, end - start) / 1e9, bySecond);
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
        + "| warm (after %d s more): req/s | p50 (ms) | p99 (ms) | allocated per request (bytes) | CPU per request (µs) "
        + "| at %d req/s (warm): p50 (ms) | p99 (ms) "
        + "| cold at %d req/s, first %d s: p50 (ms) | p99 (ms) | max (ms) | answered req/s "
        + "| idle RSS (MB) | RSS after load (MB) | peak RSS (MB) | statuses |%n", FIRST, WARMUP, RATE, RATE, COLD_SECONDS));
    s.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (Result r : results) {
      s.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.0f | %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.0f | %.0f | %.0f | %s |%n",
          r.server.label(), r.firstOkMs, Double.isNaN(r.to90Seconds) ? "never" : String.format(Locale.ROOT, "%.0f", r.to90Seconds),
          r.firstRps, number(r.firstP50, 2), number(r.firstP99, 2), r.warmRps, number(r.warmP50, 2), number(r.warmP99, 2),
          number(r.warmBytesPerRequest, 0), number(r.warmCpuUsPerRequest, 1),
          number(r.rateP50, 2), number(r.rateP99, 2),
          number(r.coldP50, 2), number(r.coldP99, 2), number(r.coldMax, 1), number(r.coldAchieved, 0),
          r.idleRssMb, r.loadedRssMb, r.peakRssMb, r.statuses));
    }
    return s.toString();
  }

  /** A measurement with {@code decimals} decimals; "n/a" when nothing was measured (NaN). */
  private static String number(double value, int decimals) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** The ratios whose two servers both ran; empty if none. */
  private static String ratios(Map<String, Result> byKey) {
    StringBuilder s = new StringBuilder();
    ratio(s, byKey, "echo", "raw", "generated echo / raw Jetty (target >= 0.8 warm)");
    ratio(s, byKey, "sample", "jersey", "sample handlers / hand-written Jersey on Jetty (target >= 1.0)");
    ratio(s, byKey, "sample", "raw", "sample handlers / raw Jetty (how close to raw)");
    ratio(s, byKey, "echo", "jersey", "generated echo / hand-written Jersey on Jetty");
    ratio(s, byKey, "jersey", "raw", "hand-written Jersey / raw, on Jetty");
    ratio(s, byKey, "echo", "echo-jersey", "generated echo, fast path on / off (what the fast path is worth)");
    ratio(s, byKey, "sample", "sample-jersey", "sample handlers, fast path on / off");
    ratio(s, byKey, "echo-grizzly", "raw-grizzly", "generated echo / raw, on Grizzly (target >= 0.8 warm)");
    ratio(s, byKey, "sample-grizzly", "jersey-grizzly", "sample handlers / hand-written Jersey, on Grizzly (target >= 1.0)");
    ratio(s, byKey, "echo", "echo-grizzly", "generated echo, Jetty / Grizzly (what the container is worth)");
    ratio(s, byKey, "sample", "sample-grizzly", "sample handlers, Jetty / Grizzly");
    ratio(s, byKey, "raw", "raw-grizzly", "raw Jetty 12 / raw Grizzly");
    ratio(s, byKey, "raw-jdk", "raw", "raw JDK HttpServer / raw Jetty 12");
    ratio(s, byKey, "servlet-echo", "servlet-jersey", "generated echo in a servlet container, WcsHooksServlet / Jersey's servlet");
    ratio(s, byKey, "servlet-echo", "echo", "generated echo, servlet container / embedded server");
    return s.isEmpty() ? "" : "Ratios (req/s against req/s; first = the first " + FIRST + " s, warm = after the warm-up):\n\n" + s;
  }

  private static void ratio(StringBuilder s, Map<String, Result> byKey, String a, String b, String label) {
    Result x = byKey.get(a);
    Result y = byKey.get(b);
    if (x != null && y != null) {
      s.append(String.format(Locale.ROOT, "- %s: first %.2f, warm %.2f%n", label, x.firstRps / y.firstRps, x.warmRps / y.warmRps));
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Issue 7's targets against this run: one row per target and server, for the servers that ran
   * (a ratio needs both of its servers). The targets are the generated server's: echo and sample.
   */
  private static String targets(Map<String, Result> byKey) {
    Result raw = byKey.get("raw");
    Result jersey = byKey.get("jersey");
    Result echo = byKey.get("echo");
    Result sample = byKey.get("sample");
    List<String> rows = new ArrayList<>();
    if (echo != null && raw != null) {
      double ratio = echo.warmRps / raw.warmRps;
      rows.add(row("no handlers (pure echo) >= " + ECHO_TO_RAW + "x raw, warm", echo,
          times(ratio, echo.warmRps, raw.warmRps), verdict(ratio >= ECHO_TO_RAW)));
    }
    if (sample != null && jersey != null) {
      double warm = sample.warmRps / jersey.warmRps;
      double first = sample.firstRps / jersey.firstRps;
      String warmToRaw = raw == null ? "" : String.format(Locale.ROOT, "; %.2fx raw", sample.warmRps / raw.warmRps);
      String firstToRaw = raw == null ? "" : String.format(Locale.ROOT, "; %.2fx raw", sample.firstRps / raw.firstRps);
      rows.add(row("handlers >= " + HANDLERS_TO_JERSEY + "x hand-written Jersey, warm", sample,
          times(warm, sample.warmRps, jersey.warmRps) + warmToRaw, verdict(warm >= HANDLERS_TO_JERSEY)));
      rows.add(row("handlers >= " + HANDLERS_TO_JERSEY + "x hand-written Jersey, first " + FIRST + " s", sample,
          times(first, sample.firstRps, jersey.firstRps) + firstToRaw, verdict(first >= HANDLERS_TO_JERSEY)));
    }
    List<Result> generated = new ArrayList<>();
    if (echo != null) {
      generated.add(echo);
    }
    if (sample != null) {
      generated.add(sample);
    }
    for (Result r : generated) {
      rows.addAll(firstSeconds(r, ""));
      rows.add(row("first 200 <= " + FIRST_OK_MS / 1000 + " s after JVM start", r,
          String.format(Locale.ROOT, "%.2f s", r.firstOkMs / 1000), verdict(r.firstOkMs <= FIRST_OK_MS)));
      rows.add(row("idle RSS <= " + (int) IDLE_RSS_MB + " MB", r,
          String.format(Locale.ROOT, "%.0f MB", r.idleRssMb), verdict(r.idleRssMb <= IDLE_RSS_MB)));
    }
    // The same two first-seconds targets for the baselines: what the container itself manages here.
    for (String baseline : List.of("raw", "jersey", "echo-grizzly", "sample-grizzly", "raw-grizzly", "jersey-grizzly", "raw-jdk")) {
      Result r = byKey.get(baseline);
      if (r != null) {
        rows.addAll(firstSeconds(r, " (baseline, for reference)"));
      }
    }
    if (rows.isEmpty()) {
      return "";
    }
    return "Issue 7's targets against this run:\n\n| target | server | measured | met? |\n| --- | --- | --- | --- |\n"
        + String.join("", rows);
  }

  /** The rows of the two first-seconds targets (time to 90%, cold p99) for one server. */
  private static List<String> firstSeconds(Result r, String note) {
    boolean coldAsInIssue = RATE == TARGET_RATE && COLD_SECONDS == TARGET_COLD_SECONDS;
    List<String> rows = new ArrayList<>();
    rows.add(row("90% of steady (warm) req/s within " + TO_90_SECONDS + " s of JVM start", r,
        Double.isNaN(r.to90Seconds)
            ? "not within the " + r.secondsBeforeWarm + " s before the warm measurement"
            : String.format(Locale.ROOT, "%.0f s", r.to90Seconds),
        verdict(r.to90Seconds <= TO_90_SECONDS) + note));
    String cold = Double.isNaN(r.coldP99)
        ? String.format(Locale.ROOT, "no 200 within the first %d s (first 200 after %.0f ms)", COLD_SECONDS, r.coldFirstOkMs)
        : String.format(Locale.ROOT, "%.2f ms (p50 %.2f ms, max %.1f ms; %.0f of %d req/s answered in time)",
            r.coldP99, r.coldP50, r.coldMax, r.coldAchieved, RATE);
    rows.add(row("p99 <= " + COLD_P99_MS + " ms at " + TARGET_RATE + " req/s offered, first " + TARGET_COLD_SECONDS
            + " s after JVM start", r, coldAsInIssue ? cold : String.format(Locale.ROOT, "at %d req/s, first %d s: %s", RATE, COLD_SECONDS, cold),
        (coldAsInIssue ? verdict(r.coldP99 <= COLD_P99_MS) : "n/a (other rate or window)") + note));
    return rows;
  }

  private static String row(String target, Result result, String measured, String verdict) {
    return "| " + target + " | " + result.server.label() + " | " + measured + " | " + verdict + " |\n";
  }

  /** {@code 0.24x (7,277 vs 30,225 req/s)}. */
  private static String times(double ratio, double rps, double against) {
    return String.format(Locale.ROOT, "%.2fx (%,.0f vs %,.0f req/s)", ratio, rps, against);
  }

  /** NaN comparisons are false, so a value that was not measured is "not met". */
  private static String verdict(boolean met) {
    return met ? "met" : "not met";
  }

  /**
   * The wall time of this program, and, when run.sh started it, since run.sh started: that adds
   * the build, but not what run.sh runs after this program (the JMH part).
   */
  private static String wallTime(long startedNanos) {
    Duration servers = Duration.ofNanos(System.nanoTime() - startedNanos);
    Optional<Duration> sinceRunSh = ProcessHandle.current().parent()
        .filter(parent -> parent.info().commandLine().orElse("").contains("run.sh"))
        .flatMap(parent -> parent.info().startInstant())
        .map(start -> Duration.between(start, Instant.now()));
    return "Wall time: " + minutes(servers) + " for this program (sessions and servers)"
        + sinceRunSh.map(d -> "; " + minutes(d) + " since run.sh started, build included (run.sh's later steps not included)")
            .orElse("")
        + ".\n";
  }

  private static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
  }
}
