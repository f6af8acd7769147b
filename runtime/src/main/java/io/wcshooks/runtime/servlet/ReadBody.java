package io.wcshooks.runtime.servlet;

import java.io.IOException;

/**
 * A request's body as {@link ServletBodyAhead} read it: its first {@code length} bytes; when it
 * broke off before its end, the failure its reader gets after them; and whether the rest of it was
 * left unread, in the container (a chunked body past the limit), so that its connection must close.
 */
record ReadBody(byte[] bytes, int length, IOException failure, boolean restUnread) {
  /** The body, when it came in full and fills its array exactly (as one that came with its head does); else null. */
  byte[] whole() {
    return failure == null && !restUnread && length == bytes.length ? bytes : null;
  }
}
