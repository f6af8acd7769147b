package com.example.wcs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.api.HookRequest;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST <app URL>/StreamKeepAliveEvent}. Stream keep-alive REST request.
 *
 * <p>Kind: event; it cannot be forbidden, but a 403 stops what it reports.
 *
 * <p>Getters read the body as WCS sent it; setters change the echo WCS gets back. Fields the
 * spec does not know are kept, and reachable with {@link #get(String)} and
 * {@link #put(String, String)}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class StreamKeepAliveEvent extends HookRequest {
  /**
   * The hook's wire name: WCS calls {@code POST <app URL>/StreamKeepAliveEvent}.
   */
  public static final String HOOK = "StreamKeepAliveEvent";

  /**
   * A view over a parsed body: reads and writes go to {@code json} itself.
   *
   * @param json the body, as WCS sent it
   */
  public StreamKeepAliveEvent(ObjectNode json) {
    super(json);
  }

  /**
   * A request with an empty body, to build one in tests.
   *
   * @return a request without fields
   */
  public static StreamKeepAliveEvent create() {
    return new StreamKeepAliveEvent(JsonNodeFactory.instance.objectNode());
  }

  /**
   * Name of the stream.
   *
   * <p>JSON field {@code "name"}, string. The table describes it at
   * {@link StreamStatusEvent#name()}.
   *
   * @return the value, or null when absent or JSON null
   */
  public String name() {
    return stringField("name");
  }

  /**
   * Sets {@code "name"} in the echo; null writes JSON null, and {@link #remove(String)} drops
   * the field.
   *
   * @param value the new value
   * @return this request
   */
  public StreamKeepAliveEvent name(String value) {
    setString("name", value);
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
  public StreamKeepAliveEvent status(StreamStatus value) {
    setString("status", value == null ? null : value.value());
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
  public StreamKeepAliveEvent nodeId(String value) {
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
  public StreamKeepAliveEvent sessionId(String value) {
    setString("sessionId", value);
    return this;
  }

  @Override
  public StreamKeepAliveEvent put(String field, JsonNode value) {
    super.put(field, value);
    return this;
  }

  @Override
  public StreamKeepAliveEvent put(String field, String value) {
    super.put(field, value);
    return this;
  }

  @Override
  public StreamKeepAliveEvent put(String field, Boolean value) {
    super.put(field, value);
    return this;
  }

  @Override
  public StreamKeepAliveEvent put(String field, Number value) {
    super.put(field, value);
    return this;
  }

  @Override
  public StreamKeepAliveEvent remove(String field) {
    super.remove(field);
    return this;
  }
}
