package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The restClientConfig entry of one method, as WCS reads it from the backend's connect answer;
 * fields the backend left out take the spec's defaults.
 *
 * @param restExclude fields not sent to the backend
 * @param clientExclude fields not passed on to the client
 * @param restPolicy whether the backend is called and what its answer may change
 * @param restOverwrite the fields taken from the answer under OVERWRITE
 * @param restOnError what a backend error does
 */
public record MethodRules(
    Set<String> restExclude,
    Set<String> clientExclude,
    RestPolicy restPolicy,
    Set<String> restOverwrite,
    RestOnError restOnError) {

  /** What a method the backend did not configure gets. */
  public static final MethodRules DEFAULTS =
      new MethodRules(Set.of(), Set.of(), RestPolicy.NOTIFY, Set.of(), RestOnError.LOG);

  public MethodRules {
    restExclude = Set.copyOf(restExclude);
    clientExclude = Set.copyOf(clientExclude);
    restOverwrite = Set.copyOf(restOverwrite);
  }

  /** One method's entry of a restClientConfig object; a missing or non-object entry is the defaults. */
  public static MethodRules read(JsonNode entry) {
    if (entry == null || !entry.isObject()) {
      return DEFAULTS;
    }
    return new MethodRules(
        names(entry.get("restExclude")),
        names(entry.get("clientExclude")),
        RestPolicy.parse(text(entry.get("restPolicy"))),
        names(entry.get("restOverwrite")),
        RestOnError.parse(text(entry.get("restOnError"))));
  }

  /** The same rules with another restOnError. */
  public MethodRules withRestOnError(RestOnError value) {
    return new MethodRules(restExclude, clientExclude, restPolicy, restOverwrite, value);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** A comma-separated field list. */
  private static Set<String> names(JsonNode node) {
    String list = text(node);
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
