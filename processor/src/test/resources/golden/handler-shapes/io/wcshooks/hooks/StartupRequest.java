package io.wcshooks.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.client.JsonObjectView;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST <base URI>/call/startup}, for
 * {@link WcsRestClient#startup(StartupRequest)}. Fields left unset are not sent, so WCS
 * applies its defaults.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class StartupRequest extends JsonObjectView {
  /**
   * A view over a JSON body: setters write to {@code json} itself.
   *
   * @param json the body
   */
  public StartupRequest(ObjectNode json) {
    super(json);
  }

  /**
   * An empty body.
   *
   * @return a request without fields
   */
  public static StartupRequest create() {
    return new StartupRequest(emptyObject());
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
  public StartupRequest callId(String value) {
    setString("callId", value);
    return this;
  }

  /**
   * SIP password.
   *
   * <p>JSON field {@code "sipPassword"}, string. Described at the hook's
   * {@link Connect#sipPassword()}.
   *
   * <p>A credential: {@link #toString()} shows it as {@code "<hidden>"}.
   *
   * @return the value, or null when absent or JSON null
   */
  public String sipPassword() {
    return stringField("sipPassword");
  }

  /**
   * Sets {@code "sipPassword"}; null leaves it out of the body.
   *
   * @param value the value
   * @return this request
   */
  public StartupRequest sipPassword(String value) {
    setString("sipPassword", value);
    return this;
  }

  /**
   * The type's name and its JSON, for logs. The value of {@code "sipPassword"}, a credential
   * in the spec, shows as {@code "<hidden>"}, as do the values, at any depth, of fields whose
   * names look like a credential's (see {@link JsonObjectView#toString()}).
   *
   * @return the type's name and its JSON, credentials hidden
   */
  @Override
  public String toString() {
    return toStringHiding("sipPassword");
  }
}
