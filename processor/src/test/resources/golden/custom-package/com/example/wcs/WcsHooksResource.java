package com.example.wcs;

import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.HookDispatcher;
import io.wcshooks.runtime.failure.HookKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The WCS REST hooks: {@code POST <base>/<hook>} for each of the spec's 3 hooks. Hooks
 * without a handler answer the body exactly as received, as WCS's EchoApp does. The embedded
 * server calls the same methods through {@link #dispatch} for well-formed calls.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
@Path("")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class WcsHooksResource implements HookDispatcher {
  private static final Set<String> HOOK_NAMES = Set.copyOf(WcsHooks.HOOKS);

  private final Audit audit;

  /**
   * Creates the resource over the handler instances; the application uses this one
   * instance for every request.
   *
   * @param audit the instance whose {@code @WcsHook} methods handle {@code StreamStatusEvent}
   */
  public WcsHooksResource(Audit audit) {
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * {@code POST <base>/connect}: no handler, so the echo.
   *
   * @param call the call, with its body
   * @return 200 with the body exactly as received
   *     (with the hooks turned off for the session, when the application turns them off)
   */
  @POST
  @Path("connect")
  public Response connect(HookCall call) {
    return call.echo(HookKind.CONNECT);
  }

  /**
   * {@code POST <base>/StreamStatusEvent}: handled by {@link Audit#count}.
   *
   * @param call the call, with its body and context
   * @return 200 with the echo, the handler's changes included;
   *     400 for a field of the wrong type; when the handler throws or misses its deadline,
   *     the echo (an event fails open, unless configured otherwise)
   */
  @POST
  @Path("StreamStatusEvent")
  public Response streamStatusEvent(HookCall call) {
    return call.handle(StreamStatusEvent.HOOK, HookKind.EVENT, () -> {
      StreamStatusEvent request = new StreamStatusEvent(call.json());
      this.audit.count();
      return call.answer(StreamStatusEvent.HOOK, request);
    });
  }

  /**
   * {@code POST <base>/StreamKeepAliveEvent}: no handler, so the echo.
   *
   * @param call the call, with its body
   * @return 200 with the body exactly as received
   */
  @POST
  @Path("StreamKeepAliveEvent")
  public Response streamKeepAliveEvent(HookCall call) {
    return call.echo(HookKind.EVENT);
  }

  /**
   * Every hook's wire name.
   *
   * @return the names
   */
  @Override
  public Set<String> hooks() {
    return HOOK_NAMES;
  }

  /**
   * The hooks with a {@code @WcsHook} handler.
   *
   * @return the names
   */
  @Override
  public Set<String> handledHooks() {
    return WcsHooks.HANDLED_HOOKS;
  }

  /**
   * Answers a call as the hook's {@code POST} method does.
   *
   * @param hook a hook's wire name
   * @param call the call
   * @return the hook method's answer
   */
  @Override
  public Response dispatch(String hook, HookCall call) {
    return switch (hook) {
      case "connect" -> this.connect(call);
      case "StreamStatusEvent" -> this.streamStatusEvent(call);
      case "StreamKeepAliveEvent" -> this.streamKeepAliveEvent(call);
      default -> throw new IllegalArgumentException("no such hook: " + hook);
    };
  }
}
