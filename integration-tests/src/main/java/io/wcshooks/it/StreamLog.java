package io.wcshooks.it;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test handlers saw, and the streams they must stop. */
public final class StreamLog {
  /**
   * @param name the stream name as the handler read it
   * @param status the status text as the handler read it
   * @param knownStatus whether the spec lists that status
   */
  public record Entry(String name, String status, boolean knownStatus) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();
  private final Set<String> blocked = ConcurrentHashMap.newKeySet();

  void record(String name, String status, boolean knownStatus) {
    entries.add(new Entry(name, status, knownStatus));
  }

  boolean isBlocked(String name) {
    return name != null && blocked.contains(name);
  }

  public void block(String name) {
    blocked.add(name);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
