package io.wcshooks.runtime.testing;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Like {@link TestServer}, {@link TestHooks} on a free port, on an application that a user has
 * added components to ({@code hooks.register(...)} before starting the server), such as
 * {@code HookSecurity}.
 */
public final class ConfiguredTestServer implements AutoCloseable {
  public final TestHooks hooks = new TestHooks();
  public final WcsHookServer server;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private ConfiguredTestServer(JsonLimits limits, Object... components) {
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().limits(limits).dispatcher(hooks).build());
    config.register(hooks);
    for (Object component : components) {
      config.register(component);
    }
    server = WcsHookServer.start(config, TestServer.settings("/", TestServer.FAST_PATH));
  }

  /** A server whose application also has these components registered. */
  public static ConfiguredTestServer start(Object... components) {
    return new ConfiguredTestServer(JsonLimits.DEFAULTS, components);
  }

  public static ConfiguredTestServer start(JsonLimits limits, Object... components) {
    return new ConfiguredTestServer(limits, components);
  }

  public URI uri(String relative) {
    return server.baseUri().resolve(relative);
  }

  /** A hook call as WCS makes it, with extra headers as name, value pairs. */
  public HttpResponse<byte[]> call(String hook, byte[] body, String... headers) {
    HttpRequest.Builder request = TestServer.wcsRequest(uri(hook)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
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

  @Override
  public void close() {
    server.close();
  }
}
