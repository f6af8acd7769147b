package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.logging.RedactedJson;

/**
 * What the WCS client (the browser's Web SDK) receives: a status event or an ErrorEvent, with the
 * fields WCS passes on (after OVERWRITE, without clientExclude). Tests assert on these because they
 * are what a user of the backend actually sees.
 *
 * @param name the event's name: {@code ConnectionStatusEvent}, {@code StreamStatusEvent},
 *     {@code CallStatusEvent}, {@code DataStatusEvent} or {@code ErrorEvent}
 * @param fields its fields; a copy, changing it changes nothing
 */
public record ClientEvent(String name, ObjectNode fields) {
  /** The name of the event WCS uses to tell a client about an error no status event carries. */
  public static final String ERROR_EVENT = "ErrorEvent";

  public ClientEvent {
    fields = fields.deepCopy();
  }

  @Override
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  /** A field as text, or null. */
  public String text(String field) {
    JsonNode value = fields.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The {@code status} field. */
  public String status() {
    return text("status");
  }

  /** The {@code info} field: the error or reason, when there is one. */
  public String info() {
    return text("info");
  }

  /**
   * The event's name and fields, for test output and logs, with credentials hidden as the runtime
   * hides them in requests: the values of fields whose names look like a credential's, at any
   * depth ({@code sipPassword}, {@code authToken}, {@code token}, a client's {@code custom.token}),
   * show as {@code "<hidden>"}. See {@link RedactedJson#looksLikeCredential}; {@link #fields()}
   * and {@link #text} still give the values.
   */
  @Override
  public String toString() {
    return name + RedactedJson.toString(fields);
  }
}
