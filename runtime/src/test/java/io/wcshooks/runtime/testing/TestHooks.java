package io.wcshooks.runtime.testing;

import io.wcshooks.api.HookResult;
import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.HookDispatcher;
import io.wcshooks.runtime.failure.HookKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the annotation processor generates, written by hand: one POST method per hook, each
 * wrapping the body in its request type, calling the handler and answering through
 * {@link HookCall}. The handlers are swappable so that one server serves many tests.
 *
 * <ul>
 *   <li>{@code connect}: a handler returning {@link HookResult} (echo or forbid);
 *   <li>{@code StreamStatusEvent}: a {@code void} handler;
 *   <li>{@code publishStream}: a handler returning the request type;
 *   <li>{@code ConnectionStatusEvent}: no handler, so the untouched echo.
 * </ul>
 */
@Path("")
public final class TestHooks implements HookDispatcher {
  /** A handler that may throw, as user handlers may. */
  @FunctionalInterface
  public interface Handler<T, R> {
    R handle(T request) throws Exception;
  }

  /** A void handler that may throw. */
  @FunctionalInterface
  public interface VoidHandler<T> {
    void handle(T request) throws Exception;
  }

  public volatile Handler<TestConnect, HookResult> connect = request -> HookResult.echo();
  public volatile VoidHandler<TestStreamStatusEvent> streamStatusEvent = request -> { };
  public volatile Handler<TestStreamStatusEvent, TestStreamStatusEvent> publishStream = request -> request;

  /** Back to handlers that read nothing and echo. */
  /** Makes {@code connect}'s handler echo and count its calls: a test that must see none checks the count. */
  public AtomicInteger countingConnect() {
    AtomicInteger calls = new AtomicInteger();
    connect = request -> {
      calls.incrementAndGet();
      return HookResult.echo();
    };
    return calls;
  }

  public void reset() {
    connect = request -> HookResult.echo();
    streamStatusEvent = request -> { };
    publishStream = request -> request;
  }

  @POST
  @Path("connect")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response connect(HookCall call) {
    return call.handle("connect", HookKind.CONNECT, () -> {
      TestConnect request = new TestConnect(call.json());
      return call.answer("connect", connect.handle(request), request);
    });
  }

  @POST
  @Path("StreamStatusEvent")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response streamStatusEvent(HookCall call) {
    TestStreamStatusEvent request = new TestStreamStatusEvent(call.json());
    try {
      streamStatusEvent.handle(request);
    } catch (Exception e) {
      return call.failed("StreamStatusEvent", e);
    }
    return call.answer("StreamStatusEvent", request);
  }

  @POST
  @Path("publishStream")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response publishStream(HookCall call) {
    return call.handle("publishStream", HookKind.DIRECT,
        () -> call.answer("publishStream", publishStream.handle(new TestStreamStatusEvent(call.json()))));
  }

  @POST
  @Path("ConnectionStatusEvent")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response connectionStatusEvent(HookCall call) {
    return call.echo();
  }

  @Override
  public Set<String> hooks() {
    return Set.of("connect", "StreamStatusEvent", "publishStream", "ConnectionStatusEvent");
  }

  @Override
  public Set<String> handledHooks() {
    return Set.of("connect", "StreamStatusEvent", "publishStream");
  }

  /** As the generated resource does: each hook's resource method. */
  @Override
  public Response dispatch(String hook, HookCall call) {
    return switch (hook) {
      case "connect" -> connect(call);
      case "StreamStatusEvent" -> streamStatusEvent(call);
      case "publishStream" -> publishStream(call);
      case "ConnectionStatusEvent" -> connectionStatusEvent(call);
      default -> throw new IllegalArgumentException(hook);
    };
  }
}
