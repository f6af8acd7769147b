package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stream as the client sees it: its final name (after the backend's OVERWRITE), its status and
 * the info of its last status event (the reason it failed or was stopped). It changes as the
 * session publishes, keeps alive and unpublishes it.
 */
public final class Stream {
  private final boolean published;
  private ObjectNode fields;

  Stream(boolean published, ObjectNode fields) {
    this.published = published;
    this.fields = fields;
  }

  /** The name WCS uses: the backend's, when publishStream or playStream was under OVERWRITE of name. */
  public String name() {
    return text("name");
  }

  /** PUBLISHING, PLAYING, UNPUBLISHED, STOPPED or FAILED. */
  public String status() {
    return text("status");
  }

  /** Why the stream failed or stopped, as the client is told; null when all is well. */
  public String info() {
    return text("info");
  }

  /** True for a published stream, false for a played one. */
  public boolean published() {
    return published;
  }

  /** Whether WCS still runs it. */
  public boolean active() {
    return "PUBLISHING".equals(status()) || "PLAYING".equals(status());
  }

  /** Every field WCS holds for it; a copy. */
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  ObjectNode state() {
    return fields;
  }

  void update(ObjectNode newFields) {
    this.fields = newFields;
  }

  private String text(String field) {
    JsonNode value = fields.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  @Override
  public String toString() {
    return "Stream[" + name() + " " + status() + (info() == null ? "" : " (" + info() + ")") + "]";
  }
}
