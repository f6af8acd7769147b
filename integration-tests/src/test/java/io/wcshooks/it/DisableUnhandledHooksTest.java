package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wcshooks.hooks.WcsHooks;
import io.wcshooks.testkit.HookExchange;
import io.wcshooks.testkit.Session;
import io.wcshooks.testkit.Stream;
import io.wcshooks.testkit.WcsSimulator;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code WcsHooks.Builder#disableUnhandledHooks()}: the calls not made. */
class DisableUnhandledHooksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The hooks a session of this module's handlers can do without: no handler, not connect. */
  private static List<String> unhandled() {
    List<String> off = new ArrayList<>(WcsHooks.HOOKS);
    off.removeAll(WcsHooks.HANDLED_HOOKS);
    off.remove("connect");
    return off;
  }

  @Test
  void connectTurnsOffEveryHookWithoutAHandlerAndKeepsTheBody() throws Exception {
    try (HookServer server = new HookServer("/", WcsHooks.Builder::disableUnhandledHooks)) {
      HttpResponse<byte[]> response = server.post("connect", "{\"sessionId\":\"s1\",\"n\":1.10,\"custom\":{}}");
      assertEquals(200, response.statusCode());
      String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(text.startsWith("{\"sessionId\":\"s1\",\"n\":1.10,\"custom\":{},\"restClientConfig\":{"), text);
      JsonNode answer = JSON.readTree(response.body());
      List<String> configured = new ArrayList<>();
      answer.get("restClientConfig").fieldNames().forEachRemaining(configured::add);
      assertEquals(unhandled(), configured);
      assertTrue(configured.size() > 25, configured.toString());
      for (String hook : configured) {
        assertEquals("{\"restPolicy\":\"DISABLE\"}", answer.get("restClientConfig").get(hook).toString());
      }
    }
  }

  @Test
  void whatTheConnectHandlerConfiguresIsKept() throws Exception {
    try (HookServer server = new HookServer("/", WcsHooks.Builder::disableUnhandledHooks)) {
      JsonNode answer = JSON.readTree(server.post("connect", "{\"custom\":{\"action\":\"config\"}}").body());
      JsonNode config = answer.get("restClientConfig");
      assertEquals("OVERWRITE", config.get("publishStream").get("restPolicy").textValue());
      assertEquals("FAIL", config.get("StreamKeepAliveEvent").get("restOnError").textValue());
      assertFalse(config.get("StreamKeepAliveEvent").path("restPolicy").asText().equals("DISABLE"));
      assertEquals("DISABLE", config.get(unhandled().get(0)).get("restPolicy").textValue());
    }
  }

  @Test
  void aForbiddenConnectIsStillJustTheRefusal() {
    try (HookServer server = new HookServer("/", WcsHooks.Builder::disableUnhandledHooks)) {
      HttpResponse<byte[]> response = server.post("connect", "{\"custom\":{\"action\":\"forbid\"}}");
      assertEquals(403, response.statusCode());
      assertEquals("{\"status\":403,\"reason\":\"Wrong credentials\"}", new String(response.body()));
    }
  }

  @Test
  void withoutTheOptInConnectIsTheExactEcho() {
    try (HookServer server = new HookServer("/")) {
      String body = "{\"sessionId\":\"s1\", \"custom\":{}}";
      assertEquals(body, new String(server.post("connect", body).body()));
    }
  }

  @Test
  void wcsMakesOnlyTheCallsThatHaveAHandler() {
    List<HookExchange> without = session(false);
    List<HookExchange> with = session(true);
    List<String> calledWith = with.stream().filter(HookExchange::called).map(HookExchange::method).toList();
    List<String> calledWithout = without.stream().filter(HookExchange::called).map(HookExchange::method).toList();
    assertTrue(calledWith.stream().allMatch(m -> m.equals("connect") || WcsHooks.HANDLED_HOOKS.contains(m)),
        calledWith.toString());
    List<String> skipped = calledWithout.stream().filter(unhandled()::contains).distinct().toList();
    assertFalse(skipped.isEmpty(), calledWithout.toString());
    for (String hook : skipped) {
      assertFalse(calledWith.contains(hook), hook + " in " + calledWith);
      assertTrue(with.stream().anyMatch(e -> e.method().equals(hook) && !e.called()), hook + " not logged as skipped");
    }
    assertTrue(calledWith.contains("StreamKeepAliveEvent"), calledWith.toString());
    assertTrue(calledWith.size() < calledWithout.size(), calledWith + " vs " + calledWithout);
  }

  /** A session: connect, publish with keep-alives, play, stop, disconnect; the simulator's log. */
  private static List<HookExchange> session(boolean disableUnhandled) {
    try (HookServer server = new HookServer("/rest-hooks",
        b -> disableUnhandled ? b.disableUnhandledHooks() : b)) {
      WcsSimulator wcs = WcsSimulator.forBackend(server.uri("")).build();
      Session session = wcs.connect(Map.of());
      assertTrue(session.connected(), session.toString());
      Stream published = session.publish("cam1");
      session.keepAlive(published).keepAlive(published);
      Stream played = session.play("cam1");
      session.stop(played).unpublish(published).disconnect();
      return wcs.hookLog();
    }
  }
}
