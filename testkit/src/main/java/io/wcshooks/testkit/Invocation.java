package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The result of one hook call after WCS applied the session's rules to it: the fields WCS goes on
 * with, and, if the backend failed, which cell of the restOnError table applies.
 *
 * @param exchange the call as logged
 * @param fields the fields after the answer (OVERWRITE) or the original ones (NOTIFY, DISABLE, error)
 * @param outcome empty when WCS goes on normally; else what WCS does about the error
 */
record Invocation(HookExchange exchange, ObjectNode fields, Optional<ErrorOutcome> outcome) {

  /** True unless the error breaks the operation (DECLINE, BREAK, FORBID_CALLER). */
  boolean proceeds() {
    return outcome.map(o -> o == ErrorOutcome.CONTINUE || o == ErrorOutcome.ERROR_EVENT).orElse(true);
  }

  boolean is(ErrorOutcome expected) {
    return outcome.filter(o -> o == expected).isPresent();
  }

  /** What the client is told about the error. */
  String errorText() {
    return exchange.errorText();
  }
}
