package io.wcshooks.runtime.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.message.internal.HttpHeaderReader;
import org.glassfish.jersey.server.ContainerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path's reading of Accept headers against Jersey's. */
class AcceptHeaderTest {

  /** The values settled without a parse are ones Jersey's reader reads as allowing JSON. */
  @Test
  void thePlainValuesAllowJsonAsJerseyReadsThem() throws Exception {
    for (String accept : HookFastPath.PLAIN_ACCEPTS) {
      assertTrue(HookFastPath.allowsJson(HttpHeaderReader.readAcceptMediaType(accept)), accept);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json;q=2", "application/json;q=abc", "application/json, @/@",
      "application/json;x=\"unterminated", "application/json;q=1.0000", "application/json;q="})
  void whatJerseyCannotParseIsLeftToJersey(String accept) {
    assertFalse(HookFastPath.acceptsJson(List.of(accept)));
  }

  /** Jersey's request refuses exactly the values the fast path leaves to it as unreadable. */
  @ParameterizedTest
  @ValueSource(strings = {"application/json;q=2", "application/json;q=abc", "application/json, @/@",
      "application/json;x=\"unterminated", "application/json;q=1.0000", "application/json", "*/*", "*",
      "application/json;q=0.5, text/plain", "text/plain;x=\"a,*/*;\"", "application/json, garbage", ""})
  void unreadableMeansWhatJerseysRequestThinks(String accept) {
    ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
        URI.create("http://localhost/connect"), "POST", null, new MapPropertiesDelegate(), null);
    request.header("Accept", accept);
    boolean jerseyReads;
    try {
      request.getAcceptableMediaTypes();
      jerseyReads = true;
    } catch (ProcessingException e) {
      jerseyReads = false;
    }
    boolean ourReaderReads;
    try {
      HttpHeaderReader.readAcceptMediaType(accept);
      ourReaderReads = true;
    } catch (java.text.ParseException | RuntimeException e) {
      ourReaderReads = false;
    }
    assertEquals(jerseyReads, ourReaderReads || accept.isEmpty(), accept);
    if (!jerseyReads) {
      assertFalse(HookFastPath.acceptsJson(List.of(accept)), accept);
    }
  }

  @Test
  void quotedCommasAndSemicolonsAreReadAsJerseyReadsThem() {
    assertFalse(HookFastPath.acceptsJson(List.of("text/plain;x=\"a,*/*;\"")));
    assertTrue(HookFastPath.acceptsJson(List.of("text/plain;x=\"a,b\", application/json")));
  }

  @Test
  void aRefusalOfJsonOrOfEverythingIsLeftToJersey() {
    assertFalse(HookFastPath.acceptsJson(List.of("application/json;q=0")));
    assertFalse(HookFastPath.acceptsJson(List.of("text/plain, */*;q=0")));
    assertFalse(HookFastPath.acceptsJson(List.of("text/html")));
    assertTrue(HookFastPath.acceptsJson(List.of("text/html, application/*;q=0.1")));
  }

  @Test
  void severalAcceptHeadersAreReadJoinedAsJerseyJoinsThem() {
    assertTrue(HookFastPath.acceptsJson(List.of("text/plain", "application/json")));
    assertFalse(HookFastPath.acceptsJson(List.of("application/json", "application/json;q=2")));
  }
}
