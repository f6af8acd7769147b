package io.wcshooks.testkit;

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

  /**
   * A wire value as the documentation spells it, {@code LOG} or {@code FAIL}; null or empty is the
   * default. Other spellings, lower case included, are refused (see {@link RestPolicy#parse}).
   *
   * @throws IllegalArgumentException for a value WCS does not document
   */
  public static RestOnError parse(String value) {
    if (value == null || value.isEmpty()) {
      return LOG;
    }
    for (RestOnError rule : values()) {
      if (rule.name().equals(value)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("restOnError \"" + value + "\" is not a value WCS documents: LOG, FAIL");
  }
}
