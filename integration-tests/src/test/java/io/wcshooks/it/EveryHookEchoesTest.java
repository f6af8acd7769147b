package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.hooks.WcsHooks;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hook of the spec, over real HTTP, answers 200 with the body it got, byte for byte. */
class EveryHookEchoesTest {
  private static final WcsSpec SPEC = SpecLoader.loadBundled();
  private static HookServer server;

  @BeforeAll
  static void start() {
    server = new HookServer("/rest-hooks");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> hooks() {
    return SPEC.methods().stream().map(m -> Arguments.of(m.name(), m));
  }

  @Test
  void theServerServesEveryHookOfTheSpec() {
    assertEquals(38, SPEC.methods().size());
    assertEquals(SPEC.methods().stream().map(HookMethod::name).toList(), WcsHooks.HOOKS);
    assertTrue(WcsHooks.HOOKS.contains("OnTransferEvent"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hooks")
  void echoesTheExactBytes(String name, HookMethod method) {
    String body = Bodies.forMethod(SPEC, method);
    HttpResponse<byte[]> response = server.post(name, body);

    assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), response.body(),
        () -> "sent     " + body + "\nreceived " + new String(response.body(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hooks")
  void echoesAMinimalBody(String name, HookMethod method) {
    for (String body : List.of("{}", "{\"sessionId\":null}", " {\n  \"a\" : [ ]\n} ")) {
      HttpResponse<byte[]> response = server.post(name, body);
      assertEquals(200, response.statusCode());
      assertEquals(body, new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
