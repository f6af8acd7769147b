package io.wcshooks.runtime.failure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Remembers recent calls by {@code SHA-256(hook, 0, body)} to recognise WCS's resends: a call is a
 * repeat when the same hook got the same bytes less than the window ago. Thread-safe; at most
 * {@code capacity} entries (the oldest go first), each 32 bytes of digest plus map overhead.
 */
public final class RepeatWindow {
  private final long windowNanos;
  private final int capacity;
  private final LongSupplier nanoTime;
  /** Digest to the time it was first seen, oldest first (a constant window keeps it in expiry order). */
  private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

  public RepeatWindow(Duration window, int capacity) {
    this(window, capacity, System::nanoTime);
  }

  RepeatWindow(Duration window, int capacity, LongSupplier nanoTime) {
    this.windowNanos = window.toNanos();
    this.capacity = capacity;
    this.nanoTime = nanoTime;
  }

  /**
   * Records this call and tells whether it is a repeat of one within the window. The first call's
   * time is kept: a burst of resends does not stretch the window.
   */
  public boolean check(String hook, byte[] body) {
    if (windowNanos <= 0) {
      return false;
    }
    String key = digest(hook, body);
    synchronized (seen) {
      // Read under the lock: calls go in in the order of their times, which expire() relies on.
      long now = nanoTime.getAsLong();
      expire(now);
      if (seen.containsKey(key)) {
        return true;
      }
      if (seen.size() >= capacity) {
        Iterator<?> oldest = seen.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
      seen.put(key, now);
      return false;
    }
  }

  /** How many calls are remembered now. */
  public int size() {
    synchronized (seen) {
      expire(nanoTime.getAsLong());
      return seen.size();
    }
  }

  private void expire(long now) {
    Iterator<Map.Entry<String, Long>> entries = seen.entrySet().iterator();
    while (entries.hasNext()) {
      if (now - entries.next().getValue() < windowNanos) {
        return;
      }
      entries.remove();
    }
  }

  private static String digest(String hook, byte[] body) {
    MessageDigest sha = newSha256();
    sha.update(hook.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    // Latin-1 maps each byte to one char: a compact, exact key.
    return new String(sha.digest(body), StandardCharsets.ISO_8859_1);
  }

  /** A fresh SHA-256, cloned: cheaper than looking the algorithm up among the providers every call. */
  private static MessageDigest newSha256() {
    try {
      return (MessageDigest) Sha256.PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return Sha256.lookUp(); // a provider whose digests do not clone
    }
  }

  /** Loaded at the first digest, not with the server: an application without handlers never needs it. */
  private static final class Sha256 {
    static final MessageDigest PROTOTYPE = lookUp();

    static MessageDigest lookUp() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }
}
