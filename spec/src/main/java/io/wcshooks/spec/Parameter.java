package io.wcshooks.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a hook's JSON body, as the methods table lists it, with grey references
 * already resolved.
 *
 * @param name the wire name, exactly as WCS sends it (may contain '-', e.g. {@code User-Agent})
 * @param tableName the name the table prints where the spec corrects it (an erratum), else {@code name}
 * @param type the documented JSON type
 * @param itemType the element type of an {@link JsonType#ARRAY}, else empty
 * @param enumName the value set the table lists for it, else empty
 * @param description the description, taken from {@code see} for a grey parameter
 * @param see for a grey parameter, the {@code Method.param} or {@code context.param} it resolves to
 * @param credential whether the value authenticates someone (a password, a token), so that logs
 *     must not show it; a parameter with {@code see} is one when the parameter it resolves to is
 */
public record Parameter(
    String name,
    String tableName,
    JsonType type,
    Optional<JsonType> itemType,
    Optional<String> enumName,
    Text description,
    Optional<String> see,
    boolean credential) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(itemType, "itemType");
    Objects.requireNonNull(enumName, "enumName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(see, "see");
  }

  /** True when the table greys this parameter out (described elsewhere). */
  public boolean isGrey() {
    return see.isPresent();
  }
}
