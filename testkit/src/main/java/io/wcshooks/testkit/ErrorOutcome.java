package io.wcshooks.testkit;

import io.wcshooks.spec.MethodKind;

/**
 * What WCS does after a backend error: one column of seed 004's restOnError table, decided by the
 * restOnError value and the method's kind (from the spec). The simulator acts on it; the spec's own
 * wording of the cell is kept in {@link HookExchange#errorHandling()} for the test's messages.
 */
public enum ErrorOutcome {
  /** LOG, any kind: log the error and go on as if the backend had agreed. */
  CONTINUE,
  /** FAIL, connect: decline the connection, the client gets FAIL. */
  DECLINE,
  /** FAIL, direct invocation: break it; the error reaches the client in the corresponding status event. */
  BREAK,
  /** FAIL, event: go on; the error reaches the client in an ErrorEvent. */
  ERROR_EVENT,
  /** FAIL, incoming invocation: break it, answer the caller 403, the error in the corresponding event. */
  FORBID_CALLER;

  /** The cell of the table for a restOnError value and a method kind. */
  public static ErrorOutcome of(RestOnError restOnError, MethodKind kind) {
    if (restOnError == RestOnError.LOG) {
      return CONTINUE;
    }
    return switch (kind) {
      case CONNECT -> DECLINE;
      case DIRECT -> BREAK;
      case EVENT -> ERROR_EVENT;
      case INCOMING -> FORBID_CALLER;
    };
  }
}
