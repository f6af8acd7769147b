package com.example.wcs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.client.JsonObjectView;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST <base URI>/call/find}, for
 * {@link WcsRestClient#find(FindRequest)}. Fields left unset are not sent, so WCS applies
 * its defaults.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class FindRequest extends JsonObjectView {
  /**
   * A view over a JSON body: setters write to {@code json} itself.
   *
   * @param json the body
   */
  public FindRequest(ObjectNode json) {
    super(json);
  }

  /**
   * An empty body.
   *
   * @return a request without fields
   */
  public static FindRequest create() {
    return new FindRequest(emptyObject());
  }

  /**
   * JSON field {@code "callId"}, string.
   *
   * @return the value, or null when absent or JSON null
   */
  public String callId() {
    return stringField("callId");
  }

  /**
   * Sets {@code "callId"}; null leaves it out of the body.
   *
   * @param value the value
   * @return this request
   */
  public FindRequest callId(String value) {
    setString("callId", value);
    return this;
  }

  /**
   * JSON field {@code "status"}, string, values of {@link StreamStatus}.
   *
   * @return the value, or null when absent or JSON null
   */
  public StreamStatus status() {
    return StreamStatus.of(stringField("status"));
  }

  /**
   * Sets {@code "status"}; null leaves it out of the body.
   *
   * @param value the value
   * @return this request
   */
  public FindRequest status(StreamStatus value) {
    setString("status", value == null ? null : value.value());
    return this;
  }
}
