package io.wcshooks.spec;

import java.util.Locale;

/** Whether the backend may forbid a method with 403: the three lists of seed 004. */
public enum Forbid {
  /** "may be forbidden". */
  MAY,
  /** "may be interrupted, but it is not useful" (hangup, unPublishStream, stopStream). */
  POINTLESS,
  /** "events that have already happened and can not be forbidden". */
  CANNOT;

  /** The spelling used in the spec file. */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Forbid fromSpecName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
