package io.wcshooks.sample;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Who is behind each WCS session, and whether a token lets someone in. */
public final class Sessions {
  private final Map<String, SampleConfig.Token> tokens;
  private final Clock clock;
  private final Map<String, String> users = new ConcurrentHashMap<>();

  public Sessions(Map<String, SampleConfig.Token> tokens, Clock clock) {
    this.tokens = Map.copyOf(tokens);
    this.clock = clock;
  }

  /** Why a token is refused. */
  public enum Refusal {
    MISSING("Missing token"),
    UNKNOWN("Invalid token"),
    EXPIRED("Expired token");

    private final String reason;

    Refusal(String reason) {
      this.reason = reason;
    }

    /** What the client is shown. */
    public String reason() {
      return reason;
    }
  }

  /**
   * The user a token authenticates, or why not.
   *
   * @return the user on the left, the refusal on the right
   */
  public Result authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Result.refused(Refusal.MISSING);
    }
    SampleConfig.Token known = tokens.get(token);
    if (known == null) {
      return Result.refused(Refusal.UNKNOWN);
    }
    if (known.expires().isPresent() && !clock.instant().isBefore(known.expires().get())) {
      return Result.refused(Refusal.EXPIRED);
    }
    return new Result(known.user(), null);
  }

  /**
   * The outcome of {@link #authenticate}.
   *
   * @param user the user, when accepted
   * @param refusal the reason, when refused
   */
  public record Result(String user, Refusal refusal) {
    static Result refused(Refusal refusal) {
      return new Result(null, refusal);
    }

    public boolean accepted() {
      return user != null;
    }
  }

  void open(String sessionId, String user) {
    if (sessionId != null) {
      users.put(sessionId, user);
    }
  }

  void close(String sessionId) {
    if (sessionId != null) {
      users.remove(sessionId);
    }
  }

  /** The user of a session this backend accepted, if it is still open. */
  public Optional<String> user(String sessionId) {
    return sessionId == null ? Optional.empty() : Optional.ofNullable(users.get(sessionId));
  }
}
