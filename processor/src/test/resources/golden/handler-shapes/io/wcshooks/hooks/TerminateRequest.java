package io.wcshooks.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.client.JsonObjectView;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST <base URI>/call/terminate}, for
 * {@link WcsRestClient#terminate(TerminateRequest)}. Fields left unset are not sent, so WCS
 * applies its defaults.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class TerminateRequest extends JsonObjectView {
  /**
   * A view over a JSON body: setters write to {@code json} itself.
   *
   * @param json the body
   */
  public TerminateRequest(ObjectNode json) {
    super(json);
  }

  /**
   * An empty body.
   *
   * @return a request without fields
   */
  public static TerminateRequest create() {
    return new TerminateRequest(emptyObject());
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
  public TerminateRequest callId(String value) {
    setString("callId", value);
    return this;
  }
}
