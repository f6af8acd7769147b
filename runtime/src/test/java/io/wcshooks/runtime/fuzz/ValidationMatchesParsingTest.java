package io.wcshooks.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HookJson#validateObject} (the echo of a hook without a handler) accepts exactly the bodies
 * {@link HookJson#readObject} (every other hook) accepts, and refuses the others with the same
 * message: the fuzz test's bodies, random, mutated, raw bytes and limit cases, under the default
 * limits and under tight ones.
 */
class ValidationMatchesParsingTest {
  private static final HookJson DEFAULTS = new HookJson(JsonLimits.DEFAULTS);
  private static final HookJson TIGHT = new HookJson(new JsonLimits(1 << 20, 4, 16, 8));

  @Property(tries = 1500)
  void sameOutcomeUnderTheDefaultLimits(@ForAll("bodies") FuzzBodies.FuzzBody body) {
    assertEquals(outcome(DEFAULTS, body.bytes(), true), outcome(DEFAULTS, body.bytes(), false), body::toString);
  }

  @Property(tries = 1500)
  void sameOutcomeUnderTightLimits(@ForAll("bodies") FuzzBodies.FuzzBody body) {
    assertEquals(outcome(TIGHT, body.bytes(), true), outcome(TIGHT, body.bytes(), false), body::toString);
  }

  @Example
  void aStringOverTheLimitIsRefusedAlike() {
    HookJson small = new HookJson(new JsonLimits(1 << 20, 64, 10, 200));
    byte[] body = "{\"sdp\":\"a long string, longer than ten\"}".getBytes(StandardCharsets.UTF_8);
    String parsed = outcome(small, body, true);
    assertEquals(parsed, outcome(small, body, false));
    assertEquals(true, parsed.startsWith("refused: the body exceeds a limit"), parsed);
  }

  @Provide
  Arbitrary<FuzzBodies.FuzzBody> bodies() {
    return Arbitraries.oneOf(FuzzBodies.randomJson(), FuzzBodies.mutated(), FuzzBodies.randomBytes(),
        FuzzBodies.nasty());
  }

  private static String outcome(HookJson json, byte[] body, boolean parse) {
    try {
      if (parse) {
        json.readObject(body);
      } else {
        json.validateObject(body);
      }
      return "accepted";
    } catch (MalformedJsonException e) {
      return "refused: " + e.getMessage();
    }
  }
}
