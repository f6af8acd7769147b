package io.wcshooks.hooks;

import com.example.hooks.Gate;
import com.example.hooks.Streams;
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

  private final Gate gate;

  private final Streams streams;

  /**
   * Creates the resource over the handler instances; the application uses this one
   * instance for every request.
   *
   * @param gate the instance whose {@code @WcsHook} methods handle {@code connect}
   * @param streams the instance whose {@code @WcsHook} methods handle
   * {@code StreamStatusEvent} and {@code StreamKeepAliveEvent}
   */
  public WcsHooksResource(Gate gate, Streams streams) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.streams = Objects.requireNonNull(streams, "streams");
  }

  /**
   * {@code POST <base>/connect}: handled by {@link Gate#connect}.
   *
   * @param call the call, with its body and context
   * @return 200 with the echo, the handler's changes included, or 403 when it forbids;
   *     400 for a field of the wrong type; when the handler throws or misses its deadline,
   *     500 or 503 (a connect hook fails closed, unless configured otherwise)
   */
  @POST
  @Path("connect")
  public Response connect(HookCall call) {
    return call.handle(Connect.HOOK, HookKind.CONNECT, () -> {
      Connect request = new Connect(call.json());
      return call.answer(Connect.HOOK, this.gate.connect(call.context(Connect.HOOK), request),
          request);
    });
  }

  /**
   * {@code POST <base>/StreamStatusEvent}: handled by {@link Streams#onStatus}.
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
      this.streams.onStatus(request);
      return call.answer(StreamStatusEvent.HOOK, request);
    });
  }

  /**
   * {@code POST <base>/StreamKeepAliveEvent}: handled by {@link Streams#keepAlive}.
   *
   * @param call the call, with its body and context
   * @return 200 with the echo, the handler's changes included;
   *     400 for a field of the wrong type; when the handler throws or misses its deadline,
   *     the echo (an event fails open, unless configured otherwise)
   */
  @POST
  @Path("StreamKeepAliveEvent")
  public Response streamKeepAliveEvent(HookCall call) {
    return call.handle(StreamKeepAliveEvent.HOOK, HookKind.EVENT, () -> {
      StreamKeepAliveEvent request = new StreamKeepAliveEvent(call.json());
      return call.answer(StreamKeepAliveEvent.HOOK, Streams.keepAlive(request,
          call.context(StreamKeepAliveEvent.HOOK)));
    });
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
