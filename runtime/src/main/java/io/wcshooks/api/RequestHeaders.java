package io.wcshooks.api;

import io.wcshooks.runtime.logging.RedactedJson;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A call's request headers, read-only, names case-insensitive, whose {@link #toString()} hides
 * credentials: a handler that logs the map (a debugging line left in) would otherwise write the
 * backend's Basic password or WCS's signature to the log. The values themselves are as received.
 */
final class RequestHeaders extends AbstractMap<String, List<String>> {
  /** Headers whose values are credentials, lower case. */
  private static final Set<String> HIDDEN = Set.of("authorization", "proxy-authorization", "cookie");

  private final Map<String, List<String>> headers;

  RequestHeaders(Map<String, List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    // Names differing only in case are one header: their values are kept together, in order.
    headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), RequestHeaders::joined));
    this.headers = Collections.unmodifiableMap(copy);
  }

  private static List<String> joined(List<String> first, List<String> more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(more);
    return List.copyOf(all);
  }

  @Override
  public List<String> get(Object name) {
    return headers.get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return headers.containsKey(name);
  }

  @Override
  public int size() {
    return headers.size();
  }

  @Override
  public Set<String> keySet() {
    return headers.keySet();
  }

  @Override
  public Collection<List<String>> values() {
    return headers.values();
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return headers.entrySet();
  }

  /** The headers with each credential shown as its scheme only: {@code Authorization=[Basic <hidden>]}. */
  @Override
  public String toString() {
    return headers.entrySet().stream()
        .map(header -> header.getKey() + "=" + (HIDDEN.contains(header.getKey().toLowerCase(Locale.ROOT))
            ? header.getValue().stream().map(RequestHeaders::hidden).toList()
            : header.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** {@code Basic <hidden>} for {@code Basic d2Nz...}: the scheme says which credentials came, not what they are. */
  private static String hidden(String credentials) {
    String value = credentials.strip();
    int space = value.indexOf(' ');
    return space > 0 ? value.substring(0, space) + " " + RedactedJson.HIDDEN : RedactedJson.HIDDEN;
  }
}
