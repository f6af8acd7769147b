package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
  private static final byte[] BODY = "{\"sessionId\":\"s1\",\"sdp\":\"v=0\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aBodyOfItsAnnouncedLengthIsReadWhole() throws IOException {
    assertArrayEquals(BODY, BoundedBody.read(new ByteArrayInputStream(BODY), 1024, BODY.length));
    assertArrayEquals(BODY, BoundedBody.read(trickle(BODY), 1024, BODY.length));
    assertArrayEquals(new byte[0], BoundedBody.read(new ByteArrayInputStream(new byte[0]), 1024, 0));
  }

  @Test
  void aBodyOfUnknownLengthIsReadWholeWithinTheLimit() throws IOException {
    assertArrayEquals(BODY, BoundedBody.read(trickle(BODY), 1024));
    byte[] big = new byte[20_000];
    assertArrayEquals(big, BoundedBody.read(new ByteArrayInputStream(big), 20_000));
    assertNull(BoundedBody.read(new ByteArrayInputStream(big), 19_999));
  }

  @Test
  void aStreamShorterOrLongerThanAnnouncedGivesWhatItHolds() throws IOException {
    assertArrayEquals(BODY, BoundedBody.read(new ByteArrayInputStream(BODY), 1024, BODY.length + 10));
    assertArrayEquals(BODY, BoundedBody.read(trickle(BODY), 1024, 5));
    assertNull(BoundedBody.read(new ByteArrayInputStream(BODY), BODY.length - 1, 5), "still within the limit");
  }

  @Test
  void anAnnouncedLengthOverTheLimitIsRefused() throws IOException {
    assertNull(BoundedBody.read(new ByteArrayInputStream(BODY), BODY.length - 1, BODY.length));
    assertArrayEquals(BODY, BoundedBody.read(new ByteArrayInputStream(BODY), BODY.length, BODY.length));
  }

  /** A stream that hands out one byte per read, as a slow network does. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }
}
