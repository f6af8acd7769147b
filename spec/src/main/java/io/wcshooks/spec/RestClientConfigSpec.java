package io.wcshooks.spec;

import java.util.List;
import java.util.Objects;

/**
 * The restClientConfig object: a map from method name to these fields.
 *
 * @param description what the object is
 * @param fields the per-method fields
 */
public record RestClientConfigSpec(Text description, List<RestClientConfigField> fields) {
  public RestClientConfigSpec {
    Objects.requireNonNull(description, "description");
    fields = List.copyOf(fields);
  }
}
