package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test suite makes a simulator per test, never closing it: what that costs must not grow with the suite. */
class ManySimulatorsTest {
  @RegisterExtension
  final TinyBackend backend = new TinyBackend();

  private static long httpClientThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("HttpClient-")).count();
  }

  @Test
  void simulatorsShareTheirHttpThreads() {
    for (int i = 0; i < 40; i++) {
      WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of());
    }
    long threads = httpClientThreads();
    assertTrue(threads < 10, threads + " HTTP client threads alive after 40 simulators");
  }
}
