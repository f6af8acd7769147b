package io.wcshooks.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a hooks backend the way WCS does: JSON POSTs over HTTP/1.1 keep-alive. */
final class SampleClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  SampleClient(URI base) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
  }

  /**
   * @param status the HTTP status
   * @param body the body as text
   * @param contentType the Content-Type header
   */
  record Answer(int status, String body, String contentType) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Answer post(String hook, String body) {
    return post(hook, body, null);
  }

  /** A POST with an {@code Authorization} header, unless null. */
  Answer post(String hook, String body, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(hook))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json;charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String connect(String sessionId, String tokenJson) {
    return "{\"appKey\":\"defaultApp\",\"sessionId\":\"" + sessionId + "\",\"nodeId\":\"node1@10.0.0.1\","
        + "\"urlServer\":\"wss://wcs.example.com:8443\",\"sipLogin\":\"hacker\",\"sipPassword\":\"guess\","
        + "\"sipPort\":\"5060\",\"mediaProviders\":[\"WebRTC\"],\"width\":1280,\"height\":720,"
        + "\"clientVersion\":\"2.0.240\",\"custom\":" + tokenJson + "}";
  }
}
