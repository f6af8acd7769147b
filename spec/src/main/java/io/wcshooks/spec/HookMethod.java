package io.wcshooks.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One REST hook WCS calls: {@code POST <app URL>/<name>}.
 *
 * @param name the wire name: the URL path segment WCS appends, exactly
 * @param kind the method's type (seed 004)
 * @param forbid whether a 403 forbids it (seed 004)
 * @param stopOnForbid true where a 403 to a notification stops what it reports (StreamKeepAliveEvent)
 * @param description what the method is, from the table
 * @param parameters the parameters the table lists, in its order
 */
public record HookMethod(
    String name,
    MethodKind kind,
    Forbid forbid,
    boolean stopOnForbid,
    Text description,
    List<Parameter> parameters) {

  public HookMethod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(forbid, "forbid");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
  }

  /** Whether a handler may answer 403: to forbid the action, or (stopOnForbid) to stop it. */
  public boolean mayAnswerForbidden() {
    return forbid != Forbid.CANNOT || stopOnForbid;
  }

  /** The parameter with this wire name, if the table lists it. */
  public Optional<Parameter> parameter(String wireName) {
    return parameters.stream().filter(p -> p.name().equals(wireName)).findFirst();
  }
}
