package io.wcshooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookRequest;
import io.wcshooks.hooks.StartupRequest;
import io.wcshooks.hooks.WcsCall;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.JavaNames;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The types generated from the bundled spec, logged as a handler would log them: what the spec
 * marks as a credential, and a token in any object (custom, payload...), shows as "&lt;hidden&gt;";
 * everything else, and the echo, is as WCS sent it.
 */
class CredentialsInLogsTest {
  private static final WcsSpec SPEC = SpecLoader.loadBundled();
  private static final HookJson JSON = new HookJson(JsonLimits.DEFAULTS);
  private static final String HIDDEN = "<hidden>";

  static Stream<Arguments> hooks() {
    return SPEC.methods().stream().map(m -> Arguments.of(m.name(), m));
  }

  @Test
  void theSpecMarksCredentialsThatWcsSends() {
    List<String> marked = SPEC.methods().stream()
        .flatMap(m -> m.parameters().stream().filter(Parameter::credential).map(p -> m.name() + "." + p.name()))
        .toList();
    assertEquals(List.of("connect.sipPassword", "ConnectionStatusEvent.sipPassword", "ConnectionStatusEvent.authToken",
        "playHLS.token"), marked);
  }

  /** Bodies gives every parameter a value, every object {@code "token":"abc"}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hooks")
  void aRequestAsTextHidesItsCredentials(String name, HookMethod method) throws ReflectiveOperationException {
    byte[] body = Bodies.forMethod(SPEC, method).getBytes(StandardCharsets.UTF_8);
    ObjectNode json = JSON.readObject(body);
    Class<?> type = Class.forName("io.wcshooks.hooks." + JavaNames.typeName(name));
    HookRequest request = (HookRequest) type.getConstructor(ObjectNode.class).newInstance(json);

    String text = request.toString();

    ObjectNode expected = JSON.readObject(body);
    for (Parameter parameter : SPEC.requestFields(method)) {
      JsonNode value = expected.get(parameter.name());
      if (parameter.credential()) {
        assertFalse(text.contains(value.textValue()), text);
        expected.put(parameter.name(), HIDDEN);
      } else if (value.isObject()) {
        ((ObjectNode) value).put("token", HIDDEN);
      }
    }
    assertEquals(type.getSimpleName() + expected, text);
    // Unmodified, the echo is the bytes WCS sent; and the tree is as it was read.
    assertFalse(request.isModified());
    assertEquals(JSON.readObject(body), json);
  }

  @Test
  void theRestApiTypesHideTheSipPasswordAndTokensInCustom() {
    String startup = StartupRequest.create().callId("call-1").sipLogin("10001").sipPassword("1234").toString();
    assertEquals("StartupRequest{\"callId\":\"call-1\",\"sipLogin\":\"10001\",\"sipPassword\":\"<hidden>\"}", startup);

    ObjectNode call = JSON.readObject("{\"callId\":\"c\",\"custom\":{\"token\":\"abc\",\"user\":\"alice\"}}"
        .getBytes(StandardCharsets.UTF_8));
    String text = new WcsCall(call).toString();
    assertEquals("WcsCall{\"callId\":\"c\",\"custom\":{\"token\":\"<hidden>\",\"user\":\"alice\"}}", text);
    assertEquals("abc", call.path("custom").path("token").textValue(), "the object itself is untouched");
  }
}
