package io.wcshooks.runtime.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A fast first look at a hook body that is already known to be valid UTF-8: {@code true} only if
 * it is one JSON object that the strict reader accepts under the limits, {@code false} if it is
 * not or if this scan is not sure. A {@code false} is settled by the strict reader, which gives the
 * exact error; nearly every real body gets a {@code true} here.
 *
 * <p>Why it exists: for a hook without a handler the check is the whole work of the call, and a
 * plain loop over the bytes is a fraction of the code of Jackson's parser. It is compiled sooner
 * and runs faster while the JIT has not finished, which is what the first seconds after a start
 * are made of.
 *
 * <p>It gives up, rather than decide, where the strict reader's rules are subtle: escapes in keys
 * (duplicates are compared byte for byte), a string longer in bytes than the string limit, a
 * number longer than the number limit or with an exponent of more than nine digits, nesting one
 * short of the depth limit, a byte order mark, keys longer than {@value #MAX_KEY_BYTES} bytes,
 * objects of more than {@value #MAX_KEYS} keys.
 */
final class QuickAccept {
  static final int MAX_KEY_BYTES = 1024;
  static final int MAX_KEYS = 256;

  private final byte[] b;
  private final int n;
  private final int maxDepth;
  private final int maxString;
  private final int maxNumber;
  /** The keys of the objects being scanned, innermost last: where each starts and ends in {@code b}. */
  private int[] keyStart = new int[32];
  private int[] keyEnd = new int[32];
  private int keys;

  private QuickAccept(byte[] body, JsonLimits limits) {
    this.b = body;
    this.n = body.length;
    this.maxDepth = limits.maxNestingDepth();
    this.maxString = limits.maxStringLength();
    this.maxNumber = limits.maxNumberLength();
  }

  /** Whether {@code body} (valid UTF-8) is surely one JSON object the strict reader accepts. */
  static boolean accepts(byte[] body, JsonLimits limits) {
    QuickAccept scan = new QuickAccept(body, limits);
    int i = scan.ws(0);
    if (i >= scan.n || body[i] != '{') {
      return false;
    }
    i = scan.object(i, 1);
    return i >= 0 && scan.ws(i) == scan.n;
  }

  private int ws(int i) {
    while (i < n) {
      byte c = b[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return i;
      }
      i++;
    }
    return i;
  }

  /** The index after the value starting at {@code i}, or -1. */
  private int value(int i, int depth) {
    if (i >= n) {
      return -1;
    }
    return switch (b[i]) {
      case '{' -> object(i, depth + 1);
      case '[' -> array(i, depth + 1);
      case '"' -> string(i);
      case 't' -> literal(i, "true");
      case 'f' -> literal(i, "false");
      case 'n' -> literal(i, "null");
      default -> number(i);
    };
  }

  private int object(int i, int depth) {
    if (depth >= maxDepth) {
      return -1;
    }
    int from = keys;
    i = ws(i + 1);
    if (i < n && b[i] == '}') {
      return i + 1;
    }
    while (true) {
      int end = key(i);
      if (end < 0 || !addKey(from, i + 1, end - 1)) {
        return -1;
      }
      i = ws(end);
      if (i >= n || b[i] != ':') {
        return -1;
      }
      i = next(value(ws(i + 1), depth), '}');
      if (i < 0) {
        return -1;
      }
      if (b[i] == ',') {
        i = ws(i + 1);
      } else {
        keys = from;
        return i + 1;
      }
    }
  }

  private int array(int i, int depth) {
    if (depth >= maxDepth) {
      return -1;
    }
    i = ws(i + 1);
    if (i < n && b[i] == ']') {
      return i + 1;
    }
    while (true) {
      i = next(value(i, depth), ']');
      if (i < 0) {
        return -1;
      }
      if (b[i] == ',') {
        i = ws(i + 1);
      } else {
        return i + 1;
      }
    }
  }

  /**
   * What follows a member or element ending before {@code i} (-1: it was malformed): the index of
   * the ',' or {@code close} after it, or -1 for anything else.
   */
  private int next(int i, char close) {
    if (i < 0) {
      return -1;
    }
    i = ws(i);
    return i < n && (b[i] == ',' || b[i] == close) ? i : -1;
  }

  /** A key without escapes or control characters: the index after its closing quote, or -1. */
  private int key(int i) {
    if (i >= n || b[i] != '"') {
      return -1;
    }
    int limit = Math.min(n, i + 1 + MAX_KEY_BYTES);
    for (int j = i + 1; j < limit; j++) {
      byte c = b[j];
      if (c == '"') {
        return j + 1;
      }
      if (c == '\\' || (c >= 0 && c < 0x20)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the key in {@code [start, end)} differs from the other keys of its object (from {@code from} on). */
  private boolean addKey(int from, int start, int end) {
    int length = end - start;
    for (int k = from; k < keys; k++) {
      if (keyEnd[k] - keyStart[k] == length && same(keyStart[k], start, length)) {
        return false;
      }
    }
    if (keys - from >= MAX_KEYS) {
      return false;
    }
    if (keys == keyStart.length) {
      keyStart = java.util.Arrays.copyOf(keyStart, keys * 2);
      keyEnd = java.util.Arrays.copyOf(keyEnd, keys * 2);
    }
    keyStart[keys] = start;
    keyEnd[keys] = end;
    keys++;
    return true;
  }

  private boolean same(int a, int c, int length) {
    for (int k = 0; k < length; k++) {
      if (b[a + k] != b[c + k]) {
        return false;
      }
    }
    return true;
  }

  /** A string value: the index after its closing quote, or -1 (bad escape, control character, too long). */
  private int string(int i) {
    int limit = Math.min(n, i + 1 + maxString);
    int j = i + 1;
    while (j < limit) {
      // Eight plain bytes at a time: SDPs and tokens are long runs without quotes, escapes or controls.
      if (j + 8 <= limit && plain((long) LONGS.get(b, j))) {
        j += 8;
        continue;
      }
      byte c = b[j];
      if (c == '"') {
        return j + 1;
      }
      if (c == '\\') {
        j = escape(j);
        if (j < 0) {
          return -1;
        }
      } else if (c >= 0 && c < 0x20) {
        return -1;
      } else {
        j++;
      }
    }
    return -1;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * Whether none of eight bytes is a quote, a backslash or a control character (below 0x20; bytes
   * from 0x80 up are plain here, UTF-8 is checked apart). A "has a zero byte" test per kind, each
   * exact about whether there is one (it may flag a byte above a match too, which only sends the
   * caller to its byte-by-byte path).
   */
  static boolean plain(long x) {
    long quote = x ^ (ONES * '"');
    long backslash = x ^ (ONES * '\\');
    long found = ((quote - ONES) & ~quote)
        | ((backslash - ONES) & ~backslash)
        | ((x - ONES * 0x20) & ~x);
    return (found & HIGHS) == 0;
  }

  /** The index after the escape at {@code j}, or -1. */
  private int escape(int j) {
    if (j + 1 >= n) {
      return -1;
    }
    switch (b[j + 1]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
        return j + 2;
      case 'u':
        if (j + 5 >= n) {
          return -1;
        }
        for (int k = j + 2; k < j + 6; k++) {
          byte h = b[k];
          if (!(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F')) {
            return -1;
          }
        }
        return j + 6;
      default:
        return -1;
    }
  }

  private int literal(int i, String word) {
    int length = word.length();
    if (i + length > n) {
      return -1;
    }
    for (int k = 0; k < length; k++) {
      if (b[i + k] != word.charAt(k)) {
        return -1;
      }
    }
    return i + length;
  }

  /** A number as RFC 8259 writes it, within the limits: the index after it, or -1. */
  private int number(int i) {
    int start = i;
    if (i < n && b[i] == '-') {
      i++;
    }
    if (i >= n) {
      return -1;
    }
    if (b[i] == '0') {
      i++;
    } else if (b[i] >= '1' && b[i] <= '9') {
      i = digits(i);
    } else {
      return -1;
    }
    if (i < n && b[i] == '.') {
      int fraction = i + 1;
      i = digits(fraction);
      if (i == fraction) {
        return -1;
      }
    }
    if (i < n && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < n && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(exponent);
      if (i == exponent || i - exponent > 9) {
        return -1;
      }
    }
    return i - start <= maxNumber ? i : -1;
  }

  private int digits(int i) {
    while (i < n && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i;
  }
}
