package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.spec.MethodKind;
import java.util.Optional;

/**
 * One hook call the simulator made, or chose not to make: the log a test asserts on ("was
 * StreamStatusEvent called?", "what did publishStream send?", "what did WCS do with the 500?").
 *
 * @param method the hook's wire name
 * @param kind its kind in the spec
 * @param rules the restClientConfig entry in force for it
 * @param called false when restPolicy DISABLE kept WCS from calling the backend
 * @param sent the body as sent (after restExclude); null when not called
 * @param status the HTTP status of the answer; 0 when there was none (not called, timeout, unreachable)
 * @param answer the answer's body text; null when there was none
 * @param failure why there was no answer (timeout, connection refused), if so
 * @param errorHandling when the call was a backend error: the spec's text of the restOnError cell applied
 */
public record HookExchange(
    String method,
    MethodKind kind,
    MethodRules rules,
    boolean called,
    JsonNode sent,
    int status,
    String answer,
    Optional<String> failure,
    Optional<String> errorHandling) {

  /** Whether WCS counts this call as a backend error: it was made and got no readable 200. */
  public boolean isError() {
    return called && (status != 200 || failure.isPresent());
  }

  /** Why the call failed, as WCS would tell the client: the 403 reason, the HTTP status, or the failure. */
  public String errorText() {
    if (!isError()) {
      return null;
    }
    if (failure.isPresent()) {
      return failure.get();
    }
    return Reasons.of(status, answer);
  }

  @Override
  public String toString() {
    if (!called) {
      return method + " not called (restPolicy " + rules.restPolicy() + ")";
    }
    return method + " -> " + (status == 0 ? failure.orElse("no answer") : status)
        + errorHandling.map(h -> " [" + rules.restOnError() + " " + kind.specName() + ": " + h + "]").orElse("");
  }
}
