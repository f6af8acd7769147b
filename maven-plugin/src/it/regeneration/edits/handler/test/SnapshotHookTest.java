package com.example.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.hooks.WcsHooks;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SnapshotHookTest {
  @Test
  void theNewHooksHandlerAnswers() throws Exception {
    assertTrue(WcsHooks.HANDLED_HOOKS.contains("StreamSnapshotEvent"));
    try (WcsHookServer server = WcsHookServer.start(WcsHooks.builder().build(),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0))) {
      HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(HttpRequest.newBuilder(server.baseUri().resolve("StreamSnapshotEvent"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"cam1\",\"snapshotUrl\":\"s3://x\"}")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode());
      assertEquals("{\"name\":\"cam1\",\"snapshotUrl\":\"s3://x\",\"archivedAs\":\"archive/cam1.png\"}", answer.body());
    }
  }
}
