package io.wcshooks.runtime.server;

import org.glassfish.grizzly.Buffer;

/**
 * The syntax of a request head (RFC 9112: the request line, the header lines, the empty line that
 * ends them), checked on the bytes Grizzly's HTTP codec is about to parse, for what the codec gets
 * wrong. It looks for a space to end the method and a colon to end a header name across line ends,
 * so a request line without spaces ({@code GARBAGE}) or a header line without a colon left the
 * client waiting for the idle timeout, and a header name could run on into the body. It takes a
 * control character for part of the method, joins folded lines (obs-fold, which RFC 9112 says a
 * server must reject or replace by spaces) and drops a bare CR, and answers a request line with a
 * space in the path 505. And the Host header it takes as it comes: a port that is no number made
 * Jersey's container fail with a 500. Jetty answers all these 400.
 *
 * <p>Lines end in LF or CRLF, as on both containers. Runs of spaces between the parts of the
 * request line are allowed, as Jetty allows them.
 *
 * <p>An instance follows one connection's head as it comes: each call looks only at the bytes that
 * came since the last, and each line is checked once, when its end comes. A head sent a byte at a
 * time is read as often as one that comes whole (rescanning it from its start on every read cost
 * the square of its size: 33 million reads for an 8 KB head).
 */
final class GrizzlyRequestHead {
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte SP = ' ';
  private static final byte HT = '\t';

  /** The reason of a request head larger than the codec takes, as Jetty gives it. */
  static final String TOO_LARGE = "Request Header Fields Too Large";

  private final int maxSize;
  /** How much of the head, from its start, has been looked at: the next call goes on from there. */
  private int scanned;
  /** Where the line not yet ended starts, from the head's start. */
  private int line;
  private boolean hostSeen;
  /** Whether the empty line that ends the head has come: there is nothing more to check. */
  private boolean complete;

  /** A check of the heads that come on one connection, one after the other (see {@link #reset()}). */
  GrizzlyRequestHead(int maxSize) {
    this.maxSize = maxSize;
  }

  /**
   * A request refused for its syntax (its head, or its chunked body, see
   * {@link GrizzlyChunkedBody}): the status and a reason that is safe to show (fixed text, nothing
   * taken from the request). It has no stack trace: Grizzly logs it at FINE.
   */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    Malformed(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }

    Malformed(String reason) {
      this(400, reason);
    }

    int status() {
      return status;
    }
  }

  /**
   * Checks a head that has come whole or in part, in one go: the head that starts at
   * {@code start} in {@code input}, as far as it has come (up to {@code limit}).
   *
   * @throws Malformed as {@link #check(Buffer, int, int)}
   */
  static void check(Buffer input, int start, int limit, int maxSize) {
    new GrizzlyRequestHead(maxSize).check(input, start, limit);
  }

  /**
   * Checks what has come of the head that starts at {@code start} in {@code input} since the last
   * call, up to {@code limit}: each line that has ended, up to the empty line that ends the head.
   * The bytes from {@code start} are those of the last call, and more.
   *
   * @throws Malformed when a line is malformed (400), or when the head is larger than
   *     {@code maxSize} (431; the codec would answer 400)
   */
  void check(Buffer input, int start, int limit) {
    if (complete) {
      return;
    }
    int end = Math.min(limit, start + maxSize);
    for (int lf = start + scanned; lf < end; lf++) {
      if (input.get(lf) != LF) {
        continue;
      }
      int from = start + line;
      int lineEnd = lf > from && input.get(lf - 1) == CR ? lf - 1 : lf;
      if (line == 0) {
        checkRequestLine(input, from, lineEnd);
      } else if (lineEnd == from) {
        complete = true;
        return;
      } else if (checkHeaderLine(input, from, lineEnd)) {
        if (hostSeen) {
          throw new Malformed("more than one Host header");
        }
        hostSeen = true;
      }
      line = lf + 1 - start;
    }
    scanned = end - start;
    if (limit - start >= maxSize) {
      throw new Malformed(431, TOO_LARGE);
    }
  }

  /** Makes ready for the next head on the connection, once this one has been parsed. */
  void reset() {
    scanned = 0;
    line = 0;
    hostSeen = false;
    complete = false;
  }

  /** {@code method SP request-target SP HTTP/d.d}. */
  private static void checkRequestLine(Buffer input, int from, int to) {
    int i = from;
    while (i < to && isTokenChar(input.get(i))) {
      i++;
    }
    if (i == from || i == to || input.get(i) != SP) {
      throw new Malformed("malformed request line");
    }
    i = skipSpaces(input, i, to);
    int target = i;
    while (i < to && isVisible(input.get(i))) {
      i++;
    }
    if (i == target || i == to || input.get(i) != SP) {
      throw new Malformed("malformed request line");
    }
    checkAbsoluteFormHost(input, target, i);
    i = skipSpaces(input, i, to);
    if (!isVersion(input, i, to)) {
      throw new Malformed("malformed request line");
    }
  }

  private static int skipSpaces(Buffer input, int from, int to) {
    int i = from;
    while (i < to && input.get(i) == SP) {
      i++;
    }
    return i;
  }

  /**
   * {@code HTTP/d.d}. A version of that form the codec does not speak is its 505; anything else
   * is no version.
   */
  private static boolean isVersion(Buffer input, int from, int to) {
    return to - from == 8 && input.get(from) == 'H' && input.get(from + 1) == 'T' && input.get(from + 2) == 'T'
        && input.get(from + 3) == 'P' && input.get(from + 4) == '/' && isDigit(input.get(from + 5))
        && input.get(from + 6) == '.' && isDigit(input.get(from + 7));
  }

  /**
   * A target in absolute form ({@code http://host:port/path}) gives the codec its Host, as it
   * finds it: after the first {@code ://} of a target that starts with {@code http}.
   */
  private static void checkAbsoluteFormHost(Buffer input, int from, int to) {
    if (to - from < 7 || !startsWithIgnoreCase(input, from, "http")) {
      return;
    }
    for (int i = from + 4; i + 3 <= to; i++) {
      if (input.get(i) == ':' && input.get(i + 1) == '/' && input.get(i + 2) == '/') {
        int host = i + 3;
        int end = host;
        while (end < to && input.get(end) != '/' && input.get(end) != '?') {
          end++;
        }
        checkHost(input, host, end);
        return;
      }
    }
  }

  /**
   * {@code name ":" value}: a name of token characters, no space before the colon, a value of
   * visible characters, spaces, tabs and bytes above ASCII (as both containers take them).
   *
   * @return whether it is the Host header (whose value is checked here too)
   */
  static boolean checkHeaderLine(Buffer input, int from, int to) {
    byte first = input.get(from);
    if (first == SP || first == HT) {
      throw new Malformed("folded header lines are not supported");
    }
    int colon = from;
    while (colon < to && isTokenChar(input.get(colon))) {
      colon++;
    }
    if (colon == to) {
      throw new Malformed("a header line without a colon");
    }
    if (colon == from || input.get(colon) != ':') {
      throw new Malformed(indexOf(input, (byte) ':', colon, to) < 0 ? "a header line without a colon"
          : "malformed header name");
    }
    for (int i = colon + 1; i < to; i++) {
      int b = input.get(i) & 0xFF;
      if (b == CR) {
        throw new Malformed("a CR not followed by LF");
      }
      if (b < SP && b != HT || b == 0x7F) {
        throw new Malformed("a control character in a header value");
      }
    }
    boolean host = colon - from == 4 && startsWithIgnoreCase(input, from, "host");
    if (host) {
      int value = colon + 1;
      int end = to;
      while (value < end && isSpaceOrTab(input.get(value))) {
        value++;
      }
      while (end > value && isSpaceOrTab(input.get(end - 1))) {
        end--;
      }
      checkHost(input, value, end);
    }
    return host;
  }

  /**
   * RFC 3986's {@code host [":" port]}: an IPv6 address in brackets or a name of unreserved
   * characters, sub-delimiters and percent escapes; a port of digits up to 65535, not empty (as
   * Jetty has it).
   */
  private static void checkHost(Buffer input, int from, int to) {
    int i = from;
    if (i < to && input.get(i) == '[') {
      i++;
      while (i < to && (isHexDigit(input.get(i)) || input.get(i) == ':' || input.get(i) == '.')) {
        i++;
      }
      if (i == from + 1 || i == to || input.get(i) != ']') {
        throw new Malformed("malformed Host header");
      }
      i++;
    } else {
      while (i < to && isRegNameChar(input.get(i))) {
        if (input.get(i) == '%' && (i + 2 >= to || !isHexDigit(input.get(i + 1)) || !isHexDigit(input.get(i + 2)))) {
          throw new Malformed("malformed Host header");
        }
        i += input.get(i) == '%' ? 3 : 1;
      }
      if (i == from) {
        throw new Malformed("malformed Host header");
      }
    }
    if (i == to) {
      return;
    }
    if (input.get(i) != ':' || to - i < 2 || to - i > 6) {
      throw new Malformed("malformed Host header");
    }
    int port = 0;
    for (int p = i + 1; p < to; p++) {
      if (!isDigit(input.get(p))) {
        throw new Malformed("malformed Host header");
      }
      port = port * 10 + input.get(p) - '0';
    }
    if (port > 65535) {
      throw new Malformed("malformed Host header");
    }
  }

  private static int indexOf(Buffer input, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (input.get(i) == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWithIgnoreCase(Buffer input, int from, String lowerCase) {
    for (int i = 0; i < lowerCase.length(); i++) {
      if (Character.toLowerCase((char) input.get(from + i)) != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** RFC 9110's tchar. */
  private static boolean isTokenChar(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
  }

  /** Printable ASCII, no space: what a request target is made of. */
  private static boolean isVisible(byte b) {
    return b > SP && b < 0x7F;
  }

  /** RFC 3986's unreserved and sub-delims, and the percent sign of an escape. */
  private static boolean isRegNameChar(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || "-._~!$&'()*+,;=%".indexOf(b) >= 0;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isHexDigit(byte b) {
    return isDigit(b) || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
  }

  private static boolean isSpaceOrTab(byte b) {
    return b == SP || b == HT;
  }
}
