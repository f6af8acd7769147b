package io.wcshooks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.LenientFields;
import io.wcshooks.runtime.logging.RedactedJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The body of one hook call, as WCS sent it. Generated request types (one per hook) extend this
 * class with a typed accessor per parameter of the methods table.
 *
 * <p>The request is a view over the JSON tree WCS sent, not a copy: reading never converts a
 * value, and the echo is the tree itself. So every field comes back as it arrived, including
 * fields the spec does not know, explicit nulls, strings that look like booleans, and numbers of
 * any size or precision, in the order WCS sent them. A handler changes the echo only through a
 * setter, {@link #put}, {@link #remove} or {@link #json()}.
 */
public abstract class HookRequest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The most characters of a value quoted in a {@link HookFieldException}. */
  private static final int MAX_QUOTED = 64;

  private final ObjectNode json;
  private boolean exposed;

  protected HookRequest(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The live JSON body. Changes to it are echoed to WCS. Prefer the typed accessors; this is for
   * fields a newer WCS sends that the spec does not know yet. Its {@code toString()} is Jackson's,
   * which shows credentials: log the request, whose {@link #toString()} hides them.
   */
  public final ObjectNode json() {
    exposed = true;
    return json;
  }

  /**
   * Whether the echo may differ from the bytes WCS sent: a setter, {@link #put}, {@link #remove}
   * or {@link #json()} was used, or a live object or array was handed out.
   */
  public final boolean isModified() {
    return exposed;
  }

  /** Whether the body has this field, even with an explicit null. */
  public final boolean has(String field) {
    return json.has(field);
  }

  /** A field's raw JSON value: null when absent, a {@code NullNode} when explicitly null. */
  public final JsonNode get(String field) {
    JsonNode value = json.get(field);
    if (value != null && value.isContainerNode()) {
      exposed = true;
    }
    return value;
  }

  /** Sets a field (overwriting keeps its position; a new field goes last). Null writes JSON null. */
  public HookRequest put(String field, JsonNode value) {
    exposed = true;
    json.set(field, value == null ? NODES.nullNode() : value);
    return this;
  }

  /** Sets a string field; null writes JSON null. */
  public HookRequest put(String field, String value) {
    return put(field, value == null ? null : NODES.textNode(value));
  }

  /** Sets a boolean field; null writes JSON null. */
  public HookRequest put(String field, Boolean value) {
    return put(field, value == null ? null : NODES.booleanNode(value));
  }

  /** Sets a numeric field exactly; null writes JSON null. */
  public HookRequest put(String field, Number value) {
    return put(field, LenientFields.numberNode(value));
  }

  /** Removes a field, so that the echo does not carry it. */
  public HookRequest remove(String field) {
    exposed = true;
    json.remove(field);
    return this;
  }

  /**
   * The request's type and body, for logs, with credentials hidden: the values of fields whose
   * names look like a credential's, at any depth (a client's {@code custom.token}, a
   * {@code password} in it), show as {@code "<hidden>"}; generated types hide the parameters the
   * spec marks as credentials too ({@code sipPassword}, {@code authToken}...). Everything else shows
   * as in the echo, which this does not change. See {@link RedactedJson#looksLikeCredential}.
   */
  @Override
  public String toString() {
    return toStringHiding();
  }

  /**
   * {@link #toString()} hiding also the values of these top-level fields, for generated types: the
   * parameters the spec marks as credentials.
   *
   * @param credentials wire names of fields whose values are credentials
   */
  protected final String toStringHiding(String... credentials) {
    return getClass().getSimpleName() + RedactedJson.toString(json, credentials);
  }

  // ---- For generated accessors. Reading is lenient where WCS is known to vary (booleans and
  // ---- numbers sent as strings); a value of an incompatible JSON type is a HookFieldException.

  protected final String stringField(String field) {
    return LenientFields.string(json, field, HookRequest::mismatch);
  }

  protected final Boolean booleanField(String field) {
    return LenientFields.bool(json, field, HookRequest::mismatch);
  }

  protected final Integer integerField(String field) {
    return LenientFields.integer(json, field, HookRequest::mismatch);
  }

  protected final Long longField(String field) {
    return LenientFields.longInteger(json, field, HookRequest::mismatch);
  }

  protected final BigDecimal numberField(String field) {
    return LenientFields.number(json, field, HookRequest::mismatch);
  }

  /** A live object: changes to it are echoed, so the request counts as modified. */
  protected final ObjectNode objectField(String field) {
    ObjectNode value = LenientFields.object(json, field, HookRequest::mismatch);
    exposed |= value != null;
    return value;
  }

  /** A live array: changes to it are echoed, so the request counts as modified. */
  protected final ArrayNode arrayField(String field) {
    ArrayNode value = LenientFields.array(json, field, HookRequest::mismatch);
    exposed |= value != null;
    return value;
  }

  /** An array of scalars as an unmodifiable list; use the setter to change it. */
  protected final <T> List<T> listField(String field, Function<String, T> element) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new HookFieldException(field, "an array", describe(value));
    }
    List<T> list = new ArrayList<>(value.size());
    for (JsonNode item : value) {
      if (item.isContainerNode()) {
        throw new HookFieldException(field, "an array of strings", "an array holding " + describe(item));
      }
      list.add(item.isNull() ? null : element.apply(item.asText()));
    }
    return Collections.unmodifiableList(list);
  }

  protected final void setString(String field, String value) {
    put(field, value);
  }

  protected final void setBoolean(String field, Boolean value) {
    put(field, value);
  }

  protected final void setNumber(String field, Number value) {
    put(field, value);
  }

  protected final void setJson(String field, JsonNode value) {
    put(field, value);
  }

  protected final <T> void setList(String field, List<T> values, Function<T, String> element) {
    if (values == null) {
      put(field, (JsonNode) null);
      return;
    }
    ArrayNode array = NODES.arrayNode(values.size());
    for (T value : values) {
      array.add(value == null ? NODES.nullNode() : NODES.textNode(element.apply(value)));
    }
    put(field, array);
  }

  private static HookFieldException mismatch(String field, String expected, JsonNode actual) {
    return new HookFieldException(field, expected, describe(actual));
  }

  private static String describe(JsonNode value) {
    JsonNodeType type = value.getNodeType();
    return switch (type) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "the string " + shortened(value.toString());
      case BOOLEAN, NUMBER -> type.name().toLowerCase(java.util.Locale.ROOT) + " " + shortened(value.toString());
      default -> type.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A value as the 400's reason quotes it: its first characters, not the half megabyte a string may hold. */
  private static String shortened(String text) {
    if (text.length() <= MAX_QUOTED) {
      return text;
    }
    int end = MAX_QUOTED - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }
}
