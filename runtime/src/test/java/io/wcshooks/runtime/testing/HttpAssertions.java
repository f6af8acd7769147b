package io.wcshooks.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Checks on answers: the content type WCS needs, and the one error body shape. */
public final class HttpAssertions {
  /** What must never reach WCS in an error body: exception classes, stack frames, library packages. */
  private static final List<String> LEAKS = List.of(
      "Exception", "exception", "\tat ", "at io.", "at org.", "at java.", "io.wcshooks", "com.fasterxml",
      "org.glassfish", "jakarta.", "java.lang", "Caused by");

  /** Library configuration a reason should not name either (the caller cannot act on it). */
  public static final List<String> LIBRARY_INTERNALS = List.of("Feature", "[Source:", "REDACTED", "`");

  private HttpAssertions() {}

  public static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  public static void assertJsonContentType(HttpResponse<byte[]> response) {
    String type = response.headers().firstValue("Content-Type").orElse("<none>");
    assertTrue(type.equals("application/json") || type.startsWith("application/json;"),
        "Content-Type must be application/json, was " + type);
  }

  /**
   * Asserts a JSON error answer: the status, {@code Content-Type: application/json}, a body of
   * {@code {"status":N}} or {@code {"status":N,"reason":"..."}} with N the HTTP status, and no
   * trace of our internals. Returns the reason, or null.
   */
  public static String assertJsonError(HttpResponse<byte[]> response, int status) {
    String text = body(response);
    assertEquals(status, response.statusCode(), () -> "status; body: " + text);
    assertJsonContentType(response);
    JsonNode body = ExactJson.parse(response.body());
    assertTrue(body.isObject(), () -> "an object: " + text);
    assertTrue(Set.of("status", "reason").containsAll(ExactJson.keys(body)), () -> "only status and reason: " + text);
    assertEquals(List.of("status"), ExactJson.keys(body).subList(0, 1), () -> "status first: " + text);
    assertTrue(body.get("status").isInt(), () -> "status is a number: " + text);
    assertEquals(status, body.get("status").intValue(), () -> "status in the body: " + text);
    for (String leak : LEAKS) {
      assertFalse(text.contains(leak), () -> "the body leaks '" + leak + "': " + text);
    }
    JsonNode reason = body.get("reason");
    if (reason != null) {
      assertTrue(reason.isTextual(), () -> "reason is a string: " + text);
      return reason.textValue();
    }
    return null;
  }
}
