package io.wcshooks.bench;

import io.wcshooks.bench.echo.WcsHooks;
import io.wcshooks.runtime.server.WcsHookServer;

/** (a) The generated hook server with no handlers: every hook echoes its validated body. Args: port [jersey] (see {@link HookServerSettings}). */
public final class EchoHooksServer {
  private EchoHooksServer() {}

  public static void main(String[] args) {
    WcsHookServer server = WcsHookServer.start(WcsHooks.builder().build(), HookServerSettings.from(args));
    server.runUntilShutdown();
  }
}
