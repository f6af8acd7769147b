package io.wcshooks.runtime.fuzz;

import io.wcshooks.runtime.testing.WcsBodies;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hook bodies for fuzzing: random JSON (any shape, odd strings and numbers), WCS
 * bodies with random mutations, random bytes, and bodies built to hit the limits. A body is a
 * {@link FuzzBody}, whose {@code toString} is a readable, escaped preview for failure reports.
 */
final class FuzzBodies {
  /** Field names WCS sends, which the test handlers read with typed accessors. */
  private static final List<String> WCS_FIELDS = List.of("sessionId", "nodeId", "appKey", "name", "status",
      "hasAudio", "hasVideo", "sipLogin", "sipPort", "published", "custom", "record", "mediaSessionId", "sdp");

  /** Valid bodies the mutations start from. */
  static final List<String> VALID = List.of(
      WcsBodies.CONNECT,
      WcsBodies.STREAM_STATUS,
      "{\"sessionId\":\"сессия-😀\",\"appKey\":\"приложение\",\"name\":\"поток 🎥 №1\",\"ключ\":\"значение\"}",
      "{\"nodeId\":\"n@1\",\"sessionId\":\"s\",\"custom\":{\"a\":[1,2.50,-0,1e3,{\"b\":null}],\"c\":\"\\u00e9\\ud83d\\ude00\"}}",
      "{}");

  private FuzzBodies() {}

  /** A generated body and how it was made. */
  record FuzzBody(String kind, byte[] bytes) {
    @Override
    public String toString() {
      return kind + " (" + bytes.length + " bytes): " + preview(bytes);
    }
  }

  /** Up to 300 characters of a body, with control characters, surrogates and undecodable bytes shown as escapes. */
  static String preview(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    StringBuilder preview = new StringBuilder();
    text.codePoints().limit(300).forEach(c -> {
      if (c < 0x20 || c == 0x7f || c == 0xfffd || (c >= 0xd800 && c <= 0xdfff) || c == 0x2028 || c == 0x2029) {
        preview.append(String.format("\\x{%x}", c));
      } else {
        preview.appendCodePoint(c);
      }
    });
    return preview + (text.codePointCount(0, text.length()) > 300 ? "..." : "");
  }

  // ---- random JSON ----

  static Arbitrary<FuzzBody> randomJson() {
    return RANDOM_JSON;
  }

  private static final Arbitrary<String> KEY = Arbitraries.frequencyOf(
      Tuple.of(3, Arbitraries.of(WCS_FIELDS)),
      Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)));

  /** Values nested at most {@code depth} more levels; built once per depth (building them is the slow part). */
  private static final List<Arbitrary<String>> VALUES = new ArrayList<>();
  private static final List<Arbitrary<String>> OBJECTS = new ArrayList<>();

  static {
    VALUES.add(scalar());
    OBJECTS.add(objectOf(VALUES.get(0)));
    for (int depth = 1; depth <= 3; depth++) {
      Arbitrary<String> inner = VALUES.get(depth - 1);
      Arbitrary<String> object = objectOf(inner);
      Arbitrary<String> array = inner.list().ofMaxSize(6).map(values -> "[" + String.join(",", values) + "]");
      VALUES.add(Arbitraries.frequencyOf(Tuple.of(6, scalar()), Tuple.of(2, object), Tuple.of(1, array)));
      OBJECTS.add(object);
    }
  }

  private static final Arbitrary<FuzzBody> RANDOM_JSON = Combinators.combine(
          Arbitraries.of("", "", " ", "\n", "\r\n\t ", "\u00a0", "\ufeff"),
          Arbitraries.frequencyOf(Tuple.of(8, OBJECTS.get(3)), Tuple.of(1, VALUES.get(2))),
          Arbitraries.of("", "", " ", "\n", "\u0000", "\ufeff"))
      .as((before, json, after) -> new FuzzBody("random JSON", utf8(before + json + after)));

  /** An object of up to 8 members with distinct keys. */
  private static Arbitrary<String> objectOf(Arbitrary<String> values) {
    return Combinators.combine(KEY, values).as(List::of).list().ofMaxSize(8).uniqueElements(member -> member.get(0))
        .map(members -> {
          StringBuilder json = new StringBuilder("{");
          for (List<String> member : members) {
            json.append(json.length() == 1 ? "" : ",").append(quoted(member.get(0), false)).append(':').append(member.get(1));
          }
          return json.append('}').toString();
        });
  }

  private static Arbitrary<String> scalar() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40).map(s -> quoted(s, false))),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12).map(s -> quoted(s, true))),
        Tuple.of(2, Arbitraries.of("п", "Ж", "ё", "я", "№", " ", "😀", "🎥", "👩‍💻", "🇷🇺", "\u200d", "\ufe0f", "é")
            .list().ofMaxSize(20).map(parts -> quoted(String.join("", parts), false))),
        Tuple.of(2, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(60).negate(), BigInteger.TEN.pow(60))
            .map(BigInteger::toString)),
        Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30")).ofScale(12)
            .map(BigDecimal::toPlainString)),
        Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
        Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
        Tuple.of(3, Arbitraries.of("true", "false", "null", "0", "-0", "-0.0", "0.000", "1.10", "1e400", "-1E-400",
            "1E+2", "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809",
            "\"true\"", "\"5060\"", "\"\"", "{}", "[]", "[[]]", "{\"\":{}}")));
  }

  /** A JSON string: escapes only what must be, or every character as {@code \\uXXXX} (lone surrogates too). */
  static String quoted(String value, boolean escapeAll) {
    StringBuilder json = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (escapeAll || c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  // ---- mutations of valid bodies ----

  enum Mutation { TRUNCATE, FLIP_BIT, INSERT_BYTE, INSERT_STRUCTURE, DELETE_RANGE, DUPLICATE_RANGE, REPLACE_BYTE }

  record Edit(Mutation mutation, double at, double length, byte value, int bit) {}

  private static final byte[] STRUCTURE = utf8("{}[]\":,\\ 0-.eE\u0000\u00ff");

  static Arbitrary<FuzzBody> mutated() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.of(Mutation.class),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 0.2),
        Arbitraries.bytes(),
        Arbitraries.integers().between(0, 7)).as(Edit::new);
    return Combinators.combine(Arbitraries.of(VALID), edit.list().ofMinSize(1).ofMaxSize(4))
        .as((body, edits) -> {
          byte[] bytes = utf8(body);
          for (Edit e : edits) {
            bytes = apply(bytes, e);
          }
          return new FuzzBody("mutated " + edits, bytes);
        });
  }

  private static byte[] apply(byte[] bytes, Edit edit) {
    int at = (int) (edit.at() * bytes.length);
    int length = Math.max(1, (int) (edit.length() * bytes.length));
    return switch (edit.mutation()) {
      case TRUNCATE -> Arrays.copyOf(bytes, at);
      case FLIP_BIT -> {
        if (bytes.length == 0) {
          yield bytes;
        }
        byte[] copy = bytes.clone();
        copy[Math.min(at, copy.length - 1)] ^= (byte) (1 << edit.bit());
        yield copy;
      }
      case INSERT_BYTE -> insert(bytes, at, new byte[] {edit.value()});
      case INSERT_STRUCTURE -> insert(bytes, at, new byte[] {STRUCTURE[Math.floorMod(edit.value(), STRUCTURE.length)]});
      case DELETE_RANGE -> {
        int end = Math.min(bytes.length, at + length);
        byte[] copy = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(bytes, end, copy, at, bytes.length - end);
        yield copy;
      }
      case DUPLICATE_RANGE -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + length)));
      case REPLACE_BYTE -> {
        if (bytes.length == 0) {
          yield bytes;
        }
        byte[] copy = bytes.clone();
        copy[Math.min(at, copy.length - 1)] = edit.value();
        yield copy;
      }
    };
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] copy = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, copy, 0, at);
    System.arraycopy(inserted, 0, copy, at, inserted.length);
    System.arraycopy(bytes, at, copy, at + inserted.length, bytes.length - at);
    return copy;
  }

  // ---- random bytes ----

  static Arbitrary<FuzzBody> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000).map(bytes -> new FuzzBody("random bytes", bytes));
  }

  // ---- limits: nesting, number and string lengths, body size, odd unicode ----

  static Arbitrary<FuzzBody> nasty() {
    Arbitrary<Integer> depth = Arbitraries.integers().between(1, 400);
    return Arbitraries.frequencyOf(
        Tuple.of(3, depth.map(d -> body("deep arrays " + d, "{\"custom\":" + "[".repeat(d) + "]".repeat(d) + "}"))),
        Tuple.of(3, depth.map(d -> body("deep objects " + d, "{\"custom\":" + "{\"a\":".repeat(d) + "1" + "}".repeat(d) + "}"))),
        Tuple.of(2, depth.map(d -> body("unclosed nesting " + d, "{\"custom\":" + "[{".repeat(d)))),
        Tuple.of(3, Arbitraries.integers().between(150, 260)
            .map(n -> body("a number of " + n + " digits", "{\"bitrate\":" + "9".repeat(n) + "}"))),
        // Exponents beyond an int included: BigDecimal cannot hold those (400, FuzzFindingsTest).
        Tuple.of(2, Combinators.combine(Arbitraries.of("bitrate", "sipPort", "custom"), Arbitraries.of("e", "E-", "e+"),
                Arbitraries.longs().between(1, 99_999_999_999L))
            .as((field, e, exponent) -> body("a large exponent", "{\"" + field + "\":1" + e + exponent + "}"))),
        Tuple.of(1, Arbitraries.integers().between(1, 400)
            .map(n -> body("a long exponent", "{\"bitrate\":1e" + "0".repeat(n) + "9}"))),
        Tuple.of(2, Arbitraries.integers().between(180, 220)
            .map(n -> body("a long fraction", "{\"bitrate\":0." + "1".repeat(n) + "}"))),
        Tuple.of(3, Arbitraries.of(ODD_UNICODE).map(s -> body("odd unicode",
            "{\"name\":\"" + s + "\",\"sessionId\":\"" + s + "\",\"sdp\":\"" + s + "\",\"" + s + "\":1}"))),
        Tuple.of(2, Arbitraries.of(INVALID_UTF8).map(bytes -> new FuzzBody("invalid UTF-8",
            concat(utf8("{\"name\":\""), bytes, utf8("\"}"))))),
        Tuple.of(1, Arbitraries.integers().between(-2, 2).map(d -> new FuzzBody("a body of the limit " + (d >= 0 ? "+" : "") + d,
            padded((1 << 20) + d)))),
        Tuple.of(1, Arbitraries.integers().between(-2, 2).map(d -> body("a string of the limit " + (d >= 0 ? "+" : "") + d,
            "{\"sdp\":\"" + "v".repeat(512 * 1024 + d) + "\"}"))));
  }

  private static final List<String> ODD_UNICODE = List.of(
      "\\ud800", "\\udfff", "\\ud83d", "\\ude00\\ud83d", "\\ud83d\\ude00", "\\u0000", "\\uffff", "\\ufffe", "\\ufeff",
      "\u2028\u2029", "\u200b\u200d\u200e\u202e", "\ufeff", "\ufffd", "e\u0301\u0301\u0301", "\uD83D\uDC69\u200D\uD83D\uDCBB",
      "\uD83C\uDDF7\uD83C\uDDFA", "\u4e2d\u6587", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\\/\\b\\f\\n\\r\\t",
      "\\u00", "\\uZZZZ", "\\x41", "\\", "\\'", "\u007f\u0080\u009f");

  private static final List<byte[]> INVALID_UTF8 = List.of(
      new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
      new byte[] {(byte) 0xFE, (byte) 0xFF});

  private static FuzzBody body(String kind, String text) {
    return new FuzzBody(kind, utf8(text));
  }

  private static byte[] padded(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    byte[] head = utf8("{\"pad\":0");
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[size - 1] = '}';
    return bytes;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    List<Byte> all = new ArrayList<>();
    for (byte[] part : parts) {
      for (byte b : part) {
        all.add(b);
      }
    }
    byte[] bytes = new byte[all.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = all.get(i);
    }
    return bytes;
  }
}
