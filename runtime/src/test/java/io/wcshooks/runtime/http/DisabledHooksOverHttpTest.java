package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.ExactJson.assertExactlyEqual;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.DisabledHooks;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.failure.HandlerPolicy;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Level;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connect answer of an application that turns its unhandled hooks off, over real HTTP: the
 * body WCS sent, with the setting added to its {@code restClientConfig}.
 */
class DisabledHooksOverHttpTest {
  private static final TestHooks hooks = new TestHooks();
  private static final WcsHookServer server = start();
  private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static WcsHookServer start() {
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder()
        .dispatcher(hooks)
        .handling(HandlerPolicy.DEFAULTS.withFailOpen("connect"))
        .disabledHooks(DisabledHooks.unhandled(hooks.hooks(), hooks.handledHooks(), Set.of("connect")))
        .build());
    config.register(hooks);
    return WcsHookServer.start(config, TestServer.settings("/", TestServer.FAST_PATH));
  }

  @AfterEach
  void reset() {
    hooks.reset();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @SuppressWarnings("try") // the capture only keeps the expected failure's stack trace out of the build log
  void aFailedConnectThatFailsOpenEchoesTheBodyReceivedNotTheHandlersHalfDoneChanges() {
    hooks.connect = request -> {
      request.sipLogin("mallory").put("added", "by the handler");
      throw new IllegalStateException("the handler failed after changing the request");
    };

    HttpResponse<byte[]> response;
    try (LogCapture log = LogCapture.at("io.wcshooks", Level.OFF)) {
      response = call("connect", WcsBodies.CONNECT);
    }

    assertEquals(200, response.statusCode(), () -> body(response));
    ObjectNode expected = ExactJson.parseObject(WcsBodies.CONNECT);
    expected.putObject("restClientConfig").putObject("ConnectionStatusEvent").put("restPolicy", "DISABLE");
    assertExactlyEqual(expected, ExactJson.parse(response.body()));
  }

  @Test
  void aHandledConnectGetsTheSettingAddedToItsAnswer() {
    hooks.connect = request -> {
      request.sipLogin("bob");
      return HookResult.echo();
    };

    HttpResponse<byte[]> response = call("connect", WcsBodies.CONNECT);

    assertEquals(200, response.statusCode(), () -> body(response));
    ObjectNode expected = ExactJson.parseObject(WcsBodies.CONNECT);
    expected.put("sipLogin", "bob");
    expected.putObject("restClientConfig").putObject("ConnectionStatusEvent").put("restPolicy", "DISABLE");
    assertExactlyEqual(expected, ExactJson.parse(response.body()));
  }

  @Test
  void theSettingIsAddedToACopyNotToTheNodeAHandlerPutThere() {
    // A handler may keep one configuration for every session and put it on each connect.
    ObjectNode shared = JsonNodeFactory.instance.objectNode();
    shared.putObject("StreamStatusEvent").put("restPolicy", "NOTIFY");
    String before = shared.toString();
    hooks.connect = request -> {
      request.put("restClientConfig", shared);
      return HookResult.echo();
    };

    HttpResponse<byte[]> response = call("connect", WcsBodies.CONNECT);

    assertEquals(200, response.statusCode(), () -> body(response));
    assertEquals(before, shared.toString(), "the handler's node is left as it was");
    ObjectNode expected = ExactJson.parseObject(WcsBodies.CONNECT);
    ObjectNode config = expected.putObject("restClientConfig");
    config.putObject("StreamStatusEvent").put("restPolicy", "NOTIFY");
    config.putObject("ConnectionStatusEvent").put("restPolicy", "DISABLE");
    assertExactlyEqual(expected, ExactJson.parse(response.body()));
  }

  private static HttpResponse<byte[]> call(String hook, String body) {
    HttpRequest.Builder request = TestServer.wcsRequest(server.baseUri().resolve(hook))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
