package io.wcshooks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a hook call comes from: the hook's name, WCS's context parameters, the HTTP request
 * headers and the raw body. A handler declares a {@code HookContext} parameter to get it.
 */
public final class HookContext {
  private final String hook;
  private final ObjectNode json;
  private final byte[] body;
  private final Map<String, List<String>> headers;
  private final boolean repeat;

  /** A context for a call that is not a repeat; see the full constructor. */
  public HookContext(String hook, ObjectNode json, byte[] body, Map<String, List<String>> headers) {
    this(hook, json, body, headers, false);
  }

  /**
   * @param hook the hook's wire name
   * @param json the parsed body
   * @param body the body's bytes as received
   * @param headers the request headers (names are matched case-insensitively)
   * @param repeat whether the call repeats one received shortly before ({@link #isRepeat()})
   */
  public HookContext(String hook, ObjectNode json, byte[] body, Map<String, List<String>> headers,
      boolean repeat) {
    this.repeat = repeat;
    this.hook = Objects.requireNonNull(hook, "hook");
    this.json = Objects.requireNonNull(json, "json");
    this.body = Objects.requireNonNull(body, "body");
    this.headers = new RequestHeaders(headers);
  }

  /** The hook's wire name, e.g. {@code connect} or {@code StreamStatusEvent}. */
  public String hook() {
    return hook;
  }

  /**
   * Whether this call is a repeat: the same hook received the same body, byte for byte, within the
   * repeat window (default 30 s). WCS resends a hook after a send error (build 5.2.1475 on, up to
   * 3 times), so a repeat may be a call already handled whose answer never reached WCS. A handler
   * that counts or creates something per call (streams per user, billing) should skip repeats.
   * Bodies that differ in any byte (a timestamp, a field's order) are not repeats.
   */
  public boolean isRepeat() {
    return repeat;
  }

  /** The WCS node that sent the call ({@code nodeId}), or null. */
  public String nodeId() {
    return text("nodeId");
  }

  /** The client's session on that node ({@code sessionId}), or null. */
  public String sessionId() {
    return text("sessionId");
  }

  /** The WCS application the client connected to ({@code appKey}), or null. */
  public String appKey() {
    return text("appKey");
  }

  /**
   * Request headers, names case-insensitive. They include {@code Authorization} as WCS sent it: with
   * HTTP Basic that is the backend's password, Base64-encoded. The map's {@code toString()} shows
   * only the scheme of {@code Authorization}, {@code Proxy-Authorization} and {@code Cookie}
   * ({@code Basic <hidden>}); a value read from it is the real one, so log chosen headers.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The body as parsed, a read-only snapshot (use the request object to change the echo). A
   * Jackson node: its {@code toString()} shows every value, credentials included, so log the
   * request object instead.
   */
  public JsonNode rawJson() {
    return json.deepCopy();
  }

  /** The body's bytes exactly as WCS sent them (e.g. to verify a signature). */
  public byte[] rawBody() {
    return body.clone();
  }

  private String text(String field) {
    JsonNode value = json.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }
}
