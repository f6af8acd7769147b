package io.wcshooks.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value set listed in the table's descriptions. Open: WCS may send values not listed.
 *
 * @param name the type name generated code uses
 * @param values the values the table lists, in its order
 * @param observed further values reported by the vendor's wider documentation
 * @param aliases other spellings accepted when reading, mapped to the value they mean
 */
public record EnumType(String name, List<String> values, List<String> observed, Map<String, String> aliases) {

  public EnumType {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    observed = List.copyOf(observed);
    aliases = Map.copyOf(aliases);
  }

  /** The listed values followed by the observed ones. */
  public List<String> allValues() {
    List<String> all = new ArrayList<>(values);
    all.addAll(observed);
    return List.copyOf(all);
  }
}
