package io.wcshooks.runtime.servlet;

import java.io.IOException;

/**
 * A request's body as {@link ServletBodyAhead} read it: its first {@code length} bytes, and, when it
 * broke off before its declared length, the failure its reader gets after them.
 */
record ReadBody(byte[] bytes, int length, IOException failure) {
  /** The body, when it came in full and fills its array exactly (as one that came with its head does); else null. */
  byte[] whole() {
    return failure == null && length == bytes.length ? bytes : null;
  }
}
