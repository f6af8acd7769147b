package io.wcshooks.runtime.server;

import java.time.Duration;

/** The container under a {@link WcsHookServer}, started and listening: Grizzly's or Jetty's. */
interface ServerEngine {
  /** The port it listens on. */
  int port();

  /** Whether hook calls are answered on the fast path. */
  boolean fastPath();

  /** Whether Jersey has been started. */
  boolean jerseyStarted();

  /**
   * Stops accepting connections, lets requests in progress finish for up to {@code grace}, then
   * cuts off whatever is left and releases the port.
   */
  void stop(Duration grace) throws InterruptedException;
}
