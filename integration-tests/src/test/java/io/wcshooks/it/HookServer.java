package io.wcshooks.it;

import io.wcshooks.hooks.WcsHooks;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The generated hook server on a free loopback port, and a client that talks to it like WCS. */
final class HookServer implements AutoCloseable {
  /**
   * Whether hook calls take the embedded server's fast path (the default) or Jersey's pipeline:
   * the build runs every test both ways ({@code -Dwcshooks.fastPath=false}, see pom.xml).
   */
  static final boolean FAST_PATH = Boolean.parseBoolean(System.getProperty("wcshooks.fastPath", "true"));

  final StreamLog log = new StreamLog();
  final FailureHooks failures = new FailureHooks();
  private final WcsHookServer server;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1) // as WCS: a Java HTTP/1.1 client
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  HookServer(String basePath) {
    this(basePath, UnaryOperator.identity());
  }

  /** With the builder's settings changed, e.g. a short handler deadline. */
  HookServer(String basePath, UnaryOperator<WcsHooks.Builder> settings) {
    server = WcsHookServer.start(
        settings.apply(WcsHooks.builder().testHooks(new TestHooks(log)).failureHooks(failures)).build(),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withBasePath(basePath).withFastPath(FAST_PATH));
  }

  URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  /** POSTs a body the way WCS does: its content type and accept headers. */
  HttpResponse<byte[]> post(String hook, byte[] body) {
    return send(HttpRequest.newBuilder(uri(hook))
        .header("Content-Type", "application/json;charset=UTF-8")
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build());
  }

  HttpResponse<byte[]> post(String hook, String body) {
    return post(hook, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
