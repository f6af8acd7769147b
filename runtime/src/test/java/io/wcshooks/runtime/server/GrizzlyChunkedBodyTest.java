package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.http.ChunkedTransferEncoding;
import org.glassfish.grizzly.http.FixedLengthTransferEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.HttpTrailer;
import org.glassfish.grizzly.http.ParsingResult;
import org.glassfish.grizzly.http.TransferEncoding;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GrizzlyChunkedBodyTest {
  private static final String BODY = "{\"sessionId\":\"s1\",\"a\":1}";
  private static final int MAX_LINE = 100;

  /** What a body was read as: its data, and its trailer fields as {@code name: value} lines. */
  record Read(String data, List<String> trailers) {}

  /**
   * Reads the pieces one after the other as the codec passes them: a piece, then what is left of
   * it after each chunk's data, until the body ends.
   */
  private static Read read(List<String> pieces) {
    GrizzlyChunkedBody chunked = new GrizzlyChunkedBody(new ChunkedTransferEncoding(MAX_LINE), MAX_LINE);
    HttpRequestPacket request = HttpRequestPacket.builder().method("POST").uri("/connect").protocol("HTTP/1.1")
        .chunked(true).build();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (String piece : pieces) {
      Buffer input = Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, piece.getBytes(StandardCharsets.ISO_8859_1));
      while (input != null) {
        ParsingResult result = chunked.parsePacket(null, request, input);
        HttpContent content = result.getHttpContent();
        input = result.getRemainderBuffer();
        if (content == null) {
          assertNull(input, "all of a piece without data is taken");
          continue;
        }
        Buffer bytes = content.getContent();
        while (bytes.hasRemaining()) {
          data.write(bytes.get());
        }
        if (content.isLast()) {
          assertNull(input, "nothing after the body");
          List<String> trailers = new ArrayList<>();
          HttpTrailer trailer = (HttpTrailer) content;
          for (String name : trailer.getHeaders().names()) {
            trailers.add(name + ": " + trailer.getHeader(name));
          }
          return new Read(data.toString(StandardCharsets.ISO_8859_1), trailers);
        }
      }
    }
    return new Read(data.toString(StandardCharsets.ISO_8859_1), null);
  }

  private static Read read(String body) {
    return read(List.of(body));
  }

  static List<Arguments> wellFormed() {
    String half = BODY.substring(0, 10);
    String rest = BODY.substring(10);
    return List.of(
        Arguments.of("18\r\n" + BODY + "\r\n0\r\n\r\n", List.of()),
        Arguments.of("a\r\n" + half + "\r\nE\r\n" + rest + "\r\n0\r\n\r\n", List.of()),
        Arguments.of("18\n" + BODY + "\n0\n\n", List.of()),
        Arguments.of("18;a=b\r\n" + BODY + "\r\n0;c;d=\"e f\"\t\u00e9\r\n\r\n", List.of()),
        Arguments.of("0018\r\n" + BODY + "\r\n000\r\n\r\n", List.of()),
        Arguments.of("18\r\n" + BODY + "\r\n0\r\nX-A: 1\r\nX-B:\t two words \r\n\r\n", List.of("X-A: 1", "X-B: two words")),
        Arguments.of("18\r\n" + BODY + "\r\n0\r\nX-A: 1\n\n", List.of("X-A: 1")));
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void aWellFormedBodyIsReadInAnyPieces(String body, List<String> trailers) {
    Read whole = read(body);
    assertEquals(BODY, whole.data());
    assertEquals(trailers, whole.trailers());
    for (int split = 0; split <= body.length(); split++) {
      assertEquals(whole, read(List.of(body.substring(0, split), body.substring(split))), "split at " + split);
    }
    List<String> bytes = new ArrayList<>();
    for (char c : body.toCharArray()) {
      bytes.add(String.valueOf(c));
    }
    assertEquals(whole, read(bytes), "byte by byte");
  }

  @Test
  void theDataOfAChunkIsPassedOnAsItComes() {
    // Not held back until the chunk has come whole.
    assertEquals(new Read(BODY.substring(0, 5), null), read("18\r\n" + BODY.substring(0, 5)));
  }

  static List<Arguments> malformed() {
    String data = "18\r\n" + BODY;
    return List.of(
        // Grizzly waited for the idle timeout on this one (the XX0 line skipped, the empty line taken
        // for the last chunk's), and took the next with XX dropped.
        Arguments.of("2\r\n{}XX0\r\n\r\n", "2\r\n{}X", GrizzlyChunkedBody.DATA_NOT_ENDED),
        Arguments.of("2\r\n{}XX\r\n0\r\n\r\n", "2\r\n{}X", GrizzlyChunkedBody.DATA_NOT_ENDED),
        Arguments.of(data + "0\r\n\r\n", data + "0", GrizzlyChunkedBody.DATA_NOT_ENDED),
        Arguments.of(data + "\r0\r\n\r\n", data + "\r0", GrizzlyChunkedBody.DATA_NOT_ENDED),
        Arguments.of(data + "\r\r\n0\r\n\r\n", data + "\r\r", GrizzlyChunkedBody.DATA_NOT_ENDED),
        Arguments.of(data + "\r\n\r\n0\r\n\r\n", data + "\r\n\r", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("\r\n" + data + "\r\n0\r\n\r\n", "\r", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of(" 18\r\n" + BODY + "\r\n0\r\n\r\n", " ", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("18 \r\n" + BODY + "\r\n0\r\n\r\n", "18 ", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("18\t\r\n" + BODY + "\r\n0\r\n\r\n", "18\t", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("18 ;a\r\n" + BODY + "\r\n0\r\n\r\n", "18 ", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("0x18\r\n" + BODY + "\r\n0\r\n\r\n", "0x", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("+18\r\n" + BODY + "\r\n0\r\n\r\n", "+", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("zz\r\n" + BODY + "\r\n0\r\n\r\n", "z", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("\r\n", "\r", GrizzlyChunkedBody.MALFORMED_SIZE),
        Arguments.of("18\rX\n" + BODY, "18\rX", GrizzlyChunkedBody.CR_WITHOUT_LF),
        Arguments.of("18;a\rb\r\n" + BODY, "18;a\rb", GrizzlyChunkedBody.CR_WITHOUT_LF),
        Arguments.of("18;a\u0001\r\n" + BODY, "18;a\u0001", GrizzlyChunkedBody.CONTROL_IN_EXTENSION),
        Arguments.of("18;a\u007f\r\n" + BODY, "18;a\u007f", GrizzlyChunkedBody.CONTROL_IN_EXTENSION),
        Arguments.of("80000000\r\n", "80000000", GrizzlyChunkedBody.SIZE_TOO_LARGE),
        Arguments.of("18;" + "a".repeat(MAX_LINE) + "\r\n", "18;" + "a".repeat(MAX_LINE - 2), GrizzlyChunkedBody.LINE_TOO_LONG),
        Arguments.of("0".repeat(MAX_LINE + 1) + "18\r\n", "0".repeat(MAX_LINE + 1), GrizzlyChunkedBody.LINE_TOO_LONG),
        Arguments.of(data + "\r\n0\r\nNoColon\r\n\r\n", data + "\r\n0\r\nNoColon\r\n", "a header line without a colon"),
        Arguments.of(data + "\r\n0\r\nX-A: 1\r\n 2\r\n\r\n", data + "\r\n0\r\nX-A: 1\r\n 2\r\n",
            "folded header lines are not supported"),
        Arguments.of(data + "\r\n0\r\nX-A : 1\r\n\r\n", data + "\r\n0\r\nX-A : 1\r\n", "malformed header name"),
        Arguments.of(data + "\r\n0\r\n\rX", data + "\r\n0\r\n\rX", GrizzlyChunkedBody.CR_WITHOUT_LF),
        Arguments.of(data + "\r\n0\r\nX-A: a\rb\r\n\r\n", data + "\r\n0\r\nX-A: a\rb", GrizzlyChunkedBody.CR_WITHOUT_LF),
        Arguments.of(data + "\r\n0\r\nX-A: " + "a".repeat(MAX_LINE) + "\r\n\r\n",
            data + "\r\n0\r\nX-A: " + "a".repeat(MAX_LINE - 4), GrizzlyChunkedBody.TRAILERS_TOO_LARGE));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedBodyIsRefusedAsSoonAsTheByteThatBreaksItComes(String body, String upTo, String reason) {
    assertTrue(body.startsWith(upTo), upTo);
    assertEquals(reason, refused(List.of(body)).getMessage());
    // Fed a byte at a time: not a byte before, whatever comes after.
    List<String> bytes = new ArrayList<>();
    for (char c : upTo.toCharArray()) {
      bytes.add(String.valueOf(c));
    }
    GrizzlyRequestHead.Malformed refused = refused(bytes);
    assertEquals(reason, refused.getMessage());
    assertEquals(400, refused.status());
    read(bytes.subList(0, bytes.size() - 1));
  }

  private static GrizzlyRequestHead.Malformed refused(List<String> pieces) {
    return assertThrows(GrizzlyRequestHead.Malformed.class, () -> read(pieces));
  }

  @Test
  void itTakesThePlaceOfGrizzlysOwnAndLeavesTheChunkedAnswersToIt() {
    @SuppressWarnings("deprecation") // Grizzly 4.0.2's codec has no constructor that is not deprecated
    HttpServerFilter codec = new HttpServerFilter();
    GrizzlyChunkedBody.replaceOn(codec, MAX_LINE);
    TransferEncoding[] encodings = codec.getTransferEncodings();
    assertEquals(2, encodings.length);
    assertTrue(encodings[0] instanceof FixedLengthTransferEncoding);
    assertTrue(encodings[1] instanceof GrizzlyChunkedBody);
    HttpRequestPacket request = HttpRequestPacket.builder().method("POST").uri("/").protocol("HTTP/1.1").build();
    HttpResponsePacket response = HttpResponsePacket.builder(request).protocol("HTTP/1.1").chunked(true).build();
    assertTrue(encodings[1].wantEncode(response));
    encodings[1].prepareSerialize(null, response, HttpContent.builder(response).build());
    assertEquals("chunked", response.getHeader("Transfer-Encoding"));
  }

  @Test
  void aLineAsLongAsTheLimitIsTaken() {
    String extension = ";" + "a".repeat(MAX_LINE - 3);
    assertEquals(BODY, read("18" + extension + "\r\n" + BODY + "\r\n0" + extension + "a\r\n\r\n").data());
    // The trailer section with its line ends, the empty line's too.
    String trailer = "X-A: " + "a".repeat(MAX_LINE - 9);
    assertEquals(List.of(trailer), read("18\r\n" + BODY + "\r\n0\r\n" + trailer + "\r\n\r\n").trailers());
  }
}
