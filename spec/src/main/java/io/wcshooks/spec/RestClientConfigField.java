package io.wcshooks.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the per-method fields of the restClientConfig object a backend returns on connect.
 *
 * @param name the field name
 * @param type its type (a string, a comma-separated field list, or an enum's string)
 * @param enumName its value set, if any
 * @param defaultValue what WCS uses when the field is absent
 * @param description what it does
 */
public record RestClientConfigField(
    String name, JsonType type, Optional<String> enumName, String defaultValue, Text description) {

  public RestClientConfigField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(enumName, "enumName");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }
}
