package io.wcshooks.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisabledHooksTest {
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);
  private static final List<String> ALL = List.of("connect", "ConnectionStatusEvent", "publishStream",
      "StreamStatusEvent", "StreamKeepAliveEvent");

  @Test
  void turnsOffEveryUnhandledHookButConnectInTheSpecsOrder() {
    DisabledHooks disabled = DisabledHooks.unhandled(ALL, Set.of("publishStream"), Set.of("connect"));
    assertEquals(List.of("ConnectionStatusEvent", "StreamStatusEvent", "StreamKeepAliveEvent"), disabled.hooks());
  }

  @Test
  void addsTheSettingAfterTheFieldsReceived() {
    assertEquals("{\"sessionId\":\"s1\",\"restClientConfig\":{\"StreamStatusEvent\":{\"restPolicy\":\"DISABLE\"},"
        + "\"StreamKeepAliveEvent\":{\"restPolicy\":\"DISABLE\"}}}",
        apply("{\"sessionId\":\"s1\"}", "StreamStatusEvent", "StreamKeepAliveEvent"));
  }

  @Test
  void keepsWhatIsConfiguredAlready() {
    assertEquals("{\"restClientConfig\":{\"StreamStatusEvent\":{\"restPolicy\":\"NOTIFY\",\"restOnError\":\"FAIL\"},"
        + "\"StreamKeepAliveEvent\":{\"restPolicy\":\"DISABLE\"}},\"n\":1.10}",
        apply("{\"restClientConfig\":{\"StreamStatusEvent\":{\"restPolicy\":\"NOTIFY\",\"restOnError\":\"FAIL\"}},\"n\":1.10}",
            "StreamStatusEvent", "StreamKeepAliveEvent"));
  }

  @Test
  void replacesANullConfigInPlace() {
    assertEquals("{\"restClientConfig\":{\"StreamStatusEvent\":{\"restPolicy\":\"DISABLE\"}},\"x\":1}",
        apply("{\"restClientConfig\":null,\"x\":1}", "StreamStatusEvent"));
  }

  @Test
  void leavesAConfigThatIsNoObjectAlone() {
    ObjectNode answer = JSON.readObject("{\"restClientConfig\":\"odd\"}".getBytes(StandardCharsets.UTF_8));
    assertFalse(DisabledHooks.unhandled(ALL, Set.of(), Set.of("connect")).applyTo(answer));
    assertEquals("{\"restClientConfig\":\"odd\"}", new String(JSON.write(answer), StandardCharsets.UTF_8));
  }

  @Test
  void changesNothingWhenEveryHookIsConfiguredOrNoneIsOff() {
    ObjectNode answer = JSON.readObject(
        "{\"restClientConfig\":{\"StreamStatusEvent\":{}}}".getBytes(StandardCharsets.UTF_8));
    assertFalse(DisabledHooks.unhandled(List.of("connect", "StreamStatusEvent"), Set.of(), Set.of("connect"))
        .applyTo(answer));
    assertFalse(DisabledHooks.NONE.applyTo(answer));
    assertTrue(DisabledHooks.NONE.isEmpty());
  }

  private static String apply(String body, String... off) {
    ObjectNode answer = JSON.readObject(body.getBytes(StandardCharsets.UTF_8));
    List<String> handled = new java.util.ArrayList<>(ALL);
    handled.removeAll(List.of(off));
    assertTrue(DisabledHooks.unhandled(ALL, Set.copyOf(handled), Set.of("connect")).applyTo(answer));
    return new String(JSON.write(answer), StandardCharsets.UTF_8);
  }
}
