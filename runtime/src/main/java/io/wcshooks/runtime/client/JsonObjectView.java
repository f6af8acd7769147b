package io.wcshooks.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.json.LenientFields;
import io.wcshooks.runtime.logging.RedactedJson;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A typed view over a JSON object of WCS's REST API: a request body the client sends, or an object
 * (a Call) WCS returns. Generated classes extend it with one accessor per documented field.
 *
 * <p>The view keeps the JSON tree, not a copy: fields the spec does not know stay reachable with
 * {@link #get(String)}. Reading is lenient where WCS is known to vary: booleans and numbers sent as
 * strings ({@code "true"}, {@code "5060"}) read as booleans and numbers; a value of an incompatible
 * JSON type is a {@link JsonFieldException}.
 */
public abstract class JsonObjectView {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode json;

  protected JsonObjectView(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** An empty JSON object, for generated {@code create()} factories. */
  protected static ObjectNode emptyObject() {
    return NODES.objectNode();
  }

  /** The live JSON object: what the client sends, or every field WCS returned. */
  public final ObjectNode json() {
    return json;
  }

  /** Whether the object has this field, even with an explicit null. */
  public final boolean has(String field) {
    return json.has(field);
  }

  /** A field's raw JSON value: null when absent, a {@code NullNode} when explicitly null. */
  public final JsonNode get(String field) {
    return json.get(field);
  }

  /**
   * The class and the JSON, for logs, with credentials hidden: the values of fields whose names look
   * like a credential's, at any depth (see {@link RedactedJson#looksLikeCredential}), show as
   * {@code "<hidden>"}; generated types hide the fields the spec marks as credentials too
   * ({@code sipPassword} of {@code /call/startup}). {@link #json()} itself is untouched.
   */
  @Override
  public String toString() {
    return toStringHiding();
  }

  /**
   * {@link #toString()} hiding also the values of these top-level fields, for generated types: the
   * fields the spec marks as credentials.
   *
   * @param credentials wire names of fields whose values are credentials
   */
  protected final String toStringHiding(String... credentials) {
    return getClass().getSimpleName() + RedactedJson.toString(json, credentials);
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((JsonObjectView) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  // ---- For generated accessors.

  protected final String stringField(String field) {
    return LenientFields.string(json, field, JsonFieldException::new);
  }

  protected final Boolean booleanField(String field) {
    return LenientFields.bool(json, field, JsonFieldException::new);
  }

  protected final Integer integerField(String field) {
    return LenientFields.integer(json, field, JsonFieldException::new);
  }

  protected final BigDecimal numberField(String field) {
    return LenientFields.number(json, field, JsonFieldException::new);
  }

  protected final ObjectNode objectField(String field) {
    return LenientFields.object(json, field, JsonFieldException::new);
  }

  protected final ArrayNode arrayField(String field) {
    return LenientFields.array(json, field, JsonFieldException::new);
  }

  /** Sets a field; null removes it, so that WCS applies its own default. */
  protected final void setJson(String field, JsonNode value) {
    if (value == null) {
      json.remove(field);
    } else {
      json.set(field, value);
    }
  }

  protected final void setString(String field, String value) {
    setJson(field, value == null ? null : NODES.textNode(value));
  }

  protected final void setBoolean(String field, Boolean value) {
    setJson(field, value == null ? null : NODES.booleanNode(value));
  }

  protected final void setNumber(String field, Number value) {
    setJson(field, LenientFields.numberNode(value));
  }
}
