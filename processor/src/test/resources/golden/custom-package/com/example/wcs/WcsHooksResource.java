package com.example.wcs;

import io.wcshooks.runtime.HookCall;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The WCS REST hooks: {@code POST <base>/<hook>} for each of the spec's 3 hooks. Hooks without a
 * handler answer the body exactly as received, as WCS's EchoApp does.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
@Path("")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class WcsHooksResource {
  private final Audit audit;

  /**
   * Creates the resource over the handler instances; Jersey keeps it as a singleton.
   */
  public WcsHooksResource(Audit audit) {
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * {@code connect}: no handler, so the echo.
   */
  @POST
  @Path("connect")
  public Response connect(HookCall call) {
    return call.echo();
  }

  /**
   * {@code StreamStatusEvent}: handled by {@link Audit#count}.
   */
  @POST
  @Path("StreamStatusEvent")
  public Response streamStatusEvent(HookCall call) {
    StreamStatusEvent request = new StreamStatusEvent(call.json());
    try {
      audit.count();
      return call.answer(StreamStatusEvent.HOOK, request);
    } catch (Exception e) {
      return call.failed(StreamStatusEvent.HOOK, e);
    }
  }

  /**
   * {@code StreamKeepAliveEvent}: no handler, so the echo.
   */
  @POST
  @Path("StreamKeepAliveEvent")
  public Response streamKeepAliveEvent(HookCall call) {
    return call.echo();
  }
}
