package io.wcshooks.testkit;

import java.util.Locale;

/**
 * What WCS does when a backend call fails (restClientConfig {@code restOnError}): a non-200 answer,
 * a timeout, or no answer at all. The outcome also depends on the method's kind; see seed 004's
 * table, which the spec's {@code onError()} carries and {@link ErrorRule} applies.
 */
public enum RestOnError {
  /** Log the error and go on. The default. */
  LOG,
  /** Fail the operation as the method's kind prescribes. */
  FAIL;

  /** A wire value, case-insensitively; null or empty is the default. */
  public static RestOnError parse(String value) {
    if (value == null || value.isBlank()) {
      return LOG;
    }
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
