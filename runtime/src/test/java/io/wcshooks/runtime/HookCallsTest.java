package io.wcshooks.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.runtime.testing.TestHooks;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HookCallsTest {
  /**
   * Handler threads are named after the application: a hand-written dispatcher's class, and for
   * the generated resource, whose name every application shares, the package it was generated in.
   */
  @Test
  void theThreadNameSaysWhichApplication() {
    assertEquals("TestHooks", HookCalls.threadName(new TestHooks()));
    assertEquals("runtime", HookCalls.threadName(new WcsHooksResource()));
    assertEquals("", HookCalls.threadName(null));
  }

  /** Named as the processor names the resource it generates (here in package {@code io.wcshooks.runtime}). */
  private static final class WcsHooksResource implements HookDispatcher {
    @Override
    public Set<String> hooks() {
      return Set.of();
    }

    @Override
    public Set<String> handledHooks() {
      return Set.of();
    }

    @Override
    public Response dispatch(String hook, HookCall call) {
      throw new UnsupportedOperationException();
    }
  }
}
