package com.example.wcs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.client.JsonObjectView;
import javax.annotation.processing.Generated;

/**
 * A SIP call on the WCS server.
 *
 * <p>The {@code Call} object of WCS's REST API. Getters read it as WCS sent it, leniently
 * (booleans and numbers sent as strings read as booleans and numbers); fields the spec does
 * not know are kept, and reachable with {@link #get(String)} and {@link #json()}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class WcsCall extends JsonObjectView {
  /**
   * A view over the object as WCS sent it.
   *
   * @param json the object
   */
  public WcsCall(ObjectNode json) {
    super(json);
  }

  /**
   * SIP Call ID - a unique identifier string.
   *
   * <p>JSON field {@code "callId"}, string.
   *
   * @return the value, or null when absent or JSON null
   */
  public String callId() {
    return stringField("callId");
  }

  /**
   * JSON field {@code "hasAudio"}, boolean.
   *
   * @return the value, or null when absent or JSON null
   */
  public Boolean hasAudio() {
    return booleanField("hasAudio");
  }

  /**
   * Associated SIP-status.
   *
   * <p>JSON field {@code "sipStatus"}, integer.
   *
   * @return the value, or null when absent or JSON null
   */
  public Integer sipStatus() {
    return integerField("sipStatus");
  }

  /**
   * JSON field {@code "rtmpStreamStatus"}, string, values of {@link RtmpStreamStatus}.
   *
   * @return the value, or null when absent or JSON null
   */
  public RtmpStreamStatus rtmpStreamStatus() {
    return RtmpStreamStatus.of(stringField("rtmpStreamStatus"));
  }

  /**
   * JSON field {@code "custom"}, object.
   *
   * @return the value, or null when absent or JSON null
   */
  public ObjectNode custom() {
    return objectField("custom");
  }
}
