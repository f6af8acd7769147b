package io.wcshooks.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * One JSON line per audited event, for a log pipeline to pick up:
 * {@code {"time":"...","event":"StreamStatusEvent","sessionId":"...","user":"alice","name":"alice/cam1","status":"PUBLISHING"}}.
 */
public final class AuditLog {
  private static final System.Logger LOG = System.getLogger("wcs.audit");

  private final Clock clock;
  private final Consumer<String> sink;

  /**
   * Writes to the {@code wcs.audit} logger at INFO, from a background thread: handlers do not wait
   * for the log.
   */
  public AuditLog(Clock clock) {
    this(clock, new BackgroundLines(line -> LOG.log(System.Logger.Level.INFO, line), "wcs-audit"));
  }

  /** Writes each line to {@code sink} (tests). */
  public AuditLog(Clock clock, Consumer<String> sink) {
    this.clock = clock;
    this.sink = sink;
  }

  /** Starts a line for an event; {@link Line#write()} emits it. */
  public Line event(String event, String sessionId) {
    return new Line(event, sessionId);
  }

  /** One audit line being built. */
  public final class Line {
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private Line(String event, String sessionId) {
      json.put("time", clock.instant().toString());
      json.put("event", event);
      json.put("sessionId", sessionId);
    }

    /** Adds a field (skipped when null). */
    public Line with(String field, Object value) {
      if (value != null) {
        json.put(field, value.toString());
      }
      return this;
    }

    public void write() {
      sink.accept(json.toString());
    }
  }
}
