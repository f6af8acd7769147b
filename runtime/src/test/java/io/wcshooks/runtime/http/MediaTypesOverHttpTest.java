package io.wcshooks.runtime.http;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonContentType;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.runtime.testing.ConfiguredTestServer;
import io.wcshooks.runtime.testing.TestServer;
import io.wcshooks.runtime.testing.WcsBodies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.filter.EncodingFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headers WCS builds send are accepted, and the answer is always application/json. */
class MediaTypesOverHttpTest {
  private static final byte[] BODY = WcsBodies.STREAM_STATUS.getBytes(StandardCharsets.UTF_8);
  @RegisterExtension
  static final TestServer wcs = TestServer.start();

  @ParameterizedTest
  @ValueSource(strings = {
      "application/json;charset=UTF-8",
      "application/json; charset=utf-8",
      "application/json",
      "Application/JSON;Charset=UTF-8"})
  void theContentTypesWcsSendsAreAccepted(String contentType) {
    HttpResponse<byte[]> response = post("StreamStatusEvent", contentType, "application/json");

    assertEquals(200, response.statusCode(), () -> body(response));
    assertJsonContentType(response);
    assertArrayEquals(BODY, response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "application/json",
      "application/json, application/*+json",
      "*/*",
      "application/*",
      "text/html, application/json;q=0.5",
      "*/*;q=0, application/json",
      "application/json;q=0.5, */*;q=0",
      "application/*;q=0, application/json;q=0.1"})
  void theAcceptValuesWcsSendsAreAccepted(String accept) {
    HttpResponse<byte[]> response = post("connect", "application/json;charset=UTF-8", accept);

    assertEquals(200, response.statusCode(), () -> body(response));
    assertJsonContentType(response);
    assertArrayEquals(BODY, response.body());
  }

  private static HttpResponse<byte[]> post(String hook, String contentType, String accept) {
    return wcs.send(TestServer.wcsRequest(wcs.uri(hook))
        .setHeader("Content-Type", contentType)
        .setHeader("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "deflate", "br"})
  void anEncodedBodyIs415(String encoding) throws IOException {
    // No hook call is encoded; echoing the bytes as JSON (or calling them malformed JSON) would hide why.
    byte[] sent = encoding.equals("gzip") ? gzip(BODY) : BODY;
    for (String hook : new String[] {"StreamStatusEvent", "ConnectionStatusEvent"}) {
      HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri(hook))
          .header("Content-Encoding", encoding)
          .POST(HttpRequest.BodyPublishers.ofByteArray(sent)));
      assertEquals("Content-Encoding " + encoding + " is not supported: a hook body is plain JSON",
          assertJsonError(response, 415));
    }
  }

  @Test
  void anIdentityContentEncodingIsAccepted() {
    HttpResponse<byte[]> response = wcs.send(TestServer.wcsRequest(wcs.uri("StreamStatusEvent"))
        .header("Content-Encoding", "identity")
        .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)));
    assertEquals(200, response.statusCode(), () -> body(response));
    assertArrayEquals(BODY, response.body());
  }

  @Test
  void aBodyTheApplicationsDecoderReadsIsAccepted() throws IOException {
    // An application that registers Jersey's decoder takes gzipped calls: they are read decoded,
    // and the Content-Length (of the compressed bytes) is not held against the decoded body.
    try (ConfiguredTestServer server = ConfiguredTestServer.start(new EncodingFilter(), new GZipEncoder())) {
      for (byte[] plain : new byte[][] {BODY, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)}) {
        byte[] sent = gzip(plain);
        HttpResponse<byte[]> response = server.call("StreamStatusEvent", sent, "Content-Encoding", "gzip");
        assertEquals(200, response.statusCode(), () -> body(response));
        assertArrayEquals(plain, response.body());
      }
      HttpResponse<byte[]> deflated = server.call("StreamStatusEvent", BODY, "Content-Encoding", "deflate");
      assertEquals("Content-Encoding deflate is not supported: a hook body is plain JSON",
          assertJsonError(deflated, 415));
    }
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }
}
