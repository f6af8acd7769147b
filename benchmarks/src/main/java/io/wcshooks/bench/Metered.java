package io.wcshooks.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Runs a server's main class in its JVM with a meter the benchmark reads: each line on standard
 * input is answered on standard output (the server's log) with the bytes the JVM's threads have
 * allocated so far and the process's CPU time. Between two readings around a window of load, they
 * give the bytes and CPU per request: unlike requests per second, allocation does not vary with
 * what else the machine runs, so it tells two builds apart where throughput cannot.
 * Args: the server's main class, then its args.
 */
public final class Metered {
  /** What an answer starts with, followed by the line asked, {@code allocated=} and {@code cpu=} (ns). */
  static final String PREFIX = "wcs-bench-meter ";

  private Metered() {}

  public static void main(String[] args) throws Throwable {
    Thread meter = new Thread(Metered::answer, "wcs-bench-meter");
    meter.setDaemon(true);
    meter.start();
    try {
      Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void answer() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        System.out.println(PREFIX + line + " allocated=" + threads.getTotalThreadAllocatedBytes()
            + " cpu=" + os.getProcessCpuTime());
        System.out.flush();
      }
    } catch (java.io.IOException e) {
      // The benchmark went away: nothing more to answer.
    }
  }
}
