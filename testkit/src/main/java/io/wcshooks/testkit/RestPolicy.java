package io.wcshooks.testkit;

import java.util.Locale;

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
   * A wire value, case-insensitively; {@code DISABLED} (the older documentation's spelling) is
   * {@link #DISABLE}; null or empty is the default.
   *
   * @throws IllegalArgumentException for a value WCS would not understand
   */
  public static RestPolicy parse(String value) {
    if (value == null || value.isBlank()) {
      return NOTIFY;
    }
    String upper = value.trim().toUpperCase(Locale.ROOT);
    return "DISABLED".equals(upper) ? DISABLE : valueOf(upper);
  }
}
