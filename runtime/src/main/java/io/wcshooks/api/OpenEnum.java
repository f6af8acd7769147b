package io.wcshooks.api;

import java.util.Objects;

/**
 * A value of a set the WCS documentation lists (statuses, DTMF types, media providers...), kept
 * open: WCS sends values no edition documents ({@code AUTHENTICATION_FAIL}, {@code RING_MEDIA}),
 * and those reach the handler as unknown constants with their exact text. Generated subclasses
 * declare the known values as constants; compare with {@code equals} or {@code ==} on constants.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The exact text WCS sent (or will be sent). */
  public final String value() {
    return value;
  }

  /** Whether the spec lists this value. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
