package io.wcshooks.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookContext;
import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.PlayStream;
import io.wcshooks.hooks.PublishStream;
import io.wcshooks.hooks.StreamKeepAliveEvent;
import io.wcshooks.hooks.StreamStatusEvent;
import java.util.Optional;
import java.util.Set;

/**
 * Stream policy: each user publishes under their own namespace ({@code alice/cam1}), plays their
 * own streams and public ones, and a blocked stream is stopped at its next keep-alive.
 */
public class StreamHooks {
  private final Sessions sessions;
  private final Set<String> blocked;
  /** The public namespace with its slash ({@code public/}), or null when no stream is public. */
  private final String publicNamespace;
  private final AuditLog audit;

  public StreamHooks(Sessions sessions, Set<String> blocked, String publicPrefix, AuditLog audit) {
    this.sessions = sessions;
    this.blocked = Set.copyOf(blocked);
    this.publicNamespace = namespace(publicPrefix);
    this.audit = audit;
  }

  /** Renames {@code cam1} to {@code alice/cam1}; WCS applies it because connect asked for OVERWRITE of name. */
  @WcsHook
  public HookResult publishStream(PublishStream publish, HookContext context) {
    Optional<String> user = user(publish.sessionId(), publish.custom());
    String name = publish.name();
    if (user.isEmpty()) {
      return refuse(context, name, "Not connected");
    }
    if (name == null || name.isBlank()) {
      return refuse(context, name, "Stream name required");
    }
    String namespace = user.get() + "/";
    if (!name.startsWith(namespace)) {
      publish.name(namespace + name);
    }
    audit.event(context).with("user", user.get()).with("name", publish.name()).write();
    return HookResult.echo();
  }

  @WcsHook
  public HookResult playStream(PlayStream play, HookContext context) {
    Optional<String> user = user(play.sessionId(), play.custom());
    String name = play.name();
    if (user.isEmpty()) {
      return refuse(context, name, "Not connected");
    }
    boolean visible = name != null
        && (name.startsWith(user.get() + "/") || (publicNamespace != null && name.startsWith(publicNamespace)));
    if (!visible) {
      return refuse(context, name, "Stream not available");
    }
    audit.event(context).with("user", user.get()).with("name", name).write();
    return HookResult.echo();
  }

  /** The kill switch: a 403 to a keep-alive stops the stream (connect set its restOnError to FAIL). */
  @WcsHook("StreamKeepAliveEvent")
  public HookResult keepAlive(StreamKeepAliveEvent keepAlive, HookContext context) {
    sessions.user(keepAlive.sessionId()); // a sign of life: the session stays open while it streams
    String name = keepAlive.name();
    if (name != null && blocked.contains(name)) {
      return refuse(context, name, "Stream blocked");
    }
    return HookResult.echo();
  }

  @WcsHook("StreamStatusEvent")
  public void streamStatus(StreamStatusEvent event, HookContext context) {
    audit.event(context)
        .with("user", sessions.user(event.sessionId()).orElse(null))
        .with("name", event.name())
        .with("status", event.status())
        .with("info", event.info())
        .write();
  }

  /**
   * {@code public} and {@code public/} both mean the namespace {@code public/}: a bare prefix would
   * also match user {@code publicist}'s own streams, and an empty one every stream. Empty: none.
   */
  private static String namespace(String prefix) {
    String namespace = prefix == null ? "" : prefix.strip();
    while (namespace.endsWith("/")) {
      namespace = namespace.substring(0, namespace.length() - 1);
    }
    return namespace.isEmpty() ? null : namespace + "/";
  }

  /** The session's user, or (after a backend restart) whoever the request's token names. */
  private Optional<String> user(String sessionId, ObjectNode custom) {
    return sessions.user(sessionId).or(() -> {
      Sessions.Result login = sessions.authenticate(Tokens.of(custom));
      return login.accepted() ? Optional.of(login.user()) : Optional.empty();
    });
  }

  private HookResult refuse(HookContext context, String name, String reason) {
    audit.event(context).with("name", name).with("refused", reason).write();
    return HookResult.forbid(reason);
  }
}
