package io.wcshooks.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookRequest;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST <app URL>/connect}. Establishes connection with the WCS Server.
 *
 * <p>Установить соединение с WCS сервером
 *
 * <p>Kind: connect, which decides the session; a handler may forbid it (403).
 *
 * <p>Getters read the body as WCS sent it; setters change the echo WCS gets back. Fields the
 * spec does not know are kept, and reachable with {@link #get(String)} and
 * {@link #put(String, String)}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class Connect extends HookRequest {
  /**
   * The hook's wire name: WCS calls {@code POST <app URL>/connect}.
   */
  public static final String HOOK = "connect";

  /**
   * A view over a parsed body: reads and writes go to {@code json} itself.
   *
   * @param json the body, as WCS sent it
   */
  public Connect(ObjectNode json) {
    super(json);
  }

  /**
   * A request with an empty body, to build one in tests.
   *
   * @return a request without fields
   */
  public static Connect create() {
    return new Connect(JsonNodeFactory.instance.objectNode());
  }

  /**
   * SIP login of a user.
   *
   * <p>JSON field {@code "sipLogin"}, string.
   *
   * @return the value, or null when absent or JSON null
   */
  public String sipLogin() {
    return stringField("sipLogin");
  }

  /**
   * Sets {@code "sipLogin"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect sipLogin(String value) {
    setString("sipLogin", value);
    return this;
  }

  /**
   * SIP password.
   *
   * <p>JSON field {@code "sipPassword"}, string.
   *
   * <p>A credential: {@link #toString()} shows it as {@code "<hidden>"}.
   *
   * @return the value, or null when absent or JSON null
   */
  public String sipPassword() {
    return stringField("sipPassword");
  }

  /**
   * Sets {@code "sipPassword"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect sipPassword(String value) {
    setString("sipPassword", value);
    return this;
  }

  /**
   * Whether to register on the SIP server (SIP REGISTER).
   *
   * <p>JSON field {@code "sipRegisterRequired"}, boolean.
   *
   * @return the value, or null when absent or JSON null
   */
  public Boolean sipRegisterRequired() {
    return booleanField("sipRegisterRequired");
  }

  /**
   * Sets {@code "sipRegisterRequired"} in the echo; null writes JSON null, and
   * {@link #remove(String)} drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect sipRegisterRequired(Boolean value) {
    setBoolean("sipRegisterRequired", value);
    return this;
  }

  /**
   * SIP port the SIP server uses.
   *
   * <p>JSON field {@code "sipPort"}, integer.
   *
   * @return the value, or null when absent or JSON null
   */
  public Integer sipPort() {
    return integerField("sipPort");
  }

  /**
   * Sets {@code "sipPort"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect sipPort(Integer value) {
    setNumber("sipPort", value);
    return this;
  }

  /**
   * Custom object used to authenticate the client: any &lt;JSON&gt; &amp; co.
   *
   * <p>Объект с произвольным содержимым, см. <code>/connect</code>
   *
   * <p>JSON field {@code "custom"}, object.
   *
   * @return the value, or null when absent or JSON null
   */
  public ObjectNode custom() {
    return objectField("custom");
  }

  /**
   * Sets {@code "custom"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect custom(ObjectNode value) {
    setJson("custom", value);
    return this;
  }

  /**
   * Available types of media: ['WebRTC','Flash'].
   *
   * <p>JSON field {@code "mediaProviders"}, array of string, values of {@link MediaProvider}.
   *
   * @return the value, or null when absent or JSON null
   */
  public List<MediaProvider> mediaProviders() {
    return listField("mediaProviders", MediaProvider::of);
  }

  /**
   * Sets {@code "mediaProviders"} in the echo; null writes JSON null, and
   * {@link #remove(String)} drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect mediaProviders(List<MediaProvider> value) {
    setList("mediaProviders", value, MediaProvider::value);
    return this;
  }

  /**
   * How WCS calls the backend for this session.
   *
   * <p>JSON field {@code "restClientConfig"}, object.
   *
   * <p>Read as JSON; to write it, {@link #restClientConfig(RestClientConfig)} takes the typed
   * {@link RestClientConfig}.
   *
   * @return the value, or null when absent or JSON null
   */
  public ObjectNode restClientConfig() {
    return objectField("restClientConfig");
  }

  /**
   * Sets {@code "restClientConfig"} in the echo, which governs how WCS calls this session's
   * later hooks; null writes JSON null, and {@link #remove(String)} drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect restClientConfig(RestClientConfig value) {
    setJson("restClientConfig", value == null ? null : value.toJson());
    return this;
  }

  /**
   * Stream status: PUBLISHING, PLAYING.
   *
   * <p>Статус потока: <code>PUBLISHING</code>, <code>PLAYING</code>
   *
   * <p>JSON field {@code "status"}, string, values of {@link StreamStatus}. The table
   * describes it at {@link StreamStatusEvent#status()}.
   *
   * @return the value, or null when absent or JSON null
   */
  public StreamStatus status() {
    return StreamStatus.of(stringField("status"));
  }

  /**
   * Sets {@code "status"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect status(StreamStatus value) {
    setString("status", value == null ? null : value.value());
    return this;
  }

  /**
   * The browser's user agent.
   *
   * <p>JSON field {@code "User-Agent"}, string.
   *
   * @return the value, or null when absent or JSON null
   */
  public String userAgent() {
    return stringField("User-Agent");
  }

  /**
   * Sets {@code "User-Agent"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect userAgent(String value) {
    setString("User-Agent", value);
    return this;
  }

  /**
   * Unique id of the WCS server instance.
   *
   * <p>Уникальный идентификатор инстанса WCS сервера
   *
   * <p>JSON field {@code "nodeId"}, string. A context parameter: the table does not list it
   * for this method, but every call carries it.
   *
   * @return the value, or null when absent or JSON null
   */
  public String nodeId() {
    return stringField("nodeId");
  }

  /**
   * Sets {@code "nodeId"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect nodeId(String value) {
    setString("nodeId", value);
    return this;
  }

  /**
   * Unique id of the client connected in that instance.
   *
   * <p>JSON field {@code "sessionId"}, string. A context parameter: the table does not list it
   * for this method, but every call carries it.
   *
   * @return the value, or null when absent or JSON null
   */
  public String sessionId() {
    return stringField("sessionId");
  }

  /**
   * Sets {@code "sessionId"} in the echo; null writes JSON null, and {@link #remove(String)}
   * drops the field.
   *
   * @param value the new value
   * @return this request
   */
  public Connect sessionId(String value) {
    setString("sessionId", value);
    return this;
  }

  /**
   * The type's name and its JSON, for logs. The value of {@code "sipPassword"}, a credential
   * in the spec, shows as {@code "<hidden>"}, as do the values, at any depth, of fields whose
   * names look like a credential's (see {@link HookRequest#toString()}).
   *
   * @return the type's name and its JSON, credentials hidden
   */
  @Override
  public String toString() {
    return toStringHiding("sipPassword");
  }

  @Override
  public Connect put(String field, JsonNode value) {
    super.put(field, value);
    return this;
  }

  @Override
  public Connect put(String field, String value) {
    super.put(field, value);
    return this;
  }

  @Override
  public Connect put(String field, Boolean value) {
    super.put(field, value);
    return this;
  }

  @Override
  public Connect put(String field, Number value) {
    super.put(field, value);
    return this;
  }

  @Override
  public Connect remove(String field) {
    super.remove(field);
    return this;
  }
}
