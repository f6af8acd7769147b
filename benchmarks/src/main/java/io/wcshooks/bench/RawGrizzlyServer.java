package io.wcshooks.bench;

import java.io.InputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/** (d) The limit: a raw Grizzly HttpHandler echoing the body bytes unparsed. Args: port. */
public final class RawGrizzlyServer {
  private RawGrizzlyServer() {}

  public static void main(String[] args) throws Exception {
    HttpServer server = new HttpServer();
    server.addListener(new NetworkListener("raw", "127.0.0.1", Integer.parseInt(args[0])));
    server.getServerConfiguration().addHttpHandler(new HttpHandler() {
      @Override
      public void service(Request request, Response response) throws Exception {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
          body = in.readAllBytes();
        }
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      }
    }, "/");
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    Thread.currentThread().join();
  }
}
