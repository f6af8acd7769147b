package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated resource's refusals: each a JSON body with the right 4xx, never a 5xx. */
class ErrorsTest {
  private static HookServer server;

  @BeforeAll
  static void start() {
    server = new HookServer("/rest-hooks");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void assertJsonError(int status, HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), body);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), body);
    assertTrue(body.startsWith("{\"status\":" + status + ",\"reason\":\""), body);
    assertFalse(body.contains("Exception") || body.contains("\tat "), body);
  }

  @Test
  void malformedJsonIs400() {
    assertJsonError(400, server.post("connect", "{\"sessionId\":"));
    assertJsonError(400, server.post("StreamStatusEvent", "[1,2]"));
    assertJsonError(400, server.post("publishStream", "{\"a\":1}{\"b\":2}"));
    assertJsonError(400, server.post("publishStream", "{\"a\":1,\"a\":2}"));
    assertJsonError(400, server.post("OnCallEvent", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}));
  }

  @Test
  void unknownHookIs404() {
    assertJsonError(404, server.post("conect", "{}"));
    assertJsonError(404, server.post("connect/extra", "{}"));
  }

  @Test
  void wrongVerbIs405() {
    HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("connect")).GET().build());
    assertJsonError(405, response);
    assertTrue(response.headers().firstValue("Allow").orElse("").contains("POST"));
  }

  @Test
  void wrongMediaTypeIs415() {
    assertJsonError(415, server.send(HttpRequest.newBuilder(server.uri("connect"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build()));
  }
}
