package io.wcshooks.spec.seeds;

import io.wcshooks.spec.Forbid;
import io.wcshooks.spec.MethodKind;
import java.util.Objects;

/**
 * How seed 004 classifies one method: its type and whether the backend may forbid it.
 *
 * @param kind which of the four types of REST methods
 * @param forbid which of 004's forbid lists
 */
record Classification(MethodKind kind, Forbid forbid) {

  Classification {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(forbid, "forbid");
  }

  @Override
  public String toString() {
    return "kind " + kind.specName() + ", forbid " + forbid.specName();
  }
}
