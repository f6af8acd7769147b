package io.wcshooks.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration hook bodies are read and written with, chosen so that an echo is
 * exact: numbers keep their text (every digit, trailing zeros, exponent form), big integers stay
 * {@code BigInteger}, objects keep their key order, nulls stay nulls. Input that a strict reader
 * would guess at (duplicate keys, trailing content) is rejected instead.
 */
public final class HookJson {
  /** The reason a body without bytes (or only whitespace) is refused with. */
  public static final String EMPTY_BODY = "the body is empty; a hook body is a JSON object";

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final JsonFactory factory;
  /**
   * The same without the parser's duplicate detection, for building trees: {@link TreeReader}
   * finds duplicates itself from the object it builds, where the parser would keep a set of names
   * per object (a sixth of a read, measured).
   */
  private final JsonFactory treeFactory;
  private final StreamReadConstraints constraints;
  private final JsonLimits limits;
  private final int maxStringLength;
  /** Built on first use: bodies are read and written with the factory alone (see {@link #mapper()}). */
  private volatile ObjectMapper mapper;

  /**
   * @param limits how deep, long and large a body may be
   */
  public HookJson(JsonLimits limits) {
    this.limits = limits;
    this.maxStringLength = limits.maxStringLength();
    this.constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .build();
    // Not COMBINE_UNICODE_SURROGATES_IN_UTF8, which would write emoji raw: jackson-core 2.18 pairs a
    // lone high surrogate with the next character under it. Escaped pairs are the same text.
    this.factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(constraints)
        .build();
    this.treeFactory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .build();
  }

  /**
   * A mapper with this configuration, for Jersey's Jackson provider. Built on first use: an
   * {@code ObjectMapper} takes a fifth of a second to build, which a server that only reads and
   * writes trees need not pay before its first answer.
   */
  public ObjectMapper mapper() {
    ObjectMapper built = mapper;
    if (built == null) {
      synchronized (this) {
        if (mapper == null) {
          JsonMapper configured = JsonMapper.builder()
              .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build();
          configured.getFactory().setStreamReadConstraints(constraints);
          mapper = configured;
        }
        built = mapper;
      }
    }
    return built;
  }

  /**
   * Parses a hook body, which must be one JSON object.
   *
   * @throws MalformedJsonException with a message fit for the caller when it is not
   */
  public ObjectNode readObject(byte[] body) {
    return (ObjectNode) read(body, true);
  }

  /**
   * Checks a hook body exactly as {@link #readObject} would (same limits, same errors) without
   * building the tree: strings are skipped, not decoded, which is most of the work for bodies with
   * an SDP. For a hook whose answer is the body as received.
   *
   * @throws MalformedJsonException exactly when {@link #readObject} would, with the same message
   */
  public void validateObject(byte[] body) {
    // Nearly every body is settled by the quick scan; the rest, the strict reader decides, with its
    // exact error. UTF-8 comes first in both, so the scan may take it as given.
    requireUtf8(body);
    if (QuickAccept.accepts(body, limits)) {
      return;
    }
    // Strings are not measured when skipped; a body no longer than the string limit cannot hold one
    // that is too long, a longer one (rare) is read whole.
    read(body, body.length > maxStringLength);
  }

  private JsonNode read(byte[] body, boolean tree) {
    if (!tree) {
      return parse(body, factory, false);
    }
    try {
      return parse(body, treeFactory, true);
    } catch (MalformedJsonException | TreeReader.DuplicateName relaxed) {
      // Only a bad body gets here. The relaxed reader may stop at a duplicate name's malformed value
      // before it sees the name twice; the strict one stops at the name, as it always has.
      parse(body, factory, true);
      throw relaxed instanceof MalformedJsonException malformed ? malformed
          : new IllegalStateException("the strict reader accepted a body with a duplicate name");
    }
  }

  private JsonNode parse(byte[] body, JsonFactory with, boolean tree) {
    if (body.length == 0) {
      throw new MalformedJsonException(EMPTY_BODY);
    }
    requireUtf8(body);
    requireNoLeadingNul(body);
    JsonNode root;
    try (JsonParser parser = with.createParser(body)) {
      if (parser.nextToken() == null) {
        throw new MalformedJsonException(EMPTY_BODY);
      }
      root = tree ? TreeReader.value(parser) : TreeReader.skip(parser);
      if (parser.nextToken() != null) {
        throw new MalformedJsonException("trailing content after the JSON object at line "
            + parser.currentTokenLocation().getLineNr() + ", column " + parser.currentTokenLocation().getColumnNr());
      }
    } catch (StreamConstraintsException e) {
      throw new MalformedJsonException("the body exceeds a limit: " + plain(e.getOriginalMessage()));
    } catch (NumberFormatException | ArithmeticException e) {
      // A short number can still be beyond BigDecimal: an exponent past 32 bits (1e9999999999).
      throw new MalformedJsonException("a number in the body is out of range (its exponent is beyond 32 bits)");
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException("malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + plain(e.getOriginalMessage()));
    } catch (CharConversionException e) {
      // Jackson took the body for UTF-16 or UTF-32; it is UTF-8 (checked above), so it is malformed.
      throw new MalformedJsonException("malformed JSON: the body does not read as UTF-8 JSON");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!root.isObject()) {
      throw new MalformedJsonException("a hook body is a JSON object, not " + describe(root));
    }
    return root;
  }

  /** Writes a tree exactly, as UTF-8. */
  public byte[] write(JsonNode tree) {
    return write(tree, 256);
  }

  /**
   * Writes a tree exactly, as UTF-8, into a buffer of {@code expectedBytes} to begin with: an answer
   * sized from its request's body is written without growing the buffer (from 256 bytes, every
   * answer larger than that allocated its bytes twice more on the way out).
   */
  public byte[] write(JsonNode tree, int expectedBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, expectedBytes));
    try (JsonGenerator generator = factory.createGenerator(out)) {
      TreeWriter.write(tree, generator);
    } catch (TreeWriter.NotAPlainTree e) {
      // A value a handler put in that only databind can write (a POJO, binary): the mapper writes it all.
      try {
        return mapper().writeValueAsBytes(tree);
      } catch (JsonProcessingException failed) {
        throw new IllegalArgumentException("cannot write the answer: " + failed.getOriginalMessage(), failed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }


  /**
   * A NUL among the first four bytes makes Jackson's parser read the body as UTF-16 or UTF-32 (and
   * fail with an I/O error, not a JSON one). JSON in UTF-8 has no NUL byte anywhere outside an
   * escape, so such a body is malformed; later NULs the UTF-8 parser reports itself.
   */
  private static void requireNoLeadingNul(byte[] body) {
    for (int i = 0; i < Math.min(4, body.length); i++) {
      if (body[i] == 0) {
        throw new MalformedJsonException("malformed JSON at line 1, column " + (i + 1)
            + ": a NUL byte (JSON text is UTF-8 and has none)");
      }
    }
  }

  /**
   * Jackson's parser accepts some invalid UTF-8 (overlong forms, encoded surrogates), which the raw
   * echo would hand back; the JDK's decoder is strict. ASCII, most bodies, needs no decoding.
   */
  private static void requireUtf8(byte[] body) {
    if (isAscii(body)) {
      return;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new MalformedJsonException("the body is not valid UTF-8");
    }
  }

  /** Whether every byte is below 0x80, eight bytes at a time (this runs on every call). */
  static boolean isAscii(byte[] body) {
    int i = 0;
    for (int end = body.length - Long.BYTES; i <= end; i += Long.BYTES) {
      if (((long) LONGS.get(body, i) & 0x8080808080808080L) != 0) {
        return false;
      }
    }
    for (; i < body.length; i++) {
      if (body[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Jackson's message without what only a Jackson user could act on (feature names, sources). */
  static String plain(String message) {
    String text = message == null ? "invalid JSON" : message;
    for (String cut : new String[] {" (start marker", " (not recognized", ": enable `", ", from `", "\n at [Source"}) {
      int at = text.indexOf(cut);
      if (at >= 0) {
        text = text.substring(0, at) + (cut.equals(", from `") ? ")" : "");
      }
    }
    text = text.replace("`", "");
    return text.contains("com.fasterxml") || text.contains("Feature") ? "invalid JSON" : text;
  }

  private static String describe(JsonNode tree) {
    return switch (tree.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
