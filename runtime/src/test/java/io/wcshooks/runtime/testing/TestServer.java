package io.wcshooks.runtime.testing;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.server.ServerContainer;
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
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link WcsHookServer} on a free port serving {@link TestHooks} the way generated code
 * registers it, and an HTTP/1.1 client that talks to it like WCS does.
 */
public final class TestServer implements AutoCloseable, AfterEachCallback, AfterAllCallback {
  /** The request headers WCS sends with every hook call. */
  public static final String WCS_CONTENT_TYPE = "application/json;charset=UTF-8";

  /**
   * Whether test servers answer hook calls on the container-level fast path (the default) or
   * through Jersey's pipeline: {@code -Dwcshooks.fastPath=false} runs the same tests on the other
   * path (the build does, see pom.xml).
   */
  public static final boolean FAST_PATH = Boolean.parseBoolean(System.getProperty("wcshooks.fastPath", "true"));

  /**
   * The container test servers run on: the default, or {@code -Dwcshooks.container=grizzly} (the
   * build runs the HTTP tests on both, see pom.xml).
   */
  public static final ServerContainer CONTAINER = ServerContainer.valueOf(
      System.getProperty("wcshooks.container", ServerSettings.DEFAULT_CONTAINER.name()).toUpperCase(java.util.Locale.ROOT));

  /** Settings for a test server on a free loopback port, on {@link #CONTAINER}. */
  public static ServerSettings settings(String basePath, boolean fastPath) {
    return new ServerSettings("127.0.0.1", 0, basePath, fastPath, CONTAINER);
  }

  public final TestHooks hooks = new TestHooks();
  public final WcsHookServer server;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private TestServer(JsonLimits limits, String basePath) {
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().limits(limits).dispatcher(hooks).build());
    config.register(hooks);
    server = WcsHookServer.start(config, settings(basePath, FAST_PATH));
  }

  public static TestServer start() {
    return new TestServer(JsonLimits.DEFAULTS, "/");
  }

  public static TestServer start(JsonLimits limits, String basePath) {
    return new TestServer(limits, basePath);
  }

  /** An address on the server, relative to the base path ({@code "connect"}). */
  public URI uri(String relative) {
    return server.baseUri().resolve(relative);
  }

  /** A hook call exactly as WCS makes it. */
  public HttpResponse<byte[]> call(String hook, String body) {
    return call(hook, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A hook call exactly as WCS makes it, with raw bytes. */
  public HttpResponse<byte[]> call(String hook, byte[] body) {
    return send(wcsRequest(uri(hook)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A request with WCS's headers, to be completed with a method and maybe other headers. */
  public static HttpRequest.Builder wcsRequest(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", WCS_CONTENT_TYPE)
        .header("Accept", "application/json")
        .header("User-Agent", "Java/1.8.0_292");
  }

  public HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpClient client() {
    return client;
  }

  /**
   * As a JUnit extension ({@code @RegisterExtension static final TestServer wcs = TestServer.start()}):
   * handlers back to their defaults after each test.
   */
  @Override
  public void afterEach(ExtensionContext context) {
    hooks.reset();
  }

  /** As a JUnit extension: the server stops after the class's tests. */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.close();
  }
}
