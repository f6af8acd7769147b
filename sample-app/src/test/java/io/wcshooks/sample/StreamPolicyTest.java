package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wcshooks.api.HookContext;
import io.wcshooks.hooks.PlayStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may play what, called directly on the handlers. */
class StreamPolicyTest {
  private static final Clock CLOCK = Clock.systemUTC();

  private static StreamHooks hooks(String publicPrefix) {
    Sessions sessions = new Sessions(Map.of(
        "t-alice", new SampleConfig.Token("alice", Optional.empty()),
        "t-pub", new SampleConfig.Token("publicist", Optional.empty())), CLOCK);
    sessions.open("s1", "alice");
    return new StreamHooks(sessions, Set.of(), publicPrefix, new AuditLog(CLOCK, line -> { }));
  }

  private static boolean mayPlay(StreamHooks hooks, String name) {
    HookContext context = new HookContext(PlayStream.HOOK, JsonNodeFactory.instance.objectNode().put("sessionId", "s1"),
        new byte[0], Map.of());
    return !hooks.playStream(PlayStream.create().sessionId("s1").name(name), context).isForbidden();
  }

  @Test
  void anEmptyPublicPrefixMakesNoStreamPublic() {
    StreamHooks hooks = hooks("");
    assertTrue(mayPlay(hooks, "alice/cam1"));
    assertFalse(mayPlay(hooks, "bob/cam1"), "an empty prefix must not match every name");
    assertFalse(mayPlay(hooks, "public/lobby"));
  }

  @Test
  void thePublicPrefixIsANamespaceNotTheStartOfAnotherUsersName() {
    for (String prefix : new String[] {"public", "public/", " public/ "}) {
      StreamHooks hooks = hooks(prefix);
      assertTrue(mayPlay(hooks, "public/lobby"), prefix);
      assertFalse(mayPlay(hooks, "publicist/cam1"), prefix + ": user publicist's own stream");
      assertFalse(mayPlay(hooks, "public"), prefix);
    }
  }
}
