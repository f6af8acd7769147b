package io.wcshooks.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.api.HookContext;
import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.Connect;
import io.wcshooks.hooks.PublishStream;
import io.wcshooks.hooks.RestClientConfig;
import io.wcshooks.hooks.RestOnError;
import io.wcshooks.hooks.RestPolicy;
import io.wcshooks.hooks.StreamKeepAliveEvent;
import io.wcshooks.hooks.StreamStatusEvent;

/**
 * Handlers whose behaviour the request chooses, so that one server shows every way of answering.
 * A body without the trigger fields is answered with the plain echo, as by a hook with no handler.
 */
public class TestHooks {
  private final StreamLog streamLog;

  public TestHooks(StreamLog streamLog) {
    this.streamLog = streamLog;
  }

  /** {@code custom.action}: forbid, forbidSilently, overwrite, config, fail; anything else echoes. */
  @WcsHook
  public HookResult connect(Connect connect, HookContext context) {
    JsonNode action = context.rawJson().path("custom").path("action");
    switch (action.asText("")) {
      case "forbid":
        return HookResult.forbid("Wrong credentials");
      case "forbidSilently":
        return HookResult.forbid();
      case "overwrite":
        connect.sipLogin("alice").sipPassword("secret").put("addedByBackend", true);
        return HookResult.echo();
      case "config":
        connect.restClientConfig(RestClientConfig.create()
            .publishStream(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite("name"))
            .streamKeepAliveEvent(m -> m.restOnError(RestOnError.FAIL)));
        return HookResult.echo();
      case "fail":
        throw new IllegalStateException("a bug in the handler");
      case "readsBadField":
        connect.sipRegisterRequired();
        return HookResult.echo();
      default:
        return HookResult.echo();
    }
  }

  /** Streams are renamed into the "live/" namespace; a name starting "forbidden" is refused. */
  @WcsHook
  public HookResult publishStream(PublishStream publish) {
    String name = publish.name();
    if (name != null && name.startsWith("forbidden")) {
      return HookResult.forbid("Stream name not allowed");
    }
    if (name != null && name.startsWith("rename:")) {
      publish.name("live/" + name.substring("rename:".length()));
    }
    return HookResult.echo();
  }

  /** Reads typed fields without changing anything: the echo stays byte for byte. */
  @WcsHook("StreamStatusEvent")
  public void streamStatus(StreamStatusEvent event) {
    streamLog.record(event.name(), event.status() == null ? null : event.status().value(),
        event.status() != null && event.status().isKnown());
  }

  /** A stream on the block list is stopped at its next keep-alive. */
  @WcsHook("StreamKeepAliveEvent")
  public HookResult keepAlive(StreamKeepAliveEvent event) {
    return streamLog.isBlocked(event.name()) ? HookResult.forbid("Stream blocked") : HookResult.echo();
  }
}
