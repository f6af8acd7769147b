package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.testkit.TinyBackend.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a client event shows in test output: never the credentials it carries. */
class ClientEventTest {
  @RegisterExtension
  final TinyBackend backend = new TinyBackend();

  @Test
  void toStringHidesCredentialsAsTheRuntimeDoes() throws Exception {
    ObjectNode fields = (ObjectNode) new ObjectMapper().readTree("{\"status\":\"ESTABLISHED\",\"sipLogin\":\"alice\","
        + "\"sipPassword\":\"s3cret\",\"authToken\":\"at-123\",\"appKey\":\"defaultApp\","
        + "\"custom\":{\"token\":\"ct-456\",\"tokens\":[\"t1\"],\"room\":\"r1\"},\"info\":null}");
    ClientEvent event = new ClientEvent("ConnectionStatusEvent", fields);
    assertEquals("ConnectionStatusEvent{\"status\":\"ESTABLISHED\",\"sipLogin\":\"alice\","
        + "\"sipPassword\":\"<hidden>\",\"authToken\":\"<hidden>\",\"appKey\":\"defaultApp\","
        + "\"custom\":{\"token\":\"<hidden>\",\"tokens\":\"<hidden>\",\"room\":\"r1\"},\"info\":null}", event.toString());
    // The values are still there for assertions.
    assertEquals("s3cret", event.text("sipPassword"));
    assertEquals("ct-456", event.fields().path("custom").path("token").asText());
  }

  /** The connect answer's SIP credentials reach the client's ConnectionStatusEvent, not its toString. */
  @Test
  void aSessionsEventsShowNoCredentials() {
    backend.on("connect", body -> Reply.echo(body.substring(0, body.lastIndexOf('}'))
        + ",\"sipLogin\":\"alice\",\"sipPassword\":\"s3cret\",\"authToken\":\"at-123\"}"));
    Session session = WcsSimulator.forBackend(backend.appUrl()).build().connect(Map.of("token", "ct-456"));
    ClientEvent established = session.clientEvents("ConnectionStatusEvent").get(0);
    assertEquals("s3cret", established.text("sipPassword"));
    String shown = established.toString();
    for (String secret : new String[] {"s3cret", "at-123", "ct-456"}) {
      assertFalse(shown.contains(secret), shown);
    }
    assertTrue(shown.contains("\"sipLogin\":\"alice\""), shown);
  }
}
