package io.wcshooks.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.wcshooks.api.HookContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One JSON line per audited event, for a log pipeline to pick up:
 * {@code {"time":"...","event":"StreamStatusEvent","sessionId":"...","user":"alice","name":"alice/cam1","status":"PUBLISHING"}}.
 */
public final class AuditLog implements AutoCloseable {
  static final String LOGGER = "wcs.audit";
  private static final System.Logger LOG = System.getLogger(LOGGER);

  /**
   * Always milliseconds in UTC ({@code 2026-11-23T12:00:00.000Z}): {@code Instant.toString()} drops
   * a zero fraction and prints micro- or nanoseconds when the clock has them, one shape per line.
   */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final Consumer<String> sink;

  /**
   * Writes to the {@code wcs.audit} logger at INFO, from a background thread: handlers do not wait
   * for the log. Without a logging configuration that logger writes bare JSON lines to standard
   * output ({@link AuditLines}).
   */
  public AuditLog(Clock clock) {
    this(clock, new BackgroundLines(line -> LOG.log(System.Logger.Level.INFO, line), AuditLines::flushAll, "wcs-audit"));
    AuditLines.toStandardOutput();
  }

  /** Writes what is queued and stops the background writer (a WAR's undeploy); later lines are written at once. */
  @Override
  public void close() {
    if (sink instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "the audit log did not close cleanly", e);
      }
    }
  }

  /** Names the background writer after where the log is deployed too, e.g. a WAR's context path. */
  public void deployedAt(String place) {
    if (sink instanceof BackgroundLines lines) {
      lines.deployedAt(place);
    }
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

  /**
   * Starts a line for the hook call of {@code context}, with {@code "repeat":"true"} when it is a
   * resend of a call seen within the repeat window (WCS retries a request that failed to send), so
   * that a log pipeline can tell a retried {@code connect} from a second connection.
   */
  public Line event(HookContext context) {
    return new Line(context.hook(), context.sessionId()).with("repeat", context.isRepeat() ? "true" : null);
  }

  /**
   * Lines are written with a bare generator: {@code ObjectNode.toString()} would build an
   * {@code ObjectMapper} (a fifth of a second) on the first hook call.
   */
  private static final JsonFactory JSON = new JsonFactory();

  /** One audit line being built. */
  public final class Line {
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Line(String event, String sessionId) {
      fields.put("time", TIME.format(clock.instant()));
      fields.put("event", event);
      fields.put("sessionId", sessionId);
    }

    /** Adds a field (skipped when null). */
    public Line with(String field, Object value) {
      if (value != null) {
        fields.put(field, value.toString());
      }
      return this;
    }

    public void write() {
      StringWriter line = new StringWriter(160);
      try (JsonGenerator generator = JSON.createGenerator(line)) {
        generator.writeStartObject();
        for (Map.Entry<String, String> field : fields.entrySet()) {
          generator.writeStringField(field.getKey(), field.getValue());
        }
        generator.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sink.accept(line.toString());
    }
  }
}
