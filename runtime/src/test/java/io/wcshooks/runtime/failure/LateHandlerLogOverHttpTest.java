package io.wcshooks.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.runtime.testing.LogCapture;
import io.wcshooks.runtime.testing.TestHooks;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** A stuck handler (a database down) makes every call late: the log says so once, not once a call. */
class LateHandlerLogOverHttpTest {
  @Test
  void theFirstLateHandlerIsAWarningAndAFloodIsNot() throws Exception {
    CountDownLatch stuck = new CountDownLatch(1);
    TestHooks hooks = new TestHooks();
    hooks.connect = request -> {
      stuck.await();
      return HookResult.echo();
    };
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks)
        .handling(HandlerPolicy.DEFAULTS.withHandlerDeadline(Duration.ofMillis(50))).build());
    config.register(hooks);
    byte[] body = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    try (LogCapture log = LogCapture.asConfigured(HookCall.class.getName());
        WcsHookServer server = WcsHookServer.start(config, TestServer.settings("/", TestServer.FAST_PATH))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      try {
        for (int i = 0; i < 20; i++) {
          HttpResponse<String> answer = client.send(
              TestServer.wcsRequest(URI.create("http://127.0.0.1:" + server.port() + "/connect"))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
              HttpResponse.BodyHandlers.ofString());
          assertEquals(503, answer.statusCode(), answer::body); // connect fails closed
        }
      } finally {
        stuck.countDown();
      }

      List<String> warnings = log.records().stream().filter(r -> r.getLevel() == Level.WARNING)
          .map(r -> r.getMessage()).toList();
      assertEquals(1, warnings.size(), warnings::toString);
      assertTrue(warnings.get(0).contains("connect did not answer within 50 ms") && warnings.get(0).contains("503"),
          warnings.get(0));
    }
  }
}
