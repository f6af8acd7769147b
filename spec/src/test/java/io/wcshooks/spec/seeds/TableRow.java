package io.wcshooks.spec.seeds;

import java.util.Objects;

/**
 * One row of a methods table (seed 000 or 001): a method, a parameter or the context section.
 *
 * @param name the first column, with markup removed
 * @param description the second column as printed, lines joined; empty for a grey row
 * @param line the 1-based line the row starts on, for messages
 */
record TableRow(String name, String description, int line) {

  TableRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }

  /** A grey row: "described above or below in the table", so it carries no description. */
  boolean isGrey() {
    return description.isBlank();
  }
}
