package io.wcshooks.runtime;

import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * The hook resource as plain Java calls, for the embedded server's container-level path: it answers
 * a well-formed hook call by calling the resource method directly, without Jersey's request
 * pipeline (see {@code io.wcshooks.runtime.server.WcsHookServer}). The generated resource
 * implements it; give it to the application with {@link WcsHooksFeature.Builder#dispatcher}.
 */
public interface HookDispatcher {
  /** The wire names of the hooks {@link #dispatch} answers: every {@code POST <base>/<hook>}. */
  Set<String> hooks();

  /**
   * The hooks whose method calls a user's handler; the others answer without running user code
   * (the embedded server replays synthetic calls to those before its port opens, to warm up).
   */
  Set<String> handledHooks();

  /**
   * Answers a call exactly as the resource method for {@code hook} does when Jersey calls it.
   *
   * @param hook one of {@link #hooks()}
   * @param call the call, its body read and parsed
   * @return the resource method's answer
   * @throws jakarta.ws.rs.WebApplicationException as the resource method would throw it to Jersey
   */
  Response dispatch(String hook, HookCall call);
}
