package io.wcshooks.hooks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * How WCS calls the backend, keyed by method name.
 *
 * <p>Return it from {@code connect} to govern the session's later hook calls, e.g. to let the backend
 * rename streams:
 * <pre>{@code
 * connect.restClientConfig(RestClientConfig.create()
 *     .publishStream(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite("name")));
 * }</pre>
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class RestClientConfig {
  private final ObjectNode json = JsonNodeFactory.instance.objectNode();

  private RestClientConfig() {
  }

  /**
   * An empty configuration: every method keeps WCS's defaults.
   */
  public static RestClientConfig create() {
    return new RestClientConfig();
  }

  /**
   * How WCS calls {@code connect} for this session.
   *
   * @return this configuration
   */
  public RestClientConfig connect(Consumer<MethodConfig> settings) {
    return method("connect", settings);
  }

  /**
   * How WCS calls {@code StreamStatusEvent} for this session.
   *
   * @return this configuration
   */
  public RestClientConfig streamStatusEvent(Consumer<MethodConfig> settings) {
    return method("StreamStatusEvent", settings);
  }

  /**
   * How WCS calls {@code StreamKeepAliveEvent} for this session.
   *
   * @return this configuration
   */
  public RestClientConfig streamKeepAliveEvent(Consumer<MethodConfig> settings) {
    return method("StreamKeepAliveEvent", settings);
  }

  /**
   * How WCS calls a hook given by its wire name, e.g. one a newer WCS has and the spec lacks.
   *
   * @return this configuration
   */
  public RestClientConfig method(String hook, Consumer<MethodConfig> settings) {
    MethodConfig config = new MethodConfig();
    Objects.requireNonNull(settings, "settings").accept(config);
    json.set(Objects.requireNonNull(hook, "hook"), config.json);
    return this;
  }

  /**
   * The object as WCS reads it, a copy.
   */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  @Override
  public String toString() {
    return json.toString();
  }

  /**
   * The settings of one method. Starts from WCS's defaults.
   */
  public static final class MethodConfig {
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private MethodConfig() {
      json.put("restPolicy", "NOTIFY");
      json.put("restOverwrite", "");
    }

    /**
     * NOTIFY ignores the answer; OVERWRITE takes the fields named in restOverwrite; DISABLE does not call.
     *
     * <p>WCS's default: {@code "NOTIFY"}.
     *
     * @return these settings
     */
    public MethodConfig restPolicy(RestPolicy value) {
      json.put("restPolicy", Objects.requireNonNull(value, "value").value());
      return this;
    }

    /**
     * Comma-separated field names taken from the answer under OVERWRITE.
     *
     * <p>WCS's default: {@code ""}.
     *
     * @return these settings
     */
    public MethodConfig restOverwrite(String... fields) {
      json.put("restOverwrite", String.join(",", fields));
      return this;
    }
  }
}
