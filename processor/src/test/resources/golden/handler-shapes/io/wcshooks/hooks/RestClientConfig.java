package io.wcshooks.hooks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * How WCS calls the backend, keyed by method name.
 *
 * <p>A {@code connect} handler sets it with {@link Connect#restClientConfig(RestClientConfig)}
 * to govern how WCS calls the session's later hooks, for example:
 * <pre>{@code
 * connect.restClientConfig(RestClientConfig.create()
 *     .streamStatusEvent(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite("name")));
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
   *
   * @return a configuration that configures no method yet
   */
  public static RestClientConfig create() {
    return new RestClientConfig();
  }

  /**
   * How WCS calls {@code connect} for this session.
   *
   * @param settings sets the method's fields, on settings that start from WCS's defaults
   * @return this configuration
   */
  public RestClientConfig connect(Consumer<MethodConfig> settings) {
    return method("connect", settings);
  }

  /**
   * How WCS calls {@code StreamStatusEvent} for this session.
   *
   * @param settings sets the method's fields, on settings that start from WCS's defaults
   * @return this configuration
   */
  public RestClientConfig streamStatusEvent(Consumer<MethodConfig> settings) {
    return method("StreamStatusEvent", settings);
  }

  /**
   * How WCS calls {@code StreamKeepAliveEvent} for this session.
   *
   * @param settings sets the method's fields, on settings that start from WCS's defaults
   * @return this configuration
   */
  public RestClientConfig streamKeepAliveEvent(Consumer<MethodConfig> settings) {
    return method("StreamKeepAliveEvent", settings);
  }

  /**
   * How WCS calls a hook given by its wire name, e.g. one a newer WCS has and the spec
   * lacks.
   *
   * @param hook the hook's wire name, as WCS calls it
   * @param settings sets the method's fields, on settings that start from WCS's defaults
   * @return this configuration
   */
  public RestClientConfig method(String hook, Consumer<MethodConfig> settings) {
    MethodConfig config = new MethodConfig();
    Objects.requireNonNull(settings, "settings").accept(config);
    this.json.set(Objects.requireNonNull(hook, "hook"), config.json);
    return this;
  }

  /**
   * The object as WCS reads it.
   *
   * @return a copy, which later changes to this configuration leave alone
   */
  public ObjectNode toJson() {
    return this.json.deepCopy();
  }

  @Override
  public String toString() {
    return this.json.toString();
  }

  /**
   * The settings of one method. Starts from WCS's defaults.
   */
  public static final class MethodConfig {
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private MethodConfig() {
      this.json.put("restPolicy", "NOTIFY");
      this.json.put("restOverwrite", "");
    }

    /**
     * NOTIFY ignores the answer; OVERWRITE takes the fields named in restOverwrite; DISABLE does
     * not call.
     *
     * <p>WCS's default: {@code "NOTIFY"}.
     *
     * @param value the value
     * @return these settings
     */
    public MethodConfig restPolicy(RestPolicy value) {
      this.json.put("restPolicy", Objects.requireNonNull(value, "value").value());
      return this;
    }

    /**
     * Comma-separated field names taken from the answer under OVERWRITE.
     *
     * <p>WCS's default: {@code ""}.
     *
     * @param fields the JSON field names, sent joined with commas
     * @return these settings
     */
    public MethodConfig restOverwrite(String... fields) {
      this.json.put("restOverwrite", String.join(",", fields));
      return this;
    }
  }
}
