package io.wcshooks.runtime.testing;

/** Chunked transfer coding, for tests that read raw answers or send raw requests. */
public final class ChunkedBody {
  private ChunkedBody() {}

  /** The body carried by {@code chunks} (sizes in hex, each chunk and the last one ended by CRLF; no trailers). */
  public static String dechunked(String chunks) {
    StringBuilder body = new StringBuilder();
    for (int at = 0, size; (size = Integer.parseInt(chunks.substring(at, chunks.indexOf("\r\n", at)), 16)) > 0; ) {
      int start = chunks.indexOf("\r\n", at) + 2;
      body.append(chunks, start, start + size);
      at = start + size + 2;
    }
    return body.toString();
  }
}
