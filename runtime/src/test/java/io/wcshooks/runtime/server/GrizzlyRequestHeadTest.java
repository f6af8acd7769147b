package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.HeapBuffer;
import org.glassfish.grizzly.memory.MemoryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrizzlyRequestHeadTest {
  private static final String LINE = "POST /connect HTTP/1.1\r\n";
  private static final String HOST = "Host: x\r\n";

  private static Buffer buffer(String text) {
    return Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static void check(String head, int maxSize) {
    Buffer buffer = buffer(head);
    GrizzlyRequestHead.check(buffer, 0, buffer.limit(), maxSize);
  }

  private static GrizzlyRequestHead.Malformed refused(String head) {
    return assertThrows(GrizzlyRequestHead.Malformed.class, () -> check(head, 8192), head);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      LINE + HOST + "\r\n",
      LINE + HOST + "Content-Length: 2\r\n\r\n{}",
      "POST /connect HTTP/1.1\nHost: x\n\n",
      "POST  /connect  HTTP/1.1\r\n" + HOST + "\r\n",
      "GET /a/b?c=d&e=%20 HTTP/1.0\r\n\r\n",
      "POST /connect HTTP/9.9\r\n" + HOST + "\r\n",
      LINE + HOST + "X-A:\r\nX-B: \t a \t\r\nX-C: caf\u00e9\r\n\r\n",
      LINE + HOST + "!#$%&'*+-.^_`|~0aZ: 1\r\n\r\n",
      LINE + "Host: [::1]:8080\r\n\r\n",
      LINE + "Host: [::ffff:1.2.3.4]\r\n\r\n",
      LINE + "Host: 1.2.3.4:0\r\n\r\n",
      LINE + "Host: x:65535\r\n\r\n",
      LINE + "Host: a-b.c_d~e%41!$&'()*+,;=\r\n\r\n",
      LINE + "Host:  x  \r\n\r\n",
      LINE + "host: x\r\n\r\n",
      "POST http://x:80/connect?a=b HTTP/1.1\r\n" + HOST + "\r\n",
      "POST HTTP://x/connect HTTP/1.1\r\n\r\n",
      "POST /http://x:abc HTTP/1.1\r\n" + HOST + "\r\n"})
  void wellFormedHeadsPass(String head) {
    assertDoesNotThrow(() -> check(head, 8192));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "POST",
      "POST /connect HTTP/1.1",
      LINE + "Host: x",
      LINE + HOST + "X-A: a\r",
      LINE + HOST + "X-A: a\r\n"})
  void aHeadNotYetCompleteWaits(String head) {
    assertDoesNotThrow(() -> check(head, 8192));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "GARBAGE\n",
      "\r\n" + LINE + HOST + "\r\n",
      "\u0001POST /connect HTTP/1.1\r\n\r\n",
      "P@ST /connect HTTP/1.1\r\n\r\n",
      "POST\t/connect HTTP/1.1\r\n\r\n",
      " POST /connect HTTP/1.1\r\n\r\n",
      "POST /con nect HTTP/1.1\r\n\r\n",
      "POST /con\u007fnect HTTP/1.1\r\n\r\n",
      "POST /caf\u00e9 HTTP/1.1\r\n\r\n",
      "POST /connect\r\n\r\n",
      "POST /connect \r\n\r\n",
      "POST /connect HTTP/1.1 \r\n\r\n",
      "POST /connect http/1.1\r\n\r\n",
      "POST /connect HTTP/1.10\r\n\r\n",
      "POST /connect HTTP/1\r\n\r\n",
      "POST /connect HTTP/1.1\rX\n\r\n"})
  void aMalformedRequestLineIs400(String head) {
    GrizzlyRequestHead.Malformed refused = refused(head);
    assertEquals(400, refused.status());
    assertEquals("malformed request line", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "NoColon\r\n\r\n",
      "NoColon\r\n\r\n{\"a\":1}",
      "X-A: a\r\n b\r\n\r\n",
      "X-A: a\r\n\tb\r\n\r\n",
      " X-A: a\r\n\r\n",
      "X-A : a\r\n\r\n",
      ": a\r\n\r\n",
      "X(A): a\r\n\r\n",
      "X\u0000A: a\r\n\r\n",
      "X-A: a\u0001b\r\n\r\n",
      "X-A: a\u0000\r\n\r\n",
      "X-A: a\u007f\r\n\r\n",
      "X-A: a\rb\r\n\r\n",
      "X-A: a\r\r\n\r\n",
      "Host: x\r\nHost: x\r\n\r\n",
      "Host: x\r\nhost: y\r\n\r\n"})
  void aMalformedHeaderLineIs400(String headers) {
    assertEquals(400, refused(LINE + headers).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "x:", "x:abc", "x:-1", "x:+80", "x:1:2", "x:65536", "x:123456", "x:99999999999",
      ":80", "::1", "[::1", "[::1]x", "[]", "[v1.x]", "[::1]:", "user@x", "x y", "x%zz", "x%4", "x/y", "x?y", "x#y",
      "caf\u00e9", "x\ty"})
  void aMalformedHostIs400(String host) {
    GrizzlyRequestHead.Malformed refused = refused(LINE + "Host: " + host + "\r\n\r\n");
    assertEquals(400, refused.status());
    assertEquals("malformed Host header", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x:abc", "x:", "user@x", "[::1"})
  void aMalformedHostInAnAbsoluteTargetIs400(String host) {
    GrizzlyRequestHead.Malformed refused = refused("POST http://" + host + "/connect HTTP/1.1\r\n" + HOST + "\r\n");
    assertEquals("malformed Host header", refused.getMessage());
  }

  @Test
  void aHeadLargerThanTheLimitIs431() {
    String head = LINE + HOST + "X-Pad: " + "a".repeat(100) + "\r\n\r\n";
    assertDoesNotThrow(() -> check(head, head.length()));
    assertEquals(431, assertThrows(GrizzlyRequestHead.Malformed.class, () -> check(head, head.length() - 1)).status());
    // Not complete yet, and already as large as the limit: it cannot end within it.
    String part = head.substring(0, 60);
    assertDoesNotThrow(() -> check(part, 61));
    assertEquals(431, assertThrows(GrizzlyRequestHead.Malformed.class, () -> check(part, 60)).status());
  }

  @Test
  void theHeadIsCheckedFromWhereItStartsToTheLimitGiven() {
    // A second request after the first one's body, its head not complete yet.
    String first = LINE + HOST + "Content-Length: 2\r\n\r\n{}";
    Buffer buffer = buffer(first + LINE + "NoColon\r\n\r\n");
    assertDoesNotThrow(() -> GrizzlyRequestHead.check(buffer, first.length(), first.length() + LINE.length() + 4, 8192));
    assertThrows(GrizzlyRequestHead.Malformed.class,
        () -> GrizzlyRequestHead.check(buffer, first.length(), buffer.limit(), 8192));
  }

  /** A buffer over the head's bytes that counts the reads of them. */
  private static final class CountingBuffer extends HeapBuffer {
    long reads;

    CountingBuffer(String text) {
      super(text.getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
    }

    @Override
    public byte get(int index) {
      reads++;
      return super.get(index);
    }
  }

  @Test
  void aHeadThatComesAByteAtATimeIsReadAsOftenAsOneThatComesWhole() {
    // Close to the largest head the codec takes: it was scanned from its start for each byte.
    StringBuilder text = new StringBuilder(LINE + HOST);
    for (int i = 0; text.length() < 8000; i++) {
      text.append("X-Pad-").append(i).append(": ").append("a".repeat(60)).append("\r\n");
    }
    String head = text.append("\r\n").toString();
    CountingBuffer whole = new CountingBuffer(head);
    new GrizzlyRequestHead(8192).check(whole, 0, head.length());

    CountingBuffer byteByByte = new CountingBuffer(head);
    GrizzlyRequestHead scan = new GrizzlyRequestHead(8192);
    for (int limit = 0; limit <= head.length(); limit++) {
      scan.check(byteByByte, 0, limit);
    }
    assertEquals(whole.reads, byteByByte.reads);
    assertTrue(whole.reads < 3L * head.length(), () -> whole.reads + " reads of " + head.length() + " bytes");
  }

  /** Heads each answered differently, or not at all, when they come whole. */
  static List<String> heads() {
    return List.of(
        LINE + HOST + "Content-Length: 2\r\n\r\n{}",
        "POST /connect HTTP/1.1\nHost: x\n\n",
        "GARBAGE\r\n\r\n",
        "\r\n" + LINE + HOST + "\r\n",
        LINE + "NoColon\r\n\r\n",
        LINE + "X-A: a\r\n b\r\n\r\n",
        LINE + HOST + "X-A: a\rb\r\n\r\n",
        LINE + HOST + "host: y\r\n\r\n",
        LINE + "Host: x:99999\r\n\r\n",
        "POST http://x:abc/connect HTTP/1.1\r\n" + HOST + "\r\n",
        LINE + HOST + "X-Pad: " + "a".repeat(100) + "\r\n\r\n",
        LINE + HOST + "X-Pad: " + "a".repeat(100));
  }

  @ParameterizedTest
  @MethodSource("heads")
  void aHeadInPiecesGetsTheVerdictItGetsWhole(String head) {
    // A limit the last two heads reach: 431 for the one not ended within it.
    int maxSize = 100;
    Buffer whole = buffer(head);
    String verdict = verdict(() -> new GrizzlyRequestHead(maxSize).check(whole, 0, head.length()));
    for (int split = 0; split <= head.length(); split++) {
      GrizzlyRequestHead scan = new GrizzlyRequestHead(maxSize);
      int first = split;
      assertEquals(verdict, verdict(() -> {
        scan.check(whole, 0, first);
        scan.check(whole, 0, head.length());
      }), () -> "split at " + first);
    }
    GrizzlyRequestHead scan = new GrizzlyRequestHead(maxSize);
    assertEquals(verdict, verdict(() -> {
      for (int limit = 0; limit <= head.length(); limit++) {
        scan.check(whole, 0, limit);
      }
    }), "byte by byte");
  }

  private static String verdict(Runnable check) {
    try {
      check.run();
      return "passes";
    } catch (GrizzlyRequestHead.Malformed e) {
      return e.status() + " " + e.getMessage();
    }
  }

  @Test
  void afterAResetTheNextHeadIsCheckedFromItsStart() {
    String first = LINE + HOST + "Content-Length: 2\r\n\r\n{}";
    Buffer buffer = buffer(first + LINE + HOST + "NoColon\r\n\r\n");
    GrizzlyRequestHead scan = new GrizzlyRequestHead(8192);
    scan.check(buffer, 0, first.length());
    scan.reset();
    // The second head's Host is its first: not one too many.
    assertDoesNotThrow(() -> scan.check(buffer, first.length(), first.length() + LINE.length() + HOST.length()));
    assertEquals("a header line without a colon",
        assertThrows(GrizzlyRequestHead.Malformed.class, () -> scan.check(buffer, first.length(), buffer.limit()))
            .getMessage());
  }
}
