package io.wcshooks.bench;

import org.eclipse.jetty.server.Server;

/** The benchmark's Jetty servers stop on SIGTERM, which is how the benchmark ends each of them. */
final class JettyShutdown {
  private JettyShutdown() {}

  static void stopOnShutdown(Server server) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.stop();
      } catch (Exception e) {
        // stopping anyway
      }
    }));
  }
}
