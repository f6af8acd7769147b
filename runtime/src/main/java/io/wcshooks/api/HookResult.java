package io.wcshooks.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a handler answers to a hook that a backend may refuse: the echo (200) or a 403.
 *
 * <p>With a reason, the 403 body is exactly {@code {"status":403,"reason":"..."}}, which WCS
 * (since build 5.2.968) shows to the client; without one, WCS shows the HTTP reason phrase.
 */
public final class HookResult {
  private static final HookResult ECHO = new HookResult(false, null);
  private static final HookResult FORBID = new HookResult(true, null);

  private final boolean forbidden;
  private final String reason;

  private HookResult(boolean forbidden, String reason) {
    this.forbidden = forbidden;
    this.reason = reason;
  }

  /** 200 with the echo of the request, including any field the handler changed or added. */
  public static HookResult echo() {
    return ECHO;
  }

  /** 403 without a reason: WCS declines and shows the HTTP reason phrase. */
  public static HookResult forbid() {
    return FORBID;
  }

  /** 403 with a reason the client sees. */
  public static HookResult forbid(String reason) {
    return new HookResult(true, Objects.requireNonNull(reason, "reason"));
  }

  public boolean isForbidden() {
    return forbidden;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public String toString() {
    return forbidden ? "HookResult.forbid(" + (reason == null ? "" : '"' + reason + '"') + ")" : "HookResult.echo()";
  }
}
