package io.wcshooks.bench;

import io.wcshooks.bench.echo.WcsHooks;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;

/** (a) The generated hook server with no handlers: every hook echoes its validated body. Args: port. */
public final class EchoHooksServer {
  private EchoHooksServer() {}

  public static void main(String[] args) {
    WcsHookServer server = WcsHookServer.start(WcsHooks.builder().build(),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(Integer.parseInt(args[0])).withBasePath("/"));
    server.runUntilShutdown();
  }
}
