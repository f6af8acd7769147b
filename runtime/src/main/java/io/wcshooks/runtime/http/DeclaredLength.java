package io.wcshooks.runtime.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A request's Content-Length as Jersey's pipeline has it, for a limit checked before the body is
 * read, as the fast path checks it.
 */
public final class DeclaredLength {
  private DeclaredLength() {}

  /**
   * The declared length, or -1 when there is none. Not Jersey's {@code getLength()}: it reads an
   * int and throws past 2^31-1, a logged 500 for a length the fast path answers with 413. The
   * containers refuse a value that is not a number, so one that does not parse is beyond a long.
   * The first value only: Grizzly lets the same length through twice, which the joined header
   * string ("2,2") would have taken for no number.
   */
  public static long of(MultivaluedMap<String, String> headers) {
    String value = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
    try {
      return value == null || value.isEmpty() ? -1 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
