package io.wcshooks.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.api.HookFieldException;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.security.HookSecurity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.function.Executable;

/**
 * The fast path's equivalence with Jersey's pipeline, for any deployment of it (the embedded
 * server, the servlet): the same requests, good and bad, sent to a deployment with the fast path
 * and one without, must get the same status, content type, authentication, method and connection
 * headers, and body bytes, and must run a handler alike.
 */
public final class Equivalence {
  /** The secret of {@link #signedCalls()}. */
  public static final String SECRET = "s3cret-Key";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private Equivalence() {}

  /** A request, built against a deployment's base URI (ending in a slash). */
  public record Case(String name, Function<URI, HttpRequest> request) {}

  /** A running deployment of {@code TestHooks}. */
  public interface Deployed extends AutoCloseable {
    URI baseUri();

    /** Whether hook calls take the fast path here. */
    boolean fastPath();

    @Override
    void close();
  }

  /** Deploys hooks with a security, with the fast path or without. */
  @FunctionalInterface
  public interface Deployment {
    Deployed start(TestHooks hooks, HookSecurity security, boolean fastPath);
  }

  /** Sends every case to a deployment with the fast path and one without; the answers must not differ. */
  public static void compare(Deployment deployment, HookSecurity security, List<Case> cases,
      Consumer<TestHooks> handlers) throws Exception {
    TestHooks fastHooks = new TestHooks();
    TestHooks jerseyHooks = new TestHooks();
    handlers.accept(fastHooks);
    handlers.accept(jerseyHooks);
    AtomicInteger fastRuns = countRuns(fastHooks);
    AtomicInteger jerseyRuns = countRuns(jerseyHooks);
    try (Deployed fast = deployment.start(fastHooks, security, true);
        Deployed jersey = deployment.start(jerseyHooks, security, false)) {
      assertEquals(true, fast.fastPath(), "the deployment with the fast path takes it");
      assertEquals(false, jersey.fastPath(), "the deployment without the fast path does not");
      // Every case is sent and checked; the differences are reported together.
      List<Executable> checks = new ArrayList<>();
      for (Case c : cases) {
        int jerseyBefore = jerseyRuns.get();
        HttpResponse<byte[]> expected = sendToReference(c, jersey);
        int jerseyRan = jerseyRuns.get() - jerseyBefore;
        int fastBefore = fastRuns.get();
        HttpResponse<byte[]> actual = send(c, fast);
        int fastRan = fastRuns.get() - fastBefore;
        String what = c.name() + " -> " + expected.statusCode() + " " + new String(expected.body(), StandardCharsets.UTF_8);
        checks.add(() -> {
          assertEquals(expected.statusCode(), actual.statusCode(), what);
          assertEquals(mediaType(expected), mediaType(actual), what);
          assertEquals(jerseyRan, fastRan, what + ": handler runs");
          for (String header : List.of("WWW-Authenticate", "Allow", "Retry-After", "Set-Cookie", "Connection")) {
            assertEquals(expected.headers().allValues(header), actual.headers().allValues(header), what + ": " + header);
          }
          assertArrayEquals(expected.body(), actual.body(),
              () -> what + "\n but the fast path answered " + new String(actual.body(), StandardCharsets.UTF_8));
        });
      }
      assertAll(checks);
    }
  }

  /**
   * Sends every request, as raw bytes on a connection of its own ({@link RawExchange}), to a
   * deployment with the fast path and one without; the answers must not differ.
   */
  public static void compareRaw(Deployment deployment, List<String> requests) throws Exception {
    TestHooks fastHooks = new TestHooks();
    TestHooks jerseyHooks = new TestHooks();
    AtomicInteger fastRuns = countRuns(fastHooks);
    AtomicInteger jerseyRuns = countRuns(jerseyHooks);
    try (Deployed fast = deployment.start(fastHooks, HookSecurity.none(), true);
        Deployed jersey = deployment.start(jerseyHooks, HookSecurity.none(), false)) {
      List<Executable> checks = new ArrayList<>();
      for (String request : requests) {
        String target = request.replace("{base}", jersey.baseUri().getRawPath());
        List<String> expected = RawExchange.send(jersey.baseUri(), target);
        List<String> actual = RawExchange.send(fast.baseUri(), request.replace("{base}", fast.baseUri().getRawPath()));
        int jerseyRan = jerseyRuns.getAndSet(0);
        int fastRan = fastRuns.getAndSet(0);
        checks.add(() -> assertEquals(String.join("\n", expected), String.join("\n", actual), target));
        checks.add(() -> assertEquals(jerseyRan, fastRan, target + ": handler runs"));
      }
      assertAll(checks);
    }
  }

  /**
   * Requests an HTTP client does not send, for {@link #compareRaw}: HTTP/1.0, pipelined and
   * closing calls, 100-continue, an absolute request target, doubled headers. {@code {base}} stands
   * for the base path.
   */
  public static List<String> rawRequests() {
    String body = "{\"sessionId\":\"s1\",\"n\":1.10}";
    String json = "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n";
    List<String> requests = new ArrayList<>();
    for (String hook : List.of("connect", "ConnectionStatusEvent")) {
      String call = "POST {base}" + hook + " HTTP/1.1\r\nHost: localhost\r\n" + json;
      requests.add("POST {base}" + hook + " HTTP/1.0\r\n" + json + "\r\n" + body);
      // Not here: HTTP/1.0 with keep-alive. Jersey's Jetty container writes its answers without a
      // Content-Length, which HTTP/1.0 can then only end by closing the connection; the fast path
      // keeps it open and answers the next call.
      requests.add(call + "Connection: close\r\n\r\n" + body);
      requests.add(call + "\r\n" + body + call + "Connection: close\r\n\r\n" + body);
      requests.add(call + "\r\n{" + call + "Connection: close\r\n\r\n" + body);
      requests.add(call + "Expect: 100-continue\r\nConnection: close\r\n\r\n" + body);
      requests.add(call + "Content-Type: application/json\r\nConnection: close\r\n\r\n" + body);
      requests.add(call + "Accept: application/json\r\nAccept: text/html\r\nConnection: close\r\n\r\n" + body);
      requests.add(call + "Content-Encoding: identity\r\nConnection: close\r\n\r\n" + body);
      requests.add(call + "Authorization: Basic d2NzOnBhc3M=\r\nConnection: close\r\n\r\n" + body);
      requests.add(call.replace("POST {base}", "POST http://localhost{base}") + "Connection: close\r\n\r\n" + body);
      requests.add(call.replace("POST ", "post ") + "Connection: close\r\n\r\n" + body);
      requests.add("POST {base}" + hook + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 0\r\nConnection: close\r\n\r\n");
      requests.add("POST {base}" + hook + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n");
      requests.add("POST {base}" + hook + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
          + ("8000\r\n" + " ".repeat(0x8000) + "\r\n").repeat(33) + "0\r\n\r\n");
      requests.add("GET {base}" + hook + " HTTP/1.0\r\n\r\n");
    }
    requests.add("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    requests.add("GET {base}_health HTTP/1.0\r\n\r\n");
    requests.add("GET {base}_health HTTP/1.1\r\nHost: localhost\r\n\r\nGET {base}_health HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n");
    return requests;
  }

  /** Counts the runs of every handler of {@code hooks}, from now on. */
  private static AtomicInteger countRuns(TestHooks hooks) {
    AtomicInteger runs = new AtomicInteger();
    TestHooks.Handler<TestConnect, HookResult> connect = hooks.connect;
    TestHooks.VoidHandler<TestStreamStatusEvent> streamStatusEvent = hooks.streamStatusEvent;
    TestHooks.Handler<TestStreamStatusEvent, TestStreamStatusEvent> publishStream = hooks.publishStream;
    hooks.connect = request -> {
      runs.incrementAndGet();
      return connect.handle(request);
    };
    hooks.streamStatusEvent = request -> {
      runs.incrementAndGet();
      streamStatusEvent.handle(request);
    };
    hooks.publishStream = request -> {
      runs.incrementAndGet();
      return publishStream.handle(request);
    };
    return runs;
  }

  /** Good and bad requests of every kind, with no handler and no authentication. */
  public static List<Case> requests() {
    List<Case> cases = new ArrayList<>();
    String pretty = " {\n  \"sessionId\" : \"s1\",\n  \"n\" : 1.10e5, \"big\": 123456789012345678901234567890 } ";
    for (String hook : List.of("connect", "publishStream", "StreamStatusEvent", "ConnectionStatusEvent")) {
      cases.add(post(hook, WcsBodies.CONNECT));
      cases.add(post(hook, pretty));
      cases.add(post(hook, "{\"unicode\":\"Привет 👋 \\u00e9\",\"n\":null,\"a\":[1,2.50,-0]}"));
    }
    for (String bad : List.of("", "{", "[1,2]", "42", "{} {}", "{\"a\":1,\"a\":2}", "{\"n\":1e999999999999}",
        "nul", "{\"a\":\"\\ud800\"}")) {
      cases.add(post("connect", bad));
      cases.add(post("ConnectionStatusEvent", bad));
    }
    cases.add(post("connect", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    cases.add(post("connect", new byte[(1 << 20) + 1]));
    cases.add(post("connect", "{\"deep\":" + "[".repeat(100) + "]".repeat(100) + "}"));
    cases.add(new Case("chunked", base -> HttpRequest.newBuilder(base.resolve("connect"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8))))
        .build()));
    for (String contentType : List.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
        "application/json;charset=ISO-8859-1", "text/plain", "application/xml", "application/json-patch+json")) {
      cases.add(post("connect", WcsBodies.CONNECT, "Content-Type", contentType));
    }
    cases.add(new Case("no content type", base -> HttpRequest.newBuilder(base.resolve("connect"))
        .POST(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)).build()));
    for (String hook : List.of("connect", "ConnectionStatusEvent")) {
      cases.add(new Case("no content type, no body: " + hook, base -> HttpRequest.newBuilder(base.resolve(hook))
          .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }
    for (String accept : List.of("*/*", "application/*", "text/html", "application/json;q=0", "text/plain, */*;q=0.1",
        "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "application/xml")) {
      cases.add(post("connect", WcsBodies.CONNECT, "Accept", accept));
    }
    for (String accept : List.of("application/json;q=2", "application/json;q=abc", "application/json, @/@",
        "application/json;x=\"unterminated", "application/json;q=1.0000", "application/json, garbage",
        "application/json;q=0.5, text/plain", "")) {
      cases.add(post("connect", WcsBodies.CONNECT, "Accept", accept));
      cases.add(get("_health", "Accept", accept));
    }
    cases.add(post("nosuchhook", WcsBodies.CONNECT, "Accept", "application/json;q=2"));
    cases.add(get("connect", "Accept", "application/json;q=2"));
    cases.add(post("connect", WcsBodies.CONNECT, "Accept", "text/plain;x=\"a,*/*;\""));
    cases.add(post("connect", WcsBodies.CONNECT, "Accept", "text/plain", "Accept", "application/json"));
    // Not here: a malformed or doubled Content-Type, which Jersey's own servlet leaves to the
    // container's HTML error page (ErrorsOverHttpTest checks the embedded server's answer, and
    // ServletFastPathContract that WcsHooksServlet gives the same).
    cases.add(get("_health", "Accept", "application/json", "Content-Type", "application/json"));
    cases.add(post("connect", WcsBodies.CONNECT, "Content-Encoding", "gzip"));
    cases.add(post("connect?x=1", WcsBodies.CONNECT));
    cases.add(post("%63onnect", WcsBodies.CONNECT));
    cases.add(post("Connect", WcsBodies.CONNECT));
    cases.add(post("connect/", WcsBodies.CONNECT));
    cases.add(post("nosuchhook", WcsBodies.CONNECT));
    cases.add(post("", WcsBodies.CONNECT));
    cases.add(get("connect"));
    cases.add(get("_health"));
    cases.add(new Case("PUT connect", base -> HttpRequest.newBuilder(base.resolve("connect"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(WcsBodies.CONNECT)).build()));
    return cases;
  }

  /**
   * Bodies of every malformed kind (truncated, trailing bytes, duplicate names, nesting past the
   * limit, a value other than an object, broken or other encodings, NUL bytes, lone surrogates,
   * numbers past any range), to a hook with a handler and one without.
   */
  public static List<Case> malformedBodies() {
    List<byte[]> bodies = new ArrayList<>();
    for (String text : List.of(
        "{\"a\":1", "{\"a\":", "{\"a\"", "{\"a\":\"open", "{\"a\":[1,2}", "{\"a\":tru}", "{\"a\":1,}", "{,}",
        "{\"a\":1}x", "{\"a\":1},", "{\"a\":1}]", "{\"a\":1} // note", "{\"a\":1}\n\n", "\t{}\r\n",
        "{\"o\":{\"a\":1,\"a\":1}}", "{\"a\":1,\"\\u0061\":2}", "{\"a\":[{\"b\":1,\"b\":1}]}",
        "{\"d\":" + "[".repeat(62) + "]".repeat(62) + "}", "{\"d\":" + "[".repeat(63) + "]".repeat(63) + "}",
        "{\"d\":" + "[".repeat(64) + "]".repeat(64) + "}", "{\"d\":" + "{\"d\":".repeat(70) + "1" + "}".repeat(70) + "}",
        "[".repeat(100_000), "{\"d\":" + "[".repeat(100_000),
        "[]", "[{}]", "-1.5e3", "\"text\"", "null", "true", "false", "   ", "{}",
        "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}", "{\"a\":\"\\ud800\\u0041\"}", "{\"\\ud800\":1}",
        "{\"a\":\"\\ud83d\\ude00\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\U0041\"}",
        "{\"a\":\"tab\tin\"}", "{\"a\":\"line\nbreak\"}",
        "{\"n\":1e400}", "{\"n\":-1e400}", "{\"n\":1e-400}", "{\"n\":1E+2147483648}", "{\"n\":1e2147483647}",
        "{\"n\":" + "9".repeat(200) + "}", "{\"n\":" + "9".repeat(201) + "}", "{\"n\":0." + "1".repeat(300) + "}",
        "{\"n\":01}", "{\"n\":-}", "{\"n\":+1}", "{\"n\":.5}", "{\"n\":1.}", "{\"n\":1.e5}", "{\"n\":NaN}",
        "{\"n\":Infinity}", "{\"n\":-0.0e-0}", "{'a':1}", "{a:1}", "{\"a\":1 /* c */}", "\f{}", "\u00a0{}",
        "{\"s\":\"" + "x".repeat(512 * 1024) + "\"}", "{\"s\":\"" + "x".repeat(512 * 1024 + 1) + "\"}")) {
      bodies.add(text.getBytes(StandardCharsets.UTF_8));
    }
    String json = "{\"a\":\"é\"}";
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    bodies.add(concat(utf8Bom, json.getBytes(StandardCharsets.UTF_8)));
    bodies.add(concat(utf8Bom, utf8Bom, "{}".getBytes(StandardCharsets.UTF_8)));
    bodies.add(json.getBytes(StandardCharsets.UTF_16BE));
    bodies.add(json.getBytes(StandardCharsets.UTF_16LE));
    bodies.add(json.getBytes(StandardCharsets.UTF_16)); // with a BOM
    bodies.add(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE)));
    bodies.add(json.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
    bodies.add(json.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
    bodies.add(concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, json.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
    bodies.add(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, json.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
    bodies.add(json.getBytes(StandardCharsets.ISO_8859_1));
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}); // overlong
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}); // a surrogate
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}'});
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'}); // cut short
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'});
    bodies.add(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}); // in a name
    bodies.add(new byte[] {'{', '}', (byte) 0xE2, (byte) 0x82}); // after the object
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', 'x', 0, 'y', '"', '}'}); // NUL in a string
    bodies.add(new byte[] {'{', 0, '"', 'a', '"', ':', '1', '}'}); // between tokens
    bodies.add(new byte[] {'{', '}', 0}); // after the object
    bodies.add(new byte[] {0});
    bodies.add(new byte[] {0, '{', 0, '}'});
    List<Case> cases = new ArrayList<>();
    for (byte[] body : bodies) {
      cases.add(post("connect", body));
      cases.add(post("ConnectionStatusEvent", body));
    }
    return cases;
  }

  /** Hook calls with other Content-Types, Accepts, methods and paths (to hooks with and without a handler). */
  public static List<Case> headersMethodsAndPaths() {
    List<Case> cases = new ArrayList<>();
    for (String hook : List.of("connect", "ConnectionStatusEvent")) {
      for (String contentType : List.of("text/plain", "text/plain;charset=utf-8", "application/json;charset=utf-16",
          "application/json;charset=UTF-16LE", "application/json; charset=utf-8; x=1", "application/json;x=1",
          "Application/Json", "application/json ; charset=utf-8", "application/json;charset=\"utf-8\"",
          "application/json;charset=utf8", "application/json;charset=US-ASCII", "application/json;charset=nonsense",
          "application/json;CHARSET=UTF-8", "*/*", "application/*", "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x", "application/vnd.wcs+json", "application/json;charset=")) {
        cases.add(post(hook, WcsBodies.CONNECT, "Content-Type", contentType));
      }
      cases.add(post(hook, "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_16BE), "Content-Type",
          "application/json;charset=utf-16"));
      cases.add(post(hook, "{\"a\":\"é\"}".getBytes(StandardCharsets.ISO_8859_1), "Content-Type",
          "application/json;charset=ISO-8859-1"));
      cases.add(new Case("no content type: " + hook, base -> HttpRequest.newBuilder(base.resolve(hook))
          .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build()));
      for (String accept : List.of("*/*", "text/html", "application/xml", "application/json;charset=utf-16",
          "application/*+json", "text/*", "image/png", "application/json;q=0.001", "*/*;q=0", "application/json, */*;q=0",
          "APPLICATION/JSON", "application/json;level=1", "*", "application/", ";", ",", "application/json;q=")) {
        cases.add(post(hook, WcsBodies.CONNECT, "Accept", accept));
      }
      for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "post", "FOO")) {
        cases.add(request(method, hook, WcsBodies.CONNECT));
        cases.add(request(method, hook, null));
      }
      for (String path : List.of(hook.toUpperCase(Locale.ROOT), hook.toLowerCase(Locale.ROOT), hook + "/", hook + "//",
          hook + "%2F", "%2F" + hook, "x/../" + hook, "./" + hook, "x/%2E%2E/" + hook, hook + ";x=1", hook + ";",
          ";x=1/" + hook, hook + "?", hook + "?x=1", hook + "?x=1&y", hook + "/extra", "/" + hook, hook + "%20",
          hook + "%00", hook.substring(0, 3) + "%" + Integer.toHexString(hook.charAt(3)) + hook.substring(4),
          hook + "%C3%A9", hook + "é")) {
        cases.add(post(path, WcsBodies.CONNECT));
      }
    }
    for (String path : List.of("", "nosuchhook", "_health", "_health/", "_health;x=1", "_health?x=1", "%5Fhealth", "?x")) {
      for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS")) {
        cases.add(request(method, path, method.equals("POST") || method.equals("PUT") ? WcsBodies.CONNECT : null));
      }
    }
    return cases;
  }

  /**
   * Calls around a base path other than the root ({@code /wcs}, the base URI ending in its slash):
   * the base path without its slash, in other case, as a prefix of another segment, with dot
   * segments, an empty segment, a matrix parameter or an encoded letter, and outside it.
   */
  public static List<Case> aroundTheBasePath() {
    List<Case> cases = new ArrayList<>();
    for (String path : List.of("connect", "../wcs/connect", "../WCS/connect", "../wcsx/connect", "../wcs", "",
        "../connect", "../wcs//connect", "../wcs;x=1/connect", "../%77cs/connect", "../wcs/./connect",
        "x/../connect", "../wcs/_health", "../_health", "../wcs%2Fconnect")) {
      cases.add(post(path, WcsBodies.CONNECT));
      cases.add(get(path));
    }
    return cases;
  }

  /** The malformed bodies of {@link #malformedBodies()}, signed with {@link #SECRET}. */
  public static List<Case> signedMalformedBodies() {
    List<Case> cases = new ArrayList<>();
    for (String body : List.of("", "{", "[1]", "{} {}", "{\"a\":1,\"a\":2}", "{\"a\":\"\\ud800\"}",
        "{\"n\":1e999999999999}", "{\"d\":" + "[".repeat(100) + "]".repeat(100) + "}")) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      cases.add(post("connect", bytes, "Authorization", "WCS " + hmacMd5(bytes)));
      cases.add(post("ConnectionStatusEvent", bytes, "Authorization", "WCS " + hmacMd5(bytes)));
      cases.add(post("connect", bytes, "Authorization", "WCS " + hmacMd5(new byte[] {'x'})));
    }
    byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16);
    cases.add(post("connect", utf16, "Authorization", "WCS " + hmacMd5(utf16)));
    return cases;
  }

  /** Calls to hooks with handlers, for {@link #handlerOutcomes()}. */
  public static List<Case> handledCalls() {
    return List.of(
        post("connect", WcsBodies.CONNECT),
        post("publishStream", WcsBodies.STREAM_STATUS),
        post("StreamStatusEvent", WcsBodies.STREAM_STATUS));
  }

  /** Handlers that refuse, fail, break a field's type, rewrite, and throw a JAX-RS exception. */
  public static List<Consumer<TestHooks>> handlerOutcomes() {
    return List.of(
        hooks -> hooks.connect = request -> HookResult.forbid("Wrong credentials"),
        hooks -> hooks.connect = request -> HookResult.forbid(),
        hooks -> {
          hooks.connect = request -> {
            throw new IllegalStateException("the database is down");
          };
          hooks.streamStatusEvent = request -> {
            throw new IllegalStateException("the database is down");
          };
        },
        hooks -> hooks.connect = request -> {
          throw new HookFieldException("sipLogin", "a string", "a number");
        },
        hooks -> hooks.connect = request -> {
          request.sipLogin("overwritten");
          return HookResult.echo();
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.WebApplicationException(409);
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(400)
              .entity("<html>oops</html>").type("text/html").header("Retry-After", "30").header("Set-Cookie", "a=b").build());
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(403, "Banned").build());
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.NotFoundException("no such user");
        },
        hooks -> {
          jakarta.ws.rs.core.Response ok = jakarta.ws.rs.core.Response.ok("{\"hacked\":true}", "application/json").build();
          hooks.connect = request -> {
            throw new jakarta.ws.rs.WebApplicationException(ok);
          };
          hooks.streamStatusEvent = request -> {
            throw new jakarta.ws.rs.WebApplicationException(ok);
          };
        });
  }

  /**
   * Handlers that return null, throw an error or a checked exception, answer a forbid with odd
   * reasons, or take longer than {@code deadline}, on every hook with a handler.
   */
  public static List<Consumer<TestHooks>> unusualHandlers(Duration deadline) {
    return List.of(
        hooks -> {
          hooks.connect = request -> null;
          hooks.publishStream = request -> null;
        },
        hooks -> {
          hooks.connect = request -> {
            throw new AssertionError("a bug");
          };
          hooks.streamStatusEvent = request -> {
            throw new StackOverflowError();
          };
          hooks.publishStream = request -> {
            throw new java.io.IOException("checked");
          };
        },
        hooks -> hooks.connect = request -> HookResult.forbid(""),
        hooks -> hooks.connect = request -> HookResult.forbid("«Запрещено» \"quoted\" \u0000 \ud83d\ude00"),
        hooks -> {
          hooks.connect = request -> {
            request.sipLogin("late");
            Thread.sleep(deadline.multipliedBy(3).toMillis());
            return HookResult.echo();
          };
          hooks.streamStatusEvent = request -> Thread.sleep(deadline.multipliedBy(3).toMillis());
          hooks.publishStream = request -> {
            Thread.sleep(deadline.multipliedBy(3).toMillis());
            return request;
          };
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.WebApplicationException(302);
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.NotAllowedException("GET");
        },
        hooks -> hooks.connect = request -> {
          throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(599).build());
        });
  }

  /** Calls for {@code HookSecurity.builder().basicAuth("wcs", "pass")}. */
  public static List<Case> basicAuthCalls() {
    String good = "Basic " + Base64.getEncoder().encodeToString("wcs:pass".getBytes(StandardCharsets.UTF_8));
    String wrong = "Basic " + Base64.getEncoder().encodeToString("wcs:nope".getBytes(StandardCharsets.UTF_8));
    return List.of(
        post("connect", WcsBodies.CONNECT),
        post("connect", WcsBodies.CONNECT, "Authorization", good),
        post("connect", WcsBodies.CONNECT, "Authorization", wrong),
        post("connect", WcsBodies.CONNECT, "Authorization", "Basic !!!"),
        post("connect", "{bad json", "Authorization", good),
        post("ConnectionStatusEvent", WcsBodies.CONNECT, "Authorization", good),
        get("_health"));
  }

  /** Calls for {@code HookSecurity.builder().signatureSecret(SECRET)}. */
  public static List<Case> signedCalls() {
    byte[] body = WcsBodies.CONNECT.getBytes(StandardCharsets.UTF_8);
    return List.of(
        post("connect", WcsBodies.CONNECT),
        post("connect", WcsBodies.CONNECT, "Authorization", "WCS " + hmacMd5(body)),
        post("connect", WcsBodies.CONNECT, "Authorization", "WCS " + hmacMd5(body).toUpperCase(Locale.ROOT)),
        post("connect", WcsBodies.CONNECT, "Authorization", "WCS 00" + hmacMd5(body).substring(2)),
        post("connect", WcsBodies.CONNECT + " ", "Authorization", "WCS " + hmacMd5(body)),
        post("connect", new byte[(1 << 20) + 1], "Authorization", "WCS 00"),
        post("connect", "[1]", "Authorization", "WCS " + hmacMd5("[1]".getBytes(StandardCharsets.UTF_8))));
  }

  public static Case post(String path, String body, String... headers) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  public static Case post(String path, byte[] body, String... headers) {
    return new Case("POST " + path + " " + String.join(" ", headers) + " "
        + new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8), base -> {
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
          List<String> given = List.of(headers);
          if (!given.contains("Content-Type")) {
            request.header("Content-Type", "application/json;charset=UTF-8");
          }
          if (!given.contains("Accept")) {
            request.header("Accept", "application/json");
          }
          if (headers.length > 0) {
            request.headers(headers);
          }
          return request.build();
        });
  }

  /** A request with any method, with a JSON body or none, to a path under the base URI. */
  public static Case request(String method, String path, String body) {
    return new Case(method + " " + path + (body == null ? " (no body)" : ""), base -> {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
          .header("Accept", "application/json");
      if (body == null) {
        return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
      }
      return request.header("Content-Type", "application/json;charset=UTF-8")
          .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    });
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  public static Case get(String path, String... headers) {
    return new Case("GET " + path + " " + String.join(" ", headers), base -> {
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
      if (headers.length > 0) {
        request.headers(headers);
      }
      return request.build();
    });
  }

  /** The signature WCS sends: HMAC-MD5 of the body with {@link #SECRET}, in hex. */
  public static String hmacMd5(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A case sent to the deployment without the fast path, retried once on a connection that failed
   * before any answer: Jersey answers some requests (an unknown path) without reading their body,
   * and a container that then closes the connection (Jetty's servlet container) races the client's
   * next call on it. Not retried for the fast path, which reads such bodies first.
   */
  private static HttpResponse<byte[]> sendToReference(Case c, Deployed deployed) throws InterruptedException {
    try {
      return send(c.request().apply(deployed.baseUri()));
    } catch (java.net.http.HttpTimeoutException e) {
      throw new AssertionError(c.name() + " to the deployment without the fast path timed out", e);
    } catch (IOException e) {
      return send(c, deployed);
    }
  }

  private static HttpResponse<byte[]> send(Case c, Deployed deployed) throws InterruptedException {
    try {
      return send(c.request().apply(deployed.baseUri()));
    } catch (IOException e) {
      throw new AssertionError(c.name() + " to the deployment " + (deployed.fastPath() ? "with" : "without")
          + " the fast path: " + e, e);
    }
  }

  /** The content type without spaces, lower case (containers may space and case parameters differently). */
  private static String mediaType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
