package io.wcshooks.runtime.servlet;

import java.io.IOException;

/**
 * A request's body as {@link ServletBodyAhead} read it: its first {@code length} bytes, and, when it
 * broke off before its declared length, the failure its reader gets after them.
 */
record ReadBody(byte[] bytes, int length, IOException failure) {}
