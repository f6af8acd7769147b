package io.wcshooks.runtime.server;

import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.WcsHooksFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The most of a body read before Jersey, and the reason of the 413 past it: the drain limit, or
 * the application's body limit where that is larger, so that the limit the user configured is
 * the one applied (a body within it Jersey reads anyway). Past it, a body is past the
 * application's limit too: the 413 gives the application's reason.
 *
 * @param hooks the largest body a hook accepts ({@link Long#MAX_VALUE} without hooks)
 */
record BodyLimit(long bytes, String tooLarge, long hooks) {
  /**
   * The most of a body read ahead before Jersey: what a hook takes (past it the body is refused,
   * or read on, and blocking, by Jersey's other resources).
   */
  int ahead() {
    return (int) Math.min(hooks, JettyDrain.LIMIT);
  }

  static BodyLimit of(ResourceConfig config) {
    HookCalls largest = null;
    for (Object instance : config.getInstances()) {
      if (instance instanceof WcsHooksFeature feature
          && (largest == null || feature.calls().limits().maxBodyBytes() > largest.limits().maxBodyBytes())) {
        largest = feature.calls();
      }
    }
    if (largest == null) {
      return new BodyLimit(JettyDrain.LIMIT, "the body is larger than " + JettyDrain.LIMIT + " bytes", Long.MAX_VALUE);
    }
    int hooks = largest.limits().maxBodyBytes();
    return new BodyLimit(Math.max(JettyDrain.LIMIT, hooks), largest.tooLarge(), hooks);
  }
}
