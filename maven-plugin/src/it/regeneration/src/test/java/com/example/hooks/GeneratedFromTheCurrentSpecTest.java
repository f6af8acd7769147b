package com.example.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.hooks.StreamStatusEvent;
import io.wcshooks.hooks.WcsHooks;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Whatever the spec file says now, the code the build just generated says the same. */
class GeneratedFromTheCurrentSpecTest {

  private static String spec() throws Exception {
    return Files.readString(Path.of("src/main/wcs/wcs-hooks.yaml"));
  }

  @Test
  void theGeneratedCodeIsFromTheCurrentSpec() throws Exception {
    String spec = spec();
    Matcher version = Pattern.compile("specVersion: \"([^\"]+)\"").matcher(spec);
    version.find();
    assertEquals(version.group(1), WcsHooks.SPEC_VERSION);
    assertEquals(spec.contains("name: StreamSnapshotEvent"), WcsHooks.HOOKS.contains("StreamSnapshotEvent"));
    boolean hasBitrate = Arrays.stream(StreamStatusEvent.class.getMethods()).anyMatch(m -> m.getName().equals("bitrate"));
    assertEquals(spec.contains("name: bitrate"), hasBitrate);
  }

  @Test
  void everyHookOfTheCurrentSpecAnswers() throws Exception {
    try (WcsHookServer server = WcsHookServer.start(WcsHooks.builder().build(),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (String hook : WcsHooks.HOOKS) {
        String body = "{\"custom\":{\"token\":\"t\"},\"name\":\"s1\",\"bitrate\":\"1500\"}";
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(server.baseUri().resolve(hook))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), hook);
        if (!hook.equals("StreamSnapshotEvent")) {
          assertEquals(body, answer.body(), hook);
        }
      }
    }
  }
}
