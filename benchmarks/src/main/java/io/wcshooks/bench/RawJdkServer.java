package io.wcshooks.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Another container's limit, for the choice of container (not in the default run): the JDK's own
 * HTTP server echoing the body bytes unparsed, on a pool of two threads per core (its default runs
 * every exchange on its one dispatcher thread), with TCP_NODELAY (without it every answer waits
 * for the client's delayed ACK: measured 1,450 req/s at a 44 ms median). Args: port.
 */
public final class RawJdkServer {
  private RawJdkServer() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
    ExecutorService workers = Executors.newFixedThreadPool(2 * Runtime.getRuntime().availableProcessors());
    server.setExecutor(workers);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(0);
      workers.shutdownNow();
    }));
  }
}
