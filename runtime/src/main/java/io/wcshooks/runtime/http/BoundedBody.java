package io.wcshooks.runtime.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a request body, but never more of it than the body limit allows. */
public final class BoundedBody {
  private BoundedBody() {}

  /**
   * The whole body, or null as soon as it is longer than {@code maxBytes} (the rest is not read).
   *
   * @param expectedLength the Content-Length when known (sizes the buffer), else -1
   */
  public static byte[] read(InputStream in, int maxBytes, long expectedLength) throws IOException {
    if (expectedLength < 0 || expectedLength > maxBytes) {
      return readRest(in, maxBytes, new byte[0], 0);
    }
    // The usual case: the length is known, and the body is read straight into an array of that size.
    byte[] body = new byte[(int) expectedLength];
    int at = 0;
    while (at < body.length) {
      int n = in.read(body, at, body.length - at);
      if (n < 0) {
        return Arrays.copyOf(body, at); // shorter than announced: what came, as from any stream
      }
      at += n;
    }
    int next = in.read();
    if (next < 0) {
      return body;
    }
    // More than announced (a container that does not stop at Content-Length): read on, within the limit.
    byte[] more = Arrays.copyOf(body, body.length + 1);
    more[body.length] = (byte) next;
    return readRest(in, maxBytes, more, more.length);
  }

  /** {@code start} (its first {@code length} bytes) and the rest of the stream, or null beyond {@code maxBytes}. */
  private static byte[] readRest(InputStream in, int maxBytes, byte[] start, int length) throws IOException {
    if (length > maxBytes) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(length, Math.min(maxBytes, 8192)));
    out.write(start, 0, length);
    // No smaller than Jetty's input buffer (8 KiB): each read then takes a whole chunk of Jetty's
    // stream, which gives it back; a chunk left half read past the limit would never go back to
    // Jetty's buffer pool (JettyBodyBuffersTest).
    byte[] buffer = new byte[8192];
    long total = length;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** {@link #read(InputStream, int, long)} with no length known. */
  public static byte[] read(InputStream in, int maxBytes) throws IOException {
    return read(in, maxBytes, -1);
  }
}
