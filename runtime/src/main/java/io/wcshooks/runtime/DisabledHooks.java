package io.wcshooks.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The calls not made: hooks that the {@code connect} answer turns off for the session with
 * {@code "restClientConfig": {"<hook>": {"restPolicy": "DISABLE"}}}, so that WCS does not call the
 * backend for them at all. An application opts in for the hooks it has no handler for (their answer
 * would be the echo, which is what WCS does without calling).
 */
public final class DisabledHooks {
  /** Turns nothing off: the default. */
  public static final DisabledHooks NONE = new DisabledHooks(List.of());

  /** The restClientConfig field of the connect answer. */
  public static final String REST_CLIENT_CONFIG = "restClientConfig";

  private final List<String> hooks;

  private DisabledHooks(List<String> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  /**
   * Every hook of {@code all} that has no handler, except the {@code connect} hooks that carry the
   * setting, in the order of {@code all}.
   *
   * @param all every hook of the spec, by wire name
   * @param handled the hooks with a handler
   * @param connect the hooks of kind connect
   */
  public static DisabledHooks unhandled(Collection<String> all, Set<String> handled, Set<String> connect) {
    List<String> off = new ArrayList<>();
    for (String hook : all) {
      if (!handled.contains(hook) && !connect.contains(hook)) {
        off.add(hook);
      }
    }
    return new DisabledHooks(off);
  }

  /** The hooks turned off, by wire name. */
  public List<String> hooks() {
    return hooks;
  }

  public boolean isEmpty() {
    return hooks.isEmpty();
  }

  /**
   * Adds {@code {"restPolicy":"DISABLE"}} to a connect answer's {@code restClientConfig} for each
   * hook turned off that the answer does not configure already: what a handler (or the client) put
   * there wins. An object there is replaced, in its place, by a copy with the settings added, never
   * changed itself. A {@code restClientConfig} that is neither an object nor null is left alone.
   *
   * @return whether the answer changed
   */
  public boolean applyTo(ObjectNode answer) {
    if (hooks.isEmpty()) {
      return false;
    }
    JsonNode existing = answer.get(REST_CLIENT_CONFIG);
    if (existing == null || existing.isNull()) {
      answer.set(REST_CLIENT_CONFIG, disable(JsonNodeFactory.instance.objectNode()));
      return true;
    }
    if (!(existing instanceof ObjectNode object)) {
      return false;
    }
    for (String hook : hooks) {
      if (!object.has(hook)) {
        // Added to a copy: the object may be one a handler keeps and puts on every connect.
        answer.set(REST_CLIENT_CONFIG, disable(object.deepCopy()));
        return true;
      }
    }
    return false;
  }

  /** Adds the setting for each hook turned off that {@code config} does not configure. */
  private ObjectNode disable(ObjectNode config) {
    for (String hook : hooks) {
      if (!config.has(hook)) {
        config.putObject(hook).put("restPolicy", "DISABLE");
      }
    }
    return config;
  }

  @Override
  public String toString() {
    return "DisabledHooks" + hooks;
  }
}
