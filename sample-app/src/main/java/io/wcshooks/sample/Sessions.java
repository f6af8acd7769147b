package io.wcshooks.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who is behind each WCS session, and whether a token lets someone in. A session not heard of for
 * the idle timeout is forgotten: WCS does not always send DISCONNECTED (a WCS restart, a lost
 * event, a retried connect that arrives after it), and such sessions must not pile up forever.
 */
public final class Sessions {
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(24);
  /** How often at most {@link #open} looks for idle sessions: a sweep walks them all. */
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

  /** The configured tokens by their SHA-256, compared in constant time ({@link #authenticate}). */
  private final List<Known> tokens;
  private final Clock clock;
  private final Duration idleTimeout;
  private final Map<String, Open> open = new ConcurrentHashMap<>();
  private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

  /** An open session: its user and when a hook last named it. */
  private static final class Open {
    final String user;
    volatile Instant seen;

    Open(String user, Instant seen) {
      this.user = user;
      this.seen = seen;
    }
  }

  public Sessions(Map<String, SampleConfig.Token> tokens, Clock clock) {
    this(tokens, clock, DEFAULT_IDLE_TIMEOUT);
  }

  /** @param idleTimeout how long a session no hook names stays open */
  public Sessions(Map<String, SampleConfig.Token> tokens, Clock clock, Duration idleTimeout) {
    this.tokens = tokens.entrySet().stream().map(e -> new Known(sha256(e.getKey()), e.getValue())).toList();
    this.clock = clock;
    this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
    }
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
    // Not a map lookup: String.equals stops at the first differing character, so its time would
    // tell an attacker how much of a guess is right. Equal-length digests, every one compared.
    byte[] presented = sha256(token);
    SampleConfig.Token known = null;
    for (Known candidate : tokens) {
      if (MessageDigest.isEqual(candidate.digest(), presented)) {
        known = candidate.token();
      }
    }
    if (known == null) {
      return Result.refused(Refusal.UNKNOWN);
    }
    if (known.expires().isPresent() && !clock.instant().isBefore(known.expires().get())) {
      return Result.refused(Refusal.EXPIRED);
    }
    return new Result(known.user(), null);
  }

  private record Known(byte[] digest, SampleConfig.Token token) {}

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
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
      Instant now = clock.instant();
      open.put(sessionId, new Open(user, now));
      sweep(now);
    }
  }

  void close(String sessionId) {
    if (sessionId != null) {
      open.remove(sessionId);
    }
  }

  /**
   * The user of a session this backend accepted, if it is still open; the call counts as a sign
   * of life (every hook of a session with a stream comes by here, keep-alives included).
   */
  public Optional<String> user(String sessionId) {
    Open session = sessionId == null ? null : open.get(sessionId);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (idle(session, now)) {
      open.remove(sessionId, session);
      return Optional.empty();
    }
    session.seen = now;
    return Optional.of(session.user);
  }

  /** How many sessions are open (tests). */
  int size() {
    return open.size();
  }

  private boolean idle(Open session, Instant now) {
    return !now.isBefore(session.seen.plus(idleTimeout));
  }

  private void sweep(Instant now) {
    Instant due = nextSweep.get();
    if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
      return;
    }
    open.values().removeIf(session -> idle(session, now));
  }
}
