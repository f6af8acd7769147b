package io.wcshooks.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookContextTest {
  private static HookContext context(Map<String, List<String>> headers) {
    return new HookContext("connect", JsonNodeFactory.instance.objectNode(), "{}".getBytes(StandardCharsets.UTF_8),
        headers);
  }

  @Test
  void theHeadersAsTextHideCredentialsButNotTheirScheme() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("Content-Type", List.of("application/json"));
    sent.put("authorization", List.of("Basic d2NzOnMzY3JldA=="));
    sent.put("Proxy-Authorization", List.of("WCS 5d41402abc4b2a76b9719d911017c592"));
    sent.put("Cookie", List.of("session=abc"));

    String text = context(sent).headers().toString();

    // A handler that logs the map (a debugging line left in) must not write the backend's password.
    assertFalse(text.contains("d2NzOnMzY3JldA==") || text.contains("5d41402abc") || text.contains("abc"), text);
    assertTrue(text.contains("authorization=[Basic <hidden>]"), text);
    assertTrue(text.contains("Proxy-Authorization=[WCS <hidden>]"), text);
    assertTrue(text.contains("Cookie=[<hidden>]"), text);
    assertTrue(text.contains("Content-Type=[application/json]"), text);
  }

  @Test
  void theHeadersStillGiveTheCredentialsToCodeThatAsks() {
    HookContext context = context(Map.of("Authorization", List.of("Basic d2NzOnMzY3JldA==")));

    assertEquals("Basic d2NzOnMzY3JldA==", context.header("authorization"));
    assertEquals(List.of("Basic d2NzOnMzY3JldA=="), context.headers().get("AUTHORIZATION"));
    assertTrue(context.headers().containsKey("Authorization"));
    assertEquals(Map.of("Authorization", List.of("Basic d2NzOnMzY3JldA==")), context.headers());
    assertThrows(UnsupportedOperationException.class, () -> context.headers().put("X", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> context.headers().get("Authorization").add("x"));
  }

  @Test
  void namesThatDifferOnlyInCaseAreOneHeaderWithAllItsValues() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("X-Trace", List.of("a"));
    sent.put("x-trace", List.of("b", "c"));

    HookContext context = context(sent);

    assertEquals(List.of("a", "b", "c"), context.headers().get("X-TRACE"));
    assertEquals(1, context.headers().size());
    assertThrows(UnsupportedOperationException.class, () -> context.headers().get("x-trace").add("d"));
  }
}
