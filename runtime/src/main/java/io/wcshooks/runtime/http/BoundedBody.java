package io.wcshooks.runtime.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, but never more of it than the body limit allows. */
public final class BoundedBody {
  private BoundedBody() {}

  /**
   * The whole body, or null as soon as it is longer than {@code maxBytes} (the rest is not read).
   *
   * @param expectedLength the Content-Length when known (sizes the buffer), else -1
   */
  public static byte[] read(InputStream in, int maxBytes, long expectedLength) throws IOException {
    int initial = expectedLength >= 0 && expectedLength <= maxBytes ? (int) expectedLength : Math.min(maxBytes, 8192);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(initial, 32));
    byte[] buffer = new byte[8192];
    long total = 0;
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
