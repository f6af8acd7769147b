package io.wcshooks.runtime.security;

import java.util.List;

/** The credentials of a request's one {@code Authorization} header with a given scheme. */
final class Authorization {
  private Authorization() {}

  /**
   * The credentials after {@code <scheme> } (the scheme matched case-insensitively, the
   * credentials trimmed), or null when the request has no such header, another scheme, or more
   * than one {@code Authorization} header.
   *
   * @param values the request's {@code Authorization} header values, null or empty for none
   */
  static String credentials(List<String> values, String scheme) {
    if (values == null || values.size() != 1) {
      return null;
    }
    String value = values.get(0).strip();
    if (value.length() <= scheme.length()
        || !value.regionMatches(true, 0, scheme, 0, scheme.length())
        || value.charAt(scheme.length()) != ' ') {
      return null;
    }
    return value.substring(scheme.length() + 1).strip();
  }
}
