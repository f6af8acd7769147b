package io.wcshooks.runtime.testing;

import static io.wcshooks.runtime.testing.ChunkedBody.dechunked;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The answer to a raw request that said {@code Connection: close}, read until the server closes. */
public final class ClosingAnswer {
  private ClosingAnswer() {}

  /** The body of a 200 answer, de-chunked where it came chunked; fails unless the answer is a 200. */
  public static byte[] okBody(InputStream in) throws IOException {
    String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    int headEnd = answer.indexOf("\r\n\r\n");
    assertTrue(headEnd > 0, answer);
    String head = answer.substring(0, headEnd);
    String body = answer.substring(headEnd + 4);
    assertTrue(head.startsWith("HTTP/1.1 200 "), head);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = dechunked(body);
    }
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }
}
