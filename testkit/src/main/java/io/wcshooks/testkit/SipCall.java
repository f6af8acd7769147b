package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;

/**
 * A SIP call as the client sees it (its final caller after OVERWRITE, status, info), and for an
 * incoming call what WCS answered the SIP caller: 403 when the backend refused it under FAIL.
 */
public final class SipCall {
  private final boolean incoming;
  private ObjectNode fields;
  private OptionalInt sipAnswerToCaller = OptionalInt.empty();

  SipCall(boolean incoming, ObjectNode fields) {
    this.incoming = incoming;
    this.fields = fields;
  }

  public String callId() {
    return text("callId");
  }

  /** The caller WCS uses: the backend's, when call was under OVERWRITE of caller. */
  public String caller() {
    return text("caller");
  }

  public String callee() {
    return text("callee");
  }

  /** TRYING, RING, ESTABLISHED, FINISH, FAILED, ... */
  public String status() {
    return text("status");
  }

  /** True for a call that came in from the SIP side (OnCallEvent). */
  public boolean incoming() {
    return incoming;
  }

  /** Why the call failed, as the client is told; null when all is well. */
  public String info() {
    return text("info");
  }

  /** For an incoming call: the SIP status WCS answered the caller with (403 when refused), if it did. */
  public OptionalInt sipAnswerToCaller() {
    return sipAnswerToCaller;
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

  void answerCaller(int sipStatus) {
    this.sipAnswerToCaller = OptionalInt.of(sipStatus);
  }

  private String text(String field) {
    JsonNode value = fields.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  @Override
  public String toString() {
    return "SipCall[" + callId() + " " + caller() + "->" + callee() + " " + status() + "]";
  }
}
