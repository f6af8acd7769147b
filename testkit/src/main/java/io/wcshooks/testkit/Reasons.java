package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What WCS shows a client when the backend refused: since build 5.2.968 the reason of a 403 body of
 * exactly {@code {"status":403,"reason":"..."}}, otherwise the HTTP reason phrase.
 */
final class Reasons {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Reasons() {}

  static String of(int status, String body) {
    if (status == 403 && body != null) {
      try {
        JsonNode node = JSON.readTree(body);
        // The number 403 itself: asInt() would also take "403" or 403.5, which are not the documented body.
        if (node != null && node.isObject() && node.size() == 2 && node.path("status").isInt()
            && node.get("status").intValue() == 403 && node.path("reason").isTextual()) {
          return node.get("reason").textValue();
        }
      } catch (IOException notJson) {
        // The phrase, below.
      }
    }
    return phrase(status);
  }

  private static String phrase(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "HTTP " + status;
    };
  }
}
