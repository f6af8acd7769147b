package io.wcshooks.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.testkit.TinyBackend.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What WCS makes of an answer beyond its status: its Content-Type, its timing, a connection that dies. */
class AnswersTest {
  private static final String RENAME_ON_PUBLISH =
      "{\"publishStream\":{\"restPolicy\":\"OVERWRITE\",\"restOverwrite\":\"name\",\"restOnError\":\"FAIL\"}}";

  @RegisterExtension
  final TinyBackend backend = new TinyBackend();

  private WcsSimulator wcs() {
    return WcsSimulator.forBackend(backend.appUrl()).timeout(Duration.ofMillis(500)).build();
  }

  private static Reply renamed(String body) {
    return Reply.echo(body.replace("\"name\":\"cam1\"", "\"name\":\"alice/cam1\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"status\":\"403\",\"reason\":\"Wrong credentials\"}",
      "{\"status\":403.5,\"reason\":\"Wrong credentials\"}",
      "{\"status\":403,\"reason\":\"Wrong credentials\",\"code\":7}"})
  void only403BodiesOfExactlyTheDocumentedShapeShowTheirReason(String body) {
    // wcs-facts: a 403 body of exactly {"status":403,"reason":"..."}, else the HTTP reason phrase.
    backend.on("connect", b -> new Reply(403, body, 0));
    assertEquals("Forbidden", wcs().connect(Map.of()).refusal().orElseThrow());
  }

  @Test
  void a200NotDeclaredJsonIsAnErrorBecauseWcsCannotParseIt() {
    backend.restClientConfig(RENAME_ON_PUBLISH).on("publishStream", body -> renamed(body).as("text/plain"));
    WcsSimulator wcs = wcs();
    Stream stream = wcs.connect(Map.of()).publish("cam1");
    assertEquals("FAILED", stream.status(), "restOnError FAIL breaks the publish");
    assertEquals("cam1", stream.name(), "nothing is taken from an answer WCS cannot read");
    assertTrue(stream.info().contains("text/plain"), stream.info());
    assertTrue(wcs.calls("publishStream").get(0).isError());
  }

  @Test
  void a200DeclaredJsonWithACharsetIsRead() {
    backend.restClientConfig(RENAME_ON_PUBLISH).on("publishStream", body -> renamed(body).as("Application/JSON; charset=utf-8"));
    Stream stream = wcs().connect(Map.of()).publish("cam1");
    assertEquals("PUBLISHING", stream.status());
    assertEquals("alice/cam1", stream.name());
  }

  @Test
  void anAnswerWhoseBodyStallsPastTheTimeoutIsATimeout() {
    backend.restClientConfig(RENAME_ON_PUBLISH).on("publishStream", body -> renamed(body).stallingBody(5000));
    long start = System.nanoTime();
    Stream stream = wcs().connect(Map.of()).publish("cam1");
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(millis < 3000, "rest_request_timeout is 500 ms, the simulator waited " + millis + " ms");
    assertEquals("FAILED", stream.status());
    assertTrue(stream.info().startsWith("timeout"), stream.info());
  }

  @Test
  void aHookWhoseConnectionDiedIsSentAgainAsWcsDoes() {
    AtomicInteger attempts = new AtomicInteger();
    backend.restClientConfig(RENAME_ON_PUBLISH)
        .on("publishStream", body -> attempts.incrementAndGet() == 1 ? Reply.drop() : renamed(body));
    WcsSimulator wcs = wcs();
    Stream stream = wcs.connect(Map.of()).publish("cam1");
    assertEquals("PUBLISHING", stream.status());
    assertEquals("alice/cam1", stream.name());
    assertEquals(2, backend.received("publishStream").size(), "the handler sees the hook twice");
    assertFalse(wcs.calls("publishStream").get(0).isError());
  }

  @Test
  void aHookThatCannotBeSentIsRetriedThreeTimesThenAnError() {
    backend.restClientConfig(RENAME_ON_PUBLISH).on("publishStream", body -> Reply.drop());
    Stream stream = wcs().connect(Map.of()).publish("cam1");
    assertEquals(4, backend.received("publishStream").size(), "the first try and 3 retries");
    assertEquals("FAILED", stream.status());
    assertTrue(stream.info().startsWith("no answer after 4 attempts: "), stream.info());
  }

  @Test
  void retriesFollowTheSimulatorsSetting() {
    backend.on("publishStream", body -> Reply.drop());
    WcsSimulator.forBackend(backend.appUrl()).sendRetries(0).build().connect(Map.of()).publish("cam1");
    assertEquals(1, backend.received("publishStream").size());
  }

  @Test
  void aLateAnswerIsNotSentAgain() {
    backend.on("publishStream", body -> Reply.late(1000));
    WcsSimulator wcs = WcsSimulator.forBackend(backend.appUrl()).timeout(Duration.ofMillis(200)).build();
    wcs.connect(Map.of()).publish("cam1");
    assertEquals(1, backend.received("publishStream").size(), "it was sent; only the answer was late");
    assertTrue(wcs.calls("publishStream").get(0).failure().orElseThrow().startsWith("timeout"));
  }
}
