package io.wcshooks.runtime.fuzz;

import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonContentType;
import static io.wcshooks.runtime.testing.HttpAssertions.assertJsonError;
import static io.wcshooks.runtime.testing.HttpAssertions.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.fuzz.FuzzBodies.FuzzBody;
import io.wcshooks.runtime.testing.ExactJson;
import io.wcshooks.runtime.testing.HttpAssertions;
import io.wcshooks.runtime.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing over real HTTP (jqwik): thousands of random and mutated bodies sent to every hook of the
 * test resource and to paths that are no hook. Whatever arrives:
 *
 * <ul>
 *   <li>the answer is never a 5xx;
 *   <li>it is JSON; a refusal is {@code {"status":N,"reason":...}} with no exception, stack frame
 *       or library name in it;
 *   <li>a 200 from a hook that only reads is the body byte for byte; from the hook that renames,
 *       the same JSON with the new name;
 *   <li>and a valid WCS body sent right after (after every second fuzz body, on the same keep-alive
 *       connection) still echoes byte for byte.
 * </ul>
 *
 * <p>4000 fuzz bodies and 2000 valid ones per run, with a new seed each run; about 20 to 30 s on
 * two cores.
 *
 * <p>The handlers read fields with typed accessors (so wrong types are exercised), and
 * {@code publishStream} renames the stream (so every accepted body is also written back out).
 * A failure prints the body, the path and the seed to replay it with {@code @Property(seed = ...)}.
 */
class HookFuzzTest {
  private static final List<String> HOOKS = List.of("connect", "StreamStatusEvent", "publishStream", "ConnectionStatusEvent");
  /** The hooks whose handlers only read: a 200 from them is the exact body. */
  private static final List<String> EXACT_ECHO_HOOKS = List.of("connect", "StreamStatusEvent", "ConnectionStatusEvent");
  private static final List<String> NO_HOOKS = List.of(
      "noSuchHook", "Connect", "CONNECT", "connect/", "connect/extra", "connect%00", "connect%20", "%63onnect",
      "connect;jsessionid=1", "connect?sessionId=1", "../connect", "%2e%2e/connect", "..%2fconnect", "connect%2f..",
      "_health", "_health/x", "%25", "%ff%fe", "%c0%af", "connect%3Bx", "a".repeat(4000), "publishStream/../connect", "//connect",
      "connect%0d%0aX-Injected:%201", "StreamStatusEvent.json", "*");

  private static TestServer wcs;
  private static final AtomicInteger fuzzCalls = new AtomicInteger();
  private static final AtomicInteger requests = new AtomicInteger();
  private static final AtomicInteger echoed = new AtomicInteger();
  private static final AtomicInteger renamed = new AtomicInteger();
  private static final AtomicLong started = new AtomicLong();

  @BeforeContainer
  static void start() {
    wcs = TestServer.start();
    wcs.hooks.connect = request -> {
      request.sipLogin();
      request.hasVideo();
      request.sipPort();
      return HookResult.echo();
    };
    wcs.hooks.streamStatusEvent = request -> {
      request.name();
      request.status();
      request.hasAudio();
    };
    wcs.hooks.publishStream = request -> request.name("renamed");
    started.set(System.nanoTime());
  }

  @AfterContainer
  static void stop() {
    long millis = (System.nanoTime() - started.get()) / 1_000_000;
    System.out.printf("HookFuzzTest: %d requests in %d ms; of the fuzz bodies, %d echoed exactly, %d renamed exactly%n",
        requests.get(), millis, echoed.get(), renamed.get());
    wcs.close();
  }

  @Property(tries = 1500)
  void randomJson(@ForAll("randomJson") FuzzBody body, @ForAll("paths") String path, @ForAll("valid") int valid) {
    check(body, path, valid);
  }

  @Property(tries = 1500)
  void mutatedWcsBodies(@ForAll("mutated") FuzzBody body, @ForAll("paths") String path, @ForAll("valid") int valid) {
    check(body, path, valid);
  }

  @Property(tries = 500)
  void randomBytes(@ForAll("randomBytes") FuzzBody body, @ForAll("paths") String path, @ForAll("valid") int valid) {
    check(body, path, valid);
  }

  @Property(tries = 500)
  void limitsAndOddUnicode(@ForAll("nasty") FuzzBody body, @ForAll("hooks") String path, @ForAll("valid") int valid) {
    check(body, path, valid);
  }

  @Provide
  Arbitrary<FuzzBody> randomJson() {
    return FuzzBodies.randomJson();
  }

  @Provide
  Arbitrary<FuzzBody> mutated() {
    return FuzzBodies.mutated();
  }

  @Provide
  Arbitrary<FuzzBody> randomBytes() {
    return FuzzBodies.randomBytes();
  }

  @Provide
  Arbitrary<FuzzBody> nasty() {
    return FuzzBodies.nasty();
  }

  @Provide
  Arbitrary<String> hooks() {
    return Arbitraries.of(HOOKS);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.frequencyOf(
        Tuple.of(7, Arbitraries.of(HOOKS)),
        Tuple.of(2, Arbitraries.of(NO_HOOKS)),
        Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars("_-.~").ofMinLength(1).ofMaxLength(40)));
  }

  /** Which valid body and hook the follow-up call uses. */
  @Provide
  Arbitrary<Integer> valid() {
    return Arbitraries.integers().between(0, FuzzBodies.VALID.size() * EXACT_ECHO_HOOKS.size() - 1);
  }

  /** The request before, for a failure that a request leaves to the next one on its connection. */
  private static volatile String previous = "none";

  private static HttpResponse<byte[]> send(HttpRequest.Builder request, String what) {
    try {
      return wcs.send(request);
    } catch (UncheckedIOException e) {
      throw new AssertionError(what + " (the request before: " + previous + "): " + e.getMessage(), e);
    } finally {
      previous = what;
      requests.incrementAndGet();
    }
  }

  private static void check(FuzzBody body, String path, int valid) {
    HttpResponse<byte[]> response = send(TestServer.wcsRequest(uri(path)).POST(BodyPublishers.ofByteArray(body.bytes())),
        "POST " + path + " with " + body.bytes().length + " bytes");
    int status = response.statusCode();
    assertTrue(status < 500, () -> status + " for " + path + ": " + body(response));
    assertJsonContentType(response);
    if (status == 200) {
      String hook = hookOf(path);
      assertTrue(HOOKS.contains(hook), () -> "200 from " + path + ": " + body(response));
      checkAnswer(hook, body.bytes(), response);
    } else {
      String reason = assertJsonError(response, status);
      if (reason != null) {
        for (String internal : HttpAssertions.LIBRARY_INTERNALS) {
          assertFalse(reason.contains(internal), () -> "the reason names '" + internal + "': " + reason);
        }
      }
    }

    if (fuzzCalls.incrementAndGet() % 2 != 0) {
      return;
    }
    byte[] validBody = FuzzBodies.utf8(FuzzBodies.VALID.get(valid % FuzzBodies.VALID.size()));
    String validHook = EXACT_ECHO_HOOKS.get(valid / FuzzBodies.VALID.size());
    HttpResponse<byte[]> after = send(TestServer.wcsRequest(uri(validHook)).POST(BodyPublishers.ofByteArray(validBody)),
        "POST " + validHook + " with a valid body");
    assertEquals(200, after.statusCode(), () -> "a valid body after the fuzz: " + body(after));
    assertArrayEquals(validBody, after.body(), "a valid body after the fuzz echoes exactly");
  }

  /**
   * The hook a path may reach: its last decoded segment, without matrix parameters, query or a
   * trailing slash ({@code connect;jsessionid=1}, {@code connect?x=1} and {@code %63onnect} are
   * {@code connect}).
   */
  private static String hookOf(String path) {
    String decoded = uri(path).normalize().getPath().replaceFirst(";.*$", "").replaceFirst("/$", "");
    return decoded.substring(decoded.lastIndexOf('/') + 1);
  }

  /** The path exactly as written, after the base: no resolution against the base, no normalisation. */
  private static URI uri(String path) {
    return URI.create(wcs.server.baseUri() + path);
  }

  private static void checkAnswer(String hook, byte[] sent, HttpResponse<byte[]> response) {
    if (!hook.equals("publishStream")) {
      assertArrayEquals(sent, response.body(), "an exact echo");
      echoed.incrementAndGet();
      return;
    }
    try {
      JsonNode answer = ExactJson.parse(response.body());
      ObjectNode expected = (ObjectNode) ExactJson.parse(sent);
      expected.put("name", "renamed");
      ExactJson.assertExactlyEqual(expected, answer);
      renamed.incrementAndGet();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("the renamed echo differs: sent " + FuzzBodies.preview(sent)
          + "; answered " + FuzzBodies.preview(response.body()) + "; " + FuzzBodies.preview(FuzzBodies.utf8(String.valueOf(e.getMessage()))));
    }
  }
}
