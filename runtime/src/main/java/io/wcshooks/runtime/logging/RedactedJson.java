package io.wcshooks.runtime.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * A JSON object as logs show it: the values of credentials written as {@value #HIDDEN}, everything
 * else as it is, in its order. A credential is a top-level field the caller names (generated types
 * name those the spec marks: {@code sipPassword}, {@code authToken}...) or, at any depth, a field
 * whose name {@linkplain #looksLikeCredential looks like one}, which is what protects the free-form
 * objects ({@code custom}, {@code payload}...) a client fills. An explicit null shows as null: it
 * hides nothing. The object itself is never changed.
 */
public final class RedactedJson {
  /** What a hidden value shows as; {@code HookContext.headers()} hides with it too. */
  public static final String HIDDEN = "<hidden>";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonNode HIDDEN_NODE = NODES.textNode(HIDDEN);

  /** Words that make any name a credential's wherever they are in it: {@code sipPassword}, {@code restPassword}. */
  private static final List<String> CREDENTIAL_WORDS =
      List.of("password", "passwd", "pwd", "secret", "token", "credential", "authorization");
  /** Whole names (with {@code -}, {@code _} and {@code .} left out) that are credentials. */
  private static final List<String> CREDENTIAL_NAMES = List.of("key", "auth");
  /** Endings (with {@code -}, {@code _} and {@code .} left out) of the names of keys that are secrets. */
  private static final List<String> CREDENTIAL_KEYS = List.of("apikey", "accesskey", "privatekey");

  private RedactedJson() {}

  /**
   * The object as text, credentials hidden.
   *
   * @param credentials the top-level fields whose values are credentials, whatever their names
   */
  public static String toString(ObjectNode json, String... credentials) {
    return redacted(json, List.of(credentials)).toString();
  }

  /**
   * Whether a field's name says its value is a credential, in any case: it contains password,
   * passwd, pwd, secret, token, credential or authorization, or it is key or auth or ends in apiKey,
   * accessKey or privateKey ({@code api_key} and {@code X-Api-Key} too).
   *
   * <p>Spring Boot's Sanitizer (before 3.0) hides names that end in password, secret, key or token
   * or contain credentials. Here the words count anywhere in the name, since a client names the
   * fields of {@code custom} as it likes ({@code tokenValue}, {@code passwordHash}): a value hidden
   * for nothing costs a log reader little, a password shown costs more. But a name merely ending in
   * key does not count: {@code appKey}, which WCS sends with every call, names the application and
   * is no secret, and hiding it would hide which application a logged call was for.
   */
  public static boolean looksLikeCredential(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : CREDENTIAL_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    String joined = lower.replace("-", "").replace("_", "").replace(".", "");
    return CREDENTIAL_NAMES.contains(joined) || CREDENTIAL_KEYS.stream().anyMatch(joined::endsWith);
  }

  /**
   * A copy of the object's containers with credentials replaced; other values are shared, not
   * copied, and never changed.
   */
  private static ObjectNode redacted(ObjectNode json, List<String> credentials) {
    ObjectNode copy = NODES.objectNode();
    json.fields().forEachRemaining(field -> {
      String name = field.getKey();
      JsonNode value = field.getValue();
      boolean hidden = !value.isNull() && (credentials.contains(name) || looksLikeCredential(name));
      copy.set(name, hidden ? HIDDEN_NODE : redacted(value));
    });
    return copy;
  }

  private static JsonNode redacted(JsonNode value) {
    if (value.isObject()) {
      return redacted((ObjectNode) value, List.of());
    }
    if (value.isArray()) {
      ArrayNode copy = NODES.arrayNode(value.size());
      value.forEach(item -> copy.add(redacted(item)));
      return copy;
    }
    return value;
  }
}
