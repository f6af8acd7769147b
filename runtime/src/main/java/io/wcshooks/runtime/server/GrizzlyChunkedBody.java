package io.wcshooks.runtime.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ChunkedTransferEncoding;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpTrailer;
import org.glassfish.grizzly.http.ParsingResult;
import org.glassfish.grizzly.http.TransferEncoding;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * A chunked request body (RFC 9112, 7.1), read in place of Grizzly's reading of it, which is
 * lenient where Jetty is not. After a chunk's data Grizzly skips to the next LF, and takes an empty
 * chunk-size line for the last chunk: a chunk followed by other bytes than CRLF was taken with the
 * bytes dropped ({@code 2\r\n{}XX\r\n0\r\n\r\n}) or left the client waiting for the idle timeout
 * ({@code 2\r\n{}XX0\r\n\r\n}). It takes spaces around a chunk size, and trailer lines as its head
 * parser takes header lines (a line without a colon, a folded one). Jetty answers all these 400.
 * And it refuses chunk extensions, which Jetty takes (and ignores).
 *
 * <p>What is taken: a chunk size of hex digits, then perhaps extensions after a semicolon (visible
 * characters, spaces, tabs and bytes above ASCII, ignored); the chunk's data and its CRLF; after
 * the last chunk (size 0), trailer fields, checked as header lines are (see
 * {@link GrizzlyRequestHead}), and the empty line. A line may end in LF alone, as on Jetty. Jetty
 * takes more: empty lines before a chunk size, and a chunk size right after the data, with no line
 * end between; here those are refused, as RFC 9112 has them.
 *
 * <p>A refused body is a {@link GrizzlyRequestHead.Malformed}, which the codec answers 400 and
 * closes the connection. Each byte is looked at once, as it comes (a body may come a byte at a
 * time): where the reading is is kept with the request. The chunk's data is passed on as it comes.
 * Responses are chunked by Grizzly's own encoding.
 */
final class GrizzlyChunkedBody implements TransferEncoding {
  private static final Attribute<Reading> READING =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(GrizzlyChunkedBody.class.getName() + ".reading");

  static final String MALFORMED_SIZE = "malformed chunk size";
  static final String SIZE_TOO_LARGE = "chunk size too large";
  static final String LINE_TOO_LONG = "chunk size line too long";
  static final String CONTROL_IN_EXTENSION = "a control character in a chunk extension";
  static final String CR_WITHOUT_LF = "a CR not followed by LF";
  static final String DATA_NOT_ENDED = "chunk data not followed by CRLF";
  static final String TRAILERS_TOO_LARGE = "trailer fields too large";

  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte HT = '\t';

  private final TransferEncoding grizzly;
  private final int maxLineSize;

  /**
   * @param grizzly Grizzly's chunked encoding, which still writes chunked responses
   * @param maxLineSize the largest chunk-size line (without its line end), and trailer section (the
   *     codec's largest head)
   */
  GrizzlyChunkedBody(TransferEncoding grizzly, int maxLineSize) {
    this.grizzly = grizzly;
    this.maxLineSize = maxLineSize;
  }

  /** Puts a chunked body reader in place of Grizzly's on the codec. */
  static void replaceOn(HttpCodecFilter codec, int maxLineSize) {
    for (TransferEncoding encoding : codec.getTransferEncodings()) {
      if (encoding instanceof ChunkedTransferEncoding) {
        codec.removeTransferEncoding(encoding);
        codec.addTransferEncoding(new GrizzlyChunkedBody(encoding, maxLineSize));
        return;
      }
    }
    throw new IllegalStateException("no chunked transfer encoding on Grizzly's HTTP codec");
  }

  @Override
  public boolean wantDecode(HttpHeader header) {
    return grizzly.wantDecode(header);
  }

  @Override
  public boolean wantEncode(HttpHeader header) {
    return grizzly.wantEncode(header);
  }

  @Override
  public void prepareSerialize(FilterChainContext ctx, HttpHeader header, HttpContent content) {
    grizzly.prepareSerialize(ctx, header, content);
  }

  @Override
  public Buffer serializePacket(FilterChainContext ctx, HttpContent content) {
    return grizzly.serializePacket(ctx, content);
  }

  /**
   * Reads what has come of the body: the data of the chunk it reaches (with what comes after it in
   * {@code input} as the remainder, for the next call), the end of the body (with what comes after
   * it), or, when {@code input} held chunk lines only, nothing, all of it taken.
   *
   * @throws GrizzlyRequestHead.Malformed when the body is not chunked as it should be
   */
  @Override
  public ParsingResult parsePacket(FilterChainContext ctx, HttpHeader header, Buffer input) {
    Reading reading = READING.get(header);
    if (reading == null) {
      reading = new Reading(maxLineSize);
      READING.set(header, reading);
    }
    int limit = input.limit();
    for (int i = input.position(); i < limit; ) {
      if (reading.dataLeft > 0) {
        int data = Math.min(limit - i, reading.dataLeft);
        reading.dataLeft -= data;
        Buffer rest = i + data < limit ? input.split(i + data) : null;
        input.position(i);
        input.shrink();
        return ParsingResult.create(header.httpContentBuilder().content(input).build(), rest);
      }
      if (reading.read(input.get(i++))) {
        HttpTrailer.Builder end = header.httpTrailerBuilder();
        reading.trailers(end);
        return ParsingResult.create(end.build(), i < limit ? input.split(i) : null);
      }
    }
    // Nothing for the request yet: its handler is not started for chunk lines alone (as by Grizzly).
    return ParsingResult.create(null, null, false);
  }

  /** Where the reading of one request's body is, between the pieces of it that come. */
  private static final class Reading {
    private enum State { SIZE_START, SIZE, EXTENSION, SIZE_CR, DATA_END, DATA_CR, TRAILERS }

    private final int maxLineSize;
    private State state = State.SIZE_START;
    private int size;
    private int lineLength;
    /** What is left of the data of the chunk being read. */
    private int dataLeft;
    /** The trailer section so far: the fields checked, and the line being read. */
    private byte[] trailers;
    private int trailersLength;
    private int lineStart;

    Reading(int maxLineSize) {
      this.maxLineSize = maxLineSize;
    }

    /**
     * Takes the next byte outside a chunk's data.
     *
     * @return whether it ended the body
     */
    boolean read(byte b) {
      switch (state) {
        case SIZE_START -> {
          size = hexDigit(b);
          if (size < 0) {
            throw new GrizzlyRequestHead.Malformed(MALFORMED_SIZE);
          }
          lineLength = 1;
          state = State.SIZE;
        }
        case SIZE -> {
          int digit = hexDigit(b);
          if (digit >= 0) {
            countLine();
            if (size > Integer.MAX_VALUE >> 4) {
              throw new GrizzlyRequestHead.Malformed(SIZE_TOO_LARGE);
            }
            size = size << 4 | digit;
          } else if (b == ';') {
            countLine();
            state = State.EXTENSION;
          } else {
            endSizeLine(b, MALFORMED_SIZE);
          }
        }
        case EXTENSION -> {
          if (b == CR || b == LF) {
            endSizeLine(b, null);
          } else if ((b >= 0 && b < ' ' && b != HT) || b == 0x7F) {
            throw new GrizzlyRequestHead.Malformed(CONTROL_IN_EXTENSION);
          } else {
            countLine();
          }
        }
        case SIZE_CR -> {
          if (b != LF) {
            throw new GrizzlyRequestHead.Malformed(CR_WITHOUT_LF);
          }
          startChunk();
        }
        case DATA_END -> {
          if (b == CR) {
            state = State.DATA_CR;
          } else if (b == LF) {
            state = State.SIZE_START;
          } else {
            throw new GrizzlyRequestHead.Malformed(DATA_NOT_ENDED);
          }
        }
        case DATA_CR -> {
          if (b != LF) {
            throw new GrizzlyRequestHead.Malformed(DATA_NOT_ENDED);
          }
          state = State.SIZE_START;
        }
        case TRAILERS -> {
          return readTrailers(b);
        }
      }
      return false;
    }

    private void countLine() {
      if (++lineLength > maxLineSize) {
        throw new GrizzlyRequestHead.Malformed(LINE_TOO_LONG);
      }
    }

    /** A CR or LF ends the chunk-size line (not counted in its length); anything else is {@code malformed}. */
    private void endSizeLine(byte b, String malformed) {
      if (b == CR) {
        state = State.SIZE_CR;
      } else if (b == LF) {
        startChunk();
      } else {
        throw new GrizzlyRequestHead.Malformed(malformed);
      }
    }

    private void startChunk() {
      if (size == 0) {
        state = State.TRAILERS;
        trailers = new byte[64];
      } else {
        dataLeft = size;
        state = State.DATA_END;
      }
    }

    /** @return whether the byte ended the trailer section, and with it the body */
    private boolean readTrailers(byte b) {
      if (trailersLength == maxLineSize) {
        throw new GrizzlyRequestHead.Malformed(TRAILERS_TOO_LARGE);
      }
      if (b != LF && trailersLength > lineStart && trailers[trailersLength - 1] == CR) {
        // Refused at once, as on Jetty, not when the line ends: a client may never end it.
        throw new GrizzlyRequestHead.Malformed(CR_WITHOUT_LF);
      }
      if (trailersLength == trailers.length) {
        trailers = Arrays.copyOf(trailers, Math.min(trailers.length * 2, maxLineSize));
      }
      trailers[trailersLength++] = b;
      if (b != LF) {
        return false;
      }
      int lineEnd = trailersLength - 1;
      if (lineEnd > lineStart && trailers[lineEnd - 1] == CR) {
        lineEnd--;
      }
      if (lineEnd == lineStart) {
        return true;
      }
      Buffer line = Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, trailers, lineStart, lineEnd - lineStart);
      GrizzlyRequestHead.checkHeaderLine(line, 0, line.limit());
      lineStart = trailersLength;
      return false;
    }

    /** Adds the trailer fields read (checked lines, each {@code name ":" value}). */
    void trailers(HttpTrailer.Builder end) {
      int line = 0;
      while (line < lineStart) {
        int lf = line;
        while (trailers[lf] != LF) {
          lf++;
        }
        int colon = line;
        while (trailers[colon] != ':') {
          colon++;
        }
        int value = colon + 1;
        int valueEnd = lf > line && trailers[lf - 1] == CR ? lf - 1 : lf;
        while (value < valueEnd && isSpaceOrTab(trailers[value])) {
          value++;
        }
        while (valueEnd > value && isSpaceOrTab(trailers[valueEnd - 1])) {
          valueEnd--;
        }
        end.header(new String(trailers, line, colon - line, StandardCharsets.ISO_8859_1),
            new String(trailers, value, valueEnd - value, StandardCharsets.ISO_8859_1));
        line = lf + 1;
      }
    }

    private static int hexDigit(byte b) {
      if (b >= '0' && b <= '9') {
        return b - '0';
      }
      if (b >= 'a' && b <= 'f') {
        return b - 'a' + 10;
      }
      if (b >= 'A' && b <= 'F') {
        return b - 'A' + 10;
      }
      return -1;
    }

    private static boolean isSpaceOrTab(byte b) {
      return b == ' ' || b == HT;
    }
  }
}
