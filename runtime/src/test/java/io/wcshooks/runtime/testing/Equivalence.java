package io.wcshooks.runtime.testing;

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
import java.util.function.Consumer;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fast path's equivalence with Jersey's pipeline, for any deployment of it (the embedded
 * server, the servlet): the same requests, good and bad, sent to a deployment with the fast path
 * and one without, must get the same status, content type, authentication and method headers, and
 * body bytes.
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
    try (Deployed fast = deployment.start(fastHooks, security, true);
        Deployed jersey = deployment.start(jerseyHooks, security, false)) {
      assertEquals(true, fast.fastPath(), "the deployment with the fast path takes it");
      assertEquals(false, jersey.fastPath(), "the deployment without the fast path does not");
      for (Case c : cases) {
        HttpResponse<byte[]> expected = sendToReference(c, jersey);
        HttpResponse<byte[]> actual = send(c, fast);
        String what = c.name() + " -> " + expected.statusCode() + " " + new String(expected.body(), StandardCharsets.UTF_8);
        assertEquals(expected.statusCode(), actual.statusCode(), what);
        assertEquals(mediaType(expected), mediaType(actual), what);
        for (String header : List.of("WWW-Authenticate", "Allow", "Retry-After", "Set-Cookie")) {
          assertEquals(expected.headers().allValues(header), actual.headers().allValues(header), what + ": " + header);
        }
        assertArrayEquals(expected.body(), actual.body(),
            () -> what + "\n but the fast path answered " + new String(actual.body(), StandardCharsets.UTF_8));
      }
    }
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
