package io.wcshooks.testkit;

/**
 * What WCS does with a hook's answer (restClientConfig {@code restPolicy}). The testkit has its
 * own copy rather than the generated one, because it reads what a backend sent on the wire, where
 * the older spelling {@code DISABLED} still appears.
 */
public enum RestPolicy {
  /** Call the backend, ignore the answer's fields. The default. */
  NOTIFY,
  /** Call the backend, take the fields named in {@code restOverwrite} from the answer. */
  OVERWRITE,
  /** Do not call the backend for this method at all. */
  DISABLE;

  /**
   * A wire value as the documentation spells it: {@code NOTIFY}, {@code OVERWRITE}, {@code DISABLE},
   * or {@code DISABLED} (the older documentation's spelling of {@link #DISABLE}); null or empty is
   * the default. Other spellings, lower case included, are refused: nothing says WCS reads them,
   * and a test should fail where WCS might not understand the backend.
   *
   * @throws IllegalArgumentException for a value WCS does not document
   */
  public static RestPolicy parse(String value) {
    if (value == null || value.isEmpty()) {
      return NOTIFY;
    }
    if (value.equals("DISABLED")) {
      return DISABLE;
    }
    for (RestPolicy policy : values()) {
      if (policy.name().equals(value)) {
        return policy;
      }
    }
    throw new IllegalArgumentException("restPolicy \"" + value + "\" is not a value WCS documents: NOTIFY, OVERWRITE, DISABLE (or DISABLED)");
  }
}
